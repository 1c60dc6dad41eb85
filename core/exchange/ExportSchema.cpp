#include "ExportSchema.h"

#include "db/TableRegistry.h"
#include "Exporter.h"

#include <QJsonArray>

namespace tp::exchange {

namespace {

using db::ColumnKind;

QJsonValue nullable(QJsonObject schema, bool isNullable)
{
    if (!isNullable)
        return schema;
    return QJsonObject{ { QStringLiteral("anyOf"),
                          QJsonArray{ schema,
                                      QJsonObject{ { QStringLiteral("type"), QStringLiteral("null") } } } } };
}

QJsonObject columnSchema(const db::Column& c)
{
    QJsonObject s;
    const auto str = [](const QString& pattern) {
        QJsonObject o{ { QStringLiteral("type"), QStringLiteral("string") } };
        if (!pattern.isEmpty())
            o.insert(QStringLiteral("pattern"), pattern);
        return o;
    };
    switch (c.kind) {
    case ColumnKind::Uuid:
        s = str(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        break;
    case ColumnKind::SingletonId:
        s = { { QStringLiteral("type"), QStringLiteral("integer") }, { QStringLiteral("const"), 1 } };
        break;
    case ColumnKind::Integer:
        s = { { QStringLiteral("type"), QStringLiteral("integer") } };
        break;
    case ColumnKind::Real:
        s = { { QStringLiteral("type"), QStringLiteral("number") } };
        break;
    case ColumnKind::Boolean:
        s = { { QStringLiteral("type"), QStringLiteral("boolean") } };
        break;
    case ColumnKind::Json:
        s = c.jsonShape == db::JsonShape::Object
            ? QJsonObject{ { QStringLiteral("type"), QStringLiteral("object") } }
            : c.jsonShape == db::JsonShape::Array
            ? QJsonObject{ { QStringLiteral("type"), QStringLiteral("array") } }
            : QJsonObject{};
        break;
    case ColumnKind::Date:
        s = str(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        break;
    case ColumnKind::Time:
        s = str(QStringLiteral("^\\d{2}:\\d{2}(:\\d{2})?$"));
        break;
    case ColumnKind::DateTime:
        s = str(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}"));
        break;
    case ColumnKind::Enum:
        s = c.enumOpen ? str(QString())
                       : QJsonObject{ { QStringLiteral("enum"), QJsonArray::fromStringList(c.enumValues) } };
        break;
    case ColumnKind::Timezone:
    case ColumnKind::Text:
        s = str(QString());
        break;
    }
    if (c.min && (c.kind == ColumnKind::Integer || c.kind == ColumnKind::Real)) {
        s.insert(QStringLiteral("minimum"), *c.min);
        s.insert(QStringLiteral("maximum"), *c.max);
    }
    return s;
}

QJsonObject headerProperties()
{
    QJsonObject counts{ { QStringLiteral("type"), QStringLiteral("object") },
                        { QStringLiteral("additionalProperties"),
                          QJsonObject{ { QStringLiteral("type"), QStringLiteral("integer") },
                                       { QStringLiteral("minimum"), 0 } } } };
    return QJsonObject{
        { QStringLiteral("format"),
          QJsonObject{ { QStringLiteral("const"), QLatin1String(kExportFormatName) } } },
        { QStringLiteral("format_version"),
          QJsonObject{ { QStringLiteral("type"), QStringLiteral("string") },
                       { QStringLiteral("pattern"), QStringLiteral("^1\\.\\d+$") } } },
        { QStringLiteral("schema_version"),
          QJsonObject{ { QStringLiteral("type"), QStringLiteral("integer") },
                       { QStringLiteral("minimum"), 1 } } },
        { QStringLiteral("app_version"),
          QJsonObject{ { QStringLiteral("type"), QStringLiteral("string") } } },
        { QStringLiteral("exported_at"),
          QJsonObject{ { QStringLiteral("type"), QStringLiteral("string") },
                       { QStringLiteral("pattern"), QStringLiteral("Z$") } } },
        { QStringLiteral("scope"),
          QJsonObject{
              { QStringLiteral("type"), QStringLiteral("object") },
              { QStringLiteral("required"), QJsonArray{ QStringLiteral("type") } },
              { QStringLiteral("properties"),
                QJsonObject{ { QStringLiteral("type"),
                               QJsonObject{ { QStringLiteral("enum"),
                                              QJsonArray{ QStringLiteral("full"), QStringLiteral("client"),
                                                          QStringLiteral("chart"),
                                                          QStringLiteral("selective") } } } } } } } },
        { QStringLiteral("options"),
          QJsonObject{ { QStringLiteral("type"), QStringLiteral("object") },
                       { QStringLiteral("required"),
                         QJsonArray{ QStringLiteral("anonymized"), QStringLiteral("excluded_fields") } } } },
        { QStringLiteral("counts"), counts },
    };
}

QJsonArray headerRequired()
{
    return { QStringLiteral("format"),         QStringLiteral("format_version"),
             QStringLiteral("schema_version"), QStringLiteral("app_version"),
             QStringLiteral("exported_at"),    QStringLiteral("scope"),
             QStringLiteral("options"),        QStringLiteral("counts") };
}

} // namespace

QJsonObject exportDocumentSchema()
{
    QJsonObject tables;
    for (const db::Table& t : db::TableRegistry::instance().tables()) {
        QJsonObject props;
        for (const db::Column& c : t.columns) {
            if (!c.secret)
                props.insert(c.name, nullable(columnSchema(c), c.nullable));
        }
        tables.insert(
            t.name,
            QJsonObject{ { QStringLiteral("type"), QStringLiteral("array") },
                         { QStringLiteral("items"),
                           QJsonObject{ { QStringLiteral("type"), QStringLiteral("object") },
                                        { QStringLiteral("required"), QJsonArray{ QStringLiteral("id") } },
                                        { QStringLiteral("additionalProperties"), false },
                                        { QStringLiteral("properties"), props } } } });
    }
    QJsonObject props = headerProperties();
    props.insert(QStringLiteral("tables"),
                 QJsonObject{ { QStringLiteral("type"), QStringLiteral("object") },
                              { QStringLiteral("additionalProperties"), false },
                              { QStringLiteral("properties"), tables } });
    QJsonArray required = headerRequired();
    required.append(QStringLiteral("tables"));
    return QJsonObject{
        { QStringLiteral("$schema"), QStringLiteral("https://json-schema.org/draft/2020-12/schema") },
        { QStringLiteral("$id"),
          QStringLiteral("https://theprogram.example/schema/theprogram-export-1.json") },
        { QStringLiteral("title"), QStringLiteral("The Program export document, format version 1") },
        { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("required"), required },
        { QStringLiteral("properties"), props }
    };
}

QJsonObject bundleManifestSchema()
{
    const auto typed = [](const char* type) {
        return QJsonObject{ { QStringLiteral("type"), QLatin1String(type) } };
    };
    QJsonObject name = typed("string");
    name.insert(QStringLiteral("pattern"), QStringLiteral("\\.csv$"));
    QJsonObject count = typed("integer");
    count.insert(QStringLiteral("minimum"), 0);
    QJsonObject sha = typed("string");
    sha.insert(QStringLiteral("pattern"), QStringLiteral("^[0-9a-f]{64}$"));
    const QJsonObject fileProps{ { QStringLiteral("name"), name },
                                 { QStringLiteral("table"), typed("string") },
                                 { QStringLiteral("rows"), count },
                                 { QStringLiteral("bytes"), count },
                                 { QStringLiteral("sha256"), sha } };
    QJsonObject file = typed("object");
    file.insert(QStringLiteral("required"),
                QJsonArray{ QStringLiteral("name"), QStringLiteral("rows"), QStringLiteral("sha256"),
                            QStringLiteral("bytes") });
    file.insert(QStringLiteral("properties"), fileProps);
    QJsonObject files = typed("array");
    files.insert(QStringLiteral("items"), file);

    QJsonObject props = headerProperties();
    props.insert(QStringLiteral("files"), files);
    QJsonArray required = headerRequired();
    required.append(QStringLiteral("files"));
    return QJsonObject{
        { QStringLiteral("$schema"), QStringLiteral("https://json-schema.org/draft/2020-12/schema") },
        { QStringLiteral("$id"),
          QStringLiteral("https://theprogram.example/schema/theprogram-export-manifest-1.json") },
        { QStringLiteral("title"), QStringLiteral("The Program CSV bundle manifest, format version 1") },
        { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("required"), required },
        { QStringLiteral("properties"), props }
    };
}

} // namespace tp::exchange
