#include "BackupNotifier.h"

#include "backup/BackupService.h"
#include "common/BackgroundJob.h"
#include "common/Words.h"
#include "notify/SmtpMailer.h"
#include "TrayIcon.h"

#include <QDir>
#include <QLocale>
#include <QSettings>
#ifdef Q_OS_LINUX
#include <QDBusConnection>
#include <QDBusInterface>
#endif

namespace tp::ui {

namespace {
const QString kLastError = QStringLiteral("notifications/lastFailure");
const QString kLastAt = QStringLiteral("notifications/lastFailureAt");
constexpr qint64 kRepeatSeconds = 24 * 3600;
struct Mailed
{
    bool ok = false;
    QString error;
};
} // namespace

BackupNotifier::BackupNotifier(BackupService& service, Sink sink, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_sink(std::move(sink))
{
    connect(&m_service, &BackupService::runFinished, this, &BackupNotifier::consider);
}

bool BackupNotifier::consider(const BackupOutcome& outcome)
{
    if (!outcome.scheduled || outcome.canceled)
        return false; // Back up now says itself how it went, in the window
    QSettings settings;
    const QDateTime now = m_service.now();
    if (outcome.ok) {
        settings.remove(kLastError); // a failure after this one is news again
        settings.remove(kLastAt);
        if (!m_service.settings().notifyOnSuccess)
            return false;
        m_sink(tr("Backup made"),
               tr("The scheduled backup is made and verified (%1).")
                   .arg(Words::size(outcome.backup.manifest.storedSize())),
               false);
        return true;
    }
    const QDateTime lastAt = settings.value(kLastAt).toDateTime();
    if (settings.value(kLastError).toString() == outcome.error && lastAt.isValid()
        && lastAt.secsTo(now) < kRepeatSeconds)
        return false; // said already today
    settings.setValue(kLastError, outcome.error);
    settings.setValue(kLastAt, now);
    m_sink(tr("The scheduled backup failed"),
           tr("%1\n\nOpen The Program's Backups page (Ctrl+B) to see what to do.").arg(outcome.error), true);
    const notify::EmailSettings email = notify::EmailSettings::load();
    if (email.onFailure && email.isComplete()) {
        const QString subject = tr("The Program: the scheduled backup failed");
        const QString body
            = tr("The scheduled backup of %1 failed at %2:\n\n%3\n\nOpen The Program's Backups page "
                 "(Ctrl+B) to see what to do. You hear of this failure again after a day if it lasts.")
                  .arg(QDir::toNativeSeparators(m_service.practicePath()),
                       QLocale().toString(now.toLocalTime(), QLocale::LongFormat), outcome.error);
        startWork<Mailed>(
            this,
            [email, subject, body](Progress&) {
                Mailed m;
                m.ok = notify::SmtpMailer::sendWithKeychain(email, subject, body, &m.error);
                return m;
            },
            [this](const JobOutcome<Mailed>& outcome) {
                const Mailed m = outcome.resultOr(QString());
                emit emailSent(m.ok, m.error);
            });
    }
    return true;
}

BackupNotifier::Sink BackupNotifier::desktop(TrayIcon* tray)
{
    return [tray](const QString& title, const QString& text, bool failure) {
        if (tray && tray->showMessage(title, text, failure))
            return;
#ifdef Q_OS_LINUX
        QDBusInterface service(
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QDBusConnection::sessionBus());
        const QVariantMap hints{ { QStringLiteral("urgency"), QVariant::fromValue(uchar(failure ? 2 : 1)) },
                                 { QStringLiteral("desktop-entry"), QStringLiteral("theprogram") } };
        service.asyncCall(QStringLiteral("Notify"), QStringLiteral("The Program"), uint(0),
                          QStringLiteral("theprogram"), title, text, QStringList(), hints, int(-1));
#endif
    };
}

} // namespace tp::ui
