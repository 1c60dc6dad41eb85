#pragma once

#include "backup/BackupEngine.h"
#include "main/FileReplacer.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace tp::ui {

class BackupService;
class ChoiceModel;
class ClientFilterModel;
class RestoreSourcePage;

// Restore: which backup (RestoreSourcePage) → everything, or some of its
// clients with a conflict strategy → a plain statement of what is replaced
// and that a safety backup is made first, "I understand" → progress → the
// result, with Undo This Restore (the safety backup restored in turn). A
// full restore swaps the practice's file through the FileReplacer, so the
// window shows the restored practice at once; selected clients go in
// through the import engine.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    enum Page { SourcePage, WhatPage, ConfirmPage, ResultPage };

    RestoreDialog(BackupService& service, QString practicePath, FileReplacer replacer,
                  const QString& chosenBackup, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    // For tests.
    RestoreSourcePage* sourcePage() const { return m_source; }
    int page() const;
    void next(); // Next, or Restore on the confirmation
    void chooseClients(const QStringList& ids); // "Only these clients", with these ticked
    QCheckBox* understandBox() const { return m_understand; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* undoButton() const { return m_undo; }
    QComboBox* strategyBox() const { return m_strategy; }
    QString statementText() const;
    QString resultText() const;
    bool lastRestoreWorked() const { return m_worked; }

signals:
    // The history was read (the first page can be used).
    void ready();
    // The clients of the chosen backup were read.
    void clientsRead();
    void restoreFinished(bool ok);

private:
    QWidget* makeWhat();
    QWidget* makeConfirm();
    QWidget* makeResult();
    void showPage(int page);
    void updateButtons();
    void readClients();
    void restore();
    void restoreFull(const QString& path, const std::optional<crypto::KeySource>& typed, bool undoing);
    void restoreSome(const QString& path, const std::optional<crypto::KeySource>& typed);
    void finished(bool ok, const QString& text, const QString& safetyBackup);
    void running(QFutureWatcherBase* job);

    BackupService& m_service;
    QString m_practicePath;
    FileReplacer m_replacer;
    QStackedWidget* m_pages;
    RestoreSourcePage* m_source;
    QRadioButton* m_everything = nullptr;
    QRadioButton* m_some = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_clients = nullptr;
    ChoiceModel* m_choices = nullptr;
    ClientFilterModel* m_filter = nullptr;
    QLabel* m_clientsState = nullptr;
    QComboBox* m_strategy = nullptr;
    QLabel* m_statement = nullptr;
    QCheckBox* m_understand = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_close;
    QPushButton* m_undo = nullptr;
    QString m_clientsOf; // the backup whose clients are listed
    QString m_safetyBackup; // what Undo This Restore restores
    QPointer<QFutureWatcherBase> m_job;
    bool m_worked = false;
};

} // namespace tp::ui
