#include "ExportResultPage.h"

#include "common/MessageBox.h"
#include "common/Words.h"
#include "db/TableRegistry.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tp::ui {

ExportResultPage::ExportResultPage(std::shared_ptr<ExportState> state, QWidget* parent)
    : QWizardPage(parent)
    , m_keep(std::move(state))
    , m_state(*m_keep)
{
    setTitle(tr("Done"));
    auto* layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showInFolder = new QPushButton(tr("&Show in Folder"), this);
    connect(m_showInFolder, &QPushButton::clicked, this, &ExportResultPage::showInFolder);
    m_tryAgain = new QPushButton(tr("&Try Again…"), this);
    connect(m_tryAgain, &QPushButton::clicked, this, &ExportResultPage::tryAgainRequested);
    layout->addWidget(m_label);
    layout->addWidget(m_showInFolder, 0, Qt::AlignLeft);
    layout->addWidget(m_tryAgain, 0, Qt::AlignLeft);
    layout->addStretch();
}

void ExportResultPage::initializePage()
{
    const exchange::ExportResult& r = m_state.result;
    m_showInFolder->setVisible(r.ok);
    m_tryAgain->setVisible(!r.ok);
    if (!r.ok) {
        setTitle(r.canceled ? tr("Cancelled") : tr("The export failed"));
        m_label->setText(
            r.canceled ? tr("Nothing was written.")
                       : r.error + QStringLiteral("\n\n")
                    + tr("Nothing was written. Try Again goes back to where the file is chosen: pick "
                         "another folder or free some space, then export again."));
        return;
    }
    setTitle(tr("Done"));
    const QLocale locale;
    QStringList lines;
    lines << tr("Saved %1 (%2) in %3 s.")
                 .arg(QDir::toNativeSeparators(r.outputPath), Words::size(r.bytes),
                      locale.toString(r.elapsedMs / 1000.0, 'f', 1));
    if (r.verified)
        lines << tr("The file was read back and checked: every count and checksum matches.");
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it)
        lines << QStringLiteral("  %1: %2")
                     .arg(db::TableRegistry::displayName(it.key()), locale.toString(it.value()));
    for (const QString& w : r.warnings)
        lines << tr("Note: %1").arg(w);
    m_label->setText(lines.join(QLatin1Char('\n')));
}

void ExportResultPage::showInFolder()
{
    const QString folder = QFileInfo(m_state.result.outputPath).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        MessageBox::warning(
            this, tr("Show in Folder"),
            tr("No file manager answered. The file is in:\n%1").arg(QDir::toNativeSeparators(folder)));
}

} // namespace tp::ui
