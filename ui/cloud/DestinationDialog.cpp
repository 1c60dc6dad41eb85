#include "DestinationDialog.h"

#include "AppIdsDialog.h"
#include "cloud/ProviderApps.h"
#include "KeepRulesBox.h"
#include "NextcloudLoginDialog.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

QLineEdit* named(QLineEdit* edit, const char* name)
{
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

} // namespace

DestinationDialog::DestinationDialog(const std::optional<cloud::Destination>& existing, QWidget* parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_name(named(new QLineEdit(this), "name"))
    , m_type(new QComboBox(this))
    , m_when(new QComboBox(this))
    , m_keep(new KeepRulesBox(this))
    , m_pages(new QStackedWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(existing ? tr("Change “%1”").arg(existing->name) : tr("Add a Place for Copies"));
    m_type->addItem(tr("A folder (another disk, a network share)"), int(cloud::Provider::Folder));
    m_type->addItem(tr("S3 storage (Amazon S3, Backblaze B2, Wasabi, Cloudflare R2, MinIO)"),
                    int(cloud::Provider::S3));
    m_type->addItem(tr("WebDAV (Nextcloud, ownCloud, a WebDAV server)"), int(cloud::Provider::WebDav));
    m_type->addItem(tr("Dropbox (a folder of its own, Apps/The Program)"), int(cloud::Provider::Dropbox));
    m_type->addItem(tr("Google Drive (only the files The Program makes)"), int(cloud::Provider::GoogleDrive));
    m_when->addItem(tr("After each backup"), int(cloud::UploadWhen::Immediately));
    m_when->addItem(tr("Once a day"), int(cloud::UploadWhen::Daily));
    m_when->addItem(tr("Once a week"), int(cloud::UploadWhen::Weekly));
    m_pages->addWidget(makeFolderPage());
    m_pages->addWidget(makeS3Page());
    m_pages->addWidget(makeWebDavPage());
    m_pages->addWidget(makeAccountPage(cloud::Provider::Dropbox));
    m_pages->addWidget(makeAccountPage(cloud::Provider::GoogleDrive));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Where:"), m_type);
    form->addRow(tr("&Copy:"), m_when);
    form->addRow(tr("&Keep there:"), m_keep);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_name->setPlaceholderText(tr("e.g. Office NAS"));

    if (existing) {
        m_name->setText(existing->name);
        m_name->setReadOnly(true);
        setType(existing->provider);
        m_type->setEnabled(false);
        m_when->setCurrentIndex(m_when->findData(int(existing->when)));
        m_keep->setPolicy(existing->keep);
        m_folder->setText(QDir::toNativeSeparators(existing->folder));
        m_endpoint->setText(existing->endpoint.toString());
        m_region->setText(existing->region);
        m_bucket->setText(existing->bucket);
        m_prefix->setText(existing->prefix);
        m_pathStyle->setChecked(existing->pathStyle);
        m_keyId->setText(existing->user);
        m_davUrl->setText(existing->endpoint.toString());
        m_davUser->setText(existing->user);
        (existing->provider == cloud::Provider::Dropbox ? m_dropboxFolder : m_driveFolder)
            ->setText(existing->prefix);
        m_s3Secret->setPlaceholderText(tr("unchanged (kept in the keychain)"));
        m_davPassword->setPlaceholderText(tr("unchanged (kept in the keychain)"));
    }
    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        updateState();
    });
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, &DestinationDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        if (save(&error))
            accept();
        else
            m_problem->setText(error);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QWidget* DestinationDialog::makeFolderPage()
{
    auto* page = new QWidget(this);
    m_folder = named(new QLineEdit(page), "folder");
    auto* browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen
            = QFileDialog::getExistingDirectory(this, tr("Folder for the Copies"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_folder);
    row->addWidget(browse);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Folder:"), row);
    return page;
}

QWidget* DestinationDialog::makeS3Page()
{
    auto* page = new QWidget(this);
    m_endpoint = named(new QLineEdit(page), "endpoint");
    m_endpoint->setPlaceholderText(
        QStringLiteral("https://s3.eu-central-1.amazonaws.com")); // not translated: an address
    m_region = named(new QLineEdit(QStringLiteral("us-east-1"), page), "region");
    m_bucket = named(new QLineEdit(page), "bucket");
    m_prefix = named(new QLineEdit(page), "prefix");
    m_prefix->setPlaceholderText(tr("optional, e.g. backups/"));
    m_pathStyle
        = new QCheckBox(tr("Address the bucket as endpoint/bucket (MinIO, most self-hosted storage)"), page);
    m_keyId = named(new QLineEdit(page), "keyId");
    m_s3Secret = named(new QLineEdit(page), "secret");
    m_s3Secret->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Bucket:"), m_bucket);
    form->addRow(tr("Folder in the &bucket:"), m_prefix);
    form->addRow(QString(), m_pathStyle);
    form->addRow(tr("&Access key:"), m_keyId);
    form->addRow(tr("&Secret key:"), m_s3Secret);
    return page;
}

QWidget* DestinationDialog::makeWebDavPage()
{
    auto* page = new QWidget(this);
    m_davUrl = named(new QLineEdit(page), "davUrl");
    m_davUrl->setPlaceholderText(
        QStringLiteral("https://cloud.example.org/remote.php/dav/files/me/TheProgram/"));
    m_davUser = named(new QLineEdit(page), "davUser");
    m_davPassword = named(new QLineEdit(page), "davPassword");
    m_davPassword->setEchoMode(QLineEdit::Password);
    auto* hint = new QLabel(tr("Nextcloud: type its address and Log In — no password to type. Other servers: "
                               "use an app password where the server has them, not your login password."),
                            page);
    hint->setWordWrap(true);
    auto* login = new QPushButton(tr("&Log In with Nextcloud…"), page);
    login->setToolTip(tr("Opens your Nextcloud's login page in the browser and fills in the user and an app "
                         "password from there"));
    connect(login, &QPushButton::clicked, this, &DestinationDialog::logInWithNextcloud);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Folder &address:"), m_davUrl);
    form->addRow(QString(), login);
    form->addRow(tr("&User:"), m_davUser);
    form->addRow(tr("App &password:"), m_davPassword);
    form->addRow(hint);
    return page;
}

void DestinationDialog::logInWithNextcloud()
{
    const QUrl typed(m_davUrl->text().trimmed(), QUrl::TolerantMode);
    if (typed.host().isEmpty()) {
        m_problem->setText(tr("Type your Nextcloud's address first, e.g. https://cloud.example.org."));
        return;
    }
    NextcloudLoginDialog dialog(cloud::NextcloudLogin::serverOf(typed), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.grant()) {
        if (!dialog.message().isEmpty())
            m_problem->setText(dialog.message());
        return;
    }
    QString folder = cloud::NextcloudLogin::folderOf(typed);
    if (folder.isEmpty())
        folder = QStringLiteral("TheProgram");
    m_davUrl->setText(cloud::NextcloudLogin::davFolder(*dialog.grant(), folder).toString());
    m_davUser->setText(dialog.grant()->loginName);
    m_davPassword->setText(QString::fromUtf8(dialog.grant()->appPassword));
    updateState();
}

QWidget* DestinationDialog::makeAccountPage(cloud::Provider provider)
{
    auto* page = new QWidget(this);
    const bool dropbox = provider == cloud::Provider::Dropbox;
    QLineEdit* folder = named(new QLineEdit(page), dropbox ? "dropboxFolder" : "driveFolder");
    (dropbox ? m_dropboxFolder : m_driveFolder) = folder;
    folder->setPlaceholderText(dropbox ? tr("optional, e.g. backups") : tr("The Program Backups"));
    auto* hint
        = new QLabel(dropbox ? tr("After Connect… your browser opens Dropbox's page: sign in there and allow "
                                  "The Program. It keeps backups in Apps/The Program and sees nothing "
                                  "else in your Dropbox; no password is typed here.")
                             : tr("After Connect… your browser opens Google's page: sign in there and allow "
                                  "The Program. It sees only the files it makes itself, in a folder of "
                                  "My Drive; no password is typed here."),
                     page);
    hint->setWordWrap(true);
    // Without an app id nothing can connect: the ids are entered right here.
    auto* ids = new QPushButton(tr("App I&ds…"), page);
    connect(ids, &QPushButton::clicked, this, [this] {
        AppIdsDialog dialog(this);
        dialog.exec();
        updateState();
    });
    auto* form = new QFormLayout(page);
    form->addRow(dropbox ? tr("Folder in the app &folder:") : tr("&Folder in My Drive:"), folder);
    form->addRow(hint);
    form->addRow(QString(), ids);
    return page;
}

void DestinationDialog::setType(cloud::Provider provider)
{
    m_type->setCurrentIndex(m_type->findData(int(provider)));
    m_pages->setCurrentIndex(m_type->currentIndex());
    updateState();
}

cloud::Destination DestinationDialog::destination() const
{
    cloud::Destination d = m_existing.value_or(cloud::Destination());
    d.name = m_name->text().trimmed();
    d.provider = cloud::Provider(m_type->currentData().toInt());
    d.when = cloud::UploadWhen(m_when->currentData().toInt());
    d.keep = m_keep->policy();
    switch (d.provider) {
    case cloud::Provider::Folder:
        d.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
        break;
    case cloud::Provider::S3:
        d.endpoint = QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode);
        d.region = m_region->text().trimmed();
        d.bucket = m_bucket->text().trimmed();
        d.prefix = m_prefix->text().trimmed();
        d.pathStyle = m_pathStyle->isChecked();
        d.user = m_keyId->text().trimmed();
        break;
    case cloud::Provider::WebDav:
        d.endpoint = QUrl(m_davUrl->text().trimmed(), QUrl::StrictMode);
        d.user = m_davUser->text().trimmed();
        break;
    case cloud::Provider::Dropbox:
        d.prefix = m_dropboxFolder->text().trimmed();
        break;
    case cloud::Provider::GoogleDrive:
        d.prefix = m_driveFolder->text().trimmed();
        break;
    }
    return d;
}

