#include "Words.h"

#include <QHash>
#include <QLocale>

namespace tp::ui {

QString Words::value(const QString& column, const QString& code)
{
    static const QHash<QString, const char*> words = {
        { QStringLiteral("chart_type/natal"), QT_TR_NOOP("Natal") },
        { QStringLiteral("chart_type/transit"), QT_TR_NOOP("Transit") },
        { QStringLiteral("chart_type/progressed"), QT_TR_NOOP("Progressed") },
        { QStringLiteral("chart_type/synastry"), QT_TR_NOOP("Synastry") },
        { QStringLiteral("chart_type/composite"), QT_TR_NOOP("Composite") },
        { QStringLiteral("chart_type/return"), QT_TR_NOOP("Return (solar, lunar)") },
        { QStringLiteral("chart_type/horary"), QT_TR_NOOP("Horary") },
        { QStringLiteral("astro_system/western"), QT_TR_NOOP("Western") },
        { QStringLiteral("astro_system/vedic"), QT_TR_NOOP("Vedic (Jyotish)") },
        { QStringLiteral("astro_system/human_design"), QT_TR_NOOP("Human Design") },
        { QStringLiteral("house_system/whole_sign"), QT_TR_NOOP("Whole sign") },
        { QStringLiteral("house_system/equal"), QT_TR_NOOP("Equal") },
        { QStringLiteral("house_system/porphyry"), QT_TR_NOOP("Porphyry") },
        { QStringLiteral("house_system/topocentric"), QT_TR_NOOP("Topocentric") },
        { QStringLiteral("zodiac_type/tropical"), QT_TR_NOOP("Tropical") },
        { QStringLiteral("zodiac_type/sidereal"), QT_TR_NOOP("Sidereal") },
    };
    const auto it = words.constFind(column + QLatin1Char('/') + code);
    if (it != words.constEnd())
        return tr(*it);
    QString text = code;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString Words::moment(const QDateTime& when)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    const qint64 days = local.date().daysTo(QDate::currentDate());
    if (days == 0)
        return tr("today at %1").arg(time);
    if (days == 1)
        return tr("yesterday at %1").arg(time);
    return locale.toString(local, QLocale::ShortFormat);
}

QString Words::ago(const QDateTime& when, const QDateTime& now)
{
    const qint64 seconds = qMax<qint64>(0, when.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QString Words::upcoming(const QDateTime& when, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(when);
    if (seconds <= 0)
        return tr("now");
    if (seconds < 3600)
        return tr("in %n minute(s)", nullptr, int((seconds + 59) / 60));
    const QDateTime local = when.toLocalTime();
    const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    const qint64 days = now.toLocalTime().date().daysTo(local.date());
    if (days == 0)
        return tr("today at %1").arg(time);
    if (days == 1)
        return tr("tomorrow at %1").arg(time);
    return QLocale().toString(local, QLocale::ShortFormat);
}

QString Words::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes < 1024 * 1024 ? 0 : 1,
                                       QLocale::DataSizeTraditionalFormat);
}

QString Words::backupKind(const QString& kind)
{
    if (kind == QLatin1String("manual"))
        return tr("By hand");
    if (kind == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (kind == QLatin1String("pre-import"))
        return tr("Before an import");
    if (kind == QLatin1String("pre-restore"))
        return tr("Before a restore");
    return kind;
}

QString Words::sign(const QString& name)
{
    static const QHash<QString, const char*> signs = {
        { QStringLiteral("aries"), QT_TR_NOOP("Aries") },
        { QStringLiteral("taurus"), QT_TR_NOOP("Taurus") },
        { QStringLiteral("gemini"), QT_TR_NOOP("Gemini") },
        { QStringLiteral("cancer"), QT_TR_NOOP("Cancer") },
        { QStringLiteral("leo"), QT_TR_NOOP("Leo") },
        { QStringLiteral("virgo"), QT_TR_NOOP("Virgo") },
        { QStringLiteral("libra"), QT_TR_NOOP("Libra") },
        { QStringLiteral("scorpio"), QT_TR_NOOP("Scorpio") },
        { QStringLiteral("sagittarius"), QT_TR_NOOP("Sagittarius") },
        { QStringLiteral("capricorn"), QT_TR_NOOP("Capricorn") },
        { QStringLiteral("aquarius"), QT_TR_NOOP("Aquarius") },
        { QStringLiteral("pisces"), QT_TR_NOOP("Pisces") },
    };
    const auto it = signs.constFind(name.toLower());
    return it != signs.constEnd() ? tr(*it) : name;
}

QString Words::pastImport(const QStringList& files, const QDateTime& when)
{
    const QString moment = when.isValid() ? Words::moment(when) : tr("at a time not recorded");
    if (files.isEmpty())
        return tr("the import of %1").arg(moment);
    const QString names = files.size() == 1 ? files.first()
        : files.size() == 2
        ? tr("%1 and %2").arg(files.at(0), files.at(1))
        : tr("%1 and %n other file(s)", nullptr, int(files.size() - 1)).arg(files.first());
    return tr("%1, %2").arg(names, moment);
}

} // namespace tp::ui
