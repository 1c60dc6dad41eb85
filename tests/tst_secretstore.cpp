#include "secrets/SecretStore.h"
#include "TestSupport.h"

#include <atomic>
#include <memory>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace tp;

// Against the real Secret Service: scripts/test.sh runs the suite inside
// dbus-run-session with an unlocked gnome-keyring.
class TestSecretStore : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        bool done = false;
        bool ok = false;
        QString error;
        std::optional<QByteArray> secret;
    };

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run the suite through scripts/test.sh, which starts gnome-keyring");
    }

    void writeReadRemove()
    {
        secrets::SecretStore store(QStringLiteral("TheProgramTests"));
        const QString key = QStringLiteral("backup-password-%1").arg(QCoreApplication::applicationPid());
        const QByteArray secret = QByteArrayLiteral("correct horse battery staple \xe2\x9c\x93");

        Outcome written;
        store.write(key, secret, [&](bool ok, const QString& error) { written = { true, ok, error, {} }; });
        QTRY_VERIFY_WITH_TIMEOUT(written.done, 20000);
        QVERIFY2(written.ok, qPrintable(written.error));

        Outcome read;
        store.read(key, [&](std::optional<QByteArray> s, const QString& error) {
            read = { true, error.isEmpty(), error, s };
        });
        QTRY_VERIFY_WITH_TIMEOUT(read.done, 20000);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.secret.value_or(QByteArray()), secret);

        Outcome removed;
        store.remove(key, [&](bool ok, const QString& error) { removed = { true, ok, error, {} }; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.done, 20000);
        QVERIFY2(removed.ok, qPrintable(removed.error));

        Outcome gone;
        store.read(key, [&](std::optional<QByteArray> s, const QString& error) {
            gone = { true, error.isEmpty(), error, s };
        });
        QTRY_VERIFY_WITH_TIMEOUT(gone.done, 20000);
        QVERIFY(gone.ok);
        QVERIFY(!gone.secret.has_value());
    }

    // The command line's and the scheduler's way, from a worker thread: the
    // request is handed to the application's thread and waited for.
    void waitedForFromAWorkerThread()
    {
        const QString key = QStringLiteral("worker-%1").arg(QCoreApplication::applicationPid());
        struct
        {
            bool written = false;
            std::optional<QByteArray> read;
            bool removed = false;
            std::optional<QByteArray> gone;
            QString error;
        } r;
        std::atomic_bool finished = false;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            r.written = secrets::SecretStore::writeNow(key, "from a worker", &r.error);
            r.read = secrets::SecretStore::readNow(key, &r.error);
            r.removed = secrets::SecretStore::removeNow(key, &r.error);
            r.gone = secrets::SecretStore::readNow(key, &r.error);
            finished = true;
        }));
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
        worker->wait();
        QVERIFY2(r.written, qPrintable(r.error));
        QCOMPARE(r.read.value_or(QByteArray()), QByteArray("from a worker"));
        QVERIFY(r.removed);
        QVERIFY(!r.gone.has_value());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        // On the application's thread the same calls run at once.
        QString error;
        QVERIFY(secrets::SecretStore::removeNow(key, &error)); // a missing entry counts as removed
    }

    // Without any keychain the secret is refused in words, after one more
    // try, and nothing is stored anywhere else. Run in a child process whose
    // D-Bus session leads nowhere (the connection is made once per process).
    void refusedInWordsWithoutAKeychain()
    {
        if (qEnvironmentVariableIsSet("THEPROGRAM_TEST_NO_KEYCHAIN")) {
            QString error;
            QElapsedTimer clock;
            clock.start();
            QVERIFY(!secrets::SecretStore::writeNow(QStringLiteral("nowhere"), "secret", &error));
            QVERIFY2(error.contains("keychain", Qt::CaseInsensitive), qPrintable(error));
            QVERIFY2(clock.elapsed() >= 900, "the keychain was not tried a second time");
            error.clear();
            QVERIFY(!secrets::SecretStore::readNow(QStringLiteral("nowhere"), &error).has_value());
            QVERIFY2(!error.isEmpty(), "a read without a keychain must say why");
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("THEPROGRAM_TEST_NO_KEYCHAIN", "1");
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/theprogram-bus");
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), { "refusedInWordsWithoutAKeychain" });
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains("PASS   : TestSecretStore::refusedInWordsWithoutAKeychain"), qPrintable(out));
    }

    void callbackIsDroppedWhenStoreDies()
    {
        bool called = false;
        {
            secrets::SecretStore store(QStringLiteral("TheProgramTests"));
            store.read(QStringLiteral("never-written"),
                       [&](std::optional<QByteArray>, const QString&) { called = true; });
        }
        QTest::qWait(500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