QByteArray DestinationDialog::secret() const
{
    const auto provider = cloud::Provider(m_type->currentData().toInt());
    if (provider != cloud::Provider::S3 && provider != cloud::Provider::WebDav)
        return {}; // a refresh token, from the browser
    return (provider == cloud::Provider::S3 ? m_s3Secret : m_davPassword)->text().toUtf8();
}

void DestinationDialog::updateState()
{
    const cloud::Destination d = destination();
    QString problem;
    if (!m_existing && !d.name.isEmpty() && cloud::Destinations::find(d.name))
        problem = tr("There is a place called “%1” already; choose another name.").arg(d.name);
    else if (!d.name.isEmpty())
        cloud::Destinations::validName(d.name, &problem);
    if (problem.isEmpty())
        problem = d.name.isEmpty() ? tr("Give it a name.") : cloud::Destinations::incomplete(d);
    if (problem.isEmpty() && d.provider == cloud::Provider::WebDav && d.user.isEmpty())
        problem = tr("Log In with Nextcloud…, or type the user and an app password.");
    if (problem.isEmpty() && d.needsSecret() && !d.usesOAuth() && !m_existing && secret().isEmpty())
        problem = d.provider == cloud::Provider::S3
            ? tr("The secret key is needed.")
            : tr("The app password is needed (or Log In with Nextcloud…).");
    if (problem.isEmpty() && d.usesOAuth() && cloud::oauthAppOf(d).clientId.isEmpty())
        problem = tr("This copy of The Program has no app id for %1 yet: enter one with App Ids… below (the "
                     "cloud "
                     "guide shows how to get one).")
                      .arg(d.describe());
    m_problem->setText(problem);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(problem.isEmpty());
    if (m_okText.isEmpty())
        m_okText = ok->text();
    ok->setText(d.usesOAuth() && !m_existing ? tr("Conn&ect…") : m_okText);
}

bool DestinationDialog::save(QString* error) const
{
    const cloud::Destination d = destination();
    if (d.needsSecret() && !secret().isEmpty()
        && !secrets::SecretStore::writeNow(d.secretKey(), secret(), error)) {
        *error = tr("The secret cannot be kept in the keychain, so copies there cannot run unattended: %1")
                     .arg(*error);
        return false;
    }
    cloud::Destinations::save(d);
    return true;
}

QLineEdit* DestinationDialog::field(const char* name) const
{
    return findChild<QLineEdit*>(QString::fromLatin1(name));
}

QString DestinationDialog::problemText() const
{
    return m_problem->text();
}

bool DestinationDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace tp::ui
