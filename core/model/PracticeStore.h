#pragma once

#include "Validation.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class QSqlQuery;

namespace tp::model {

struct SaveResult
{
    bool ok = false;
    QString id; // the row's id after saving
    QList<Problem> problems; // validation errors (block) and warnings (don't)
    QString error; // a database failure, in words

    QString summary() const; // errors first, one per line
};

struct ClientSummary
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString city; // from the client's first birth data
    QString country;
    QString birthDate;

    QString displayName() const;
};

struct ChartSummary
{
    QString id;
    QString name;
    QString chartType;
    QString astroSystem;
    QString houseSystem;
    QString createdAt;
    QString sunSign;
    QString moonSign;
    QString ascendantSign;
};

// Rows of one subtree (a client with everything under it), parents first.
struct Subtree
{
    QList<QPair<QString, Row>> rows;
};

// Reads and edits the practice data through the table registry: every change
// is validated and runs in its own transaction.
class PracticeStore
{
    Q_DECLARE_TR_FUNCTIONS(tp::model::PracticeStore)

public:
    explicit PracticeStore(QSqlDatabase db);

    std::optional<Row> row(const QString& table, const QString& id) const;
    // Rows of `table` whose `column` equals `value`, ordered by `orderBy`.
    QList<Row> rowsWhere(const QString& table, const QString& column, const QVariant& value,
                         const QString& orderBy = QStringLiteral("created_at")) const;

    // Every row of `table`, ordered by `orderBy`. For small tables.
    QList<Row> allRows(const QString& table, const QString& orderBy) const;

    // Inserts the row (a new id when it has none or an unknown one) or
    // updates the existing row with the given fields. Validation first.
    SaveResult save(const QString& table, const Row& row);

    // Deletes the row and, through the schema's cascades, everything under it.
    bool remove(const QString& table, const QString& id, QString* error = nullptr);
    // The same for several rows of one table, in one transaction: all or none.
    bool removeAll(const QString& table, const QStringList& ids, QString* error = nullptr);

    // Everything remove() would delete, so it can be put back.
    Subtree captureSubtree(const QString& table, const QString& id) const;
    bool restoreSubtree(const Subtree& subtree, QString* error = nullptr);

    QList<ClientSummary> clientSummaries() const;
    QList<ChartSummary> chartSummaries(const QString& clientId) const;
    qint64 count(const QString& table) const;

private:
    Row readRow(const QSqlQuery& q) const;

    QSqlDatabase m_db;
};

// The signs of the Sun, Moon and Ascendant in a chart_data JSON document.
struct ChartSigns
{
    QString sun;
    QString moon;
    QString ascendant;
};
ChartSigns chartSigns(const QByteArray& chartDataJson);

// utc_offset in minutes for a birth moment in an IANA zone (standard +
// daylight saving), or nullopt when the zone or date is unknown.
std::optional<int> utcOffsetMinutes(const QString& date, const QString& time, const QString& timezone);

} // namespace tp::model
