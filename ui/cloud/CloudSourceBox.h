#pragma once

#include "cloud/CloudCopies.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
template <typename T> class QFutureWatcher;

namespace tp::ui {

// The restore dialog's way to a backup that is only in a cloud place (a new
// computer, a lost disk): choose the place, list the backups there (read
// from their manifests, on a worker), download one — resumed when the
// connection breaks, checked against its manifest — into the backup
// folder, with progress and Cancel. Then the dialog restores it like any
// other backup file.
class CloudSourceBox : public QWidget
{
    Q_OBJECT

public:
    explicit CloudSourceBox(QWidget* parent = nullptr);
    ~CloudSourceBox() override;

    void setTargetFolder(const QString& folder) { m_folder = folder; }
    bool hasPlaces() const;
    bool isBusy() const { return m_job != nullptr; }
    QString statusText() const;

    // The actions (for the buttons and tests).
    void listBackups();
    void download();
    void cancel();
    QComboBox* places() const { return m_places; }
    QComboBox* backups() const { return m_backups; }

signals:
    void downloaded(const QString& path);
    void busyChanged(bool busy);

private:
    void reloadPlaces();
    void setBusy(QFutureWatcher<void>* job, const QString& doing);
    void updateButtons();

    QComboBox* m_places;
    QPushButton* m_list;
    QComboBox* m_backups;
    QPushButton* m_download;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QString m_folder;
    QFutureWatcher<void>* m_job = nullptr;
};

} // namespace tp::ui
