#include "Anonymizer.h"

#include <cmath>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace tp::exchange {

Anonymizer::Anonymizer(const ExportOptions& options)
    : m_active(options.anonymize)
    , m_coarsen(options.anonymize && options.coarsenPlaces)
{
}

bool Anonymizer::prepare(QSqlDatabase db, QString* error)
{
    if (!m_active)
        return true;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM clients ORDER BY created_at, id"))) {
        *error = q.lastError().text();
        return false;
    }
    int n = 0;
    while (q.next())
        m_rank.insert(q.value(0).toString(), ++n);
    m_width = std::max(4, int(QString::number(n).size()));
    return true;
}

QString Anonymizer::pseudonym(const QString& clientId) const
{
    return QString::number(m_rank.value(clientId)).rightJustified(m_width, QLatin1Char('0'));
}

void Anonymizer::apply(const db::Table& table, const QList<const db::Column*>& columns,
                       QVariantList& values) const
{
    if (!m_active)
        return;
    const auto indexOf = [&](const char* name) {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i)->name == QLatin1String(name))
                return i;
        }
        return -1;
    };
    const auto set = [&](const char* name, const QVariant& v) {
        const int i = indexOf(name);
        if (i >= 0)
            values[i] = v;
    };
    const auto get = [&](const char* name) {
        const int i = indexOf(name);
        return i >= 0 ? values.at(i) : QVariant();
    };
    const QString& t = table.name;
    if (t == QLatin1String("clients")) {
        set("first_name", QStringLiteral("Client"));
        set("last_name", pseudonym(get("id").toString()));
        set("email", QVariant());
        set("phone", QVariant());
        set("notes", QVariant());
    } else if (t == QLatin1String("session_notes")) {
        set("note_content", QVariant());
    } else if (t == QLatin1String("charts")) {
        const QString client = get("client_id").toString();
        QString type = get("chart_type").toString();
        if (!type.isEmpty())
            type[0] = type[0].toUpper();
        set("chart_name",
            client.isEmpty() ? QVariant()
                             : QVariant(type + QStringLiteral(" chart – Client ") + pseudonym(client)));
        if (m_coarsen) {
            const int i = indexOf("chart_data");
            if (i >= 0) {
                QJsonObject root = QJsonDocument::fromJson(values.at(i).toString().toUtf8()).object();
                QJsonObject info = root.value(QLatin1String("calculation_info")).toObject();
                if (!info.isEmpty()) {
                    for (const char* key : { "latitude", "longitude" }) {
                        if (info.contains(QLatin1String(key)))
                            info.insert(QLatin1String(key),
                                        std::round(info.value(QLatin1String(key)).toDouble()));
                    }
                    root.insert(QLatin1String("calculation_info"), info);
                    values[i] = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
                }
            }
        }
    } else if (t == QLatin1String("birth_data") && m_coarsen) {
        set("city", QVariant());
        set("state_province", QVariant());
        for (const char* key : { "latitude", "longitude" }) {
            const QVariant v = get(key);
            if (!v.isNull())
                set(key, std::round(v.toDouble()));
        }
    }
}

} // namespace tp::exchange
