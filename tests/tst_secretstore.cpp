#include "secrets/SecretStore.h"
#include "TestSupport.h"

#include <QSignalSpy>
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
