#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tp {

// The languages the app speaks and the one it uses: the system's (the
// default) or the one chosen in View → Language, kept in the settings. The
// app's translations are compiled in (":/i18n/theprogram_<code>.qm"); Qt's
// own strings (standard buttons, file dialogs) come from Qt's translations.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(tp::Translations)

public:
    // "en" and every language with a translation, e.g. {"en", "de"}.
    static QStringList available();
    // The language chosen in the settings; empty: the system's.
    static QString chosen();
    static void choose(const QString& code);
    // The language `code` (empty: the system's) resolves to: one of available(), else "en".
    static QString resolve(const QString& code);
    // Installs the app's and Qt's translations for the chosen language on the
    // application, and makes it the default locale's language where the system's
    // is another. Returns the language used. Call once, after the application exists.
    static QString install(const QString& code = chosen());
    // The language's own name: "Deutsch", "English".
    static QString nativeName(const QString& code);
};

} // namespace tp
