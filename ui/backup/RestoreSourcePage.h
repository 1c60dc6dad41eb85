#pragma once

#include "backup/BackupEngine.h"

#include <optional>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace tp::ui {

class CloudSourceBox;

// The restore dialog's first page: a backup from the history, a backup
// file from elsewhere (with its manifest beside it), or one downloaded from
// a cloud place (CloudSourceBox); the password or key
// file when it is encrypted with one the settings do not hold; and what
// its manifest says — when it was made, what it holds, whether verified.
class RestoreSourcePage : public QWidget
{
    Q_OBJECT

public:
    explicit RestoreSourcePage(QWidget* parent = nullptr);

    // Newest first in the list; `chosen` is selected when it is among them.
    void setHistory(const QList<backup::BackupInfo>& backups, const QString& chosen);
    // A backup file from elsewhere.
    void setFile(const QString& path);
    // Where a backup from a cloud place is downloaded to.
    void setDownloadFolder(const QString& folder);
    CloudSourceBox* cloudBox() const { return m_cloud; }

    QString backupPath() const; // empty when none is chosen
    const backup::BackupManifest& manifest() const { return m_manifest; }
    // A key typed or chosen here; none: the settings' key (or not encrypted).
    std::optional<crypto::KeySource> typedKey() const;
    // Why the backup cannot be restored as chosen; empty when it can.
    QString problem() const;
    QString manifestText() const;

signals:
    void changed();

private:
    void update();

    QRadioButton* m_fromHistory;
    QRadioButton* m_fromFile;
    QRadioButton* m_fromCloud;
    CloudSourceBox* m_cloud;
    QComboBox* m_history;
    QLineEdit* m_file;
    QWidget* m_keyBox;
    QLineEdit* m_password;
    QLineEdit* m_keyFile;
    QLabel* m_details;
    backup::BackupManifest m_manifest;
    QString m_problem;
};

} // namespace tp::ui
