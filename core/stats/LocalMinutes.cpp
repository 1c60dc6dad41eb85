#include "LocalMinutes.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace tp::stats {

namespace {

constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
constexpr int kVaries = 1 << 30; // the offset changes within the hour

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

LocalMinutes::LocalMinutes(QTimeZone zone)
    : m_zone(std::move(zone))
{
}

bool LocalMinutes::parseMinute(QStringView text, qint64* minute)
{
    if (text.size() != 16 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-')
        || (text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char(' '))
        || text.at(13) != QLatin1Char(':'))
        return false;
    const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
    const int hour = digits(text, 11, 2), min = digits(text, 14, 2);
    if (!date.isValid() || hour < 0 || hour > 23 || min < 0 || min > 59)
        return false;
    *minute = (date.toJulianDay() - kEpochJulianDay) * 1440 + hour * 60 + min;
    return true;
}

bool LocalMinutes::group(const QSqlDatabase& db, const QString& table, const QString& column,
                         const QString& where, QList<MinuteCount>* minutes, qint64* total, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT substr(%1, 1, 16), COUNT(*) FROM %2 %3 GROUP BY 1")
                    .arg(column, table, where))) {
        *error = q.lastError().text();
        return false;
    }
    *total = 0;
    while (q.next()) {
        const qint64 rows = q.value(1).toLongLong();
        *total += rows;
        qint64 minute = 0;
        if (parseMinute(q.value(0).toString(), &minute))
            minutes->append({ minute, rows });
    }
    return true;
}

int LocalMinutes::offsetMinutes(qint64 utcMinute)
{
    const qint64 hour = floorDiv(utcMinute, 60);
    auto offsetAt = [this](qint64 minute) {
        return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(minute * 60, QTimeZone::utc())) / 60;
    };
    auto it = m_hourOffsets.constFind(hour);
    if (it == m_hourOffsets.constEnd()) {
        const int first = offsetAt(hour * 60), last = offsetAt(hour * 60 + 59);
        it = m_hourOffsets.insert(hour, first == last ? first : kVaries);
    }
    return *it == kVaries ? offsetAt(utcMinute) : *it;
}

LocalMinute LocalMinutes::toLocal(qint64 utcMinute)
{
    const qint64 local = utcMinute + offsetMinutes(utcMinute);
    const qint64 day = floorDiv(local, 1440);
    return { QDate::fromJulianDay(day + kEpochJulianDay), int((local - day * 1440) / 60) };
}

} // namespace tp::stats
