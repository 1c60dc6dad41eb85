#include "ConflictModel.h"

#include "db/TableRegistry.h"

#include <numeric>
#include <QComboBox>
#include <QFont>

namespace tp::ui {

using exchange::ConflictStrategy;
using exchange::ImportConflict;

namespace {

constexpr quintptr kGroupId = 0; // internal id of a group row; a conflict row has its group + 1

QString shown(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("—");
    const QString text = value.toString();
    return text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
}

QString itemText(const ImportConflict& c)
{
    // Clients are named by their name; birth data, notes and transits by words that say what they are.
    for (const char* table : { "clients", "birth_data", "session_notes", "transit_events" }) {
        if (c.table == QLatin1String(table))
            return c.label.isEmpty() ? c.label : c.label.at(0).toUpper() + c.label.mid(1);
    }
    return ConflictModel::tr("%1: %2").arg(db::TableRegistry::displayName(c.table), c.label);
}

} // namespace

QString ConflictModel::strategyText(ConflictStrategy strategy)
{
    return exchange::strategyWords(strategy);
}

void ConflictModel::addStrategies(QComboBox* combo)
{
    for (ConflictStrategy s : { ConflictStrategy::Skip, ConflictStrategy::Replace, ConflictStrategy::Merge,
                                ConflictStrategy::Rename })
        combo->addItem(strategyText(s), int(s));
}

void ConflictModel::setConflicts(const QList<ImportConflict>& conflicts)
{
    beginResetModel();
    m_conflicts.clear();
    m_groups.clear();
    QMap<QString, int> groupOfClient; // client id (or "") → group
    QList<int> order(conflicts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return QString::localeAwareCompare(conflicts.at(a).clientLabel, conflicts.at(b).clientLabel) < 0;
    });
    for (int i : std::as_const(order)) {
        const ImportConflict& c = conflicts.at(i);
        Row row{ c, itemText(c), {}, {}, {}, {}, std::nullopt };
        QStringList existing, incoming;
        for (const exchange::FieldChange& change : c.changes) {
            const QString field = db::TableRegistry::displayName(c.table, change.column);
            existing << tr("%1: %2").arg(field, shown(change.existing));
            incoming << tr("%1: %2").arg(field, shown(change.incoming));
        }
        row.existing = existing.join(QStringLiteral("; "));
        row.incoming = incoming.join(QStringLiteral("; "));
        row.existingTip = existing.join(QLatin1Char('\n'));
        row.incomingTip = incoming.join(QLatin1Char('\n'));
        auto group = groupOfClient.constFind(c.clientId);
        if (group == groupOfClient.constEnd()) {
            group = groupOfClient.insert(c.clientId, int(m_groups.size()));
            m_groups << Group{ c.clientLabel, {} };
        }
        m_groups[*group].rows << int(m_conflicts.size());
        m_conflicts << row;
    }
    endResetModel();
}

void ConflictModel::setDefaultStrategy(ConflictStrategy strategy)
{
    m_default = strategy;
    actionsChanged({});
}

void ConflictModel::clearOwnStrategies()
{
    for (Row& row : m_conflicts)
        row.own.reset();
    actionsChanged({});
}

QMap<QString, ConflictStrategy> ConflictModel::ownStrategies() const
{
    QMap<QString, ConflictStrategy> out;
    for (const Row& row : m_conflicts) {
        if (row.own)
            out.insert(row.conflict.table + QLatin1Char('/') + row.conflict.incomingId, *row.own);
    }
    return out;
}

QModelIndex ConflictModel::conflictIndex(int n, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (n < m_groups.at(g).rows.size())
            return index(n, column, index(g, 0));
        n -= int(m_groups.at(g).rows.size());
    }
    return {};
}

QModelIndex ConflictModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.column() != 0
        || row >= m_groups.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ConflictModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int ConflictModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupId && parent.column() == 0)
        return int(m_groups.at(parent.row()).rows.size());
    return 0;
}

int ConflictModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const ConflictModel::Row* ConflictModel::rowAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    return &m_conflicts.at(m_groups.at(int(index.internalId() - 1)).rows.at(index.row()));
}

ConflictStrategy ConflictModel::effective(const Row& row) const
{
    return row.own.value_or(m_default);
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (const Row* row = rowAt(index))
        return rowData(*row, index.column(), role);
    return groupData(m_groups.at(index.row()), index.column(), role);
}

