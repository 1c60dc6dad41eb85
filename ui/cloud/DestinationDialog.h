#pragma once

#include "cloud/Destination.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace tp::ui {

class KeepRulesBox;

// Adds a place backups are copied to (or changes one): a folder, an S3
// bucket, a WebDAV folder, Dropbox or Google Drive, with the words a
// practitioner knows — "Access key", "App password" — and the secret put
// straight into the keychain (Dropbox and Google Drive are connected in the
// browser afterwards, by ConnectDialog).
// OK stays off until what is given is enough, and the dialog says what is
// missing.
class DestinationDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` empty: a new destination.
    explicit DestinationDialog(const std::optional<cloud::Destination>& existing, QWidget* parent = nullptr);

    cloud::Destination destination() const;
    QByteArray secret() const; // empty: keep the one in the keychain (when changing)

    // Saves the destination and its secret; false and why (the keychain refused).
    bool save(QString* error) const;

    // "Log In with Nextcloud…": the user and an app password from the
    // server's browser login, into the fields.
    void logInWithNextcloud();

    // For tests.
    QLineEdit* field(const char* name) const;
    KeepRulesBox* keepRules() const { return m_keep; }
    void setType(cloud::Provider provider);
    QString problemText() const;
    bool canAccept() const;

private:
    void updateState();
    QWidget* makeFolderPage();
    QWidget* makeS3Page();
    QWidget* makeWebDavPage();
    QWidget* makeAccountPage(cloud::Provider provider);

    std::optional<cloud::Destination> m_existing;
    QLineEdit* m_name;
    QComboBox* m_type;
    QComboBox* m_when;
    KeepRulesBox* m_keep;
    QStackedWidget* m_pages;
    QLineEdit* m_folder;
    QLineEdit* m_endpoint;
    QLineEdit* m_region;
    QLineEdit* m_bucket;
    QLineEdit* m_prefix;
    QCheckBox* m_pathStyle;
    QLineEdit* m_keyId;
    QLineEdit* m_s3Secret;
    QLineEdit* m_davUrl;
    QLineEdit* m_davUser;
    QLineEdit* m_davPassword;
    QLineEdit* m_dropboxFolder = nullptr;
    QLineEdit* m_driveFolder = nullptr;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QString m_okText; // the button's own words, when it is not "Connect…"
};

} // namespace tp::ui
