#pragma once

#include "model/PracticeStore.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace tp::ui {

// The client list: one row per client with the place and date of their
// first birth data.
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, BirthDateColumn, CityColumn, EmailColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SearchTextRole, SortRole };

    explicit ClientListModel(QObject* parent = nullptr);

    void setClients(QList<model::ClientSummary> clients);
    const model::ClientSummary& clientAt(int row) const { return m_clients.at(row); }
    int rowOfClient(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Lower case without accents, so "muller" finds "Müller".
    static QString searchKey(const QString& text);

private:
    QList<model::ClientSummary> m_clients;
    QStringList m_searchKeys;
    QStringList m_nameKeys;
};

// Filters the list by a search text matched against name, e-mail and city:
// rows whose search text holds every word typed (accents and case aside).
// Other lists of clients filter the same way through a role of their own.
class ClientFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ClientFilterModel(QObject* parent = nullptr);
    void setSearchText(const QString& text);
    // Only these clients (by id), e.g. the ones behind a statistic; empty: all.
    void setOnlyIds(const QStringList& ids);
    bool isLimitedToIds() const { return !m_onlyIds.isEmpty(); }
    // The role holding each row's search text (ClientListModel::SearchTextRole).
    void setSearchRole(int role) { m_searchRole = role; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QSet<QString> m_onlyIds;
    int m_searchRole;
};

} // namespace tp::ui
