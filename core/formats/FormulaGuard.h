#pragma once

#include <QString>

namespace tp::formats {

// CSV formula injection (OWASP): a spreadsheet runs a cell that begins with
// =, +, -, @, tab or CR as a formula. In the CSV files The Program writes,
// such a text cell gets a leading apostrophe, which spreadsheets show as
// "this is text" and do not display; a text cell that really begins with an
// apostrophe gets a second one, so the reader can undo it exactly: it
// removes one leading apostrophe from every text cell of a file whose
// manifest names the protection. Numbers are never touched.
namespace formula {

// The manifest's `csv_formula_protection` value.
inline QString protectionName()
{
    return QStringLiteral("leading-apostrophe");
}

inline bool needsGuard(const QString& text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\'':
        return true;
    default:
        return false;
    }
}

inline QString guard(const QString& text)
{
    return needsGuard(text) ? QLatin1Char('\'') + text : text;
}

inline QString unguard(const QString& text)
{
    return text.startsWith(QLatin1Char('\'')) ? text.mid(1) : text;
}

} // namespace formula
} // namespace tp::formats
