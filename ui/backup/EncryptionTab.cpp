#include "EncryptionTab.h"

#include "backup/ScheduledBackup.h"
#include "common/MessageBox.h"
#include "crypto/BackupCipher.h"
#include "secrets/SecretStore.h"
#include "util/SafeFiles.h"

#include <cmath>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

namespace tp::ui {

EncryptionTab::EncryptionTab(QWidget* parent)
    : QWidget(parent)
    , m_store(new secrets::SecretStore({}, this))
{
    auto* layout = new QVBoxLayout(this);
    m_none = new QRadioButton(tr("&Do not encrypt backups"), this);
    m_password = new QRadioButton(tr("Encrypt with a &password (kept in this computer's keychain)"), this);
    m_keyFile = new QRadioButton(tr("Encrypt with a ke&y file"), this);
    layout->addWidget(m_none);
    layout->addWidget(m_password);

    m_passwordBox = new QWidget(this);
    auto* pf = new QFormLayout(m_passwordBox);
    pf->setContentsMargins(24, 0, 0, 0);
    m_first = new QLineEdit(m_passwordBox);
    m_first->setEchoMode(QLineEdit::Password);
    m_second = new QLineEdit(m_passwordBox);
    m_second->setEchoMode(QLineEdit::Password);
    m_meter = new QProgressBar(m_passwordBox);
    m_meter->setRange(0, 4);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(8);
    m_meter->setAccessibleName(tr("Password strength"));
    m_meterWord = new QLabel(m_passwordBox);
    auto* meterRow = new QHBoxLayout;
    meterRow->addWidget(m_meter, 1);
    meterRow->addWidget(m_meterWord);
    m_save = new QPushButton(tr("Save the Password"), m_passwordBox);
    pf->addRow(tr("Pass&word:"), m_first);
    pf->addRow(tr("&Again:"), m_second);
    pf->addRow(tr("Strength:"), meterRow);
    pf->addRow(QString(), m_save);
    layout->addWidget(m_passwordBox);

    layout->addWidget(m_keyFile);
    m_keyFileBox = new QWidget(this);
    auto* kf = new QHBoxLayout(m_keyFileBox);
    kf->setContentsMargins(24, 0, 0, 0);
    m_keyPath = new QLineEdit(m_keyFileBox);
    m_keyPath->setReadOnly(true);
    m_keyPath->setPlaceholderText(tr("no key file chosen"));
    m_keyPath->setAccessibleName(tr("Key file"));
    auto* choose = new QPushButton(tr("Ch&oose…"), m_keyFileBox);
    auto* create = new QPushButton(tr("Create New &File…"), m_keyFileBox);
    kf->addWidget(m_keyPath, 1);
    kf->addWidget(choose);
    kf->addWidget(create);
    layout->addWidget(m_keyFileBox);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch();

    for (QRadioButton* b : { m_none, m_password, m_keyFile }) {
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (!on || m_loading)
                return;
            updateWidgets();
            // Choosing "a password" takes effect once one is saved; the others at once.
            if (!m_password->isChecked() || m_inKeychain)
                emit changed();
        });
    }
    for (QLineEdit* e : { m_first, m_second })
        connect(e, &QLineEdit::textChanged, this, &EncryptionTab::updateWidgets);
    connect(m_save, &QPushButton::clicked, this, &EncryptionTab::savePassword);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Key File"), QDir::homePath());
        if (!path.isEmpty())
            setKeyFile(path);
    });
    connect(create, &QPushButton::clicked, this, [this] {
        const QString path = MessageBox::askSaveFile(this, tr("Create a Key File"),
                                                     QDir::home().filePath(QStringLiteral("theprogram.key")),
                                                     tr("Key files (*.key);;All files (*)"));
        if (!path.isEmpty())
            createKeyFile(path);
    });
    updateWidgets();
}

void EncryptionTab::load(const backup::BackupSettings& settings)
{
    m_loading = true;
    m_inKeychain = settings.passwordInKeychain;
    m_keyPath->setText(QDir::toNativeSeparators(settings.keyFile));
    (settings.keyFile.isEmpty() ? (settings.passwordInKeychain ? m_password : m_none) : m_keyFile)
        ->setChecked(true);
    m_loading = false;
    updateWidgets();
}

