#pragma once

#include "backup/BackupSettings.h"

#include <functional>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace tp::secrets {
class SecretStore;
}

namespace tp::ui {

// The settings' Encryption tab: not encrypted, a password kept in the OS
// keychain for unattended backups (with a strength meter, and a plain
// warning when no keychain answers), or a key file chosen or created.
class EncryptionTab : public QWidget
{
    Q_OBJECT

public:
    explicit EncryptionTab(QWidget* parent = nullptr);

    void load(const backup::BackupSettings& settings);
    // Into `settings`: keyFile and passwordInKeychain.
    void store(backup::BackupSettings* settings) const;

    // 0 weak … 3 very strong, and its word.
    static int strength(const QString& password, QString* word = nullptr);

    // For tests.
    QString statusText() const;
    void setPassword(const QString& password); // both fields
    void savePassword();
    void setKeyFile(const QString& path);
    bool createKeyFile(const QString& path);

signals:
    void changed();
    void passwordSaved(bool ok);

private:
    void updateWidgets();

    QRadioButton* m_none;
    QRadioButton* m_password;
    QRadioButton* m_keyFile;
    QWidget* m_passwordBox;
    QWidget* m_keyFileBox;
    QLineEdit* m_first;
    QLineEdit* m_second;
    QProgressBar* m_meter;
    QLabel* m_meterWord;
    QPushButton* m_save;
    QLineEdit* m_keyPath;
    QLabel* m_status;
    secrets::SecretStore* m_store;
    bool m_inKeychain = false;
    bool m_loading = false;
};

} // namespace tp::ui
