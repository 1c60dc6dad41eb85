#include "ClientPage.h"

#include "common/Words.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp::ui {

using model::Row;

namespace {

QTableWidgetItem* item(const QString& text, const QString& id = {})
{
    auto* it = new QTableWidgetItem(text);
    it->setData(Qt::UserRole, id);
    it->setToolTip(text);
    return it;
}

QString coordinate(double value, QChar positive, QChar negative)
{
    return QStringLiteral("%1° %2").arg(QString::number(std::abs(value), 'f', 4),
                                        value < 0 ? negative : positive);
}

} // namespace

ClientPage::ClientPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* headerText = new QVBoxLayout;
    m_name = new QLabel(this);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contact = new QLabel(this);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headerText->addWidget(m_name);
    headerText->addWidget(m_contact);
    headerText->addWidget(m_notes);
    header->addLayout(headerText, 1);
    auto* editClient = new QPushButton(tr("Ed&it Client…"), this);
    auto* deleteClient = new QPushButton(tr("Delete Client"), this);
    connect(editClient, &QPushButton::clicked, this, &ClientPage::editClientRequested);
    connect(deleteClient, &QPushButton::clicked, this, &ClientPage::deleteClientRequested);
    header->addWidget(editClient, 0, Qt::AlignTop);
    header->addWidget(deleteClient, 0, Qt::AlignTop);
    layout->addLayout(header);

    const auto section
        = [&](const QString& title, QTableWidget* table, const QString& addText, std::function<void()> add) {
              auto* box = new QGroupBox(title, this);
              auto* boxLayout = new QVBoxLayout(box);
              boxLayout->addWidget(table);
              if (add) {
                  auto* button = new QPushButton(addText, box);
                  connect(button, &QPushButton::clicked, this, add);
                  auto* row = new QHBoxLayout;
                  row->addStretch();
                  row->addWidget(button);
                  boxLayout->addLayout(row);
              }
              layout->addWidget(box, 1);
          };

    m_birthTable = makeTable(
        { tr("Date"), tr("Time"), tr("Place"), tr("Coordinates"), tr("Time zone"), tr("Rodden") });
    m_chartTable = makeTable({ tr("Name"), tr("Type"), tr("System"), tr("Houses"), tr("Created"), tr("Sun"),
                               tr("Moon"), tr("Ascendant") });
    m_notesTable = makeTable({ tr("Date"), tr("Note") });
    m_birthTable->setObjectName(QStringLiteral("birthDataTable"));
    m_chartTable->setObjectName(QStringLiteral("chartTable"));
    m_notesTable->setObjectName(QStringLiteral("notesTable"));
    section(tr("Birth data"), m_birthTable, tr("Add &Birth Data…"), [this] { emit addBirthDataRequested(); });
    section(tr("Charts"), m_chartTable, QString(), nullptr);
    section(tr("Session notes"), m_notesTable, tr("Add Session &Note…"), [this] { emit addNoteRequested(); });

    addContextMenu(
        m_birthTable, tr("Add Birth Data…"), tr("Edit Birth Data…"), tr("Delete Birth Data"),
        [this] { emit addBirthDataRequested(); },
        [this](const QString& id) { emit editBirthDataRequested(id); },
        [this](const QString& id) { emit deleteBirthDataRequested(id); });
    addContextMenu(
        m_chartTable, QString(), tr("Export Chart…"), tr("Delete Chart"), nullptr,
        [this](const QString& id) { emit exportChartRequested(id); },
        [this](const QString& id) { emit deleteChartRequested(id); });
    addContextMenu(
        m_notesTable, tr("Add Session Note…"), tr("Edit Session Note…"), tr("Delete Session Note"),
        [this] { emit addNoteRequested(); }, [this](const QString& id) { emit editNoteRequested(id); },
        [this](const QString& id) { emit deleteNoteRequested(id); });
    connect(m_birthTable, &QTableWidget::itemActivated, this,
            [this](QTableWidgetItem* it) { emit editBirthDataRequested(it->data(Qt::UserRole).toString()); });
    connect(m_notesTable, &QTableWidget::itemActivated, this,
            [this](QTableWidgetItem* it) { emit editNoteRequested(it->data(Qt::UserRole).toString()); });
}

QTableWidget* ClientPage::makeTable(const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), this);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(true);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    table->setTabKeyNavigation(false); // Tab moves on to the next control
    // The header and four rows stay visible however small the window (the page scrolls instead).
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() + 4 * table->fontMetrics().height()
                            + 16);
    return table;
}

