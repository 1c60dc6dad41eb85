#pragma once

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <set>

namespace tp::backup {

// When backups are due: "daily 02:00", "weekly mon 02:00",
// "monthly 1 02:00" (a day past the month's end means its last day), or a
// five-field cron expression "30 2 * * 1-5". Times are wall-clock times in
// the given zone, so a daily 02:00 stays at 02:00 across DST changes; a
// time that does not exist that day (spring forward) runs an hour later,
// and a time that happens twice (fall back) runs once, at its first.
class Schedule
{
    Q_DECLARE_TR_FUNCTIONS(tp::backup::Schedule)

public:
    static std::optional<Schedule> parse(const QString& text, QString* error = nullptr);

    // The first run strictly after `after`.
    QDateTime nextRun(const QDateTime& after, const QTimeZone& zone) const;

    // Due when a run time has passed since the last run (or ever, without
    // one). However many runs were missed, one run catches up.
    bool isDue(const QDateTime& lastRun, const QDateTime& now, const QTimeZone& zone) const;

    QString text() const { return m_text; }

private:
    bool matches(const QDate& date, int hour, int minute) const;

    QString m_text;
    std::set<int> m_minutes, m_hours, m_days, m_months, m_weekdays; // cron fields (weekday 0 = Sunday)
    bool m_anyDay = true;
    bool m_anyWeekday = true;
    int m_monthDay = 0; // "monthly N": clamp to the month's last day
};

} // namespace tp::backup
