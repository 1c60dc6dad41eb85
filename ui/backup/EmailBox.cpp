#include "EmailBox.h"

#include "common/BackgroundJob.h"
#include "notify/SmtpMailer.h"
#include "secrets/SecretStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace tp::ui {

using notify::EmailSettings;

namespace {
struct Sent
{
    bool ok = false;
    QString error;
};
} // namespace

EmailBox::EmailBox(QWidget* parent)
    : QGroupBox(tr("Emai&l me when a scheduled backup fails"), parent)
    , m_store(new secrets::SecretStore({}, this))
{
    setCheckable(true);
    auto* form = new QFormLayout(this);
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("smtp.example.org"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_security = new QComboBox(this);
    m_security->addItems(
        { tr("STARTTLS (port 587)"), tr("TLS (port 465)"), tr("None – only on a trusted network") });
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("leave empty when the server needs no login"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the keychain"));
    m_from = new QLineEdit(this);
    m_to = new QLineEdit(this);
    m_test = new QPushButton(tr("Sen&d Test Email"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    form->addRow(tr("Mail &server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Se&curity:"), m_security);
    form->addRow(tr("User n&ame:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("T&o:"), m_to);
    form->addRow(m_test, m_status);
    load();
    connect(this, &QGroupBox::toggled, this, &EmailBox::save);
    for (QLineEdit* e : { m_host, m_user, m_from, m_to })
        connect(e, &QLineEdit::editingFinished, this, &EmailBox::save);
    connect(m_port, &QSpinBox::valueChanged, this, &EmailBox::save);
    connect(m_security, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_loading && (m_port->value() == 587 || m_port->value() == 465 || m_port->value() == 25))
            m_port->setValue(index == 1 ? 465 : index == 0 ? 587 : 25);
        save();
    });
    connect(m_password, &QLineEdit::editingFinished, this, &EmailBox::savePassword);
    connect(m_test, &QPushButton::clicked, this, &EmailBox::sendTestEmail);
}

EmailBox::~EmailBox()
{
    cancelAndWait(m_job);
}

void EmailBox::load()
{
    m_loading = true;
    const EmailSettings e = EmailSettings::load();
    setChecked(e.onFailure);
    m_host->setText(e.host);
    m_port->setValue(e.port);
    m_security->setCurrentIndex(int(e.security));
    m_user->setText(e.user);
    m_from->setText(e.from);
    m_to->setText(e.to);
    m_loading = false;
}

void EmailBox::save()
{
    if (m_loading)
        return;
    EmailSettings e = EmailSettings::load(); // keeps what is not shown here (a certificate authority)
    e.onFailure = isChecked();
    e.host = m_host->text().trimmed();
    e.port = m_port->value();
    e.security = EmailSettings::Security(m_security->currentIndex());
    e.user = m_user->text().trimmed();
    e.from = m_from->text().trimmed();
    e.to = m_to->text().trimmed();
    e.save();
}

void EmailBox::savePassword()
{
    if (m_password->text().isEmpty())
        return;
    m_store->write(QLatin1String(EmailSettings::kKeychainKey), m_password->text().toUtf8(),
                   [this](bool ok, const QString& error) {
                       m_status->setText(ok ? tr("The password is in the keychain.")
                                            : tr("The password could not be kept: %1").arg(error));
                       if (ok)
                           m_password->clear();
                   });
}

void EmailBox::sendTestEmail()
{
    if (m_job)
        return;
    save();
    const EmailSettings e = EmailSettings::load();
    m_test->setEnabled(false);
    m_status->setText(tr("Sending…"));
    m_job = startWork<Sent>(
        this,
        [e](Progress&) {
            Sent s;
            s.ok = notify::SmtpMailer::sendWithKeychain(e, tr("The Program: a test email"),
                                                        tr("This is a test email from The Program. When a "
                                                           "scheduled backup fails, an email like this says "
                                                           "why."),
                                                        &s.error);
            return s;
        },
        [this, to = e.to](const JobOutcome<Sent>& outcome) {
            m_job = nullptr;
            m_test->setEnabled(true);
            const Sent s = outcome.resultOr(tr("Cancelled."));
            const QString message = s.ok ? tr("Sent to %1.").arg(to) : s.error;
            m_status->setText(message);
            emit testEmailSent(s.ok, message);
        });
}

QString EmailBox::statusText() const
{
    return m_status->text();
}

} // namespace tp::ui