void EncryptionTab::store(backup::BackupSettings* settings) const
{
    settings->keyFile = m_keyFile->isChecked() ? QDir::fromNativeSeparators(m_keyPath->text()) : QString();
    settings->passwordInKeychain = m_password->isChecked() && m_inKeychain;
}

int EncryptionTab::strength(const QString& password, QString* word)
{
    // Bits of a guess at the alphabet's size, less for repeated characters.
    int pool = 0;
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : password) {
        distinct.insert(c);
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const double bits = pool
        ? double(distinct.size()) * std::log2(double(pool)) + double(password.size() - distinct.size()) * 1.5
        : 0.0;
    const int level = bits < 40 ? 0 : bits < 60 ? 1 : bits < 80 ? 2 : 3;
    if (word)
        *word = password.isEmpty()
            ? QString()
            : QStringList{ tr("weak"), tr("fair"), tr("strong"), tr("very strong") }.at(level);
    return level;
}

void EncryptionTab::updateWidgets()
{
    m_passwordBox->setEnabled(m_password->isChecked());
    m_keyFileBox->setEnabled(m_keyFile->isChecked());
    QString word;
    const int level = strength(m_first->text(), &word);
    m_meter->setValue(m_first->text().isEmpty() ? 0 : level + 1);
    m_meterWord->setText(word);
    const bool same = m_first->text() == m_second->text();
    m_save->setEnabled(!m_first->text().isEmpty() && same && level >= 1);
    m_save->setToolTip(level < 1 && !m_first->text().isEmpty()
                           ? tr("Too easy to guess: use a longer password (a few words make a good one).")
                           : QString());
    QString status;
    if (m_none->isChecked())
        status = tr("Backups are not encrypted: anyone who can read the backup folder can read your "
                    "clients' data.");
    else if (m_password->isChecked() && !m_first->text().isEmpty() && !same)
        status = tr("The two passwords differ.");
    else if (m_password->isChecked())
        status = m_inKeychain ? tr("The password is in the keychain: scheduled backups can run unattended. "
                                   "Remember it too – without it, the backups cannot be read.")
                              : tr("Type a password and save it. Until then, backups are not encrypted.");
    else
        status = m_keyPath->text().isEmpty()
            ? tr("Choose a key file or create a new one. Until then, backups are not encrypted.")
            : tr("Keep a copy of the key file somewhere safe (a USB stick in a drawer): without it, the "
                 "backups cannot be read.");
    m_status->setText(status);
}

QString EncryptionTab::statusText() const
{
    return m_status->text();
}

void EncryptionTab::setPassword(const QString& password)
{
    m_password->setChecked(true);
    m_first->setText(password);
    m_second->setText(password);
}

void EncryptionTab::savePassword()
{
    const QString password = m_first->text();
    m_save->setEnabled(false);
    m_store->write(
        backup::ScheduledBackup::kKeychainKey, password.toUtf8(), [this](bool ok, const QString& error) {
            if (ok) {
                m_inKeychain = true;
                m_first->clear();
                m_second->clear();
                updateWidgets();
                emit changed();
            } else {
                updateWidgets();
                m_status->setText(tr("The password could not be saved: %1\n\nWithout a keychain, scheduled "
                                     "backups cannot be "
                                     "encrypted with a password. Use a key file instead, or back up by hand.")
                                      .arg(error));
            }
            emit passwordSaved(ok);
        });
}

void EncryptionTab::setKeyFile(const QString& path)
{
    QString error;
    if (!crypto::readKeyFile(path, &error)) {
        m_status->setText(tr("%1 is no key file: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_keyFile->setChecked(true);
    m_keyPath->setText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    updateWidgets();
    emit changed();
}

bool EncryptionTab::createKeyFile(const QString& path)
{
    QString error;
    if (QFileInfo::exists(path)) {
        m_status->setText(
            tr("%1 exists already; a key file is never overwritten.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!files::saveOwnerOnly(path, crypto::generateKeyFileContent(), &error)) {
        m_status->setText(tr("The key file cannot be written: %1").arg(error));
        return false;
    }
    setKeyFile(path);
    return true;
}

} // namespace tp::ui
