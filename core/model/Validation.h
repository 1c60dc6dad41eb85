#pragma once

#include "db/TableRegistry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace tp::model {

// A row as the app passes it around: column name -> value.
using Row = QVariantMap;

enum class Severity { Error, Warning };

struct Problem
{
    Severity severity = Severity::Error;
    QString table;
    QString field; // column name, empty for the whole row
    QString message; // a sentence for a practitioner

    bool isError() const { return severity == Severity::Error; }
};

// The one place that knows what a valid value is. The dialogs, the store and
// the importer all call it; the rules come from the table registry.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(tp::model::Validator)

public:
    // A value is empty when it is null or a blank string.
    static bool isEmpty(const QVariant& value);

    // One value against its column: required, type, range, choices.
    // `parsedJson`: the value is the compact text of a JSON object or array
    // the caller has just parsed, so only its shape is left to check.
    static QList<Problem> checkValue(const db::Table& table, const db::Column& column, const QVariant& value,
                                     bool parsedJson = false);

    // Every column of the row (a missing key counts as empty) plus the rules
    // that involve several fields (a birth time unless it is unknown, …).
    // `parsedJson` names columns whose values are such parsed JSON text.
    static QList<Problem> validateRow(const db::Table& table, const Row& row,
                                      const QStringList& parsedJson = {});

    static bool hasErrors(const QList<Problem>& problems);

    // The value as the column stores it: 0/1 for booleans, numbers as
    // numbers, an empty typed value as NULL (an empty text stays "").
    static QVariant storable(const db::Column& column, const QVariant& value);

    // "birth_date" -> "Birth date"
    static QString fieldLabel(const QString& column);
};

} // namespace tp::model
