#pragma once

#include "cloud/Destination.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
template <typename T> class QFutureWatcher;

namespace tp::cloud {
class OAuthLogin;
struct OAuthTokens;
} // namespace tp::cloud

namespace tp::ui {

// Connects a Dropbox or Google Drive destination to the practitioner's
// account: the provider's page opens in the system browser, this dialog
// waits for the answer (with the address to open again or copy), keeps the
// lasting access in the keychain, asks the provider whose account it is on
// a worker, and says what came of it. Cancel stops at any moment and
// leaves the destination as it was.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(const cloud::Destination& destination, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    // Begins connecting (exec() does it when shown).
    void begin();
    bool connected() const { return m_connected; }
    QString message() const; // what the dialog says now
    QString accountName() const { return m_account; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onSignedIn(const cloud::OAuthTokens& tokens);
    void onFailed(const QString& error);

    cloud::Destination m_destination;
    cloud::OAuthLogin* m_login = nullptr;
    QLabel* m_text;
    QLineEdit* m_address; // the sign-in address, to copy when no browser opened
    QProgressBar* m_busy;
    QPushButton* m_open;
    QPushButton* m_copy;
    QPushButton* m_retry;
    QDialogButtonBox* m_buttons;
    QFutureWatcher<void>* m_job = nullptr;
    QString m_account;
    bool m_connected = false;
    bool m_begun = false;
};

} // namespace tp::ui
