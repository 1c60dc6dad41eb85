#include "backup/BackupService.h"
#include "backup/BackupSettingsDialog.h"
#include "backup/EmailBox.h"
#include "notify/EmailSettings.h"
#include "notify/SmtpMailer.h"
#include "secrets/SecretStore.h"
#include "TestSupport.h"
#include "tray/BackupNotifier.h"

#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QtTest>

using namespace tp;
using notify::EmailSettings;
using notify::SmtpMailer;

// Failure emails through a real SMTP server on loopback (Debian's
// python3-aiosmtpd, started here): STARTTLS or TLS, a login, the
// certificate checked.
class TestEmail : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    int m_servers = 0;

    struct Server
    {
        std::unique_ptr<QProcess> process;
        QString folder;
        int port = 0;
        ~Server()
        {
            if (process) {
                process->closeWriteChannel();
                if (!process->waitForFinished(5000))
                    process->kill();
                process->waitForFinished();
            }
        }
    };

    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    std::unique_ptr<Server> startServer(const QString& mode)
    {
        auto s = std::make_unique<Server>();
        s->folder = m_dir.path(QString("smtp%1").arg(++m_servers));
        QDir().mkpath(s->folder);
        s->port = freePort();
        s->process = std::make_unique<QProcess>();
        s->process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        s->process->start(QFile::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3",
                          { QString(THEPROGRAM_SOURCE_DIR) + "/tests/support/smtp_server.py",
                            QString::number(s->port), mode, s->folder, "astrologer", "mercury retrograde" });
        if (!s->process->waitForReadyRead(20000) || !s->process->readAll().contains("READY"))
            return nullptr;
        return s;
    }

    EmailSettings settingsFor(const Server& s, EmailSettings::Security security) const
    {
        EmailSettings e;
        e.host = "127.0.0.1";
        e.port = s.port;
        e.security = security;
        e.user = "astrologer";
        e.from = "practice@example.org";
        e.to = "me@example.org";
        e.caFile = s.folder + "/ca.pem";
        return e;
    }

    static QByteArray received(const Server& s, int n = 1)
    {
        QFile f(s.folder + QString("/mail-%1.eml").arg(n));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QString bodyOf(const QByteArray& mail)
    {
        const qsizetype at = mail.indexOf("\r\n\r\n");
        return at < 0 ? QString() : QString::fromUtf8(QByteArray::fromBase64(mail.mid(at + 4)));
    }

private slots:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { QSettings().clear(); }

    void startTlsWithLogin()
    {
        auto server = startServer("starttls");
        if (!server)
            QSKIP("no SMTP test server (python3-aiosmtpd, installed by scripts/bootstrap.sh)");
        QString error;
        const EmailSettings e = settingsFor(*server, EmailSettings::Security::StartTls);
        QVERIFY2(SmtpMailer::send(e, "mercury retrograde",
                                  QString::fromUtf8("Backup failed – Jürgen's practice"),
                                  "The disk is full.\nFree some space.", &error),
                 qPrintable(error));
        QTRY_VERIFY(!received(*server).isEmpty());
        const QByteArray mail = received(*server);
        QVERIFY(mail.contains("X-Envelope-From: <practice@example.org>")
                || mail.contains("X-Envelope-From: practice@example.org"));
        QVERIFY(mail.contains("me@example.org"));
        const QByteArray subject = "Subject: =?UTF-8?B?"
            + QString::fromUtf8("Backup failed – Jürgen's practice").toUtf8().toBase64();
        QVERIFY(mail.contains(subject));
        QCOMPARE(bodyOf(mail), QString("The disk is full.\r\nFree some space."));
    }

    void implicitTls()
    {
        auto server = startServer("tls");
        if (!server)
            QSKIP("no SMTP test server");
        QString error;
        QVERIFY2(SmtpMailer::send(settingsFor(*server, EmailSettings::Security::Tls), "mercury retrograde",
                                  "Test", "Hello", &error),
                 qPrintable(error));
        QTRY_VERIFY(!received(*server).isEmpty());
    }

    // Refusals say what is wrong, and send nothing.
    void refusals()
    {
        auto server = startServer("starttls");
        if (!server)
            QSKIP("no SMTP test server");
        EmailSettings e = settingsFor(*server, EmailSettings::Security::StartTls);
        QString error;
        QVERIFY(!SmtpMailer::send(e, "wrong", "Test", "Hello", &error));
        QVERIFY2(error.contains("refused the login"), qPrintable(error));
        e.caFile.clear(); // a self-signed certificate is not trusted by the system
        QVERIFY(!SmtpMailer::send(e, "mercury retrograde", "Test", "Hello", &error));
        QVERIFY2(error.contains("certificate"), qPrintable(error));
        e.security = EmailSettings::Security::None; // the server insists on STARTTLS before a login
        e.caFile = server->folder + "/ca.pem";
        QVERIFY(!SmtpMailer::send(e, "mercury retrograde", "Test", "Hello", &error));
        e.port = freePort(); // nobody there
        e.security = EmailSettings::Security::StartTls;
        QVERIFY(!SmtpMailer::send(e, "mercury retrograde", "Test", "Hello", &error));
        QVERIFY2(error.contains("cannot be reached"), qPrintable(error));
        QVERIFY(received(*server).isEmpty());
    }

    // "Send Test Email" in the settings, with the password from the keychain; and a failed scheduled backup's
    // email.
    void testEmailFromTheSettingsAndOnFailure()
    {
        auto server = startServer("starttls");
        if (!server)
            QSKIP("no SMTP test server");
        QString error;
        if (!secrets::SecretStore::writeNow(EmailSettings::kKeychainKey, "mercury retrograde", &error))
            QSKIP("no keychain answers here (run under scripts/with-keyring.sh)");
        EmailSettings e = settingsFor(*server, EmailSettings::Security::StartTls);
        e.onFailure = true;
        e.save();

        ui::BackupService service;
        ui::BackupSettingsDialog dialog(service);
        QSignalSpy sent(dialog.emailBox(), &ui::EmailBox::testEmailSent);
        dialog.emailBox()->sendTestEmail();
        QVERIFY(sent.wait(30000));
        QVERIFY2(sent.at(0).at(0).toBool(), qPrintable(sent.at(0).at(1).toString()));
        QTRY_VERIFY(!received(*server).isEmpty());
        QVERIFY(bodyOf(received(*server)).contains("test"));

        ui::BackupNotifier notifier(service, [](const QString&, const QString&, bool) {});
        QSignalSpy mailed(&notifier, &ui::BackupNotifier::emailSent);
        ui::BackupOutcome failed;
        failed.scheduled = true;
        failed.error = "The backup folder cannot be written to.";
        QVERIFY(notifier.consider(failed));
        QVERIFY(mailed.wait(30000));
        QVERIFY2(mailed.at(0).at(0).toBool(), qPrintable(mailed.at(0).at(1).toString()));
        QTRY_VERIFY(!received(*server, 2).isEmpty());
        QVERIFY(bodyOf(received(*server, 2)).contains("The backup folder cannot be written to."));
        QVERIFY(!notifier.consider(failed)); // the same failure: no second email either
    }
};

QTEST_MAIN(TestEmail)
#include "tst_email.moc"
