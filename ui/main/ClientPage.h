#pragma once

#include "model/PracticeStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tp::ui {

// Everything about one client: details, birth data, charts and session notes.
class ClientPage : public QWidget
{
    Q_OBJECT

public:
    explicit ClientPage(QWidget* parent = nullptr);

    void showClient(const model::Row& client, const QList<model::Row>& birthData,
                    const QList<model::ChartSummary>& charts, const QList<model::Row>& notes);
    QString clientId() const { return m_clientId; }

    QTableWidget* birthDataTable() const { return m_birthTable; }
    QTableWidget* chartTable() const { return m_chartTable; }
    QTableWidget* notesTable() const { return m_notesTable; }

signals:
    void editClientRequested();
    void deleteClientRequested();
    void addBirthDataRequested();
    void editBirthDataRequested(const QString& id);
    void deleteBirthDataRequested(const QString& id);
    void deleteChartRequested(const QString& id);
    void exportChartRequested(const QString& id);
    void addNoteRequested();
    void editNoteRequested(const QString& id);
    void deleteNoteRequested(const QString& id);

private:
    QTableWidget* makeTable(const QStringList& headers);
    static QString selectedId(const QTableWidget* table);
    void addContextMenu(QTableWidget* table, const QString& addText, const QString& editText,
                        const QString& deleteText, std::function<void()> add,
                        std::function<void(QString)> edit, std::function<void(QString)> remove);

    QString m_clientId;
    QLabel* m_name = nullptr;
    QLabel* m_contact = nullptr;
    QLabel* m_notes = nullptr;
    QTableWidget* m_birthTable = nullptr;
    QTableWidget* m_chartTable = nullptr;
    QTableWidget* m_notesTable = nullptr;
};

} // namespace tp::ui
