#include "Translations.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace tp {

namespace {

const QString kSetting = QStringLiteral("language");
const QString kPrefix = QStringLiteral(":/i18n/theprogram_");

} // namespace

QStringList Translations::available()
{
    QStringList codes{ QStringLiteral("en") };
    for (const QString& name :
         QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("theprogram_*.qm") })) {
        const QString code = QFileInfo(name).completeBaseName().mid(QStringLiteral("theprogram_").size());
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

QString Translations::chosen()
{
    return QSettings().value(kSetting).toString();
}

void Translations::choose(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSetting);
    else
        settings.setValue(kSetting, code);
}

QString Translations::resolve(const QString& code)
{
    const QStringList codes = available();
    if (!code.isEmpty())
        return codes.contains(code) ? code : QStringLiteral("en");
    // The system's preferred languages in order ("de-AT" → "de").
    for (const QString& language : QLocale::system().uiLanguages()) {
        const QString base = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (codes.contains(base))
            return base;
    }
    return QStringLiteral("en");
}

QString Translations::install(const QString& code)
{
    const QString language = resolve(code);
    auto* app = QCoreApplication::instance();
    if (!app)
        return language;
    // English plural forms ("1 client", "2 clients") come from theprogram_en, when there is one.
    auto* ours = new QTranslator(app);
    if (ours->load(kPrefix + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    if (language != QLatin1String("en")) {
        auto* qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    // Numbers and dates follow the system's locale; only a language chosen against it changes them.
    if (QLocale().language() != QLocale(language).language() && !code.isEmpty())
        QLocale::setDefault(QLocale(language));
    return language;
}

QString Translations::nativeName(const QString& code)
{
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

} // namespace tp
