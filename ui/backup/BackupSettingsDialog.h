#pragma once

#include "backup/BackupEngine.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace tp::ui {

class BackupService;
class EmailBox;
class EncryptionTab;
class ScheduleEditor;

// Backup settings, one dialog in tabs — Schedule, Keeping, Encryption,
// Storage, Notifications. Every change is applied and saved at once (the
// same settings `theprogram-cli backup schedule` reads and writes); Close
// closes.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupSettingsDialog(BackupService& service, QWidget* parent = nullptr);
    ~BackupSettingsDialog() override;

    // For tests.
    ScheduleEditor* scheduleEditor() const { return m_schedule; }
    EncryptionTab* encryptionTab() const { return m_encryption; }
    EmailBox* emailBox() const { return m_email; }
    QTabWidget* tabs() const { return m_tabs; }
    QSpinBox* keepSpin(int rule) const
    {
        return m_keep[rule];
    } // last, daily, weekly, monthly, yearly, within
    QString retentionPreview() const;
    QCheckBox* catchUpBox() const { return m_catchUp; }
    QCheckBox* atLoginBox() const { return m_atLogin; }
    QSpinBox* warnAfterSpin() const { return m_warnAfter; }
    // Moves to `folder` (its backups too, when `moveBackups`), on a worker; `folderMoved` after.
    void setFolder(const QString& folder, bool moveBackups);

signals:
    void folderMoved(bool ok, const QString& message);
    // The history was read: the retention preview is on the real one.
    void historyRead();

private:
    QWidget* makeSchedule();
    QWidget* makeKeeping();
    QWidget* makeStorage();
    QWidget* makeNotifications();
    void load();
    void save();
    void readHistory();
    void updatePreview();

    BackupService& m_service;
    QTabWidget* m_tabs;
    ScheduleEditor* m_schedule = nullptr;
    QCheckBox* m_catchUp = nullptr;
    QCheckBox* m_keepRunning = nullptr;
    QCheckBox* m_atLogin = nullptr;
    QSpinBox* m_keep[6] = {};
    QLabel* m_preview = nullptr;
    EncryptionTab* m_encryption = nullptr;
    QLineEdit* m_folder = nullptr;
    QComboBox* m_compression = nullptr;
    QLineEdit* m_preHook = nullptr;
    QLineEdit* m_postHook = nullptr;
    QCheckBox* m_notifySuccess = nullptr;
    QSpinBox* m_warnAfter = nullptr;
    EmailBox* m_email = nullptr;
    QList<backup::BackupInfo> m_history;
    QPointer<QFutureWatcherBase> m_job;
    bool m_loading = false;
};

} // namespace tp::ui