QVariant ConflictModel::groupData(const Group& group, int column, int role) const
{
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (column == ItemColumn && role == Qt::DisplayRole)
        return group.client.isEmpty() ? tr("Not tied to a client") : group.client;
    if (column == ExistingColumn && role == Qt::DisplayRole)
        return tr("%n row(s) with other values", nullptr, int(group.rows.size()));
    if (column == ActionColumn && (role == Qt::DisplayRole || role == StrategyRole || role == Qt::EditRole)) {
        // The group's action when all its rows share one; choosing one sets them all.
        std::optional<ConflictStrategy> shared;
        for (int r : group.rows) {
            const ConflictStrategy s = effective(m_conflicts.at(r));
            if (shared && *shared != s)
                return role == Qt::DisplayRole ? QVariant(tr("(different per row)")) : QVariant();
            shared = s;
        }
        if (!shared)
            return {};
        return role == Qt::DisplayRole ? QVariant(strategyText(*shared)) : QVariant(int(*shared));
    }
    return {};
}

QVariant ConflictModel::rowData(const Row& row, int column, int role) const
{
    const ImportConflict& c = row.conflict;
    if (role == RowKeyRole)
        return QString(c.table + QLatin1Char('/') + c.incomingId);
    if (role == Qt::ToolTipRole) {
        if (column == ExistingColumn)
            return row.existingTip;
        if (column == IncomingColumn)
            return row.incomingTip;
        return tr("%1, line %2").arg(c.file).arg(c.line);
    }
    if (column == ActionColumn && (role == StrategyRole || role == Qt::EditRole))
        return int(effective(row));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ItemColumn:
        return row.item;
    case ExistingColumn:
        return row.existing;
    case IncomingColumn:
        return row.incoming;
    case ActionColumn:
        return row.own ? strategyText(*row.own) : tr("%1 (as for all)").arg(strategyText(m_default));
    case MatchColumn:
        return c.kind;
    default:
        return {};
    }
}

bool ConflictModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != ActionColumn || (role != Qt::EditRole && role != StrategyRole))
        return false;
    const auto strategy = ConflictStrategy(value.toInt());
    if (index.internalId() == kGroupId) {
        for (int r : m_groups.at(index.row()).rows)
            m_conflicts[r].own = strategy;
        actionsChanged(index.siblingAtColumn(0));
        emit dataChanged(index, index);
        return true;
    }
    m_conflicts[m_groups.at(int(index.internalId() - 1)).rows.at(index.row())].own = strategy;
    emit dataChanged(index, index);
    const QModelIndex group = parent(index);
    emit dataChanged(group.siblingAtColumn(ActionColumn), group.siblingAtColumn(ActionColumn));
    return true;
}

void ConflictModel::actionsChanged(const QModelIndex& parent)
{
    if (!parent.isValid()) {
        for (int g = 0; g < m_groups.size(); ++g)
            actionsChanged(index(g, 0));
        return;
    }
    const int rows = rowCount(parent);
    emit dataChanged(parent.siblingAtColumn(ActionColumn), parent.siblingAtColumn(ActionColumn));
    if (rows > 0)
        emit dataChanged(index(0, ActionColumn, parent), index(rows - 1, ActionColumn, parent));
}

Qt::ItemFlags ConflictModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.isValid() && index.column() == ActionColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Client and row");
    case ExistingColumn:
        return tr("In the practice");
    case IncomingColumn:
        return tr("In the file");
    case ActionColumn:
        return tr("Action");
    case MatchColumn:
        return tr("Matched by");
    default:
        return {};
    }
}

namespace {
constexpr char kChosen[] = "tpChosen"; // set on an editor once the user picked an action
}

QWidget* ActionDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    ConflictModel::addStrategies(combo);
    // A choice takes effect at once, without leaving the cell first; merely
    // passing through the cell chooses nothing (the default stays a default).
    connect(combo, &QComboBox::activated, this, [this, combo] {
        combo->setProperty(kChosen, true);
        emit const_cast<ActionDelegate*>(this)->commitData(combo);
    });
    return combo;
}

void ActionDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QVariant value = index.data(ConflictModel::StrategyRole);
    const int at = value.isValid() ? combo->findData(value.toInt()) : -1;
    combo->setCurrentIndex(at);
}

void ActionDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const auto* combo = static_cast<QComboBox*>(editor);
    if (combo->currentIndex() >= 0 && combo->property(kChosen).toBool())
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace tp::ui
