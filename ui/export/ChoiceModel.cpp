#include "ChoiceModel.h"

namespace tp::ui {

ChoiceModel::ChoiceModel(bool checkable, QObject* parent)
    : QAbstractListModel(parent)
    , m_checkable(checkable)
{
}

void ChoiceModel::setChoices(QList<Choice> choices)
{
    beginResetModel();
    m_choices = std::move(choices);
    m_checked = QList<bool>(m_choices.size(), false);
    endResetModel();
}

QStringList ChoiceModel::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_checked.at(i))
            ids << m_choices.at(i).id;
    }
    return ids;
}

int ChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant ChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_choices.size())
        return {};
    const Choice& c = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return c.label;
    case IdRole:
        return c.id;
    case SearchKeyRole:
        return c.searchKey;
    case Qt::CheckStateRole:
        return m_checkable ? QVariant(m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked) : QVariant();
    default:
        return {};
    }
}

bool ChoiceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || !index.isValid() || index.row() >= m_choices.size())
        return false;
    m_checked[index.row()] = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, { Qt::CheckStateRole });
    return true;
}

Qt::ItemFlags ChoiceModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (m_checkable && index.isValid())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace tp::ui
