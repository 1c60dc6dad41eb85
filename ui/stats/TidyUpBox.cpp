#include "TidyUpBox.h"

#include "common/MessageBox.h"
#include "common/Words.h"
#include "exchange/Importer.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp::ui {

using Kind = stats::CleanupSuggestion::Kind;

TidyUpBox::TidyUpBox(QString databasePath, QWidget* parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
    , m_rows(new QVBoxLayout(this))
{
    m_rows->setContentsMargins(0, 0, 0, 0);
}

void TidyUpBox::setSuggestions(const QList<stats::CleanupSuggestion>& suggestions)
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (item->layout()) {
            while (QLayoutItem* inner = item->layout()->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    if (suggestions.isEmpty()) {
        m_rows->addWidget(new QLabel(tr("Nothing to tidy away."), this));
        return;
    }
    for (const stats::CleanupSuggestion& s : suggestions) {
        const QString what = s.kind == Kind::OldImportSnapshots
            ? tr("%n safety snapshot(s) taken before imports more than %1 days ago: %2", nullptr,
                 int(s.items))
                  .arg(stats::Cleanup::kSnapshotAgeDays)
                  .arg(Words::size(s.bytes))
            : tr("%n saved place(s) that no birth data uses: %1", nullptr, int(s.items))
                  .arg(Words::size(s.bytes));
        auto* row = new QHBoxLayout;
        auto* label = new QLabel(what, this);
        label->setWordWrap(true);
        auto* button = new QPushButton(tr("Remove…"), this);
        button->setObjectName(s.kind == Kind::OldImportSnapshots ? QStringLiteral("remove-old-snapshots")
                                                                 : QStringLiteral("remove-unused-places"));
        button->setAccessibleName(tr("Remove: %1").arg(what));
        connect(button, &QPushButton::clicked, this, [this, s] {
            if (s.kind == Kind::OldImportSnapshots)
                removeSnapshots(s);
            else
                removePlaces(s);
        });
        row->addWidget(label, 1);
        row->addWidget(button);
        m_rows->addLayout(row);
    }
}

QPushButton* TidyUpBox::removeButton(Kind kind) const
{
    return findChild<QPushButton*>(kind == Kind::OldImportSnapshots ? QStringLiteral("remove-old-snapshots")
                                                                    : QStringLiteral("remove-unused-places"));
}

void TidyUpBox::removeSnapshots(const stats::CleanupSuggestion& s)
{
    const auto answer = MessageBox::choice(
        this, tr("Remove Old Safety Snapshots"),
        tr("Remove %n safety snapshot(s) taken before imports more than %1 days ago (%2)?\n\n"
           "The imports they were taken for can then no longer be undone. Your clients, charts and "
           "backups are not touched. This cannot be undone.",
           nullptr, int(s.items))
            .arg(stats::Cleanup::kSnapshotAgeDays)
            .arg(Words::size(s.bytes)),
        { { QMessageBox::Yes, tr("Remove") }, { QMessageBox::Cancel, tr("Keep Them") } }, QMessageBox::Cancel,
        QMessageBox::Warning);
    if (answer != QMessageBox::Yes)
        return;
    const int gone = exchange::Importer::removeSnapshots(m_databasePath, s.targets);
    if (gone < s.items)
        MessageBox::warning(
            this, tr("Remove Old Safety Snapshots"),
            tr("%1 of %2 snapshots could not be removed. Check that the folder %3 can be "
               "written to, then try again.")
                .arg(s.items - gone)
                .arg(s.items)
                .arg(QDir::toNativeSeparators(exchange::Importer::snapshotFolder(m_databasePath))));
    emit removed(tr("Removed %n old safety snapshot(s).", nullptr, gone));
}

void TidyUpBox::removePlaces(const stats::CleanupSuggestion& s)
{
    const auto answer = MessageBox::choice(
        this, tr("Remove Unused Places"),
        tr("Remove %n saved place(s) that no birth data uses?\n\n"
           "They will no longer be offered when you type a birth place. You can undo this with Ctrl+Z.",
           nullptr, int(s.items)),
        { { QMessageBox::Yes, tr("Remove") }, { QMessageBox::Cancel, tr("Keep Them") } }, QMessageBox::Cancel,
        QMessageBox::Question);
    if (answer == QMessageBox::Yes)
        emit removePlacesRequested(s.targets);
}

} // namespace tp::ui
