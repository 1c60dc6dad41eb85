#pragma once

#include <functional>
#include <QObject>

namespace tp::ui {

class BackupService;
class TrayIcon;
struct BackupOutcome;

// Desktop notifications of scheduled backups: every failure, but the same
// failure once only — again at most once a day while it lasts —, and a
// success when the settings ask for it. A failure notified is also emailed
// when the settings say so (notify::EmailSettings). What was last said is kept in the
// settings, so a restart does not say it again.
class BackupNotifier : public QObject
{
    Q_OBJECT

public:
    // Shows one notification.
    using Sink = std::function<void(const QString& title, const QString& text, bool failure)>;

    BackupNotifier(BackupService& service, Sink sink, QObject* parent = nullptr);

    // Whether `outcome` was notified (the service's runFinished calls it).
    bool consider(const BackupOutcome& outcome);

    // The desktop's own: through the tray's icon when there is one, else
    // the freedesktop notification service on the session bus (Linux).
    static Sink desktop(TrayIcon* tray);

signals:
    // A failure's email (when the settings ask for one) went out, or why not.
    void emailSent(bool ok, const QString& error);

private:
    BackupService& m_service;
    Sink m_sink;
};

} // namespace tp::ui
