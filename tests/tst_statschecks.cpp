// What the statistics page offers beyond its numbers: the importer's rules
// run over the live data (RecordCheck) — each problem found with the client
// it belongs to, a stop honoured —, and what can be tidied away (Cleanup):
// import safety snapshots older than 30 days, saved places no birth data
// uses; removed through the importer and the store. The CLI's
// `stats --check-records --json` says the same.
#include "CliSupport.h"
#include "db/Database.h"
#include "db/Snapshot.h"
#include "exchange/Importer.h"
#include "model/PracticeStore.h"
#include "stats/Cleanup.h"
#include "stats/RecordCheck.h"
#include "TestSupport.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tp;

namespace {

const QString kClient = "aaaaaaaa-0000-4000-8000-000000000001";
const QString kOther = "bbbbbbbb-0000-4000-8000-000000000002";
const QString kBirth = "11111111-0000-4000-8000-00000000000b";
const QString kBadBirth = "22222222-0000-4000-8000-00000000000b";
const QString kChart = "11111111-0000-4000-8000-00000000000c";
const QString kBerlin = "11111111-0000-4000-8000-0000000000aa";
const QString kParis = "22222222-0000-4000-8000-0000000000aa";
const QString kStamp = "'2026-11-01T10:00:00.000Z'";

// Stops after the first report that has counted rows.
class StopSoon final : public Progress
{
public:
    void report(qint64 done, qint64, const QString&) override { m_stop = m_stop || done > 0; }
    bool isCanceled() const override { return m_stop; }

private:
    bool m_stop = false;
};

} // namespace

