#pragma once

#include <QFutureWatcher>
#include <QGroupBox>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tp::secrets {
class SecretStore;
}

namespace tp::ui {

// The Notifications tab's "Email me when a scheduled backup fails": the
// SMTP server, security, login (the password goes to the keychain), sender
// and recipient, saved as they change; Send Test Email on a worker.
class EmailBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit EmailBox(QWidget* parent = nullptr);
    ~EmailBox() override;

    void sendTestEmail();
    QString statusText() const;

signals:
    void testEmailSent(bool ok, const QString& message);

private:
    void load();
    void save();
    void savePassword();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QPushButton* m_test;
    QLabel* m_status;
    secrets::SecretStore* m_store;
    QPointer<QFutureWatcherBase> m_job;
    bool m_loading = false;
};

} // namespace tp::ui
