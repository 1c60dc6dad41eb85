#include "ExportFormatPage.h"

#include "db/TableRegistry.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tp::ui {

using exchange::ExportFormat;

namespace {

constexpr int kNameRole = Qt::UserRole; // the table's or column's stored name

} // namespace

ExportFormatPage::ExportFormatPage(std::shared_ptr<ExportState> state, QWidget* parent)
    : QWizardPage(parent)
    , m_keep(std::move(state))
    , m_state(*m_keep)
{
    setTitle(tr("Format and options"));
    setSubTitle(
        tr("JSON keeps everything in one file; the CSV bundle is a zip with one spreadsheet per table."));
    auto* layout = new QVBoxLayout(this);
    m_format = new QButtonGroup(this);
    auto* json = new QRadioButton(tr("&JSON (one file, re-importable)"), this);
    auto* csv
        = new QRadioButton(tr("CS&V bundle (a zip of spreadsheets for LibreOffice Calc or Excel)"), this);
    m_format->addButton(json, int(ExportFormat::Json));
    m_format->addButton(csv, int(ExportFormat::CsvBundle));
    json->setChecked(true);
    layout->addWidget(json);
    layout->addWidget(csv);
    m_pretty = new QCheckBox(tr("In&dented for reading (larger file)"), this);
    m_gzip = new QCheckBox(tr("Compress with &gzip (.json.gz)"), this);
    m_level = new QComboBox(this);
    m_level->addItem(tr("Fast compression"), int(formats::CompressionLevel::Fast));
    m_level->addItem(tr("Default compression"), int(formats::CompressionLevel::Default));
    m_level->addItem(tr("Best compression"), int(formats::CompressionLevel::Best));
    m_level->setCurrentIndex(1);
    m_interpretations = new QCheckBox(tr("Include chart &interpretations"), this);
    m_interpretations->setChecked(true);
    m_anonymize
        = new QCheckBox(tr("&Anonymise: pseudonyms instead of names; no e-mail, phone or notes"), this);
    m_coarsen = new QCheckBox(tr("Also &coarsen birth places (no city; coordinates to whole degrees)"), this);
    m_coarsen->setEnabled(false);
    for (QWidget* w : std::initializer_list<QWidget*>{ m_pretty, m_gzip, m_level, m_interpretations,
                                                       m_anonymize, m_coarsen })
        layout->addWidget(w);
    layout->addWidget(
        new QLabel(tr("Fields to include (ids and links between tables always come along):"), this));
    createFieldTree();
    layout->addWidget(m_fields, 1);

    connect(m_format, &QButtonGroup::idToggled, this, &ExportFormatPage::store);
    for (QCheckBox* box : { m_pretty, m_gzip, m_interpretations, m_anonymize, m_coarsen })
        connect(box, &QCheckBox::toggled, this, &ExportFormatPage::store);
    connect(m_level, &QComboBox::currentIndexChanged, this, &ExportFormatPage::store);
    connect(m_fields, &QTreeWidget::itemChanged, this, &ExportFormatPage::store);
    store();
}

void ExportFormatPage::createFieldTree()
{
    m_fields = new QTreeWidget(this);
    m_fields->setHeaderHidden(true);
    for (const db::Table& t : db::TableRegistry::instance().tables()) {
        auto* table = new QTreeWidgetItem(m_fields, { db::TableRegistry::displayName(t.name) });
        table->setData(0, kNameRole, t.name);
        for (const db::Column& c : t.columns) {
            if (c.secret)
                continue;
            auto* item = new QTreeWidgetItem(table, { db::TableRegistry::displayName(t.name, c.name) });
            item->setData(0, kNameRole, c.name);
            item->setToolTip(0, tr("Stored as %1").arg(c.name));
            item->setCheckState(0, Qt::Checked);
            if (c.isPrimaryKey() || c.foreignKey)
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
}

void ExportFormatPage::setFormat(ExportFormat format)
{
    m_format->button(int(format))->setChecked(true);
}

void ExportFormatPage::setAnonymize(bool on)
{
    m_anonymize->setChecked(on);
}

// The page's choices into the shared options, at every change.
void ExportFormatPage::store()
{
    exchange::ExportOptions& o = m_state.options;
    o.format = ExportFormat(m_format->checkedId());
    const bool isJson = o.format == ExportFormat::Json;
    m_pretty->setEnabled(isJson);
    m_gzip->setEnabled(isJson);
    m_coarsen->setEnabled(m_anonymize->isChecked());
    o.pretty = isJson && m_pretty->isChecked();
    o.gzip = isJson && m_gzip->isChecked();
    o.level = formats::CompressionLevel(m_level->currentData().toInt());
    o.includeInterpretations = m_interpretations->isChecked();
    o.anonymize = m_anonymize->isChecked();
    o.coarsenPlaces = o.anonymize && m_coarsen->isChecked();
    o.excludedFields.clear();
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* table = m_fields->topLevelItem(i);
        for (int j = 0; j < table->childCount(); ++j) {
            if (table->child(j)->checkState(0) == Qt::Unchecked)
                o.excludedFields[table->data(0, kNameRole).toString()].insert(
                    table->child(j)->data(0, kNameRole).toString());
        }
    }
}

} // namespace tp::ui