class TestStatsChecks : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;

    // Two clients; the second's birth data names a zone that does not exist
    // and its chart's interpretation an approval state that is not one.
    QString practice()
    {
        const QString path = m_dir.path("practice.db");
        auto database = test::openDatabase(path);
        QSqlDatabase db = database->connection();
        const QString birth = "INSERT INTO birth_data (id, client_id, birth_date, birth_time, time_unknown, "
                              "latitude, longitude, timezone, city, country, created_at, updated_at) VALUES ";
        const bool ok
            = test::exec(db,
                         "INSERT INTO clients (id, first_name, last_name, created_at, updated_at) VALUES ('"
                             + kClient + "', 'Ada', 'Lovelace', " + kStamp + ", " + kStamp + "), ('" + kOther
                             + "', 'Zoë', 'Adams', " + kStamp + ", " + kStamp + ")")
            && test::exec(db,
                          birth + "('" + kBirth + "', '" + kClient
                              + "', '1980-01-01', '10:00:00', 0, 52.5, 13.4, 'Europe/Berlin', 'berlin', "
                                "'GERMANY', "
                              + kStamp + ", " + kStamp + ")")
            && test::exec(db,
                          birth + "('" + kBadBirth + "', '" + kOther
                              + "', '1990-05-05', '06:00:00', 0, 48.8, 2.3, 'Mars/Olympus', NULL, NULL, "
                              + kStamp + ", " + kStamp + ")")
            && test::exec(db,
                          "INSERT INTO charts (id, client_id, birth_data_id, chart_type, astro_system, "
                          "zodiac_type, chart_data, created_at, updated_at) VALUES ('"
                              + kChart + "', '" + kOther + "', '" + kBadBirth
                              + "', 'natal', 'western', 'tropical', '{}', " + kStamp + ", " + kStamp + ")")
            && test::exec(db,
                          "INSERT INTO chart_interpretations (id, chart_id, element_type, element_key, "
                          "ai_description, version, is_approved, created_at, updated_at) VALUES "
                          "('e1111111-0000-4000-8000-000000000001', '"
                              + kChart + "', 'planet', 'sun', 'text', 1, 'perhaps', " + kStamp + ", " + kStamp
                              + ")")
            && test::exec(
                  db,
                  "INSERT INTO location_cache (id, city_name, country, latitude, longitude, timezone, "
                  "created_at, updated_at) VALUES ('"
                      + kBerlin + "', 'Berlin', 'Germany', 52.5, 13.4, 'Europe/Berlin', " + kStamp + ", "
                      + kStamp + "), ('" + kParis + "', 'Paris', 'France', 48.8, 2.3, 'Europe/Paris', "
                      + kStamp + ", " + kStamp + ")");
        return ok ? path : QString();
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(!practice().isEmpty());
    }

    void everyRecordIsCheckedAndProblemsNameTheirClient()
    {
        auto database = test::openDatabase(m_dir.path("practice.db"));
        stats::RecordCheckResult r;
        QString error;
        QVERIFY2(stats::RecordCheck::run(database->connection(), nullptr, &r, &error), qPrintable(error));
        QVERIFY(r.complete);
        QVERIFY(r.rowsChecked
                >= 8); // 2 clients, 2 birth data, a chart, an interpretation, 2 places (+ config)
        QStringList where;
        for (const stats::RecordProblem& p : r.problems) {
            where << p.table + "/" + p.field;
            QCOMPARE(p.clientId, kOther); // the interpretation's client through its chart
            QVERIFY(!p.message.isEmpty());
        }
        QVERIFY2(where.contains("birth_data/timezone"), qPrintable(where.join(", ")));
        QVERIFY2(where.contains("chart_interpretations/is_approved"), qPrintable(where.join(", ")));
        QCOMPARE(r.clientIds, QStringList{ kOther });
        QCOMPARE(r.errors + r.warnings, qint64(r.problems.size()));
    }

    void aStoppedCheckSaysSo()
    {
        auto database = test::openDatabase(m_dir.path("practice.db"));
        // Enough rows for the check to report progress before the end.
        QVERIFY(test::exec(database->connection(),
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                           "INSERT INTO session_notes (id, client_id, note_date, created_at, updated_at) "
                           "SELECT printf('f0000000-0000-4000-8000-%012d', i), '"
                               + kClient + "', '2026-11-05', " + kStamp + ", " + kStamp + " FROM n"));
        StopSoon stop;
        stats::RecordCheckResult r;
        QString error;
        QVERIFY(stats::RecordCheck::run(database->connection(), &stop, &r, &error));
        QVERIFY(!r.complete);
        QVERIFY(r.rowsChecked < 5008);
        QVERIFY(test::exec(database->connection(), "DELETE FROM session_notes"));
    }

    void anEmptyPracticePasses()
    {
        auto database = test::openDatabase(m_dir.path("empty.db"));
        stats::RecordCheckResult r;
        QString error;
        QVERIFY(stats::RecordCheck::run(database->connection(), nullptr, &r, &error));
        QVERIFY(r.complete);
        QCOMPARE(r.errors, 0);
        QVERIFY(r.clientIds.isEmpty());
        QVERIFY(stats::Cleanup::find(database->connection(), m_dir.path("empty.db")).isEmpty());
    }

    void oldSnapshotsAndUnusedPlacesAreOffered()
    {
        const QString path = m_dir.path("practice.db");
        const QString folder = exchange::Importer::snapshotFolder(path);
        QVERIFY(QDir().mkpath(folder));
        const QString old = folder + "/20261001T100000.000Z.db", fresh = folder + "/20261130T100000.000Z.db";
        QString error;
        QVERIFY2(db::Snapshot::take(path, old, &error), qPrintable(error));
        QVERIFY2(db::Snapshot::take(path, fresh, &error), qPrintable(error));
        // The age comes from the record: 40 and 5 days before "now".
        const QDateTime now(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);
        for (const auto& [file, days] : { std::pair{ old, 40 }, std::pair{ fresh, 5 } }) {
            QFile record(db::Snapshot::recordPath(file));
            QVERIFY(record.open(QIODevice::ReadOnly));
            QJsonObject json = QJsonDocument::fromJson(record.readAll()).object();
            record.close();
            json.insert("taken_at", timestamp::format(now.addDays(-days)));
            QVERIFY(record.open(QIODevice::WriteOnly | QIODevice::Truncate));
            record.write(QJsonDocument(json).toJson());
        }
        auto database = test::openDatabase(path);
        const QList<stats::CleanupSuggestion> found = stats::Cleanup::find(database->connection(), path, now);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].kind, stats::CleanupSuggestion::Kind::OldImportSnapshots);
        QCOMPARE(found[0].targets, QStringList{ old });
        QCOMPARE(found[0].bytes, QFileInfo(old).size() + QFileInfo(db::Snapshot::recordPath(old)).size());
        // Berlin is named by birth data (in other case); Paris by none.
        QCOMPARE(found[1].kind, stats::CleanupSuggestion::Kind::UnusedPlaces);
        QCOMPARE(found[1].targets, QStringList{ kParis });
        QVERIFY(found[1].bytes > 0);

        // The CLI lists them too.
        const test::CliRun r
            = test::runCli(THEPROGRAM_CLI, { "--db", path, "stats", "--check-records", "--json" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(
            json.value("cleanup").toObject().value("unused_places").toObject().value("targets").toArray(),
            QJsonArray{ kParis });
        const QJsonObject check = json.value("record_check").toObject();
        QCOMPARE(check.value("client_ids").toArray(), QJsonArray{ kOther });
        QVERIFY(check.value("errors").toInt() >= 1);

        // Removing goes through the importer (only its own snapshots) and the store.
        const QString stranger = m_dir.path("not-a-snapshot.db");
        QFile(old).copy(stranger);
        QCOMPARE(exchange::Importer::removeSnapshots(path, { old, stranger }), 1);
        QVERIFY(!QFile::exists(old) && !QFile::exists(db::Snapshot::recordPath(old)));
        QVERIFY(QFile::exists(fresh) && QFile::exists(stranger));
        model::PracticeStore store(database->connection());
        QVERIFY(store.removeAll("location_cache", found[1].targets, &error));
        QVERIFY(!store.row("location_cache", kParis));
        QVERIFY(store.row("location_cache", kBerlin));
        // All or nothing: one id that is gone fails the whole removal.
        QVERIFY(!store.removeAll("location_cache", { kBerlin, kParis }, &error));
        QVERIFY(store.row("location_cache", kBerlin));
        QCOMPARE(stats::Cleanup::find(database->connection(), path, now).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStatsChecks)
#include "tst_statschecks.moc"
