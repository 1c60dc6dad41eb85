// The practice's statistics (core/stats) against numbers worked out by hand
// on a small fixed practice: growth by calendar month in the practitioner's
// zone (across a daylight-saving change and a month's end), the three
// timestamp spellings, clients without birth data, duplicates differing only
// in accents and case; an empty practice; the CLI's `stats --json`.
#include "backup/BackupEngine.h"
#include "CliSupport.h"
#include "db/Database.h"
#include "stats/PracticeStats.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace tp;
using stats::PracticeStats;

namespace {

const char* kA = "aaaaaaaa-0000-4000-8000-000000000001";
const char* kB = "bbbbbbbb-0000-4000-8000-000000000002";
const char* kC = "cccccccc-0000-4000-8000-000000000003";
const char* kD = "dddddddd-0000-4000-8000-000000000004";

} // namespace

class TestStats : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;

    static bool client(QSqlDatabase db, const char* id, const QString& first, const QString& last,
                       const QString& made)
    {
        return test::exec(db,
                          QString("INSERT INTO clients (id, first_name, last_name, created_at, updated_at) "
                                  "VALUES ('%1', '%2', '%3', '%4', '%4')")
                              .arg(id, first, last, made));
    }
    static bool birth(QSqlDatabase db, const QString& id, const char* client, const QString& date,
                      const QString& time, const QString& rodden)
    {
        return test::exec(
            db,
            QString("INSERT INTO birth_data (id, client_id, birth_date, birth_time, time_unknown, "
                    "latitude, longitude, timezone, rodden_rating, created_at, updated_at) VALUES "
                    "('%1', '%2', '%3', %4, %5, 52.5, 13.4, 'Europe/Berlin', %6, "
                    "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
                .arg(id, client, date, time.isEmpty() ? QString("NULL") : QString("'" + time + "'"),
                     time.isEmpty() ? QString("1") : QString("0"),
                     rodden.isEmpty() ? QString("NULL") : QString("'" + rodden + "'")));
    }
    static bool chart(QSqlDatabase db, const QString& id, const char* client, const QString& birthId,
                      const QString& made)
    {
        return test::exec(
            db,
            QString("INSERT INTO charts (id, client_id, birth_data_id, chart_type, astro_system, "
                    "zodiac_type, chart_data, created_at, updated_at) VALUES ('%1', '%2', '%3', "
                    "'natal', 'western', 'tropical', '{}', '%4', '%4')")
                .arg(id, client, birthId, made));
    }

    // The fixed practice, "now" being 15 November 2026, in Berlin.
    QString practice()
    {
        const QString path = m_dir.path("practice.db");
        auto database = test::openDatabase(path);
        QSqlDatabase db = database->connection();
        const QString b1 = "11111111-0000-4000-8000-00000000000b",
                      b2 = "22222222-0000-4000-8000-00000000000b",
                      b4 = "44444444-0000-4000-8000-00000000000b";
        const QString c1 = "11111111-0000-4000-8000-00000000000c",
                      c2 = "22222222-0000-4000-8000-00000000000c";
        const bool ok = client(db, kA, "Jürgen", "Müller", "2026-11-02T10:00:00.000Z")
            // 23:30 UTC on 31 October is 00:30 on 1 November in Berlin (CET since 25 October).
            && client(db, kB, "jurgen", "MULLER", "2026-10-31T23:30:00.000Z")
            && client(db, kC, "Ada", "Lovelace", "2026-10-10T12:00:00.000Z")
            && client(db, kD, "Zoë", "Adams", "2026-03-29 00:30:00") // SQLite's spelling
            && birth(db, b1, kA, "1980-01-01", "10:00:00", "AA") && birth(db, b2, kB, "1980-01-01", "", "")
            && birth(db, b4, kD, "1990-05-05", "06:00:00", "A")
            && chart(db, c1, kA, b1, "2026-11-03T08:00:00.000Z")
            // 00:30 UTC on 25 October is 02:30 summer time, an hour before clocks go back: October.
            && chart(db, c2, kD, b4, "2026-10-25T00:30:00.123456")
            && test::exec(db,
                          QString(
                              "INSERT INTO chart_interpretations (id, chart_id, element_type, element_key, "
                              "ai_description, version, created_at, updated_at) VALUES "
                              "('%1', '%2', 'planet', 'sun', 'text', 1, '2026-11-03T08:00:00.000Z', "
                              "'2026-11-03T08:00:00.000Z'), ('%3', '%2', 'planet', 'moon', 'text', 1, "
                              "'2026-11-03T08:00:00.000Z', '2026-11-03T08:00:00.000Z')")
                              .arg("e1111111-0000-4000-8000-000000000001", c1,
                                   "e2222222-0000-4000-8000-000000000002"))
            && test::exec(db,
                          QString(
                              "INSERT INTO session_notes (id, client_id, note_date, created_at, updated_at) "
                              "VALUES ('%1', '%2', '2026-11-05', '2026-11-05T09:00:00Z', "
                              "'2026-11-05T09:00:00Z')")
                              .arg("f1111111-0000-4000-8000-000000000001", kA));
        return ok ? path : QString();
    }
    static PracticeStats::Options berlin()
    {
        PracticeStats::Options o;
        o.now = QDateTime(QDate(2026, 11, 15), QTime(12, 0), Qt::UTC);
        o.zone = QTimeZone("Europe/Berlin");
        return o;
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void namesAreComparedWithoutAccentsOrCase()
    {
        QCOMPARE(PracticeStats::nameKey("Jürgen  Müller"), QString("jurgen muller"));
        QCOMPARE(PracticeStats::nameKey("JÜRGEN MÜLLER"), PracticeStats::nameKey("jurgen muller"));
        QCOMPARE(PracticeStats::nameKey("Zoë Ångström"), QString("zoe angstrom"));
        QVERIFY(PracticeStats::nameKey("Anna") != PracticeStats::nameKey("Anne"));
    }

    void countsGrowthAndMonthsAsWorkedOutByHand()
    {
        const QString path = practice();
        QVERIFY(!path.isEmpty());
        auto database = test::openDatabase(path);
        PracticeStats s;
        QString error;
        QVERIFY2(PracticeStats::compute(database->connection(), berlin(), &s, &error), qPrintable(error));
        QCOMPARE(s.clients.total, 4);
        QCOMPARE(s.clients.thisMonth, 2); // A, and B made at 00:30 on 1 November in Berlin
        QCOMPARE(s.clients.lastMonth, 1); // C
        QCOMPARE(s.charts.total, 2);
        QCOMPARE(s.charts.thisMonth, 1);
        QCOMPARE(s.charts.lastMonth, 1);
        QCOMPARE(s.interpretations.total, 2);
        QCOMPARE(s.interpretations.thisMonth, 2);
        QCOMPARE(s.sessionNotes.total, 1);
        QCOMPARE(s.sessionNotes.thisMonth, 1);
        QCOMPARE(s.perMonth.size(), 3);
        QCOMPARE(s.perMonth[0].month, QString("2026-03"));
        QCOMPARE(s.perMonth[0].clients, 1);
        QCOMPARE(s.perMonth[1].month, QString("2026-10"));
        QCOMPARE(s.perMonth[1].clients, 1);
        QCOMPARE(s.perMonth[1].charts, 1);
        QCOMPARE(s.perMonth[2].month, QString("2026-11"));
        QCOMPARE(s.perMonth[2].clients, 2);
        QCOMPARE(s.perMonth[2].charts, 1);
        // Days, for the weekly and yearly views: B on 1 November in Berlin.
        QCOMPARE(s.perDay.size(), 6); // 29 Mar, 10 Oct, 25 Oct (chart), 1, 2 and 3 Nov
        QCOMPARE(s.perDay[0].day, QDate(2026, 3, 29));
        QCOMPARE(s.perDay[3].day, QDate(2026, 11, 1));
        QCOMPARE(s.perDay[3].clients, 1);
        // In UTC, B belongs to October.
        PracticeStats::Options utc = berlin();
        utc.zone = QTimeZone::utc();
        QVERIFY(PracticeStats::compute(database->connection(), utc, &s, &error));
        QCOMPARE(s.clients.thisMonth, 1);
        QCOMPARE(s.clients.lastMonth, 2);
    }

    void qualityNamesTheRowsBehindEachNumber()
    {
        auto database = test::openDatabase(m_dir.path("practice.db"));
        PracticeStats s;
        QString error;
        QVERIFY(PracticeStats::compute(database->connection(), berlin(), &s, &error));
        const stats::Quality& q = s.quality;
        QCOMPARE(q.chartsWithoutInterpretations, QStringList{ "22222222-0000-4000-8000-00000000000c" });
        QCOMPARE(q.clientsWithoutBirthData, QStringList{ kC });
        QCOMPARE(q.birthData, 3);
        QCOMPARE(q.birthDataWithoutTime, QStringList{ "22222222-0000-4000-8000-00000000000b" });
        QCOMPARE(q.birthDataWithoutRodden, QStringList{ "22222222-0000-4000-8000-00000000000b" });
        QCOMPARE(q.duplicates.size(), 1);
        QCOMPARE(q.duplicates[0].firstId, QString(kB)); // made first
        QCOMPARE(q.duplicates[0].secondId, QString(kA));
        QCOMPARE(q.duplicates[0].birthDate, QString("1980-01-01"));
    }

    void activityByWeekdayAndHourAndTheLatestChanges()
    {
        auto database = test::openDatabase(m_dir.path("practice.db"));
        PracticeStats s;
        QString error;
        QVERIFY(PracticeStats::compute(database->connection(), berlin(), &s, &error));
        // Worked out in Berlin: A made Mon 2 Nov 11:00; B Sun 1 Nov 00:30; C Sat 10 Oct 14:00 (CEST);
        // D Sun 29 Mar 01:30 (CET, before the clocks went forward); chart 1 Tue 3 Nov 09:00;
        // chart 2 Sun 25 Oct 02:30 (CEST, before the clocks went back); the note Thu 5 Nov 10:00.
        QCOMPARE(s.activity[0][11], 1); // Monday 11:00
        QCOMPARE(s.activity[6][0], 1); // Sunday 00:00
        QCOMPARE(s.activity[5][14], 1); // Saturday 14:00
        QCOMPARE(s.activity[6][1], 1); // Sunday 01:00
        QCOMPARE(s.activity[1][9], 1); // Tuesday 09:00
        QCOMPARE(s.activity[6][2], 1); // Sunday 02:00
        QCOMPARE(s.activity[3][10], 1); // Thursday 10:00
        qint64 all = 0;
        for (const auto& day : s.activity)
            for (qint64 n : day)
                all += n;
        QCOMPARE(all, 7); // nothing changed after it was made
        QVERIFY(s.recent.size() >= 7);
        QCOMPARE(s.recent[0].kind, QString("session_note")); // 5 November, the latest
        QCOMPARE(s.recent[0].clientId, QString(kA));
        QCOMPARE(s.recent[0].clientName, QString("Jürgen Müller"));
        QCOMPARE(s.recent[1].kind, QString("chart"));
    }

    void aChangeAfterNowIsNoLatestChange()
    {
        auto database = test::openDatabase(m_dir.path("practice.db"));
        const QString future = "f9999999-0000-4000-8000-000000000009";
        QVERIFY(test::exec(
            database->connection(),
            "INSERT INTO session_notes (id, client_id, note_date, created_at, updated_at) VALUES ('" + future
                + "', '" + kA
                + "', '2027-01-01', '2027-01-01T09:00:00Z', "
                  "'2027-01-01T09:00:00Z')"));
        PracticeStats s;
        QString error;
        QVERIFY(PracticeStats::compute(database->connection(), berlin(), &s, &error));
        QVERIFY(!s.recent.isEmpty());
        for (const stats::RecentChange& c : std::as_const(s.recent))
            QVERIFY2(c.id != future && c.when <= berlin().now, qPrintable(c.id));
        QCOMPARE(s.recent[0].kind, QString("session_note")); // 5 November's, still the latest
        QVERIFY(test::exec(database->connection(), "DELETE FROM session_notes WHERE id = '" + future + "'"));
    }

    void storageByKindAndBackups()
    {
        auto database = test::openDatabase(m_dir.path("practice.db"));
        PracticeStats::Options o = berlin();
        o.backupFolder = m_dir.path("backups");
        QDir().mkpath(o.backupFolder);
        QFile f(o.backupFolder + "/one.tpbak");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1000, 'x'));
        f.close();
        PracticeStats s;
        QString error;
        QVERIFY(PracticeStats::compute(database->connection(), o, &s, &error));
        QCOMPARE(s.backupsBytes, 1000);
        QVERIFY(s.databaseBytes > 0);
        QVERIFY(s.storageMeasured); // Debian's SQLite has dbstat
        qint64 tables = 0;
        QStringList kinds;
        for (const stats::StorageShare& share : s.storage) {
            kinds << share.kind;
            if (share.kind != "backups")
                tables += share.bytes;
        }
        QVERIFY(kinds.contains("clients") && kinds.contains("charts") && kinds.contains("backups"));
        // Every page is some table's or index's, or free: the shares add up to the file exactly.
        QSqlQuery free(database->connection());
        QVERIFY(free.exec("SELECT freelist_count * page_size FROM pragma_freelist_count, pragma_page_size"));
        QVERIFY(free.next());
        QCOMPARE(tables + free.value(0).toLongLong(), s.databaseBytes);
        for (int i = 1; i < s.storage.size(); ++i)
            QVERIFY(s.storage[i - 1].bytes >= s.storage[i].bytes); // largest first
    }

    void backupsOverTimeAndFreeSpace()
    {
        backup::BackupOptions b;
        b.databasePath = m_dir.path("practice.db");
        b.folder = m_dir.path("real-backups");
        const backup::BackupResult made = backup::BackupEngine::create(b);
        QVERIFY2(made.ok, qPrintable(made.error));
        auto database = test::openDatabase(m_dir.path("practice.db"));
        PracticeStats::Options o = berlin();
        o.backupFolder = b.folder;
        o.databasePath = m_dir.path("practice.db");
        PracticeStats s;
        QString error;
        QVERIFY(PracticeStats::compute(database->connection(), o, &s, &error));
        QCOMPARE(s.backupsOverTime.size(), 1);
        QCOMPARE(s.backupsOverTime[0].bytes, made.info.manifest.storedSize());
        // Made this month (now): the backups card grows by it; no backup before the month.
        o.now = made.info.createdAt.addSecs(60);
        QVERIFY(PracticeStats::compute(database->connection(), o, &s, &error));
        QCOMPARE(s.backupsThisMonthBytes, made.info.manifest.storedSize());
        QCOMPARE(s.databaseBytesBeforeMonth, -1);
        // Two months on: it is the newest backup before the month, and holds the practice's size then.
        o.now = made.info.createdAt.addDays(62);
        QVERIFY(PracticeStats::compute(database->connection(), o, &s, &error));
        QCOMPARE(s.backupsThisMonthBytes, 0);
        QCOMPARE(s.databaseBytesBeforeMonth, made.info.manifest.plainSize());
        QVERIFY(s.databaseBytesBeforeMonth > 0);
        QVERIFY(s.databaseDisk.total > 0 && s.databaseDisk.available >= 0);
        QVERIFY(s.backupDisk.total > 0);
        o.backupFolder = m_dir.path("not/made/yet"); // the nearest existing folder's disk
        QVERIFY(PracticeStats::compute(database->connection(), o, &s, &error));
        QVERIFY(s.backupDisk.total > 0);
        QVERIFY(s.backupsOverTime.isEmpty());
    }

    void anEmptyPracticeIsAllZero()
    {
        auto database = test::openDatabase(m_dir.path("empty.db"));
        PracticeStats s;
        QString error;
        QVERIFY(PracticeStats::compute(database->connection(), berlin(), &s, &error));
        QCOMPARE(s.clients.total, 0);
        QCOMPARE(s.charts.thisMonth, 0);
        QVERIFY(s.perMonth.isEmpty());
        QVERIFY(s.quality.duplicates.isEmpty());
        QVERIFY(s.quality.clientsWithoutBirthData.isEmpty());
    }

    void theCommandLineSaysTheSame()
    {
        const test::CliRun r
            = test::runCli(THEPROGRAM_CLI, { "--db", m_dir.path("practice.db"), "stats", "--json" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value("clients").toObject().value("total").toInt(), 4);
        QCOMPARE(json.value("charts").toObject().value("total").toInt(), 2);
        const QJsonObject quality = json.value("quality").toObject();
        QCOMPARE(quality.value("clients_without_birth_data").toObject().value("ids").toArray(),
                 QJsonArray{ QString(kC) });
        QCOMPARE(quality.value("likely_duplicate_clients").toArray().size(), 1);
        QVERIFY(json.value("storage").toArray().size() > 5);
        const test::CliRun text
            = test::runCli(THEPROGRAM_CLI, { "--db", m_dir.path("practice.db"), "stats" });
        QVERIFY2(text.out.contains("1 pair(s) of clients look like the same person")
                     || text.out.contains("1 pair of clients looks like the same person"),
                 qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
