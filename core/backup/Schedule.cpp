#include "Schedule.h"

#include <QRegularExpression>
#include <QStringList>

namespace tp::backup {

namespace {

bool parseField(const QString& field, int lo, int hi, std::set<int>* out)
{
    for (const QString& part : field.split(QLatin1Char(','))) {
        QString range = part;
        int step = 1;
        if (part.contains(QLatin1Char('/'))) {
            bool ok = false;
            step = part.section(QLatin1Char('/'), 1).toInt(&ok);
            if (!ok || step <= 0)
                return false;
            range = part.section(QLatin1Char('/'), 0, 0);
        }
        int from = lo, to = hi;
        if (range != QLatin1String("*")) {
            bool ok1 = false, ok2 = true;
            from = range.section(QLatin1Char('-'), 0, 0).toInt(&ok1);
            to = range.contains(QLatin1Char('-')) ? range.section(QLatin1Char('-'), 1).toInt(&ok2) : from;
            if (!ok1 || !ok2 || from < lo || to > hi || from > to)
                return false;
        }
        for (int v = from; v <= to; v += step)
            out->insert(v == 7 && hi == 7 ? 0 : v); // cron allows 7 for Sunday
    }
    return !out->empty();
}

const QStringList& weekdayNames()
{
    static const QStringList names
        = { QStringLiteral("sun"), QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
            QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat") };
    return names;
}

} // namespace

std::optional<Schedule> Schedule::parse(const QString& text, QString* error)
{
    Schedule s;
    s.m_text = text.trimmed();
    const QStringList words
        = s.m_text.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const auto fail = [&](const QString& why) -> std::optional<Schedule> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto time = [&](const QString& hhmm) {
        const QTime t = QTime::fromString(hhmm, QStringLiteral("HH:mm"));
        if (t.isValid()) {
            s.m_hours = { t.hour() };
            s.m_minutes = { t.minute() };
        }
        return t.isValid();
    };
    const QString usage = tr("Write a schedule as \"daily 02:00\", \"weekly mon 02:00\", \"monthly 1 02:00\" "
                             "or a cron expression such as \"30 2 * * *\".");
    if (words.size() == 2 && words.at(0) == QLatin1String("daily")) {
        if (!time(words.at(1)))
            return fail(usage);
    } else if (words.size() == 3 && words.at(0) == QLatin1String("weekly")) {
        const int day = int(weekdayNames().indexOf(words.at(1).left(3)));
        if (day < 0 || !time(words.at(2)))
            return fail(usage);
        s.m_weekdays = { day };
        s.m_anyWeekday = false;
    } else if (words.size() == 3 && words.at(0) == QLatin1String("monthly")) {
        bool ok = false;
        s.m_monthDay = words.at(1).toInt(&ok);
        if (!ok || s.m_monthDay < 1 || s.m_monthDay > 31 || !time(words.at(2)))
            return fail(usage);
    } else if (words.size() == 5) {
        QString weekday = words.at(4);
        for (int i = 0; i < 7; ++i)
            weekday.replace(weekdayNames().at(i), QString::number(i));
        if (!parseField(words.at(0), 0, 59, &s.m_minutes) || !parseField(words.at(1), 0, 23, &s.m_hours)
            || !parseField(words.at(2), 1, 31, &s.m_days) || !parseField(words.at(3), 1, 12, &s.m_months)
            || !parseField(weekday, 0, 7, &s.m_weekdays))
            return fail(usage);
        s.m_anyDay = words.at(2) == QLatin1String("*");
        s.m_anyWeekday = words.at(4) == QLatin1String("*");
    } else {
        return fail(usage);
    }
    return s;
}

bool Schedule::matches(const QDate& date, int hour, int minute) const
{
    if (!m_hours.count(hour) || !m_minutes.count(minute))
        return false;
    if (m_monthDay > 0)
        return date.day() == qMin(m_monthDay, date.daysInMonth());
    if (!m_months.empty() && !m_months.count(date.month()))
        return false;
    const bool dayOk = m_days.empty() || m_days.count(date.day());
    const bool weekdayOk = m_weekdays.empty() || m_weekdays.count(date.dayOfWeek() % 7);
    // cron: when both day fields are restricted, either may match.
    if (!m_anyDay && !m_anyWeekday)
        return dayOk || weekdayOk;
    return dayOk && weekdayOk;
}

QDateTime Schedule::nextRun(const QDateTime& after, const QTimeZone& zone) const
{
    // Walk wall-clock dates and the schedule's times in them; map each to an
    // instant in the zone (a time in a spring-forward gap moves past it).
    const QDateTime local = after.toTimeZone(zone);
    for (QDate date = local.date(); date <= local.date().addYears(5); date = date.addDays(1)) {
        for (int hour : m_hours) {
            for (int minute : m_minutes) {
                if (!matches(date, hour, minute))
                    continue;
                const QTime wall(hour, minute);
                // The same wall-clock slot as the last run (a repeated hour): once only.
                if (date == local.date() && wall == QTime(local.time().hour(), local.time().minute()))
                    continue;
                QDateTime candidate(date, wall, zone);
                if (!candidate.isValid() || candidate.toTimeZone(zone).time() != wall) {
                    // Not a real time that day (spring forward): an hour later, as the clocks show it.
                    candidate = QDateTime(date, wall.addSecs(3600), zone);
                } else {
                    // A repeated time (fall back): its first occurrence.
                    const QDateTime earlier = candidate.addSecs(-3600).toTimeZone(zone);
                    if (earlier.date() == date && earlier.time() == wall)
                        candidate = earlier;
                }
                if (candidate > after)
                    return candidate;
            }
        }
    }
    return {};
}

bool Schedule::isDue(const QDateTime& lastRun, const QDateTime& now, const QTimeZone& zone) const
{
    if (!lastRun.isValid())
        return true;
    const QDateTime next = nextRun(lastRun, zone);
    return next.isValid() && next <= now;
}

} // namespace tp::backup
