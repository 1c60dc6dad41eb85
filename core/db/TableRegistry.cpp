#include "TableRegistry.h"

#include <QStringBuilder>

namespace tp::db {

namespace {

// A terse builder so the schema reads like SCHEMA.md.
struct Col
{
    Column c;
    explicit Col(const char* name, ColumnKind kind)
    {
        c.name = QString::fromLatin1(name);
        c.kind = kind;
    }
    Col& notNull()
    {
        c.nullable = false;
        return *this;
    }
    Col& def(const char* sql)
    {
        c.defaultSql = QString::fromLatin1(sql);
        return *this;
    }
    Col& range(double lo, double hi)
    {
        c.min = lo;
        c.max = hi;
        return *this;
    }
    Col& values(std::initializer_list<const char*> v, bool open = false)
    {
        for (const char* s : v)
            c.enumValues << QString::fromLatin1(s);
        c.enumOpen = open;
        return *this;
    }
    Col& shape(JsonShape s)
    {
        c.jsonShape = s;
        return *this;
    }
    Col& references(const char* table)
    {
        c.foreignKey = ForeignKey{ QString::fromLatin1(table), true };
        return *this;
    }
    Col& unique()
    {
        c.unique = true;
        return *this;
    }
    Col& secret()
    {
        c.secret = true;
        return *this;
    }
    Col& personal()
    {
        c.personal = true;
        return *this;
    }
    operator Column() const { return c; }
};

Column uuidKey()
{
    return Col("id", ColumnKind::Uuid).notNull();
}
Column singletonKey()
{
    return Col("id", ColumnKind::SingletonId).notNull().range(1, 1);
}
Column createdAt()
{
    return Col("created_at", ColumnKind::DateTime).notNull();
}
Column updatedAt()
{
    return Col("updated_at", ColumnKind::DateTime).notNull();
}

Index index(const char* table, std::initializer_list<const char*> cols)
{
    Index ix;
    ix.name = QLatin1String("ix_") + QString::fromLatin1(table);
    for (const char* c : cols) {
        ix.columns << QString::fromLatin1(c);
        ix.name += QLatin1Char('_') + QString::fromLatin1(c);
    }
    return ix;
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 17);
}

} // namespace

QString Column::sqlType() const
{
    switch (kind) {
    case ColumnKind::SingletonId:
    case ColumnKind::Integer:
    case ColumnKind::Boolean:
        return QStringLiteral("INTEGER");
    case ColumnKind::Real:
        return QStringLiteral("REAL");
    default:
        return QStringLiteral("TEXT");
    }
}

