#include "RestoreSourcePage.h"

#include "cloud/CloudSourceBox.h"
#include "common/Words.h"
#include "db/TableRegistry.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tp::ui {

RestoreSourcePage::RestoreSourcePage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_fromHistory = new QRadioButton(tr("A backup from the &history:"), this);
    m_history = new QComboBox(this);
    m_history->setAccessibleName(tr("Backups"));
    m_fromFile = new QRadioButton(tr("A backup &file from elsewhere (its .manifest.json beside it):"), this);
    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("no file chosen"));
    m_file->setAccessibleName(tr("Backup file"));
    auto* choose = new QPushButton(tr("Ch&oose…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(24, 0, 0, 0);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* historyRow = new QHBoxLayout;
    historyRow->setContentsMargins(24, 0, 0, 0);
    historyRow->addWidget(m_history, 1);
    layout->addWidget(m_fromHistory);
    layout->addLayout(historyRow);
    layout->addWidget(m_fromFile);
    layout->addLayout(fileRow);
    m_fromCloud = new QRadioButton(
        tr("A &copy in a place for copies (Dropbox, Google Drive, S3, Nextcloud…):"), this);
    m_cloud = new CloudSourceBox(this);
    layout->addWidget(m_fromCloud);
    layout->addWidget(m_cloud);

    m_keyBox = new QWidget(this);
    auto* keyForm = new QFormLayout(m_keyBox);
    keyForm->setContentsMargins(0, 8, 0, 0);
    m_password = new QLineEdit(m_keyBox);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("leave empty to use the one in the backup settings"));
    m_keyFile = new QLineEdit(m_keyBox);
    m_keyFile->setPlaceholderText(tr("or a key file"));
    auto* chooseKey = new QPushButton(tr("&Key File…"), m_keyBox);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(chooseKey);
    keyForm->addRow(tr("This backup is encrypted. &Password:"), m_password);
    keyForm->addRow(QString(), keyRow);
    layout->addWidget(m_keyBox);

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details, 1);

    connect(m_fromHistory, &QRadioButton::toggled, this, &RestoreSourcePage::update);
    connect(m_fromCloud, &QRadioButton::toggled, this, &RestoreSourcePage::update);
    connect(m_cloud, &CloudSourceBox::downloaded, this, &RestoreSourcePage::setFile);
    connect(m_history, &QComboBox::currentIndexChanged, this, [this] {
        m_fromHistory->setChecked(true);
        update();
    });
    connect(m_file, &QLineEdit::editingFinished, this, &RestoreSourcePage::update);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Choose a Backup"), QDir::homePath(),
                                           tr("Backups (*.db *.gz *.encrypted);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(chooseKey, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Key File"), QDir::homePath());
        if (!path.isEmpty()) {
            m_keyFile->setText(QDir::toNativeSeparators(path));
            emit changed();
        }
    });
    connect(m_password, &QLineEdit::textChanged, this, &RestoreSourcePage::changed);
    m_fromHistory->setChecked(true);
    update();
}

void RestoreSourcePage::setHistory(const QList<backup::BackupInfo>& backups, const QString& chosen)
{
    const QSignalBlocker block(m_history);
    m_history->clear();
    const QLocale locale;
    for (auto it = backups.crbegin(); it != backups.crend(); ++it) {
        if (it->manifest.isEmpty())
            continue;
        const backup::BackupManifest& m = it->manifest;
        QString text = tr("%1 · %2 · %3")
                           .arg(Words::moment(it->createdAt), Words::backupKind(m.kind()),
                                Words::size(m.storedSize()));
        if (!m.label().isEmpty())
            text += QStringLiteral(" · “%1”").arg(m.label());
        if (m.isVerified())
            text += QStringLiteral(" ✔");
        m_history->addItem(text, it->path);
        if (it->path == chosen)
            m_history->setCurrentIndex(m_history->count() - 1);
    }
    m_fromHistory->setEnabled(m_history->count() > 0);
    if (m_history->count() == 0)
        (m_cloud->hasPlaces() ? m_fromCloud : m_fromFile)->setChecked(true); // a new computer
    update();
}

