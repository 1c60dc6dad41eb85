#pragma once

#include "backup/BackupHealth.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QFileSystemWatcher;
class QFrame;

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace tp::ui {

class BackupFilterModel;
class BackupHistoryModel;
class BackupRowActions;
class BackupSettingsDialog;
class BackupService;
class BackupSizeChart;
struct BackupOutcome;

// The backup dashboard (View → Backups): how far the backups can be
// trusted, what is wrong (a banner that says what to do), Back up now,
// Restore…, Settings…, and the history with its row actions and a chart.
// It reads the folder on a worker and again whenever the folder changes —
// a backup made by the tray, the CLI or another instance shows up by itself.
class BackupPage : public QWidget
{
    Q_OBJECT

public:
    explicit BackupPage(BackupService& service, QWidget* parent = nullptr);
    ~BackupPage() override;

    // Reads the folder again (on a worker); `refreshed` when shown.
    void refresh();
    void backUpNow();
    void backUpWithLabel();
    // Settings…: the backup settings dialog (window-modal, applied at once).
    BackupSettingsDialog* openSettings();

    // For tests.
    BackupHistoryModel* model() const { return m_model; }
    BackupFilterModel* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    BackupRowActions* rowActions() const { return m_actions; }
    BackupSizeChart* chart() const { return m_chart; }
    const backup::BackupHealth& health() const { return m_health; }
    bool isBannerShown() const;
    QString bannerText() const;
    QString summaryText() const;
    // What the last action said (done, or why not).
    QString messageText() const;

signals:
    void refreshed();
    void restoreRequested(const QString& backupPath); // empty: the practitioner chooses
    void statusMessage(const QString& text);

private:
    QWidget* makeHealth();
    QWidget* makeHistory();
    void showHealth();
    void watch(const QString& folder);
    void runStarted(bool scheduled);
    void runFinished(const BackupOutcome& outcome);
    void showBusy(const QString& text);
    void showIdle(const QString& message, bool failed = false);

    BackupService& m_service;
    backup::BackupHealth m_health;
    backup::BackupSettings m_settings;
    QString m_folder;
    BackupHistoryModel* m_model = nullptr;
    BackupFilterModel* m_filter = nullptr;
    QTableView* m_view = nullptr;
    BackupRowActions* m_actions = nullptr;
    BackupSizeChart* m_chart = nullptr;
    QLabel* m_lastLabel = nullptr;
    QLabel* m_nextLabel = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_bannerButton = nullptr;
    QPushButton* m_backUpButton = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QPushButton* m_cancel = nullptr;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer m_settle; // folder changes come in bursts: read once they settle
    QTimer m_clockTick; // "2 hours ago" stays true
    QPointer<QFutureWatcherBase> m_reading;
    bool m_readAgain = false;
    bool m_passwordMissing = false; // the keychain lacks the password scheduled runs need
    QStringList m_copyProblems; // destinations whose last copy failed, in words
};

} // namespace tp::ui
