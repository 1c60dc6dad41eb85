#include "Validation.h"

#include "util/Clock.h"

#include <cmath>
#include <QDate>
#include <QRegularExpression>
#include <QStringBuilder>
#include <QTime>
#include <QTimeZone>
#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace tp::model {

using db::Column;
using db::ColumnKind;
using db::Table;

namespace {

QString text(const QVariant& v)
{
    return v.toString().trimmed();
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

bool Validator::isEmpty(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return true;
    if (value.typeId() == QMetaType::QString)
        return value.toString().trimmed().isEmpty();
    return false;
}

QString Validator::fieldLabel(const QString& column)
{
    static const QHash<QString, const char*> labels = {
        { QStringLiteral("rodden_rating"), QT_TR_NOOP("Rodden rating") },
        { QStringLiteral("utc_offset"), QT_TR_NOOP("UTC offset") },
        { QStringLiteral("state_province"), QT_TR_NOOP("State or province") },
        { QStringLiteral("timezone"), QT_TR_NOOP("Time zone") },
        { QStringLiteral("id"), QT_TR_NOOP("Id") },
    };
    if (const auto it = labels.constFind(column); it != labels.constEnd())
        return tr(it.value());
    QString label = column;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

QList<Problem> Validator::checkValue(const Table& table, const Column& column, const QVariant& value,
                                     bool parsedJson)
{
    QList<Problem> out;
    const QString label = fieldLabel(column.name);
    const auto error = [&](const QString& message) {
        out << Problem{ Severity::Error, table.name, column.name, message };
    };
    const auto warning = [&](const QString& message) {
        out << Problem{ Severity::Warning, table.name, column.name, message };
    };

    if (isEmpty(value)) {
        // A NOT NULL text column may hold an empty string; typed ones may not.
        const bool emptyStringAllowed = column.kind == ColumnKind::Text && value.isValid() && !value.isNull();
        if (!column.nullable && !emptyStringAllowed)
            error(tr("%1 is required.").arg(label));
        return out;
    }

    const QString s = text(value);
    const auto checkRange = [&](double v) {
        if ((column.min && v < *column.min) || (column.max && v > *column.max)) {
            error(tr("%1 must be between %2 and %3 (it is %4).")
                      .arg(label, formatNumber(*column.min), formatNumber(*column.max), formatNumber(v)));
        }
    };

    switch (column.kind) {
    case ColumnKind::Uuid:
        if (!isUuid(s))
            error(tr("%1 must be a UUID such as 0f8c2a9e-3b1d-4c6f-9a7e-1d2c3b4a5f60 (it is \"%2\").")
                      .arg(label, s));
        break;
    case ColumnKind::SingletonId:
        if (s != QLatin1String("1"))
            error(tr("%1 must be 1 in the single-row table %2.").arg(label, table.name));
        break;
    case ColumnKind::Integer: {
        bool ok = false;
        const qlonglong v = value.typeId() == QMetaType::QString ? s.toLongLong(&ok) : value.toLongLong(&ok);
        if (!ok || (value.typeId() == QMetaType::Double && std::floor(value.toDouble()) != value.toDouble()))
            error(tr("%1 must be a whole number (it is \"%2\").").arg(label, s));
        else
            checkRange(double(v));
        break;
    }
    case ColumnKind::Real: {
        bool ok = false;
        const double v = value.typeId() == QMetaType::QString ? s.toDouble(&ok) : value.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            error(tr("%1 must be a number (it is \"%2\").").arg(label, s));
        else
            checkRange(v);
        break;
    }
    case ColumnKind::Boolean: {
        static const QStringList accepted
            = { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("false") };
        if (value.typeId() != QMetaType::Bool && !accepted.contains(s.toLower()))
            error(tr("%1 must be yes or no (0 or 1; it is \"%2\").").arg(label, s));
        break;
    }
    case ColumnKind::Json: {
        // Parsed without building a document: only whether it parses, and what the outermost value is.
        struct Outermost : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Outermost>
        {
            char kind = 0; // '{', '[' or '-' for anything else
            bool Default()
            {
                kind = kind ? kind : '-';
                return true;
            }
            bool StartObject()
            {
                kind = kind ? kind : '{';
                return true;
            }
            bool StartArray()
            {
                kind = kind ? kind : '[';
                return true;
            }
        } outermost;
        rapidjson::Reader reader;
        if (parsedJson) {
            outermost.kind = s.startsWith(QLatin1Char('{')) ? '{'
                : s.startsWith(QLatin1Char('['))            ? '['
                                                            : '-';
        } else {
            const QByteArray utf8 = s.toUtf8();
            rapidjson::MemoryStream bytes(utf8.constData(), size_t(utf8.size()));
            rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(bytes);
            reader.Parse(in, outermost);
        }
        if (reader.HasParseError()) {
            error(
                tr("%1 is not valid JSON: %2 at character %3.")
                    .arg(label, QString::fromLatin1(rapidjson::GetParseError_En(reader.GetParseErrorCode())))
                    .arg(reader.GetErrorOffset()));
        } else if (column.jsonShape == db::JsonShape::Object && outermost.kind != '{') {
            error(tr("%1 must be a JSON object ({…}).").arg(label));
        } else if (column.jsonShape == db::JsonShape::Array && outermost.kind != '[') {
            error(tr("%1 must be a JSON array ([…]).").arg(label));
        }
        break;
    }
    case ColumnKind::Date: {
        static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!re.match(s).hasMatch())
            error(tr("%1 must be a date written YYYY-MM-DD (it is \"%2\").").arg(label, s));
        else if (!QDate::fromString(s, Qt::ISODate).isValid())
            error(tr("%1 is not a real calendar date: %2.").arg(label, s));
        break;
    }
    case ColumnKind::Time: {
        static const QRegularExpression re(QStringLiteral("^(\\d{2}):(\\d{2})(?::(\\d{2}))?$"));
        const QRegularExpressionMatch m = re.match(s);
        if (!m.hasMatch()
            || !QTime(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt())
                    .isValid())
            error(tr("%1 must be a time written HH:MM:SS, from 00:00:00 to 23:59:59 (it is \"%2\").")
                      .arg(label, s));
        break;
    }
    case ColumnKind::DateTime:
        if (!timestamp::isValid(s))
            error(tr("%1 must be a date and time such as 2025-11-15T15:46:56.930Z (it is \"%2\").")
                      .arg(label, s));
        break;
    case ColumnKind::Timezone:
        if (!QTimeZone::isTimeZoneIdAvailable(s.toUtf8()))
            error(tr("%1 \"%2\" is not a known IANA time zone (such as Europe/Berlin or America/New_York).")
                      .arg(label, s));
        break;
    case ColumnKind::Enum:
        if (!column.enumValues.contains(s)) {
            const QString message = tr("%1 \"%2\" is not one of %3.")
                                        .arg(label, s, column.enumValues.join(QLatin1String(", ")));
            if (column.enumOpen)
                warning(message);
            else
                error(message);
        }
        break;
    case ColumnKind::Text:
        break;
    }
    return out;
}

QList<Problem> Validator::validateRow(const Table& table, const Row& row, const QStringList& parsedJson)
{
    QList<Problem> out;
    for (const Column& column : table.columns)
        out << checkValue(table, column, row.value(column.name),
                          column.kind == ColumnKind::Json && parsedJson.contains(column.name));

    if (table.name == QLatin1String("birth_data")) {
        const QVariant unknown = row.value(QStringLiteral("time_unknown"));
        const bool timeUnknown = !isEmpty(unknown)
            && (unknown.typeId() == QMetaType::Bool ? unknown.toBool()
                                                    : (text(unknown) == QLatin1String("1")
                                                       || text(unknown).toLower() == QLatin1String("true")));
        if (!timeUnknown && isEmpty(row.value(QStringLiteral("birth_time")))) {
            out << Problem{ Severity::Error, table.name, QStringLiteral("birth_time"),
                            tr("Birth time is required unless the time is marked as unknown.") };
        }
        const QDate date = QDate::fromString(text(row.value(QStringLiteral("birth_date"))), Qt::ISODate);
        if (date.isValid() && date > Clock::nowUtc().date()) {
            out << Problem{ Severity::Warning, table.name, QStringLiteral("birth_date"),
                            tr("Birth date %1 is in the future.").arg(date.toString(Qt::ISODate)) };
        } else if (date.isValid() && date.year() < 1000) {
            out << Problem{ Severity::Warning, table.name, QStringLiteral("birth_date"),
                            tr("Birth date %1 is before the year 1000.").arg(date.toString(Qt::ISODate)) };
        }
    }
    return out;
}

QVariant Validator::storable(const Column& column, const QVariant& value)
{
    if (isEmpty(value)) {
        if (column.kind == ColumnKind::Text && value.isValid() && !value.isNull())
            return value.toString(); // an empty string stays one
        return QVariant();
    }
    switch (column.kind) {
    case ColumnKind::Boolean: {
        if (value.typeId() == QMetaType::Bool)
            return value.toBool() ? 1 : 0;
        const QString s = value.toString().trimmed().toLower();
        return (s == QLatin1String("1") || s == QLatin1String("true")) ? 1 : 0;
    }
    case ColumnKind::Integer:
    case ColumnKind::SingletonId:
        return value.toLongLong();
    case ColumnKind::Real:
        return value.toDouble();
    default:
        return value.toString();
    }
}

bool Validator::hasErrors(const QList<Problem>& problems)
{
    for (const Problem& p : problems) {
        if (p.isError())
            return true;
    }
    return false;
}

} // namespace tp::model
