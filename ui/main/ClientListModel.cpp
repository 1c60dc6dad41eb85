#include "ClientListModel.h"

#include <QLocale>

namespace tp::ui {

ClientListModel::ClientListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString ClientListModel::searchKey(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    out.replace(QChar(0x00DF), QLatin1String("ss"))
        .replace(QChar(0x00F8), QLatin1Char('o'))
        .replace(QChar(0x00E6), QLatin1String("ae"))
        .replace(QChar(0x0142), QLatin1Char('l'));
    return out;
}

void ClientListModel::setClients(QList<model::ClientSummary> clients)
{
    beginResetModel();
    m_clients = std::move(clients);
    m_searchKeys.clear();
    m_nameKeys.clear();
    m_searchKeys.reserve(m_clients.size());
    m_nameKeys.reserve(m_clients.size());
    for (const auto& c : std::as_const(m_clients)) {
        m_nameKeys << searchKey(c.lastName + QLatin1Char(' ') + c.firstName);
        m_searchKeys << searchKey(c.firstName + QLatin1Char(' ') + c.lastName + QLatin1Char(' ') + c.email
                                  + QLatin1Char(' ') + c.city);
    }
    endResetModel();
}

int ClientListModel::rowOfClient(const QString& id) const
{
    for (int i = 0; i < m_clients.size(); ++i) {
        if (m_clients.at(i).id == id)
            return i;
    }
    return -1;
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_clients.size())
        return {};
    const model::ClientSummary& c = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            if (c.lastName.isEmpty())
                return c.firstName;
            return c.firstName.isEmpty() ? c.lastName : c.lastName + QStringLiteral(", ") + c.firstName;
        case BirthDateColumn:
            return c.birthDate;
        case CityColumn:
            return c.country.isEmpty() ? c.city : c.city + QStringLiteral(", ") + c.country;
        case EmailColumn:
            return c.email;
        }
        break;
    case SortRole:
        if (index.column() == NameColumn)
            return m_nameKeys.at(index.row());
        return data(index, Qt::DisplayRole).toString().toLower();
    case IdRole:
        return c.id;
    case SearchTextRole:
        return m_searchKeys.at(index.row());
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BirthDateColumn:
        return tr("Born");
    case CityColumn:
        return tr("Birthplace");
    case EmailColumn:
        return tr("E-mail");
    }
    return {};
}

ClientFilterModel::ClientFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_searchRole(ClientListModel::SearchTextRole)
{
    setSortRole(ClientListModel::SortRole);
}

void ClientFilterModel::setSearchText(const QString& text)
{
    m_words = ClientListModel::searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ClientFilterModel::setOnlyIds(const QStringList& ids)
{
    m_onlyIds = QSet<QString>(ids.begin(), ids.end());
    invalidateFilter();
}

bool ClientFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_onlyIds.isEmpty()
        && !m_onlyIds.contains(
            sourceModel()->index(sourceRow, 0, sourceParent).data(ClientListModel::IdRole).toString()))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString key = sourceModel()->index(sourceRow, 0, sourceParent).data(m_searchRole).toString();
    for (const QString& word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

} // namespace tp::ui