const Column* Table::column(const QString& columnName) const
{
    for (const Column& c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

QStringList Table::columnNames() const
{
    QStringList names;
    for (const Column& c : columns)
        names << c.name;
    return names;
}

QString Table::insertSql(const QString& target, const QStringList& leadingColumns) const
{
    const QStringList names = leadingColumns + columnNames();
    return QStringLiteral("INSERT INTO ") + target + QStringLiteral(" (") + names.join(QStringLiteral(", "))
        + QStringLiteral(") VALUES (") + QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
}

QList<const Column*> Table::foreignKeys() const
{
    QList<const Column*> fks;
    for (const Column& c : columns) {
        if (c.foreignKey)
            fks << &c;
    }
    return fks;
}

QString Table::createTableSql() const
{
    QStringList defs;
    for (const Column& c : columns) {
        QString d = c.name + QLatin1Char(' ') + c.sqlType();
        if (!c.nullable)
            d += QLatin1String(" NOT NULL");
        if (c.isPrimaryKey())
            d += QLatin1String(" PRIMARY KEY");
        if (c.unique)
            d += QLatin1String(" UNIQUE");
        if (!c.defaultSql.isEmpty())
            d += QLatin1String(" DEFAULT ") + c.defaultSql;
        if (c.kind == ColumnKind::Boolean)
            d += QLatin1String(" CHECK (") + c.name + QLatin1String(" IN (0, 1))");
        else if (c.kind == ColumnKind::SingletonId)
            d += QLatin1String(" CHECK (") + c.name + QLatin1String(" = 1)");
        else if (c.min && c.max)
            d += QLatin1String(" CHECK (") + c.name + QLatin1String(" BETWEEN ") + formatNumber(*c.min)
                + QLatin1String(" AND ") + formatNumber(*c.max) + QLatin1Char(')');
        defs << d;
    }
    for (const Column& c : columns) {
        if (!c.foreignKey)
            continue;
        QString fk = QLatin1String("FOREIGN KEY (") + c.name + QLatin1String(") REFERENCES ")
            + c.foreignKey->table + QLatin1String(" (id)");
        if (c.foreignKey->cascadeOnDelete)
            fk += QLatin1String(" ON DELETE CASCADE");
        defs << fk;
    }
    return QLatin1String("CREATE TABLE ") + name + QLatin1String(" (\n    ")
        + defs.join(QLatin1String(",\n    ")) + QLatin1String("\n)");
}

QStringList Table::createIndexSql() const
{
    QStringList out;
    for (const Index& ix : indexes) {
        out << QLatin1String("CREATE INDEX IF NOT EXISTS ") + ix.name + QLatin1String(" ON ") + name
                + QLatin1String(" (") + ix.columns.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    return out;
}

const TableRegistry& TableRegistry::instance()
{
    static const TableRegistry registry;
    return registry;
}

const Table* TableRegistry::table(const QString& name) const
{
    for (const Table& t : m_tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList TableRegistry::tableNames() const
{
    QStringList names;
    for (const Table& t : m_tables)
        names << t.name;
    return names;
}

QList<const Table*> TableRegistry::childrenOf(const QString& parent) const
{
    QList<const Table*> out;
    for (const Table& t : m_tables) {
        for (const Column* fk : t.foreignKeys()) {
            if (fk->foreignKey->table == parent) {
                out << &t;
                break;
            }
        }
    }
    return out;
}

TableRegistry::TableRegistry()
{
    using K = ColumnKind;

    m_tables << Table{
        QStringLiteral("app_config"),
        { singletonKey(), Col("password_hash", K::Text).secret(), Col("app_version", K::Text).notNull(),
          Col("database_version", K::Integer).notNull().range(1, 1000000), createdAt(), updatedAt() },
        {},
        true
    };

    m_tables << Table{
        QStringLiteral("user_preferences"),
        { singletonKey(),
          Col("default_house_system", K::Enum)
              .notNull()
              .def("'placidus'")
              .values({ "placidus", "koch", "whole_sign", "equal", "porphyry", "regiomontanus", "campanus",
                        "alcabitius", "morinus", "topocentric" },
                      true),
          Col("default_ayanamsa", K::Text).notNull().def("'lahiri'"),
          Col("default_zodiac", K::Enum).notNull().def("'tropical'").values({ "tropical", "sidereal" }),
          Col("aspect_orbs", K::Json).shape(JsonShape::Object),
          Col("color_scheme", K::Text).notNull().def("'light'"),
          Col("displayed_points", K::Json).shape(JsonShape::Array), createdAt(), updatedAt() },
        {},
        true
    };

    m_tables << Table{ QStringLiteral("clients"),
                       { uuidKey(), Col("first_name", K::Text).personal(),
                         Col("last_name", K::Text).personal(), Col("email", K::Text).personal(),
                         Col("phone", K::Text).personal(), Col("notes", K::Text).personal(), createdAt(),
                         updatedAt() },
                       { index("clients", { "last_name" }) } };

    m_tables << Table{ QStringLiteral("birth_data"),
                       { uuidKey(), Col("client_id", K::Uuid).notNull().references("clients"),
                         Col("birth_date", K::Date).notNull(), Col("birth_time", K::Time),
                         Col("time_unknown", K::Boolean).notNull().def("0"),
                         Col("latitude", K::Real).notNull().range(-90, 90),
                         Col("longitude", K::Real).notNull().range(-180, 180),
                         Col("timezone", K::Timezone).notNull(),
                         Col("utc_offset", K::Integer).range(-840, 840), Col("city", K::Text),
                         Col("state_province", K::Text), Col("country", K::Text),
                         Col("rodden_rating", K::Enum).values({ "AA", "A", "B", "C", "DD", "X", "XX" }),
                         Col("gender", K::Text), createdAt(), updatedAt() },
                       { index("birth_data", { "client_id" }), index("birth_data", { "birth_date" }) } };

    m_tables << Table{
        QStringLiteral("charts"),
        { uuidKey(), Col("client_id", K::Uuid).references("clients"),
          Col("birth_data_id", K::Uuid).notNull().references("birth_data"), Col("chart_name", K::Text),
          Col("chart_type", K::Enum)
              .notNull()
              .values({ "natal", "transit", "progressed", "synastry", "composite", "return", "horary" },
                      true),
          Col("astro_system", K::Enum).notNull().values({ "western", "vedic", "human_design" }),
          Col("house_system", K::Enum)
              .values({ "placidus", "koch", "whole_sign", "equal", "porphyry", "regiomontanus", "campanus",
                        "alcabitius", "morinus", "topocentric" },
                      true),
          Col("ayanamsa", K::Text), Col("zodiac_type", K::Enum).notNull().values({ "tropical", "sidereal" }),
          Col("calculation_params", K::Json).shape(JsonShape::Object),
          Col("chart_data", K::Json).notNull().shape(JsonShape::Object), Col("last_viewed", K::DateTime),
          createdAt(), updatedAt() },
        { index("charts", { "client_id" }), index("charts", { "birth_data_id" }),
          index("charts", { "chart_type" }), index("charts", { "created_at" }) }
    };

    m_tables << Table{
        QStringLiteral("chart_interpretations"),
        { uuidKey(), Col("chart_id", K::Uuid).notNull().references("charts"),
          Col("element_type", K::Enum).notNull().values({ "planet", "house", "aspect", "pattern" }),
          Col("element_key", K::Text).notNull(), Col("ai_description", K::Text).notNull(),
          Col("ai_model", K::Text), Col("ai_prompt_version", K::Text),
          Col("version", K::Integer).notNull().def("1").range(1, 1000000),
          Col("is_approved", K::Enum).values({ "pending", "approved", "rejected", "needs_review" }),
          createdAt(), updatedAt() },
        { index("chart_interpretations", { "chart_id" }) }
    };

    m_tables << Table{
        QStringLiteral("interpretations"),
        { uuidKey(),
          Col("interpretation_type", K::Enum)
              .notNull()
              .values({ "planet_in_sign", "planet_in_house", "aspect", "house", "nakshatra", "gate" }, true),
          Col("key_identifier", K::Text).notNull(), Col("tradition", K::Text),
          Col("text_content", K::Text).notNull(), Col("source", K::Text),
          Col("is_user_custom", K::Boolean).notNull().def("0"), createdAt(), updatedAt() },
        {}
    };

    m_tables << Table{ QStringLiteral("aspect_patterns"),
                       { uuidKey(), Col("chart_id", K::Uuid).notNull().references("charts"),
                         Col("pattern_type", K::Enum)
                             .notNull()
                             .values({ "grand_trine", "t_square", "yod", "grand_cross", "kite",
                                       "mystic_rectangle", "stellium" },
                                     true),
                         Col("planets_involved", K::Json).notNull().shape(JsonShape::Array),
                         Col("description", K::Text), createdAt(), updatedAt() },
                       { index("aspect_patterns", { "chart_id" }) } };

    m_tables << Table{
        QStringLiteral("transit_events"),
        { uuidKey(), Col("chart_id", K::Uuid).notNull().references("charts"),
          Col("event_date", K::DateTime).notNull(), Col("transiting_planet", K::Text).notNull(),
          Col("natal_planet", K::Text).notNull(), Col("aspect_type", K::Text).notNull(), Col("orb", K::Real),
          Col("is_applying", K::Boolean), createdAt(), updatedAt() },
        { index("transit_events", { "chart_id" }), index("transit_events", { "chart_id", "event_date" }) }
    };

    m_tables << Table{ QStringLiteral("session_notes"),
                       { uuidKey(), Col("client_id", K::Uuid).notNull().references("clients"),
                         Col("note_date", K::Date).notNull(), Col("note_content", K::Text).personal(),
                         createdAt(), updatedAt() },
                       { index("session_notes", { "client_id" }), index("session_notes", { "note_date" }) } };

    m_tables << Table{ QStringLiteral("location_cache"),
                       { uuidKey(), Col("city_name", K::Text).notNull(), Col("state_province", K::Text),
                         Col("country", K::Text).notNull(), Col("latitude", K::Real).notNull().range(-90, 90),
                         Col("longitude", K::Real).notNull().range(-180, 180),
                         Col("timezone", K::Timezone).notNull(), Col("geonames_id", K::Integer).unique(),
                         createdAt(), updatedAt() },
                       { index("location_cache", { "city_name", "country" }) } };
}

} // namespace tp::db
