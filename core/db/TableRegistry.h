#pragma once

#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

namespace tp::db {

// What a column holds, beyond its SQL storage type. Validation, import,
// export and the demo generator all read this.
enum class ColumnKind {
    Uuid, // lower-case hyphenated UUID
    SingletonId, // the id of a single-row table (always 1)
    Text,
    Integer,
    Real,
    Boolean, // INTEGER 0/1
    Json, // TEXT holding a JSON value
    Date, // YYYY-MM-DD
    Time, // HH:MM:SS
    DateTime, // ISO-8601, any of the three spellings of SCHEMA.md
    Timezone, // IANA zone name
    Enum, // one of Column::enumValues
};

enum class JsonShape { Any, Object, Array };

struct ForeignKey
{
    QString table;
    bool cascadeOnDelete = true;
};

struct Column
{
    QString name;
    ColumnKind kind = ColumnKind::Text;
    bool nullable = true;
    QString defaultSql; // SQL default expression, empty for none
    std::optional<double> min; // inclusive range for Real/Integer
    std::optional<double> max;
    QStringList enumValues; // for Enum
    bool enumOpen = false; // SCHEMA.md lists "…": unknown values are warnings
    JsonShape jsonShape = JsonShape::Any;
    std::optional<ForeignKey> foreignKey;
    bool unique = false;
    bool secret = false; // never exported or imported
    bool personal = false; // identifies a person: dropped or replaced when anonymising

    QString sqlType() const;
    bool isPrimaryKey() const { return name == QLatin1String("id"); }
    // Integer, real or boolean: written as numbers, never as text.
    bool isNumeric() const
    {
        return kind == ColumnKind::Integer || kind == ColumnKind::Real || kind == ColumnKind::Boolean;
    }
};

struct Index
{
    QString name;
    QStringList columns;
};

struct Table
{
    QString name;
    QList<Column> columns;
    QList<Index> indexes;
    bool singleRow = false;

    const Column* column(const QString& name) const;
    QStringList columnNames() const;
    QList<const Column*> foreignKeys() const;
    QString createTableSql() const;
    QStringList createIndexSql() const;
    // INSERT INTO `target` (leading columns, then every column) VALUES (?, ...).
    QString insertSql(const QString& target, const QStringList& leadingColumns = {}) const;
};

// The single description of the practice database's schema (SCHEMA.md).
// Tables are listed parents before children: inserting in this order and
// deleting in the reverse order never violates a foreign key.
class TableRegistry
{
public:
    static const TableRegistry& instance();

    static constexpr int kSchemaVersion = 1;

    const QList<Table>& tables() const { return m_tables; }
    const Table* table(const QString& name) const;
    QStringList tableNames() const;

    // Tables whose foreign keys point at `parent`, in registry order.
    QList<const Table*> childrenOf(const QString& parent) const;

    // The words a practitioner reads for a table ("Birth data") and a
    // column ("Time of birth"), translated (TableLabels.cpp). An unknown
    // name reads as itself with spaces for underscores.
    static QString displayName(const QString& table);
    static QString displayName(const QString& table, const QString& column);
    // Whether the registry has words of its own for this table or column.
    static bool hasDisplayName(const QString& table, const QString& column = {});

private:
    TableRegistry();
    QList<Table> m_tables;
};

} // namespace tp::db
