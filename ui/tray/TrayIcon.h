#pragma once

#include <QDateTime>
#include <QIcon>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace tp::ui {

class BackupService;
class PracticeSession;
struct BackupOutcome;

// The system tray's icon and menu — Back Up Now, Open The Program, the
// last backup, Pause scheduled backups (an hour / until tomorrow / until
// resumed), Quit — with an icon for idle, running (progress in the
// tooltip) and attention. Closing the window keeps the app here while a
// tray exists and the practitioner wants it (said once, the first time).
// Without a tray (some desktops, offscreen) the menu still exists and the
// scheduler runs while the app runs; the dashboard shows the state.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Attention };

    explicit TrayIcon(PracticeSession& session, QObject* parent = nullptr);
    ~TrayIcon() override;

    bool isAvailable() const; // a system tray shows the icon
    // Closing the window hides it here instead of quitting (setting "tray/keepRunning", on by default).
    static bool keepsRunning();
    static void setKeepsRunning(bool on);

    // Shows a desktop notification through the tray (when there is one).
    bool showMessage(const QString& title, const QString& text, bool failure);

    // For tests.
    QMenu* menu() const { return m_menu; }
    State state() const { return m_state; }
    QString toolTip() const { return m_toolTip; }
    QAction* pauseHourAction() const { return m_pauseHour; }
    QAction* resumeAction() const { return m_resume; }
    QAction* backUpAction() const { return m_backUp; }
    QString lastBackupText() const;
    // The window's close: true when it was hidden into the tray instead.
    bool hideOnClose();

private:
    void update();
    void progress(int percent, const QString& text);
    void finished(const BackupOutcome& outcome);
    void openWindow();
    void quit();
    static QIcon iconFor(State state);

    PracticeSession& m_session;
    BackupService& m_service;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu;
    QAction* m_backUp;
    QAction* m_open;
    QAction* m_last;
    QMenu* m_pauseMenu;
    QAction* m_pauseHour;
    QAction* m_pauseDay;
    QAction* m_pauseAlways;
    QAction* m_resume;
    State m_state = State::Idle;
    QString m_toolTip;
    bool m_quitting = false;
};

} // namespace tp::ui
