#pragma once

#include <optional>
#include <QDateTime>
#include <QString>

namespace tp {

// The time the app writes into created_at/updated_at. Tests pin it.
class Clock
{
public:
    static QDateTime nowUtc();
    static void setFixed(const QDateTime& utc); // invalid QDateTime = real clock again
};

// Timestamps as SCHEMA.md describes them: we write YYYY-MM-DDTHH:MM:SS.mmmZ and
// read that, "YYYY-MM-DD HH:MM:SS" (SQLite datetime('now')) and
// "YYYY-MM-DDTHH:MM:SS.ffffff" (no zone, meaning UTC).
namespace timestamp {
QString format(const QDateTime& utc);
QString now();
std::optional<QDateTime> parse(const QString& text);
// Whether parse() would accept the text, without building a QDateTime.
bool isValid(const QString& text);
} // namespace timestamp

QString newUuid();
bool isUuid(const QString& text);

} // namespace tp
