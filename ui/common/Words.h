#pragma once

#include <QCoreApplication>
#include <QString>

namespace tp::ui {

// The words a practitioner reads for values the database stores as codes
// (chart types, astrological systems, house systems).
class Words
{
    Q_DECLARE_TR_FUNCTIONS(tp::ui::Words)

public:
    // "human_design" → "Human Design"; an unknown code reads as itself,
    // with spaces for underscores.
    static QString value(const QString& column, const QString& code);
};

} // namespace tp::ui
