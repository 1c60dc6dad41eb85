#include "BackupHistoryModel.h"

#include "backup/BackupHealth.h"
#include "common/Words.h"

#include <QColor>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace tp::ui {

using backup::BackupHealth;
using backup::BackupInfo;

namespace {

enum StateFlag { Verified = 1, NotVerified = 2, Failed = 4, Pinned = 8 };

int stateOf(const BackupInfo& b)
{
    const QString check = b.manifest.integrityCheck();
    int state = check == QLatin1String("ok")     ? Verified
        : check.isEmpty() && b.problem.isEmpty() ? NotVerified
                                                 : Failed;
    if (b.manifest.isPinned())
        state |= Pinned;
    return state;
}

// A dot in the health's colour: readable on light and dark palettes alike.
QPixmap healthDot(BackupHealth::Level level)
{
    static QPixmap dots[3];
    QPixmap& dot = dots[int(level)];
    if (dot.isNull()) {
        dot = QPixmap(12, 12);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(level == BackupHealth::Level::Good            ? QColor(0x2e, 0xa0, 0x43)
                             : level == BackupHealth::Level::Attention ? QColor(0xd9, 0xa4, 0x0e)
                                                                       : QColor(0xd0, 0x3b, 0x2f));
        painter.drawEllipse(1, 1, 10, 10);
    }
    return dot;
}

} // namespace

BackupHistoryModel::BackupHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BackupHistoryModel::setBackups(QList<BackupInfo> backups, const QDateTime& now, int warnAfterDays)
{
    beginResetModel();
    std::reverse(backups.begin(), backups.end());
    m_backups = std::move(backups);
    m_now = now;
    m_warnAfterDays = warnAfterDays;
    endResetModel();
}

void BackupHistoryModel::setCopies(QHash<QString, QStringList> copies, QHash<QString, QStringList> waiting)
{
    m_copies = std::move(copies);
    m_waiting = std::move(waiting);
    if (!m_backups.isEmpty())
        emit dataChanged(index(0, CopiesColumn), index(int(m_backups.size()) - 1, CopiesColumn));
}

int BackupHistoryModel::rowOfPath(const QString& path) const
{
    for (int i = 0; i < m_backups.size(); ++i) {
        if (m_backups.at(i).path == path)
            return i;
    }
    return -1;
}

int BackupHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("Made");
    case KindColumn:
        return tr("Kind");
    case SizeColumn:
        return tr("Size");
    case EncryptedColumn:
        return tr("Encrypted");
    case VerifiedColumn:
        return tr("Verified");
    case LabelColumn:
        return tr("Label");
    case PinnedColumn:
        return tr("Pinned");
    case CopiesColumn:
        return tr("Also in");
    }
    return {};
}

QVariant BackupHistoryModel::display(const BackupInfo& b, int column) const
{
    const QLocale locale;
    switch (column) {
    case WhenColumn:
        return b.createdAt.isValid() ? locale.toString(b.createdAt.toLocalTime(), QLocale::ShortFormat)
                                     : tr("unknown");
    case KindColumn:
        return b.manifest.isEmpty() ? QString() : Words::backupKind(b.manifest.kind());
    case SizeColumn:
        return b.manifest.isEmpty() ? QString() : Words::size(b.manifest.storedSize());
    case EncryptedColumn:
        return b.manifest.isEmpty() ? QString() : b.manifest.isEncrypted() ? tr("Yes") : tr("No");
    case VerifiedColumn: {
        const int state = stateOf(b);
        if (state & Verified)
            return tr("✔ %1").arg(Words::ago(b.manifest.verifiedAt(), m_now));
        if (state & NotVerified)
            return tr("Not yet");
        return b.problem.isEmpty() ? tr("✘ Failed") : tr("✘ Unreadable");
    }
    case LabelColumn:
        return b.problem.isEmpty() ? b.manifest.label() : b.problem;
    case PinnedColumn:
        return b.manifest.isPinned() ? tr("Pinned") : QString();
    case CopiesColumn: {
        const QString name = QFileInfo(b.path).fileName();
        QStringList where = m_copies.value(name);
        for (const QString& d : m_waiting.value(name))
            where << tr("%1 (waiting)").arg(d);
        return where.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant BackupHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_backups.size())
        return {};
    const BackupInfo& b = m_backups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(b, index.column());
    case Qt::DecorationRole:
        if (index.column() == WhenColumn)
            return healthDot(BackupHealth::of(b, m_now, m_warnAfterDays));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == VerifiedColumn && b.manifest.verifiedAt().isValid())
            return tr("Checked %1: %2")
                .arg(Words::moment(b.manifest.verifiedAt()),
                     b.manifest.isVerified() ? tr("the backup is whole and can be restored")
                                             : b.manifest.integrityCheck());
        if (index.column() == WhenColumn)
            return b.path;
        return {};
    case SortRole:
        switch (index.column()) {
        case WhenColumn:
            return b.createdAt;
        case SizeColumn:
            return b.manifest.storedSize();
        case VerifiedColumn:
            return b.manifest.verifiedAt();
        case PinnedColumn:
            return b.manifest.isPinned();
        default:
            return display(b, index.column());
        }
    case PathRole:
        return b.path;
    case KindRole:
        return b.manifest.kind();
    case StateRole:
        return stateOf(b);
    case HealthRole:
        return int(BackupHealth::of(b, m_now, m_warnAfterDays));
    }
    return {};
}

BackupFilterModel::BackupFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BackupHistoryModel::SortRole);
}

void BackupFilterModel::setKind(const QString& kind)
{
    m_kind = kind;
    invalidateFilter();
}

void BackupFilterModel::setState(State state)
{
    m_state = state;
    invalidateFilter();
}

bool BackupFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && index.data(BackupHistoryModel::KindRole).toString() != m_kind)
        return false;
    const int state = index.data(BackupHistoryModel::StateRole).toInt();
    switch (m_state) {
    case State::Any:
        return true;
    case State::Verified:
        return state & Verified;
    case State::NotVerified:
        return state & NotVerified;
    case State::Failed:
        return state & Failed;
    case State::Pinned:
        return state & Pinned;
    }
    return true;
}

} // namespace tp::ui
