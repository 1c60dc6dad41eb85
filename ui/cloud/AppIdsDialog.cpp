#include "AppIdsDialog.h"

#include "cloud/ProviderApps.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tp::ui {

AppIdsDialog::AppIdsDialog(QWidget* parent)
    : QDialog(parent)
    , m_dropboxKey(new QLineEdit(this))
    , m_dropboxPort(new QSpinBox(this))
    , m_googleId(new QLineEdit(this))
    , m_googleSecret(new QLineEdit(this))
{
    setWindowTitle(tr("App Ids for Dropbox and Google Drive"));
    const cloud::ProviderApps::Ids ids = cloud::ProviderApps::ids();
    const cloud::ProviderApps::Ids built = cloud::ProviderApps::builtIn();
    m_dropboxKey->setObjectName(QStringLiteral("dropboxKey"));
    m_googleId->setObjectName(QStringLiteral("googleId"));
    m_googleSecret->setObjectName(QStringLiteral("googleSecret"));
    m_dropboxKey->setText(ids.dropboxAppKey);
    m_dropboxPort->setRange(1024, 65535);
    m_dropboxPort->setValue(ids.dropboxPort);
    m_googleId->setText(ids.googleClientId);
    m_googleSecret->setText(ids.googleClientSecret);
    const QString fallback = tr("none in this build");
    m_dropboxKey->setPlaceholderText(built.dropboxAppKey.isEmpty() ? fallback : built.dropboxAppKey);
    m_googleId->setPlaceholderText(built.googleClientId.isEmpty() ? fallback : built.googleClientId);
    auto* intro = new QLabel(tr("The Program signs in to Dropbox and Google Drive as an app registered with "
                                "them. This copy may have come with its own; you can also register yours "
                                "(the cloud guide shows how, step by step) and enter its ids here. Leave a "
                                "field empty to use the one this copy came with."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Dropbox &app key:"), m_dropboxKey);
    form->addRow(tr("Dropbox &redirect port:"), m_dropboxPort);
    form->addRow(tr("Google &client id:"), m_googleId);
    form->addRow(tr("Google client &secret:"), m_googleSecret);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AppIdsDialog::save() const
{
    cloud::ProviderApps::Ids ids;
    ids.dropboxAppKey = m_dropboxKey->text();
    ids.dropboxPort = m_dropboxPort->value();
    ids.googleClientId = m_googleId->text();
    ids.googleClientSecret = m_googleSecret->text();
    cloud::ProviderApps::save(ids);
}

} // namespace tp::ui
