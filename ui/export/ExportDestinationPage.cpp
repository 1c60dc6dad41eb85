#include "ExportDestinationPage.h"

#include "common/MessageBox.h"
#include "db/Database.h"
#include "exchange/Exporter.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tp::ui {

ExportDestinationPage::ExportDestinationPage(std::shared_ptr<ExportState> state, QWidget* parent)
    : QWizardPage(parent)
    , m_keep(std::move(state))
    , m_state(*m_keep)
{
    setTitle(tr("Where to save"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportDestination"));
    auto* browse = new QPushButton(tr("Bro&wse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDestinationPage::browse);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    layout->addWidget(label);
    layout->addLayout(row);
    m_verify = new QCheckBox(tr("&Check the file after writing it (re-read counts and checksums)"), this);
    m_verify->setChecked(true);
    layout->addWidget(m_verify);
    layout->addStretch();
    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_state.options.outputPath = text.trimmed(); });
    connect(m_verify, &QCheckBox::toggled, this, [this](bool on) { m_state.options.verify = on; });
}

void ExportDestinationPage::initializePage()
{
    // The name says what the file holds (one client's name, today's date): one small query.
    db::OpenFailure failure;
    const auto database = db::Database::openExisting(m_state.databasePath, &failure);
    if (!database)
        return;
    const QString name = exchange::Exporter::suggestedFileName(database->connection(), m_state.options,
                                                               QDate::currentDate());
    QString folder = m_path->text().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_path->text()).absolutePath();
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_path->setText(QDir(folder).filePath(name));
}

bool ExportDestinationPage::validatePage()
{
    const QString path = m_state.options.outputPath;
    const QFileInfo info(path);
    if (path.isEmpty() || !info.absoluteDir().exists()) {
        setSubTitle(tr("Choose a file in a folder that exists."));
        return false;
    }
    if (info.isDir()) {
        setSubTitle(tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return !info.exists() || confirmOverwrite(path);
}

// A file of that name is there already (an export of the same chart earlier
// today): replace it, keep both (the new one under a free name), or go back.
bool ExportDestinationPage::confirmOverwrite(const QString& path)
{
    const auto answer = MessageBox::choice(
        this, tr("The file exists"),
        tr("%1 exists already. Replace it with this export, or keep both (this export is then saved as %2)?")
            .arg(QDir::toNativeSeparators(path), QFileInfo(freeFileName(path)).fileName()),
        { { QMessageBox::Yes, tr("&Replace") },
          { QMessageBox::Save, tr("&Keep Both") },
          { QMessageBox::Cancel, tr("Cancel") } },
        QMessageBox::Save, QMessageBox::Question);
    if (answer == QMessageBox::Save)
        m_path->setText(freeFileName(path));
    return answer == QMessageBox::Yes || answer == QMessageBox::Save;
}

QString ExportDestinationPage::freeFileName(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return path;
    const QString name = info.fileName();
    const QString suffix = name.endsWith(QLatin1String(".json.gz"), Qt::CaseInsensitive)
        ? name.right(8)
        : (info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix());
    const QString stem = name.left(name.size() - suffix.size());
    for (int n = 2;; ++n) {
        const QString candidate
            = info.dir().filePath(QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(suffix));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

void ExportDestinationPage::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(), QString(),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_path->setText(path);
}

} // namespace tp::ui
