#pragma once

#include "ExportState.h"

#include <memory>
#include <QPointer>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFutureWatcherBase;
class QLineEdit;
class QListView;

namespace tp::ui {

class ChoiceModel;
class ClientFilterModel;

// What to export: a chart, a client, everything, or a selection (dates,
// chart type and system, chosen clients — searchable, in the language's
// order, each with a birth date). The clients and charts to choose from are
// read on a worker.
class ExportScopePage : public QWizardPage
{
    Q_OBJECT

public:
    // `id`: the client (Client scope) or chart (Chart scope) chosen at first.
    ExportScopePage(std::shared_ptr<ExportState> state, const QString& id, QWidget* parent);
    ~ExportScopePage() override;

    bool isComplete() const override;
    bool validatePage() override;
    bool choicesLoaded() const { return m_loaded; }

    QListView* clientPicker() const { return m_picker; }
    QLineEdit* searchField() const { return m_search; }

signals:
    void loaded();

private:
    void createSelection();
    void loadChoices(const QString& id);
    void loadCharts(const QString& selectChart);
    void search(const QString& text);
    void updateEnabled();
    void store();

    std::shared_ptr<ExportState> m_keep; // the state lives as long as its last page or wizard
    ExportState& m_state;
    bool m_loaded = false;
    QButtonGroup* m_scope = nullptr;
    QComboBox* m_client = nullptr;
    QComboBox* m_chart = nullptr;
    QComboBox* m_dateField = nullptr;
    QCheckBox* m_useFrom = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_chartType = nullptr;
    QComboBox* m_system = nullptr;
    QListView* m_picker = nullptr;
    ChoiceModel* m_clients = nullptr; // for the client box
    ChoiceModel* m_picked = nullptr; // the picker's clients, ticked or not
    ClientFilterModel* m_pickerSearch = nullptr; // what the picker shows of them
    QLineEdit* m_search = nullptr;
    QPointer<QFutureWatcherBase> m_clientsJob;
    QPointer<QFutureWatcherBase> m_chartsJob;
};

} // namespace tp::ui