void RestoreSourcePage::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_fromFile->setChecked(true);
    update();
}

void RestoreSourcePage::setDownloadFolder(const QString& folder)
{
    m_cloud->setTargetFolder(folder);
}

QString RestoreSourcePage::backupPath() const
{
    if (m_fromHistory->isChecked())
        return m_history->currentData().toString();
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

std::optional<crypto::KeySource> RestoreSourcePage::typedKey() const
{
    if (!m_manifest.isEncrypted())
        return std::nullopt;
    if (!m_keyFile->text().isEmpty()) {
        QString error;
        return crypto::readKeyFile(QDir::fromNativeSeparators(m_keyFile->text()), &error);
    }
    if (m_password->text().isEmpty())
        return std::nullopt;
    crypto::KeySource key;
    key.secret = m_password->text().toUtf8();
    return key;
}

QString RestoreSourcePage::problem() const
{
    return m_problem;
}

QString RestoreSourcePage::manifestText() const
{
    return m_details->text();
}

void RestoreSourcePage::update()
{
    m_history->setEnabled(m_fromHistory->isChecked());
    m_file->setEnabled(m_fromFile->isChecked());
    m_cloud->setEnabled(m_fromCloud->isChecked());
    if (m_fromCloud->isChecked()) {
        m_problem = tr("Download a backup from the place first.");
        m_manifest = {};
        m_keyBox->setVisible(false);
        m_details->setText(QStringLiteral("<p>%1</p>").arg(m_problem.toHtmlEscaped()));
        emit changed();
        return;
    }
    const QString path = backupPath();
    m_problem.clear();
    m_manifest = {};
    if (path.isEmpty()) {
        m_problem = tr("Choose a backup.");
    } else if (!QFileInfo::exists(path)) {
        m_problem = tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
    } else {
        QString why;
        m_manifest = backup::BackupManifest::read(backup::BackupManifest::pathFor(path), &why);
        if (m_manifest.isEmpty())
            m_problem = tr("This backup's description (%1) cannot be read: %2. Copy it from where the backup "
                           "came from, beside the backup file.")
                            .arg(QFileInfo(backup::BackupManifest::pathFor(path)).fileName(), why);
    }
    m_keyBox->setVisible(m_manifest.isEncrypted());
    if (!m_problem.isEmpty()) {
        m_details->setText(QStringLiteral("<p>%1</p>").arg(m_problem.toHtmlEscaped()));
        emit changed();
        return;
    }
    const QLocale locale;
    QString rows;
    const QJsonObject counts = m_manifest.rowCounts();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value().toInteger() > 0)
            rows += QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;&nbsp;%2</td></tr>")
                        .arg(db::TableRegistry::displayName(it.key()).toHtmlEscaped(),
                             locale.toString(it.value().toInteger()));
    }
    const QString verified = m_manifest.isVerified()
        ? tr("verified %1 ✔").arg(Words::moment(m_manifest.verifiedAt()))
        : m_manifest.integrityCheck().isEmpty()
        ? tr("not verified yet (it is checked before restoring)")
        : tr("failed verification: %1").arg(m_manifest.integrityCheck());
    m_details->setText(
        tr("<p><b>Made %1</b> (%2%3) by The Program %4, %5, %6.</p><p>It holds:</p><table>%7</table>")
            .arg(Words::moment(m_manifest.createdAt()).toHtmlEscaped(),
                 Words::backupKind(m_manifest.kind()).toHtmlEscaped(),
                 m_manifest.label().isEmpty()
                     ? QString()
                     : QStringLiteral(", “%1”").arg(m_manifest.label().toHtmlEscaped()),
                 m_manifest.appVersion().toHtmlEscaped(),
                 m_manifest.isEncrypted() ? tr("encrypted") : tr("not encrypted"), verified.toHtmlEscaped(),
                 rows));
    emit changed();
}

} // namespace tp::ui
