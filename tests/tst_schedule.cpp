#include "backup/Schedule.h"
#include "TestSupport.h"

#include <QtTest>

using namespace tp;
using backup::Schedule;

// Next-run computation across DST changes and month ends, and catch-up.
class TestSchedule : public QObject
{
    Q_OBJECT

    static QDateTime utc(const char* iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void nextRun_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QDateTime>("expected");

        QTest::newRow("daily, same day")
            << "daily 02:00"
            << "Europe/Berlin" << utc("2026-06-10T00:30:00Z") << utc("2026-06-11T00:00:00Z");
        QTest::newRow("daily, before the time")
            << "daily 14:00"
            << "Europe/Berlin" << utc("2026-06-10T08:00:00Z") << utc("2026-06-10T12:00:00Z");
        // 2026-03-29: Berlin springs from 02:00 to 03:00; 02:30 does not exist that night.
        QTest::newRow("daily in the spring gap")
            << "daily 02:30"
            << "Europe/Berlin" << utc("2026-03-28T12:00:00Z") << utc("2026-03-29T01:30:00Z");
        QTest::newRow("daily after spring forward")
            << "daily 02:30"
            << "Europe/Berlin" << utc("2026-03-29T01:30:00Z") << utc("2026-03-30T00:30:00Z");
        // 2026-10-25: Berlin falls back from 03:00 to 02:00; 02:30 happens twice, the backup runs once.
        QTest::newRow("daily, fall back: first 02:30")
            << "daily 02:30"
            << "Europe/Berlin" << utc("2026-10-24T12:00:00Z") << utc("2026-10-25T00:30:00Z");
        QTest::newRow("daily, fall back: not twice")
            << "daily 02:30"
            << "Europe/Berlin" << utc("2026-10-25T00:30:00Z") << utc("2026-10-26T01:30:00Z");
        QTest::newRow("weekly monday")
            << "weekly mon 09:00"
            << "America/New_York" << utc("2026-11-26T12:00:00Z") << utc("2026-11-30T14:00:00Z");
        QTest::newRow("monthly 31 in February")
            << "monthly 31 02:00"
            << "UTC" << utc("2026-02-01T00:00:00Z") << utc("2026-02-28T02:00:00Z");
        QTest::newRow("monthly 31 in April")
            << "monthly 31 02:00"
            << "UTC" << utc("2026-04-01T00:00:00Z") << utc("2026-04-30T02:00:00Z");
        QTest::newRow("monthly 29, leap year")
            << "monthly 29 02:00"
            << "UTC" << utc("2028-02-01T00:00:00Z") << utc("2028-02-29T02:00:00Z");
        QTest::newRow("year end") << "monthly 1 00:15"
                                  << "Asia/Tokyo" << utc("2026-12-15T00:00:00Z")
                                  << utc("2026-12-31T15:15:00Z");
        QTest::newRow("cron weekdays") << "30 2 * * 1-5"
                                       << "UTC" << utc("2026-11-27T03:00:00Z") << utc("2026-11-30T02:30:00Z");
        QTest::newRow("cron day 1 or sunday")
            << "0 0 1 * 0"
            << "UTC" << utc("2026-11-27T03:00:00Z") << utc("2026-11-29T00:00:00Z");
        QTest::newRow("cron every 15 minutes")
            << "*/15 * * * *"
            << "UTC" << utc("2026-11-27T03:07:00Z") << utc("2026-11-27T03:15:00Z");
        QTest::newRow("cron names") << "0 6 * * sat"
                                    << "UTC" << utc("2026-11-27T03:07:00Z") << utc("2026-11-28T06:00:00Z");
    }

    void nextRun()
    {
        QFETCH(QString, schedule);
        QFETCH(QString, zone);
        QFETCH(QDateTime, after);
        QFETCH(QDateTime, expected);
        QString error;
        const auto s = Schedule::parse(schedule, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->nextRun(after, QTimeZone(zone.toUtf8())).toUTC(), expected);
    }

    void missedRunsCatchUpOnce()
    {
        const auto s = Schedule::parse("daily 02:00");
        const QTimeZone zone("UTC");
        const QDateTime lastRun = utc("2026-11-23T02:00:00Z"); // Monday
        const QDateTime friday = utc("2026-11-27T10:00:00Z"); // the machine was off since
        QVERIFY(s->isDue(lastRun, friday, zone));
        // Ran now: not due again until tomorrow's 02:00, not once per missed night.
        QVERIFY(!s->isDue(friday, friday.addSecs(3600), zone));
        QVERIFY(s->isDue(friday, utc("2026-11-28T02:00:00Z"), zone));
        QVERIFY(s->isDue(QDateTime(), friday, zone)); // never ran
    }

    void badSchedules_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* t :
             { "hourly", "daily 25:00", "daily", "weekly someday 02:00", "monthly 0 02:00",
               "monthly 32 02:00", "61 * * * *", "* * * *", "0 0 32 * *", "0 0 * 13 *", "*/0 * * * *" })
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void badSchedules()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!Schedule::parse(text, &error));
        QVERIFY(error.contains("daily 02:00"));
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
