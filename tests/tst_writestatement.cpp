#include "db/WriteStatement.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QLibraryInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <QUuid>

using namespace tp;

// db::WriteStatement on a real SQLite file: the native path (SQLite's C API on
// Qt's own connection) is taken where it is safe, and stores exactly what
// QSqlQuery stores, with the same errors, inside the same transaction.
class TestWriteStatement : public QObject
{
    Q_OBJECT

private:
    static QVariantList values()
    {
        return {
            QVariant(), // invalid: NULL
            QVariant(QString()), // null string: NULL
            QVariant(QStringLiteral("")), // empty string: ''
            QVariant(QString::fromUtf8("Zoë Ångström — ♄ in ♑, 𝄞")),
            QVariant(42),
            QVariant(true),
            QVariant(qlonglong(-9007199254740993LL)),
            QVariant(uint(4000000000U)),
            QVariant(qulonglong(18446744073709551615ULL)),
            QVariant(51.4778),
            QVariant(QByteArray("\x00\x01\xfe", 3)),
            QVariant(QByteArray("")), // empty, not null: a zero-length blob
            QVariant(QDateTime(QDate(1987, 6, 5), QTime(4, 3, 2, 1), Qt::UTC)),
            QVariant(QDate(1987, 6, 5)),
            QVariant(QTime(4, 3, 2, 1)),
            QVariant(QUuid()), // null uuid: NULL
            QVariant(QUuid(QStringLiteral("{6f1c1e36-8f0e-4c2a-9d39-0d4b6a7b1c01}"))),
        };
    }

    // typeof() and quote() of every stored value, in order.
    static QStringList stored(QSqlDatabase db, const QString& table)
    {
        QStringList out;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT n, typeof(v), quote(v) FROM %1 ORDER BY n").arg(table)))
            return { q.lastError().text() };
        while (q.next())
            out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ')
                    + q.value(2).toString();
        return out;
    }

    static QVariant scalar(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant(q.lastError().text());
    }

    static bool insertAll(QSqlDatabase db, const QString& table, bool* native)
    {
        db::WriteStatement insert(db, QStringLiteral("INSERT INTO %1 (n, v) VALUES (?, ?)").arg(table));
        if (!insert.isValid())
            return false;
        *native = insert.isNative();
        const QVariantList all = values();
        for (int i = 0; i < all.size(); ++i) {
            insert.bind(0, i);
            insert.bind(1, all.at(i));
            if (!insert.exec())
                return false;
        }
        return true;
    }

    // Whether this system's Qt SQLite plugin links the system SQLite (then the
    // native path must be taken here), judged without the code under test.
    static bool pluginLinksSystemSqlite()
    {
#ifdef Q_OS_LINUX
        const QString plugin
            = QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/sqldrivers/libqsqlite.so");
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), { plugin });
        if (!ldd.waitForFinished(30000) || ldd.exitCode() != 0)
            return false;
        return ldd.readAllStandardOutput().contains("libsqlite3.so");
#else
        return false;
