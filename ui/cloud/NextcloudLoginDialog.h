#pragma once

#include "cloud/NextcloudLogin.h"

#include <optional>
#include <QDialog>

class QLabel;
class QProgressBar;
template <typename T> class QFutureWatcher;

namespace tp::ui {

// "Log In with Nextcloud…": the server's own login page opens in the
// browser (Login Flow v2); this dialog waits — polling on a worker — until
// the server hands over the user and an app password, or Cancel.
class NextcloudLoginDialog : public QDialog
{
    Q_OBJECT

public:
    NextcloudLoginDialog(const QUrl& server, QWidget* parent = nullptr);
    ~NextcloudLoginDialog() override;

    const std::optional<cloud::NextcloudGrant>& grant() const { return m_grant; }
    QString message() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void begin();

    QUrl m_server;
    QLabel* m_text;
    QProgressBar* m_busy;
    QFutureWatcher<void>* m_job = nullptr;
    std::optional<cloud::NextcloudGrant> m_grant;
    bool m_begun = false;
};

} // namespace tp::ui
