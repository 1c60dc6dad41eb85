#include "NextcloudLoginDialog.h"

#include "common/BackgroundJob.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

struct Login
{
    std::optional<cloud::NextcloudGrant> grant;
    QString error;
};

} // namespace

NextcloudLoginDialog::NextcloudLoginDialog(const QUrl& server, QWidget* parent)
    : QDialog(parent)
    , m_server(server)
    , m_text(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setWindowTitle(tr("Log In with Nextcloud"));
    m_text->setWordWrap(true);
    m_text->setMinimumSize(440, 48);
    m_busy->setRange(0, 0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(m_text);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

NextcloudLoginDialog::~NextcloudLoginDialog()
{
    cancelAndWait(m_job);
}

QString NextcloudLoginDialog::message() const
{
    return m_text->text();
}

void NextcloudLoginDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_begun)
        QTimer::singleShot(0, this, &NextcloudLoginDialog::begin);
}

void NextcloudLoginDialog::begin()
{
    m_begun = true;
    m_text->setText(
        tr("Your browser shows the login page of %1 now. Log in there and grant access; The Program "
           "gets a password of its own, which you can revoke in Nextcloud's security settings.")
            .arg(m_server.host()));
    const QUrl server = m_server;
    m_job = startWork<Login>(
        this,
        [server](Progress& progress) {
            Login l;
            // The browser is the window's to open: handed to its thread.
            const auto open = [](const QUrl& page) {
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(), [page] { QDesktopServices::openUrl(page); },
                    Qt::QueuedConnection);
                return true;
            };
            l.grant = cloud::NextcloudLogin::run(server, open, &progress, &l.error);
            return l;
        },
        [this](const JobOutcome<Login>& outcome) {
            m_job = nullptr;
            const Login l = outcome.resultOr(tr("Cancelled."));
            m_busy->setVisible(false);
            if (!l.grant) {
                m_text->setText(l.error);
                return;
            }
            m_grant = l.grant;
            accept();
        });
}

} // namespace tp::ui
