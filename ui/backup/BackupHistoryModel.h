#pragma once

#include "backup/BackupEngine.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace tp::ui {

// The backups of a folder, newest first, as the dashboard lists them: one
// model over the manifests (thousands of rows stay fast), coloured by
// health and age (BackupHealth::of).
class BackupHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        KindColumn,
        SizeColumn,
        EncryptedColumn,
        VerifiedColumn,
        LabelColumn,
        PinnedColumn,
        CopiesColumn, // where else it is: the cloud destinations holding it
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: times, bytes
        PathRole, // the backup file
        KindRole, // manual, scheduled, pre-import, pre-restore
        StateRole, // BackupFilterModel::State
        HealthRole, // BackupHealth::Level
    };

    explicit BackupHistoryModel(QObject* parent = nullptr);

    // Oldest first, as BackupEngine::list gives them; `now` and the warning
    // age colour them.
    void setBackups(QList<backup::BackupInfo> backups, const QDateTime& now, int warnAfterDays);
    const QList<backup::BackupInfo>& backups() const { return m_backups; }
    const backup::BackupInfo& backupAt(int row) const { return m_backups.at(row); }
    int rowOfPath(const QString& path) const;
    // The destinations (by name) that hold each backup file (by file name),
    // and those it waits for.
    void setCopies(QHash<QString, QStringList> copies, QHash<QString, QStringList> waiting);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const backup::BackupInfo& b, int column) const;

    QList<backup::BackupInfo> m_backups; // newest first
    QHash<QString, QStringList> m_copies, m_waiting;
    QDateTime m_now;
    int m_warnAfterDays = 7;
};

// The dashboard's filters: by kind and by verification state.
class BackupFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class State { Any, Verified, NotVerified, Failed, Pinned };

    explicit BackupFilterModel(QObject* parent = nullptr);
    void setKind(const QString& kind); // empty: any
    void setState(State state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_kind;
    State m_state = State::Any;
};

} // namespace tp::ui
