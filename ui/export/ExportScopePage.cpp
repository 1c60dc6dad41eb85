#include "ExportScopePage.h"

#include "ChoiceModel.h"
#include "common/BackgroundJob.h"
#include "common/Words.h"
#include "db/TableRegistry.h"
#include "main/ClientListModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QRadioButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace tp::ui {

using exchange::ExportScope;

namespace {

struct Choices
{
    QList<Choice> items;
    QString initialClient;
};

// Every client, sorted by the language's rules (Å and Č where a reader
// expects them), each with the first birth date, so two clients of the same
// name can be told apart.
Choices readClients(db::Database& database, ExportScope scope, const QString& id, const QLocale& locale)
{
    Choices out;
    QSqlQuery q(database.connection());
    out.initialClient = scope == ExportScope::Client ? id : QString();
    if (scope == ExportScope::Chart) {
        q.prepare(QStringLiteral("SELECT client_id FROM charts WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            out.initialClient = q.value(0).toString();
    }
    q.exec(
        QStringLiteral("SELECT c.id, c.first_name, c.last_name, (SELECT MIN(b.birth_date) FROM birth_data b "
                       "WHERE b.client_id = c.id) FROM clients c"));
    struct Row
    {
        QString id, first, last, born;
    };
    QList<Row> rows;
    while (q.next())
        rows << Row{ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString() };
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&collator](const Row& a, const Row& b) {
        const int byLast = collator.compare(a.last, b.last);
        return byLast != 0 ? byLast < 0 : collator.compare(a.first, b.first) < 0;
    });
    for (const Row& r : std::as_const(rows)) {
        QString name = QStringList{ r.last, r.first }.join(QStringLiteral(", "));
        const QDate born = QDate::fromString(r.born, Qt::ISODate);
        if (born.isValid())
            name += QStringLiteral(" (%1)").arg(locale.toString(born, QLocale::ShortFormat));
        out.items << Choice{ r.id, name, ClientListModel::searchKey(name + QLatin1Char(' ') + r.born) };
    }
    return out;
}

Choices readCharts(db::Database& database, const QString& clientId)
{
    Choices out;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT id, chart_name, chart_type, created_at FROM charts WHERE client_id = ? "
                             "ORDER BY created_at"));
    q.addBindValue(clientId);
    if (q.exec()) {
        while (q.next()) {
            const QString name = q.value(1).toString().isEmpty()
                ? Words::value(QStringLiteral("chart_type"), q.value(2).toString())
                : q.value(1).toString();
            out.items << Choice{ q.value(0).toString(),
                                 QStringLiteral("%1 (%2)").arg(name, q.value(3).toString().left(10)),
                                 {} };
        }
    }
    return out;
}

} // namespace

ExportScopePage::ExportScopePage(std::shared_ptr<ExportState> state, const QString& id, QWidget* parent)
    : QWizardPage(parent)
    , m_keep(std::move(state))
    , m_state(*m_keep)
{
    setTitle(tr("What to export"));
    setSubTitle(
        tr("A single chart, one client with everything about them, the whole practice, or a selection."));
    auto* layout = new QVBoxLayout(this);
    m_scope = new QButtonGroup(this);
    const auto radio = [&](const QString& text, ExportScope scope) {
        auto* r = new QRadioButton(text, this);
        m_scope->addButton(r, int(scope));
        layout->addWidget(r);
    };
    radio(tr("A &chart, with its interpretations, patterns and transits (and its client and birth data)"),
          ExportScope::Chart);
    radio(tr("A c&lient, with all birth data, charts and session notes"), ExportScope::Client);
    radio(tr("&Everything in the practice database"), ExportScope::Full);
    radio(tr("A &selection of clients"), ExportScope::Selective);
    m_scope->button(int(m_state.options.scope))->setChecked(true);

    auto* form = new QFormLayout;
    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("exportClient"));
    m_clients = new ChoiceModel(false, this);
    m_client->setModel(m_clients);
    // Not measured over thousands of names: as wide as a long name.
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_client->setMinimumContentsLength(36);
    m_chart = new QComboBox(this);
    m_chart->setObjectName(QStringLiteral("exportChart"));
    form->addRow(tr("Client:"), m_client);
    form->addRow(tr("Chart:"), m_chart);
    layout->addLayout(form);
    createSelection();
    layout->addStretch();

    connect(m_scope, &QButtonGroup::idToggled, this, &ExportScopePage::updateEnabled);
    connect(m_useFrom, &QCheckBox::toggled, this, &ExportScopePage::updateEnabled);
    connect(m_useTo, &QCheckBox::toggled, this, &ExportScopePage::updateEnabled);
    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        loadCharts(QString());
        store();
    });
    connect(m_chart, &QComboBox::currentIndexChanged, this, &ExportScopePage::store);
    for (QComboBox* box : { m_dateField, m_chartType, m_system })
        connect(box, &QComboBox::currentIndexChanged, this, &ExportScopePage::store);
    for (QDateEdit* edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &ExportScopePage::store);
    connect(m_picked, &QAbstractItemModel::dataChanged, this, &ExportScopePage::store);
    updateEnabled();
    loadChoices(id);
}