QString ClientPage::selectedId(const QTableWidget* table)
{
    const auto items = table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void ClientPage::addContextMenu(QTableWidget* table, const QString& addText, const QString& editText,
                                const QString& deleteText, std::function<void()> add,
                                std::function<void(QString)> edit, std::function<void(QString)> remove)
{
    connect(table, &QWidget::customContextMenuRequested, this, [=, this](const QPoint& pos) {
        if (QTableWidgetItem* it = table->itemAt(pos))
            table->selectRow(it->row());
        const QString id = table->itemAt(pos) ? selectedId(table) : QString();
        QMenu menu(table);
        if (add)
            menu.addAction(addText, this, add);
        if (edit && !id.isEmpty())
            menu.addAction(editText, this, [edit, id] { edit(id); });
        if (remove && !id.isEmpty())
            menu.addAction(deleteText, this, [remove, id] { remove(id); });
        if (!menu.isEmpty())
            menu.exec(table->viewport()->mapToGlobal(pos));
    });
    // Delete key on a selected row.
    if (remove) {
        auto* del = new QAction(deleteText, table);
        del->setShortcut(QKeySequence::Delete);
        del->setShortcutContext(Qt::WidgetShortcut);
        connect(del, &QAction::triggered, this, [table, remove] {
            const QString id = selectedId(table);
            if (!id.isEmpty())
                remove(id);
        });
        table->addAction(del);
    }
}

void ClientPage::showClient(const Row& client, const QList<Row>& birthData,
                            const QList<model::ChartSummary>& charts, const QList<Row>& notes)
{
    m_clientId = client.value(QStringLiteral("id")).toString();
    const QString name = QStringList{ client.value(QStringLiteral("first_name")).toString(),
                                      client.value(QStringLiteral("last_name")).toString() }
                             .join(QLatin1Char(' '))
                             .trimmed();
    m_name->setText(name.isEmpty() ? tr("(no name)") : name);
    QStringList contact;
    for (const char* field : { "email", "phone" }) {
        const QString v = client.value(QLatin1String(field)).toString();
        if (!v.isEmpty())
            contact << v;
    }
    m_contact->setText(contact.join(QStringLiteral("  ·  ")));
    m_contact->setVisible(!contact.isEmpty());
    m_notes->setText(client.value(QStringLiteral("notes")).toString());
    m_notes->setVisible(!m_notes->text().isEmpty());

    const auto fill = [](QTableWidget* table, int rows, const std::function<void(int)>& fillRow) {
        table->setSortingEnabled(false);
        table->clearContents();
        table->setRowCount(rows);
        for (int r = 0; r < rows; ++r)
            fillRow(r);
        table->setSortingEnabled(true);
        table->resizeColumnsToContents();
        table->horizontalHeader()->setStretchLastSection(true);
    };

    fill(m_birthTable, int(birthData.size()), [&](int r) {
        const Row& b = birthData.at(r);
        const QString id = b.value(QStringLiteral("id")).toString();
        const bool unknown = b.value(QStringLiteral("time_unknown")).toInt() == 1;
        const QString place = QStringList{ b.value(QStringLiteral("city")).toString(),
                                           b.value(QStringLiteral("country")).toString() }
                                  .join(QStringLiteral(", "));
        m_birthTable->setItem(r, 0, item(b.value(QStringLiteral("birth_date")).toString(), id));
        m_birthTable->setItem(
            r, 1, item(unknown ? tr("unknown") : b.value(QStringLiteral("birth_time")).toString(), id));
        m_birthTable->setItem(r, 2, item(place, id));
        m_birthTable->setItem(r, 3,
                              item(coordinate(b.value(QStringLiteral("latitude")).toDouble(),
                                              QLatin1Char('N'), QLatin1Char('S'))
                                       + QStringLiteral(", ")
                                       + coordinate(b.value(QStringLiteral("longitude")).toDouble(),
                                                    QLatin1Char('E'), QLatin1Char('W')),
                                   id));
        m_birthTable->setItem(r, 4, item(b.value(QStringLiteral("timezone")).toString(), id));
        m_birthTable->setItem(r, 5, item(b.value(QStringLiteral("rodden_rating")).toString(), id));
    });

    fill(m_chartTable, int(charts.size()), [&](int r) {
        const model::ChartSummary& c = charts.at(r);
        const QStringList cells{ c.name,
                                 Words::value(QStringLiteral("chart_type"), c.chartType),
                                 Words::value(QStringLiteral("astro_system"), c.astroSystem),
                                 Words::value(QStringLiteral("house_system"), c.houseSystem),
                                 c.createdAt.left(10),
                                 Words::sign(c.sunSign),
                                 Words::sign(c.moonSign),
                                 Words::sign(c.ascendantSign) };
        for (int col = 0; col < cells.size(); ++col)
            m_chartTable->setItem(r, col, item(cells.at(col), c.id));
    });

    fill(m_notesTable, int(notes.size()), [&](int r) {
        const Row& n = notes.at(r);
        const QString id = n.value(QStringLiteral("id")).toString();
        const QString content = n.value(QStringLiteral("note_content")).toString();
        m_notesTable->setItem(r, 0, item(n.value(QStringLiteral("note_date")).toString(), id));
        auto* text = item(content.section(QLatin1Char('\n'), 0, 0), id);
        text->setToolTip(content);
        m_notesTable->setItem(r, 1, text);
    });
    m_notesTable->sortItems(0, Qt::DescendingOrder);
}

} // namespace tp::ui
