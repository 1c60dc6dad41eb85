#include "backup/Retention.h"
#include "TestSupport.h"

#include <ctime>
#include <QtTest>

using namespace tp;
using backup::BackupInfo;
using backup::RetentionPolicy;

Q_DECLARE_METATYPE(RetentionPolicy)

namespace {

BackupInfo make(const QDateTime& when, bool verified = true, bool pinned = false)
{
    BackupInfo b;
    b.id = when.toString(QStringLiteral("MMdd-HHmm"));
    b.createdAt = when;
    b.manifest = backup::BackupManifest(QJsonObject{
        { "id", b.id }, { "integrity_check", verified ? "ok" : "not checked" }, { "pinned", pinned } });
    return b;
}

// Daily at 02:00 UTC from 2026-01-01 for `days` days.
QList<BackupInfo> daily(int days)
{
    QList<BackupInfo> out;
    for (int i = 0; i < days; ++i)
        out << make(QDateTime(QDate(2026, 1, 1).addDays(i), QTime(2, 0), Qt::UTC));
    return out;
}

} // namespace

// The rules of `restic forget`, on fixed clocks.
class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        tzset();
        test::initTestEnvironment();
    }

    void rules_data()
    {
        QTest::addColumn<QList<BackupInfo>>("backups");
        QTest::addColumn<RetentionPolicy>("policy");
        QTest::addColumn<QStringList>("kept"); // ids, newest first

        QTest::newRow("keep-last 3") << daily(40) << RetentionPolicy{ 3, 0, 0, 0, 0, 0 }
                                     << QStringList{ "0209-0200", "0208-0200", "0207-0200" };
        QTest::newRow("keep-daily 3") << daily(40) << RetentionPolicy{ 0, 0, 3, 0, 0, 0 }
                                      << QStringList{ "0209-0200", "0208-0200", "0207-0200" };
        // ISO weeks: 2026-02-09 is a Monday (week 7), Feb 2–8 week 6, Jan 26–Feb 1 week 5.
        QTest::newRow("keep-weekly 3") << daily(40) << RetentionPolicy{ 0, 0, 0, 3, 0, 0 }
                                       << QStringList{ "0209-0200", "0208-0200", "0201-0200" };
        QTest::newRow("keep-monthly 2")
            << daily(40) << RetentionPolicy{ 0, 0, 0, 0, 2, 0 } << QStringList{ "0209-0200", "0131-0200" };
        QTest::newRow("keep-yearly 5 (one year)")
            << daily(40) << RetentionPolicy{ 0, 0, 0, 0, 0, 5 } << QStringList{ "0209-0200" };
        QTest::newRow("keep-within 2 days") << daily(40) << RetentionPolicy{ 0, 2, 0, 0, 0, 0 }
                                            << QStringList{ "0209-0200", "0208-0200", "0207-0200" };
        QTest::newRow("daily and monthly together") << daily(40) << RetentionPolicy{ 0, 0, 2, 0, 2, 0 }
                                                    << QStringList{ "0209-0200", "0208-0200", "0131-0200" };

        QList<BackupInfo> twice;
        for (int i = 0; i < 4; ++i) {
            twice << make(QDateTime(QDate(2026, 3, 1).addDays(i), QTime(2, 0), Qt::UTC));
            twice << make(QDateTime(QDate(2026, 3, 1).addDays(i), QTime(14, 0), Qt::UTC));
        }
        QTest::newRow("two a day, keep-daily 2")
            << twice << RetentionPolicy{ 0, 0, 2, 0, 0, 0 } << QStringList{ "0304-1400", "0303-1400" };

        QList<BackupInfo> pinned = daily(10);
        pinned[2] = make(pinned[2].createdAt, true, true);
        QTest::newRow("pinned is never pruned")
            << pinned << RetentionPolicy{ 1, 0, 0, 0, 0, 0 } << QStringList{ "0110-0200", "0103-0200" };

        QList<BackupInfo> unverified = daily(5);
        unverified[4] = make(unverified[4].createdAt, false);
        unverified[3] = make(unverified[3].createdAt, false);
        QTest::newRow("newest verified is kept")
            << unverified << RetentionPolicy{ 1, 0, 0, 0, 0, 0 } << QStringList{ "0105-0200", "0103-0200" };

        QList<BackupInfo> damaged = daily(3);
        BackupInfo broken;
        broken.path = "TheProgram_x.db.gz";
        broken.problem = "damaged: its manifest cannot be read";
        damaged << broken;
        QTest::newRow("unreadable manifests are kept")
            << damaged << RetentionPolicy{ 1, 0, 0, 0, 0, 0 } << QStringList{ "0103-0200", "" };
    }

    void rules()
    {
        QFETCH(QList<BackupInfo>, backups);
        QFETCH(RetentionPolicy, policy);
        QFETCH(QStringList, kept);
        QStringList actual;
        const auto decisions = backup::decideRetention(backups, policy);
        QCOMPARE(decisions.size(), backups.size());
        for (const auto& d : decisions) {
            if (d.keep) {
                actual << d.backup.id;
                QVERIFY(!d.reasons.isEmpty());
            } else {
                QVERIFY(d.reasons.isEmpty());
            }
        }
        QCOMPARE(actual, kept);
    }

    void reasonsSayWhichRule()
    {
        const auto decisions = backup::decideRetention(daily(3), RetentionPolicy{ 1, 0, 2, 0, 0, 0 });
        QCOMPARE(decisions.at(0).reasons, QStringList({ "newest verified", "last", "daily" }));
        QCOMPARE(decisions.at(1).reasons, QStringList({ "daily" }));
        QVERIFY(!decisions.at(2).keep);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
