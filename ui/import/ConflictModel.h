#pragma once

#include "exchange/ImportOptions.h"

#include <optional>
#include <QAbstractItemModel>
#include <QStyledItemDelegate>

class QComboBox;

namespace tp::ui {

// The rows an import would meet in the practice with other values, grouped
// under the client they belong to (top level: the client; below it: its
// rows). Each row shows only the fields that differ, existing → incoming,
// and the action chosen for it — its own, or the one chosen for all.
class ConflictModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, ExistingColumn, IncomingColumn, ActionColumn, MatchColumn, ColumnCount };
    enum Role { StrategyRole = Qt::UserRole + 1, RowKeyRole };

    using QAbstractItemModel::QAbstractItemModel;

    void setConflicts(const QList<exchange::ImportConflict>& conflicts);
    // The action of rows without one of their own.
    void setDefaultStrategy(exchange::ConflictStrategy strategy);
    exchange::ConflictStrategy defaultStrategy() const { return m_default; }
    // "For all": every row follows the default again.
    void clearOwnStrategies();
    // The rows given an action of their own ("table/id" → action).
    QMap<QString, exchange::ConflictStrategy> ownStrategies() const;

    int conflictCount() const { return int(m_conflicts.size()); }
    int groupCount() const { return int(m_groups.size()); }
    // The n-th conflict in the order shown (group by group).
    QModelIndex conflictIndex(int n, int column) const;

    static QString strategyText(exchange::ConflictStrategy strategy);
    static void addStrategies(QComboBox* combo);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString client;
        QList<int> rows; // indexes into m_conflicts
    };
    struct Row
    {
        exchange::ImportConflict conflict;
        QString item, existing, incoming, existingTip, incomingTip;
        std::optional<exchange::ConflictStrategy> own;
    };

    const Row* rowAt(const QModelIndex& index) const;
    exchange::ConflictStrategy effective(const Row& row) const;
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant rowData(const Row& row, int column, int role) const;
    void actionsChanged(const QModelIndex& parent);

    QList<Row> m_conflicts;
    QList<Group> m_groups;
    exchange::ConflictStrategy m_default = exchange::ConflictStrategy::Skip;
};

// The action column's editor: a list of the four actions.
class ActionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace tp::ui
