#include "ConnectDialog.h"

#include "cloud/OAuthLogin.h"
#include "common/BackgroundJob.h"
#include "secrets/SecretStore.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

struct Answer
{
    bool ok = false;
    QString account;
    QString error;
};

} // namespace

ConnectDialog::ConnectDialog(const cloud::Destination& destination, QWidget* parent)
    : QDialog(parent)
    , m_destination(destination)
    , m_text(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_busy(new QProgressBar(this))
    , m_open(new QPushButton(tr("&Open the Page Again"), this))
    , m_copy(new QPushButton(tr("Copy the &Address"), this))
    , m_retry(new QPushButton(tr("&Try Again"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect “%1” to %2").arg(destination.name, cloud::oauthAppOf(destination).provider));
    m_text->setWordWrap(true);
    m_text->setMinimumSize(460, 64);
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Sign-in address"));
    m_address->setVisible(false);
    m_busy->setRange(0, 0); // waiting for the practitioner, not for a count
    m_retry->setVisible(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_open);
    row->addWidget(m_copy);
    row->addWidget(m_retry);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // room for the wrapped words
    layout->addWidget(m_text);
    layout->addWidget(m_busy);
    layout->addLayout(row);
    layout->addWidget(m_address);
    layout->addWidget(m_buttons);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_login)
            QDesktopServices::openUrl(m_login->authorizationUrl());
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_login)
            return;
        QGuiApplication::clipboard()->setText(m_login->authorizationUrl().toString(QUrl::FullyEncoded));
        m_address->setText(m_login->authorizationUrl().toString(QUrl::FullyEncoded));
        m_address->setCursorPosition(0);
        m_address->setVisible(true);
        m_copy->setText(tr("Copied — paste it into a browser"));
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_begun = false;
        begin();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

ConnectDialog::~ConnectDialog()
{
    cancelAndWait(m_job);
}

void ConnectDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_begun)
        QTimer::singleShot(0, this, &ConnectDialog::begin);
}

QString ConnectDialog::message() const
{
    return m_text->text();
}

void ConnectDialog::begin()
{
    if (m_begun)
        return;
    m_begun = true;
    delete m_login;
    auto opened = std::make_shared<bool>(false);
    m_login = new cloud::OAuthLogin(
        cloud::oauthAppOf(m_destination),
        [opened](const QUrl& url) { return *opened = QDesktopServices::openUrl(url); }, this);
    connect(m_login, &cloud::OAuthLogin::succeeded, this, &ConnectDialog::onSignedIn);
    connect(m_login, &cloud::OAuthLogin::failed, this, &ConnectDialog::onFailed);
    connect(m_buttons, &QDialogButtonBox::rejected, m_login, &cloud::OAuthLogin::cancel);
    m_retry->setVisible(false);
    m_busy->setVisible(true);
    m_open->setEnabled(true);
    m_copy->setEnabled(true);
    m_text->setText(tr("Your browser shows %1's page now. Sign in there and allow The Program to keep "
                       "backups in its own folder; then come back here. It sees nothing else of yours.")
                        .arg(cloud::oauthAppOf(m_destination).provider));
    QString error;
    if (!m_login->start(&error)) {
        onFailed(error);
        return;
    }
    if (!*opened) {
        m_text->setText(
            tr("No browser could be opened here. Open this address in a browser on this computer, "
               "sign in to %1 and allow The Program; then come back here.")
                .arg(cloud::oauthAppOf(m_destination).provider));
        m_address->setText(m_login->authorizationUrl().toString(QUrl::FullyEncoded));
        m_address->setCursorPosition(0);
        m_address->setVisible(true);
    }
}

void ConnectDialog::onSignedIn(const cloud::OAuthTokens& tokens)
{
    m_open->setEnabled(false);
    m_copy->setEnabled(false);
    m_text->setText(tr("Allowed. Keeping the access in the keychain and asking %1 whose account it is…")
                        .arg(cloud::oauthAppOf(m_destination).provider));
    QString error;
    if (!secrets::SecretStore::writeNow(m_destination.secretKey(), tokens.refreshToken, &error)) {
        onFailed(tr("The access cannot be kept in the keychain, so copies could not run unattended; nothing "
                    "was connected: %1")
                     .arg(error));
        return;
    }
    const QString name = m_destination.name;
    m_job = startWork<Answer>(
        this,
        [name, grant = tokens.refreshToken](Progress&) {
            Answer a;
            auto d = cloud::Destinations::find(name);
            if (!d) {
                a.error = tr("“%1” is no longer there.").arg(name);
                return a;
            }
            d->reconnect = false;
            d->lastError.clear();
            cloud::Destinations::saveAccount(*d);
            const auto repository = cloud::openRepositoryWith(*d, grant, &a.error);
            a.ok = repository && repository->test(&a.error);
            if (!a.ok)
                return a;
            a.account = repository->accountName();
            d->account = a.account.isEmpty() ? d->describe() : a.account;
            cloud::Destinations::saveAccount(*d);
            return a;
        },
        [this](const JobOutcome<Answer>& outcome) {
            m_job = nullptr;
            const Answer a = outcome.resultOr(tr("Cancelled."));
            if (!a.ok) {
                onFailed(tr("Access was given, but %1 does not answer yet: %2")
                             .arg(m_destination.describe(), a.error));
                return;
            }
            m_connected = true;
            m_account = a.account;
            m_busy->setVisible(false);
            m_text->setText(a.account.isEmpty()
                                ? tr("Connected. Backups will be copied to %1.").arg(m_destination.describe())
                                : tr("Connected as %1. Backups will be copied to %2.")
                                      .arg(a.account, m_destination.describe()));
            m_buttons->setStandardButtons(QDialogButtonBox::Ok);
        });
}

void ConnectDialog::onFailed(const QString& error)
{
    m_busy->setVisible(false);
    m_open->setEnabled(false);
    m_copy->setEnabled(false);
    m_retry->setVisible(true);
    m_text->setText(error);
}

} // namespace tp::ui