void ExportScopePage::createSelection()
{
    auto* criteria = new QFormLayout;
    m_dateField = new QComboBox(this);
    m_dateField->addItem(tr("Client added to the practice"), int(exchange::DateField::CreatedAt));
    m_dateField->addItem(tr("Birth date"), int(exchange::DateField::BirthDate));
    m_useFrom = new QCheckBox(tr("From"), this);
    m_useTo = new QCheckBox(tr("To"), this);
    m_from = new QDateEdit(QDate(1900, 1, 1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setMinimumDate(QDate(1000, 1, 1));
    }
    auto* range = new QHBoxLayout;
    range->addWidget(m_useFrom);
    range->addWidget(m_from);
    range->addWidget(m_useTo);
    range->addWidget(m_to);
    m_chartType = new QComboBox(this);
    m_system = new QComboBox(this);
    const db::Table* charts = db::TableRegistry::instance().table(QStringLiteral("charts"));
    for (const auto& [box, column] : { std::pair{ m_chartType, QStringLiteral("chart_type") },
                                       std::pair{ m_system, QStringLiteral("astro_system") } }) {
        box->addItem(tr("any"), QString());
        for (const QString& v : charts->column(column)->enumValues)
            box->addItem(Words::value(column, v), v);
    }
    criteria->addRow(tr("Date:"), m_dateField);
    criteria->addRow(QString(), range);
    criteria->addRow(tr("Chart type:"), m_chartType);
    criteria->addRow(tr("Astrological system:"), m_system);
    m_picked = new ChoiceModel(true, this);
    m_pickerSearch = new ClientFilterModel(this);
    m_pickerSearch->setSearchRole(ChoiceModel::SearchKeyRole);
    m_pickerSearch->setSourceModel(m_picked);
    m_picker = new QListView(this);
    m_picker->setObjectName(QStringLiteral("exportSelectedClients"));
    m_picker->setModel(m_pickerSearch);
    m_picker->setUniformItemSizes(true); // thousands of clients lay out at once
    m_picker->setToolTip(
        tr("Tick clients to export only them; with none ticked, the other criteria decide."));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("exportClientSearch"));
    m_search->setPlaceholderText(tr("Search by name or birth date"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ExportScopePage::search);
    auto* picker = new QVBoxLayout;
    picker->addWidget(m_search);
    picker->addWidget(m_picker);
    criteria->addRow(tr("Only these clients:"), picker);
    static_cast<QVBoxLayout*>(layout())->addLayout(criteria);
}

ExportScopePage::~ExportScopePage()
{
    cancelAndWait(m_clientsJob);
    cancelAndWait(m_chartsJob);
}

void ExportScopePage::loadChoices(const QString& id)
{
    cancelAndWait(m_clientsJob);
    cancelAndWait(m_chartsJob);
    const ExportScope scope = m_state.options.scope;
    const QLocale locale; // the window's language, for the order and the dates
    m_clientsJob = startJob<Choices>(
        this, m_state.databasePath,
        [scope, id, locale](db::Database& database, Progress&) {
            return readClients(database, scope, id, locale);
        },
        [this, scope, id](const JobOutcome<Choices>& outcome) {
            const Choices choices = outcome.result.value_or(Choices{});
            {
                const QSignalBlocker block(m_client);
                m_clients->setChoices(choices.items);
                m_picked->setChoices(choices.items);
            }
            const int index = m_client->findData(choices.initialClient, ChoiceModel::IdRole);
            m_client->setCurrentIndex(index >= 0 ? index : 0);
            search(m_search->text());
            loadCharts(scope == ExportScope::Chart ? id : QString());
        });
}

void ExportScopePage::loadCharts(const QString& selectChart)
{
    cancelAndWait(m_chartsJob);
    m_chart->clear();
    const QString client = m_client->currentData(ChoiceModel::IdRole).toString();
    m_chartsJob = startJob<Choices>(
        this, m_state.databasePath,
        [client](db::Database& database, Progress&) { return readCharts(database, client); },
        [this, selectChart](const JobOutcome<Choices>& outcome) {
            {
                const QSignalBlocker block(m_chart);
                for (const Choice& c : outcome.result.value_or(Choices{}).items)
                    m_chart->addItem(c.label, c.id);
                const int i = m_chart->findData(selectChart);
                if (i >= 0)
                    m_chart->setCurrentIndex(i);
            }
            store();
            if (!m_loaded) {
                m_loaded = true;
                emit loaded();
            }
            emit completeChanged();
        });
}

void ExportScopePage::search(const QString& text)
{
    m_pickerSearch->setSearchText(text);
}

void ExportScopePage::updateEnabled()
{
    const auto scope = ExportScope(m_scope->checkedId());
    m_client->setEnabled(scope == ExportScope::Client || scope == ExportScope::Chart);
    m_chart->setEnabled(scope == ExportScope::Chart);
    const bool selective = scope == ExportScope::Selective;
    for (QWidget* w : std::initializer_list<QWidget*>{ m_dateField, m_useFrom, m_useTo, m_chartType, m_system,
                                                       m_picker, m_search })
        w->setEnabled(selective);
    m_from->setEnabled(selective && m_useFrom->isChecked());
    m_to->setEnabled(selective && m_useTo->isChecked());
    store();
    emit completeChanged();
}

// The page's choices into the shared options, at every change.
void ExportScopePage::store()
{
    exchange::ExportOptions& o = m_state.options;
    o.scope = ExportScope(m_scope->checkedId());
    o.ids.clear();
    o.from = o.to = QDate();
    o.chartType.clear();
    o.astroSystem.clear();
    if (o.scope == ExportScope::Client)
        o.ids = { m_client->currentData(ChoiceModel::IdRole).toString() };
    else if (o.scope == ExportScope::Chart)
        o.ids = { m_chart->currentData().toString() };
    if (o.scope != ExportScope::Selective)
        return;
    o.dateField = exchange::DateField(m_dateField->currentData().toInt());
    if (m_useFrom->isChecked())
        o.from = m_from->date();
    if (m_useTo->isChecked())
        o.to = m_to->date();
    o.chartType = m_chartType->currentData().toString();
    o.astroSystem = m_system->currentData().toString();
    o.ids = m_picked->checkedIds();
}

bool ExportScopePage::isComplete() const
{
    return m_loaded;
}

bool ExportScopePage::validatePage()
{
    const auto scope = m_state.options.scope;
    if ((scope == ExportScope::Client && m_client->currentIndex() < 0)
        || (scope == ExportScope::Chart && m_chart->currentIndex() < 0)) {
        setSubTitle(scope == ExportScope::Client ? tr("Choose the client to export first.")
                                                 : tr("Choose the chart to export first."));
        return false;
    }
    return true;
}

} // namespace tp::ui
