#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

namespace tp::ui {

// A client or chart to choose on the export's first page.
struct Choice
{
    QString id, label, searchKey;
};

// The clients (or charts) to choose from, as a model: thousands of them
// are shown at once, without a widget or an item object each. Checkable
// for the "Only these clients" list, plain for a combo box; searched
// through a ClientFilterModel on SearchKeyRole.
class ChoiceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole, SearchKeyRole };

    explicit ChoiceModel(bool checkable, QObject* parent = nullptr);

    void setChoices(QList<Choice> choices);
    // The ids of the ticked rows, in the list's order.
    QStringList checkedIds() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    bool m_checkable;
    QList<Choice> m_choices;
    QList<bool> m_checked;
};

} // namespace tp::ui
