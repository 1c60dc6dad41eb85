#pragma once

#include "util/Progress.h"

#include <functional>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QAction;

class QTableView;
class QWidget;

namespace tp::ui {

class BackupService;

// What can be done to the backup chosen in the dashboard's history —
// Verify, Restore…, Save a Copy As…, Pin/Unpin, Delete, Show in Folder —
// as actions for its context menu and buttons. Long work runs on a worker
// and reports through the signals; one job at a time.
class BackupRowActions : public QObject
{
    Q_OBJECT

public:
    BackupRowActions(BackupService& service, QTableView* view, QWidget* dialogParent);
    ~BackupRowActions() override;

    QList<QAction*> actions() const;
    QAction* verifyAction() const { return m_verify; }
    QAction* restoreAction() const { return m_restore; }
    QAction* copyAction() const { return m_copy; }
    QAction* pinAction() const { return m_pin; }
    QAction* deleteAction() const { return m_delete; }
    QAction* showAction() const { return m_show; }

    // Enables what fits the chosen backup (and nothing while a job runs).
    void update();
    bool isBusy() const { return m_job; }
    void cancel();

signals:
    void jobStarted(const QString& text);
    void jobProgress(int percent, const QString& text);
    // `changed`: the folder's backups changed (refresh the history).
    void jobFinished(bool ok, const QString& message, bool changed);
    void restoreRequested(const QString& backupPath);

private:
    QString currentPath() const;
    void verify();
    void saveCopy();
    void togglePin();
    void remove();
    void showInFolder();
    // Runs `work` (true and a message, or false and why) on a worker.
    void run(const QString& text, std::function<bool(QString* message, Progress&)> work, bool changes);

    BackupService& m_service;
    QTableView* m_view;
    QWidget* m_dialogParent;
    QAction* m_verify;
    QAction* m_restore;
    QAction* m_copy;
    QAction* m_pin;
    QAction* m_delete;
    QAction* m_show;
    QPointer<QFutureWatcherBase> m_job;
};

} // namespace tp::ui
