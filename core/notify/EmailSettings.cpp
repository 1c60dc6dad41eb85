#include "EmailSettings.h"

#include <QSettings>

namespace tp::notify {

EmailSettings EmailSettings::load(const QSettings& settings)
{
    EmailSettings e;
    e.onFailure = settings.value(QStringLiteral("email/onFailure")).toBool();
    e.host = settings.value(QStringLiteral("email/host")).toString();
    e.port = settings.value(QStringLiteral("email/port"), 587).toInt();
    const QString security = settings.value(QStringLiteral("email/security")).toString();
    e.security = security == QLatin1String("tls") ? Security::Tls
        : security == QLatin1String("none")       ? Security::None
                                                  : Security::StartTls;
    e.user = settings.value(QStringLiteral("email/user")).toString();
    e.from = settings.value(QStringLiteral("email/from")).toString();
    e.to = settings.value(QStringLiteral("email/to")).toString();
    e.caFile = settings.value(QStringLiteral("email/caFile")).toString();
    return e;
}

EmailSettings EmailSettings::load()
{
    return load(QSettings());
}

void EmailSettings::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("email/onFailure"), onFailure);
    settings.setValue(QStringLiteral("email/host"), host);
    settings.setValue(QStringLiteral("email/port"), port);
    settings.setValue(QStringLiteral("email/security"),
                      security == Security::Tls        ? QStringLiteral("tls")
                          : security == Security::None ? QStringLiteral("none")
                                                       : QStringLiteral("starttls"));
    settings.setValue(QStringLiteral("email/user"), user);
    settings.setValue(QStringLiteral("email/from"), from);
    settings.setValue(QStringLiteral("email/to"), to);
    if (caFile.isEmpty())
        settings.remove(QStringLiteral("email/caFile"));
    else
        settings.setValue(QStringLiteral("email/caFile"), caFile);
}

void EmailSettings::save() const
{
    QSettings settings;
    save(settings);
}

} // namespace tp::notify