#endif
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
    }
    void cleanup()
    {
        db::WriteStatement::setNativeAllowed(true);
    }

    void nativePathTakenWhereSafe()
    {
        test::TempDir dir;
        auto database = test::openDatabase(dir.path("practice.db"));
        QVERIFY(database);
        if (!pluginLinksSystemSqlite())
            QSKIP("Qt's SQLite plugin here does not link the system SQLite: the QSqlQuery path is the one in "
                  "use.");
        QVERIFY(db::WriteStatement::nativeAvailable(database->connection()));
        db::WriteStatement s(database->connection(), QStringLiteral("DELETE FROM location_cache"));
        QVERIFY(s.isValid());
        QVERIFY(s.isNative());
        db::WriteStatement::setNativeAllowed(false);
        db::WriteStatement q(database->connection(), QStringLiteral("DELETE FROM location_cache"));
        QVERIFY(q.isValid());
        QVERIFY(!q.isNative());
    }

    void storesWhatQSqlQueryStores()
    {
        test::TempDir dir;
        auto database = test::openDatabase(dir.path("practice.db"));
        QSqlDatabase db = database->connection();
        // Columns without a declared type: no affinity, so typeof() shows what was bound.
        QVERIFY(test::exec(db, "CREATE TABLE viaNative (n INTEGER, v)"));
        QVERIFY(test::exec(db, "CREATE TABLE viaQt (n INTEGER, v)"));
        QVERIFY(test::exec(db, "CREATE TABLE viaQSqlQuery (n INTEGER, v)"));

        if (!db::WriteStatement::nativeAvailable(db))
            qInfo("No native path on this system: the QSqlQuery path is compared with QSqlQuery only.");
        bool native = false;
        QVERIFY(insertAll(db, "viaNative", &native));
        QCOMPARE(native, db::WriteStatement::nativeAvailable(db));
        db::WriteStatement::setNativeAllowed(false);
        QVERIFY(insertAll(db, "viaQt", &native));
        QVERIFY(!native);

        // And plain QSqlQuery, the reference.
        QSqlQuery q(db);
        QVERIFY(q.prepare("INSERT INTO viaQSqlQuery (n, v) VALUES (?, ?)"));
        const QVariantList all = values();
        for (int i = 0; i < all.size(); ++i) {
            q.bindValue(0, i);
            q.bindValue(1, all.at(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }

        const QStringList reference = stored(db, "viaQSqlQuery");
        QCOMPARE(reference.size(), values().size());
        QCOMPARE(stored(db, "viaQt"), reference);
        QCOMPARE(stored(db, "viaNative"), reference);
        // Spot checks of the reference itself.
        QCOMPARE(reference.at(0), QStringLiteral("0 null NULL"));
        QCOMPARE(reference.at(1), QStringLiteral("1 null NULL"));
        QCOMPARE(reference.at(2), QStringLiteral("2 text ''"));
        QCOMPARE(reference.at(3), QString::fromUtf8("3 text 'Zoë Ångström — ♄ in ♑, 𝄞'"));
        QCOMPARE(reference.at(10), QStringLiteral("10 blob X'0001FE'"));
    }

    // Several text and blob values in one row, bound from temporaries: each stays alive until exec.
    void severalValuesPerRow()
    {
        test::TempDir dir;
        auto database = test::openDatabase(dir.path("practice.db"));
        QSqlDatabase db = database->connection();
        QVERIFY(test::exec(db, "CREATE TABLE wide (a, b, c, d, e)"));
        db::WriteStatement insert(db, "INSERT INTO wide (a, b, c, d, e) VALUES (?, ?, ?, ?, ?)");
        QVERIFY(insert.isValid());
        QCOMPARE(insert.isNative(), db::WriteStatement::nativeAvailable(db));
        for (int i = 0; i < 50; ++i) {
            insert.bind(0, QString(QStringLiteral("first ") + QString::number(i)));
            insert.bind(1, QByteArray(i + 1, char('a' + i % 26)));
            insert.bind(2, QString(QString::fromUtf8("Mond ☽ ") + QString(i * 100, QLatin1Char('m'))));
            insert.bind(3, QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i));
            insert.bind(4, QString(QStringLiteral("last ") + QString::number(i)));
            QVERIFY2(insert.exec(), qPrintable(insert.errorText()));
        }
        QSqlQuery q(db);
        QVERIFY(q.exec("SELECT a, b, c, d, e FROM wide ORDER BY rowid"));
        for (int i = 0; i < 50; ++i) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("first ") + QString::number(i));
            QCOMPARE(q.value(1).toByteArray(), QByteArray(i + 1, char('a' + i % 26)));
            QCOMPARE(q.value(2).toString(),
                     QString::fromUtf8("Mond ☽ ") + QString(i * 100, QLatin1Char('m')));
            QCOMPARE(
                q.value(3).toString(),
                QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i).toString(Qt::ISODateWithMs));
            QCOMPARE(q.value(4).toString(), QStringLiteral("last ") + QString::number(i));
        }
    }

    void errorsAndTransactions_data()
    {
        QTest::addColumn<bool>("native");
        QTest::newRow("native") << true;
        QTest::newRow("QSqlQuery") << false;
    }

    void errorsAndTransactions()
    {
        QFETCH(bool, native);
        test::TempDir dir;
        auto database = test::openDatabase(dir.path("practice.db"));
        QSqlDatabase db = database->connection();
        if (native && !db::WriteStatement::nativeAvailable(db))
            QSKIP("No native path on this system.");
        db::WriteStatement::setNativeAllowed(native);
        QVERIFY(test::exec(db, "CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT NOT NULL)"));

        db::WriteStatement broken(db, "INSERT INTO nowhere (id) VALUES (?)");
        QVERIFY(!broken.isValid());
        QVERIFY2(broken.errorText().contains("no such table: nowhere"), qPrintable(broken.errorText()));
        QVERIFY(!broken.exec());
        QVERIFY2(broken.errorText().contains("no such table: nowhere"),
                 qPrintable(broken.errorText())); // still says why

        db::WriteStatement insert(db, "INSERT INTO t (id, v) VALUES (?, ?)");
        QVERIFY(insert.isValid());
        QCOMPARE(insert.isNative(), native);
        QVERIFY(db.transaction());
        insert.bind(0, QStringLiteral("a"));
        insert.bind(1, QStringLiteral("first"));
        QVERIFY(insert.exec());
        insert.bind(0, QStringLiteral("a"));
        insert.bind(1, QStringLiteral("again"));
        QVERIFY(!insert.exec());
        QCOMPARE(insert.errorCode(), 19); // SQLITE_CONSTRAINT
        QVERIFY2(insert.errorText().contains("UNIQUE constraint failed: t.id"),
                 qPrintable(insert.errorText()));
        insert.bind(0, QStringLiteral("b"));
        insert.bind(1, QVariant());
        QVERIFY(!insert.exec());
        QCOMPARE(insert.errorCode(), 19);
        QVERIFY2(insert.errorText().contains("NOT NULL constraint failed: t.v"),
                 qPrintable(insert.errorText()));
        // A value for a parameter the statement does not have: refused, nothing written.
        insert.bind(0, QStringLiteral("x"));
        insert.bind(1, QStringLiteral("y"));
        insert.bind(7, QStringLiteral("z"));
        QVERIFY(!insert.exec());
        QVERIFY(!insert.errorText().isEmpty());
        // The statement goes on working after a refusal, inside the same transaction.
        insert.bind(0, QStringLiteral("c"));
        insert.bind(1, QStringLiteral("third"));
        QVERIFY(insert.exec());
        QCOMPARE(insert.errorCode(), 0);
        QVERIFY(insert.errorText().isEmpty());
        QCOMPARE(scalar(db, "SELECT group_concat(id || '=' || v) FROM t").toString(),
                 QStringLiteral("a=first,c=third"));
        // A question mark inside a literal or a comment is no parameter, on either path.
        db::WriteStatement literal(db, "INSERT INTO t (id, v) /* [a?] */ VALUES (?, 'what?') -- and ?\n");
        QVERIFY(literal.isValid());
        literal.bind(0, QStringLiteral("q"));
        literal.bind(1, QStringLiteral("no such parameter"));
        QVERIFY(!literal.exec());
        literal.bind(0, QStringLiteral("q"));
        QVERIFY2(literal.exec(), qPrintable(literal.errorText()));
        QCOMPARE(scalar(db, "SELECT v FROM t WHERE id = 'q'").toString(), QStringLiteral("what?"));
        QVERIFY(db.rollback());
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM t").toInt(), 0);
    }

    void countsDeferredLinks()
    {
        test::TempDir dir;
        auto database = test::openDatabase(dir.path("practice.db"));
        QSqlDatabase db = database->connection();
        if (!db::WriteStatement::nativeAvailable(db))
            QSKIP("No native path on this system.");
        QVERIFY(db.transaction());
        QVERIFY(test::exec(db, "PRAGMA defer_foreign_keys = ON"));
        QCOMPARE(db::pendingForeignKeyViolations(db), std::optional<bool>(false));
        QVERIFY(test::exec(
            db,
            "INSERT INTO birth_data (id, client_id, birth_date, time_unknown, latitude, longitude, timezone, "
            "created_at, updated_at) VALUES ('b1', 'c1', '1990-01-01', 1, 0, 0, 'UTC', 'x', 'x')"));
        QCOMPARE(db::pendingForeignKeyViolations(db),
                 std::optional<bool>(true)); // its client is not there (yet)
        QVERIFY(test::exec(db, "INSERT INTO clients (id, created_at, updated_at) VALUES ('c1', 'x', 'x')"));
        QCOMPARE(db::pendingForeignKeyViolations(db), std::optional<bool>(false));
        QVERIFY(db.rollback());
        db::WriteStatement::setNativeAllowed(false);
        QCOMPARE(db::pendingForeignKeyViolations(db), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestWriteStatement)
#include "tst_writestatement.moc"
