#include "ExportWizard.h"

#include "common/MessageBox.h"
#include "common/WaitingPage.h"
#include "common/Words.h"
#include "db/Database.h"
#include "db/TableRegistry.h"
#include "exchange/Exporter.h"
#include "main/ClientListModel.h"
#include "util/PromiseProgress.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtConcurrent>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tp::ui {

using exchange::ExportFormat;
using exchange::ExportOptions;
using exchange::ExportScope;

namespace {

std::unique_ptr<db::Database> openWorkerDatabase(const QString& path, QString* error)
{
    db::OpenFailure failure;
    auto database = db::Database::openExisting(path, &failure);
    if (!database)
        *error = failure.message;
    return database;
}

} // namespace

ExportWizard::ExportWizard(const QString& databasePath, ExportScope scope, const QString& id, QWidget* parent)
    : QWizard(parent)
    , m_databasePath(databasePath)
    , m_initialScope(scope)
    , m_initialId(id)
{
    setWindowTitle(tr("Export"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ScopePage, createScopePage());
    setPage(FormatPage, createFormatPage());
    setPage(PreviewPage, createPreviewPage());
    setPage(DestinationPage, createDestinationPage());
    setPage(ProgressPage, createProgressPage());
    setPage(ResultPage, createResultPage());
    loadChoices();
    resize(720, 560);
}

ExportWizard::~ExportWizard()
{
    if (m_exportWatcher && m_exportWatcher->isRunning()) {
        m_exportWatcher->cancel();
        m_exportWatcher->waitForFinished();
    }
}

QWizardPage* ExportWizard::createScopePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("What to export"));
    page->setSubTitle(
        tr("A single chart, one client with everything about them, the whole practice, or a selection."));
    auto* layout = new QVBoxLayout(page);
    m_scopeGroup = new QButtonGroup(page);
    const auto radio = [&](const QString& text, ExportScope scope) {
        auto* r = new QRadioButton(text, page);
        m_scopeGroup->addButton(r, int(scope));
        layout->addWidget(r);
        return r;
    };
    radio(tr("A &chart, with its interpretations, patterns and transits (and its client and birth data)"),
          ExportScope::Chart);
    radio(tr("A c&lient, with all birth data, charts and session notes"), ExportScope::Client);
    radio(tr("&Everything in the practice database"), ExportScope::Full);
    radio(tr("A &selection of clients"), ExportScope::Selective);
    m_scopeGroup->button(int(m_initialScope))->setChecked(true);

    auto* form = new QFormLayout;
    m_client = new QComboBox(page);
    m_client->setObjectName(QStringLiteral("exportClient"));
    m_chart = new QComboBox(page);
    m_chart->setObjectName(QStringLiteral("exportChart"));
    form->addRow(tr("Client:"), m_client);
    form->addRow(tr("Chart:"), m_chart);
    layout->addLayout(form);

    auto* criteria = new QFormLayout;
    m_dateField = new QComboBox(page);
    m_dateField->addItem(tr("Client added to the practice"), int(exchange::DateField::CreatedAt));
    m_dateField->addItem(tr("Birth date"), int(exchange::DateField::BirthDate));
    m_useFrom = new QCheckBox(tr("From"), page);
    m_useTo = new QCheckBox(tr("To"), page);
    m_from = new QDateEdit(QDate(1900, 1, 1), page);
    m_to = new QDateEdit(QDate::currentDate(), page);
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
    m_chartType = new QComboBox(page);
    m_system = new QComboBox(page);
    m_chartType->addItem(tr("any"), QString());
    m_system->addItem(tr("any"), QString());
    for (const QString& v : db::TableRegistry::instance()
                                .table(QStringLiteral("charts"))
                                ->column(QStringLiteral("chart_type"))
                                ->enumValues)
        m_chartType->addItem(Words::value(QStringLiteral("chart_type"), v), v);
    for (const QString& v : db::TableRegistry::instance()
                                .table(QStringLiteral("charts"))
                                ->column(QStringLiteral("astro_system"))
                                ->enumValues)
        m_system->addItem(Words::value(QStringLiteral("astro_system"), v), v);
    criteria->addRow(tr("Date:"), m_dateField);
    criteria->addRow(QString(), range);
    criteria->addRow(tr("Chart type:"), m_chartType);
    criteria->addRow(tr("Astrological system:"), m_system);
    m_selectedClients = new QListWidget(page);
    m_selectedClients->setObjectName(QStringLiteral("exportSelectedClients"));
    m_selectedClients->setToolTip(
        tr("Tick clients to export only them; with none ticked, the other criteria decide."));
    m_clientSearch = new QLineEdit(page);
    m_clientSearch->setObjectName(QStringLiteral("exportClientSearch"));
    m_clientSearch->setPlaceholderText(tr("Search by name or birth date"));
    m_clientSearch->setClearButtonEnabled(true);
    connect(m_clientSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QStringList words
            = ClientListModel::searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 0; i < m_selectedClients->count(); ++i) {
            QListWidgetItem* item = m_selectedClients->item(i);
            const QString key = item->data(Qt::UserRole + 1).toString();
            bool match = true;
            for (const QString& w : words)
                match = match && key.contains(w);
            item->setHidden(!match);
        }
    });
    auto* picker = new QVBoxLayout;
    picker->addWidget(m_clientSearch);
    picker->addWidget(m_selectedClients);
    criteria->addRow(tr("Only these clients:"), picker);
    layout->addLayout(criteria);
    layout->addStretch();

    const auto updateEnabled = [this] {
        const auto scope = ExportScope(m_scopeGroup->checkedId());
        m_client->setEnabled(scope == ExportScope::Client || scope == ExportScope::Chart);
        m_chart->setEnabled(scope == ExportScope::Chart);
        const bool selective = scope == ExportScope::Selective;
        for (QWidget* w : std::initializer_list<QWidget*>{ m_dateField, m_useFrom, m_useTo, m_chartType,
                                                           m_system, m_selectedClients, m_clientSearch })
            w->setEnabled(selective);
        m_from->setEnabled(selective && m_useFrom->isChecked());
        m_to->setEnabled(selective && m_useTo->isChecked());
    };
    connect(m_scopeGroup, &QButtonGroup::idToggled, this, updateEnabled);
    connect(m_useFrom, &QCheckBox::toggled, this, updateEnabled);
    connect(m_useTo, &QCheckBox::toggled, this, updateEnabled);
    updateEnabled();
    return page;
}

void ExportWizard::loadChoices()
{
    QString error;
    auto database = openWorkerDatabase(m_databasePath, &error);
    if (!database)
        return;
    QString initialClient = m_initialScope == ExportScope::Client ? m_initialId : QString();
    {
        QSqlQuery q(database->connection());
        if (m_initialScope == ExportScope::Chart) {
            q.prepare(QStringLiteral("SELECT client_id FROM charts WHERE id = ?"));
            q.addBindValue(m_initialId);
            if (q.exec() && q.next())
                initialClient = q.value(0).toString();
        }
        // Sorted by the language's rules (Å and Č where a reader expects them), each with the first
        // birth date, so two clients of the same name can be told apart.
        q.exec(QStringLiteral("SELECT c.id, c.first_name, c.last_name, (SELECT MIN(b.birth_date) FROM "
                              "birth_data b WHERE b.client_id = c.id) FROM clients c"));
        struct Choice
        {
            QString id, first, last, born;
        };
        QList<Choice> choices;
        while (q.next())
            choices << Choice{ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString() };
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(choices.begin(), choices.end(), [&collator](const Choice& a, const Choice& b) {
            const int byLast = collator.compare(a.last, b.last);
            return byLast != 0 ? byLast < 0 : collator.compare(a.first, b.first) < 0;
        });
        const QLocale locale;
        for (const Choice& c : std::as_const(choices)) {
            QString name = QStringList{ c.last, c.first }.join(QStringLiteral(", "));
            const QDate born = QDate::fromString(c.born, Qt::ISODate);
            if (born.isValid())
                name += QStringLiteral(" (%1)").arg(locale.toString(born, QLocale::ShortFormat));
            m_client->addItem(name, c.id);
            auto* item = new QListWidgetItem(name, m_selectedClients);
            item->setData(Qt::UserRole, c.id);
            item->setData(Qt::UserRole + 1, ClientListModel::searchKey(name + QLatin1Char(' ') + c.born));
            item->setCheckState(Qt::Unchecked);
        }
    }
    const int index = m_client->findData(initialClient);
    m_client->setCurrentIndex(index >= 0 ? index : 0);
    const QString path = m_databasePath;
    const auto loadCharts = [this, path](const QString& selectChart) {
        m_chart->clear();
        QString err;
        auto db2 = openWorkerDatabase(path, &err);
        if (!db2)
            return;
        QSqlQuery q(db2->connection());
        q.prepare(QStringLiteral("SELECT id, COALESCE(chart_name, chart_type), created_at FROM charts WHERE "
                                 "client_id = ? ORDER BY created_at"));
        q.addBindValue(m_client->currentData().toString());
        if (q.exec()) {
            while (q.next())
                m_chart->addItem(q.value(1).toString() + QStringLiteral(" (") + q.value(2).toString().left(10)
                                     + QLatin1Char(')'),
                                 q.value(0));
        }
        const int i = m_chart->findData(selectChart);
        if (i >= 0)
            m_chart->setCurrentIndex(i);
    };
    loadCharts(m_initialScope == ExportScope::Chart ? m_initialId : QString());
    connect(m_client, &QComboBox::currentIndexChanged, this, [loadCharts] { loadCharts(QString()); });
}

QWizardPage* ExportWizard::createFormatPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Format and options"));
    page->setSubTitle(
        tr("JSON keeps everything in one file; the CSV bundle is a zip with one spreadsheet per table."));
    auto* layout = new QVBoxLayout(page);
    m_formatGroup = new QButtonGroup(page);
    auto* json = new QRadioButton(tr("&JSON (one file, re-importable)"), page);
    auto* csv
        = new QRadioButton(tr("CS&V bundle (a zip of spreadsheets for LibreOffice Calc or Excel)"), page);
    m_formatGroup->addButton(json, int(ExportFormat::Json));
    m_formatGroup->addButton(csv, int(ExportFormat::CsvBundle));
    json->setChecked(true);
    layout->addWidget(json);
    layout->addWidget(csv);
    m_pretty = new QCheckBox(tr("In&dented for reading (larger file)"), page);
    m_gzip = new QCheckBox(tr("Compress with &gzip (.json.gz)"), page);
    m_level = new QComboBox(page);
    m_level->addItem(tr("Fast compression"), int(formats::CompressionLevel::Fast));
    m_level->addItem(tr("Default compression"), int(formats::CompressionLevel::Default));
    m_level->addItem(tr("Best compression"), int(formats::CompressionLevel::Best));
    m_level->setCurrentIndex(1);
    m_interpretations = new QCheckBox(tr("Include chart &interpretations"), page);
    m_interpretations->setChecked(true);
    m_anonymize
        = new QCheckBox(tr("&Anonymise: pseudonyms instead of names; no e-mail, phone or notes"), page);
    m_coarsen = new QCheckBox(tr("Also &coarsen birth places (no city; coordinates to whole degrees)"), page);
    m_coarsen->setEnabled(false);
    connect(m_anonymize, &QCheckBox::toggled, m_coarsen, &QWidget::setEnabled);
    for (QWidget* w : std::initializer_list<QWidget*>{ m_pretty, m_gzip, m_level, m_interpretations,
                                                       m_anonymize, m_coarsen })
        layout->addWidget(w);
    connect(m_formatGroup, &QButtonGroup::idToggled, this, [this] {
        const bool isJson = m_formatGroup->checkedId() == int(ExportFormat::Json);
        m_pretty->setEnabled(isJson);
        m_gzip->setEnabled(isJson);
    });

    layout->addWidget(
        new QLabel(tr("Fields to include (ids and links between tables always come along):"), page));
    m_fields = new QTreeWidget(page);
    m_fields->setHeaderHidden(true);
    for (const db::Table& t : db::TableRegistry::instance().tables()) {
        auto* table = new QTreeWidgetItem(m_fields, { t.name });
        for (const db::Column& c : t.columns) {
            if (c.secret)
                continue;
            auto* item = new QTreeWidgetItem(table, { c.name });
            item->setCheckState(0, Qt::Checked);
            if (c.isPrimaryKey() || c.foreignKey)
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    layout->addWidget(m_fields, 1);
    return page;
}

QWizardPage* ExportWizard::createPreviewPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("What the file will hold."));
    auto* layout = new QVBoxLayout(page);
    m_previewCounts = new QTableWidget(0, 2, page);
    m_previewCounts->setHorizontalHeaderLabels({ tr("Table"), tr("Rows") });
    m_previewCounts->verticalHeader()->setVisible(false);
    m_previewCounts->horizontalHeader()->setStretchLastSection(true);
    m_previewCounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewCounts->setMaximumHeight(180);
    m_previewSize = new QLabel(page);
    m_previewText = new QPlainTextEdit(page);
    m_previewText->setReadOnly(true);
    m_previewText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_previewText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_previewCounts);
    layout->addWidget(m_previewSize);
    layout->addWidget(m_previewText, 1);
    return page;
}

QWizardPage* ExportWizard::createDestinationPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Where to save"));
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    m_destination = new QLineEdit(page);
    m_destination->setObjectName(QStringLiteral("exportDestination"));
    auto* browse = new QPushButton(tr("Bro&wse…"), page);
    connect(browse, &QPushButton::clicked, this, &ExportWizard::browse);
    row->addWidget(m_destination, 1);
    row->addWidget(browse);
    layout->addWidget(new QLabel(tr("File:"), page));
    layout->addLayout(row);
    m_verify = new QCheckBox(tr("&Check the file after writing it (re-read counts and checksums)"), page);
    m_verify->setChecked(true);
    layout->addWidget(m_verify);
    layout->addStretch();
    return page;
}

QWizardPage* ExportWizard::createProgressPage()
{
    auto* page = new WaitingPage(this);
    page->setTitle(tr("Exporting"));
    page->setCommitPage(true);
    auto* layout = new QVBoxLayout(page);
    m_progressLabel = new QLabel(tr("Starting…"), page);
    m_progress = new QProgressBar(page);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addStretch();
    return page;
}

QWizardPage* ExportWizard::createResultPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Done"));
    auto* layout = new QVBoxLayout(page);
    m_resultLabel = new QLabel(page);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showInFolder = new QPushButton(tr("Show in &Folder"), page);
    connect(m_showInFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileInfo(m_result.outputPath).absolutePath();
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            MessageBox::warning(
                this, tr("Show in Folder"),
                tr("No file manager answered. The file is in:\n%1").arg(QDir::toNativeSeparators(folder)));
    });
    // After a failure: back to where the file is chosen, with everything as it was.
    m_tryAgain = new QPushButton(tr("&Try Again…"), page);
    connect(m_tryAgain, &QPushButton::clicked, this, [this] {
        while (currentId() != DestinationPage && currentId() != -1 && !visitedIds().isEmpty())
            back();
    });
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_showInFolder, 0, Qt::AlignLeft);
    layout->addWidget(m_tryAgain, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

ExportOptions ExportWizard::options() const
{
    ExportOptions o;
    o.scope = ExportScope(m_scopeGroup->checkedId());
    if (o.scope == ExportScope::Client)
        o.ids = { m_client->currentData().toString() };
    else if (o.scope == ExportScope::Chart)
        o.ids = { m_chart->currentData().toString() };
    if (o.scope == ExportScope::Selective) {
        o.dateField = exchange::DateField(m_dateField->currentData().toInt());
        if (m_useFrom->isChecked())
            o.from = m_from->date();
        if (m_useTo->isChecked())
            o.to = m_to->date();
        o.chartType = m_chartType->currentData().toString();
        o.astroSystem = m_system->currentData().toString();
        for (int i = 0; i < m_selectedClients->count(); ++i) {
            if (m_selectedClients->item(i)->checkState() == Qt::Checked)
                o.ids << m_selectedClients->item(i)->data(Qt::UserRole).toString();
        }
    }
    o.format = ExportFormat(m_formatGroup->checkedId());
    o.pretty = o.format == ExportFormat::Json && m_pretty->isChecked();
    o.gzip = o.format == ExportFormat::Json && m_gzip->isChecked();
    o.level = formats::CompressionLevel(m_level->currentData().toInt());
    o.includeInterpretations = m_interpretations->isChecked();
    o.anonymize = m_anonymize->isChecked();
    o.coarsenPlaces = o.anonymize && m_coarsen->isChecked();
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* table = m_fields->topLevelItem(i);
        for (int j = 0; j < table->childCount(); ++j) {
            if (table->child(j)->checkState(0) == Qt::Unchecked)
                o.excludedFields[table->text(0)].insert(table->child(j)->text(0));
        }
    }
    o.verify = m_verify->isChecked();
    o.outputPath = m_destination->text().trimmed();
    return o;
}

void ExportWizard::setFormat(ExportFormat format)
{
    m_formatGroup->button(int(format))->setChecked(true);
}

void ExportWizard::setAnonymize(bool on)
{
    m_anonymize->setChecked(on);
}

bool ExportWizard::validateCurrentPage()
{
    if (currentId() == ScopePage) {
        const auto scope = ExportScope(m_scopeGroup->checkedId());
        if ((scope == ExportScope::Client && m_client->currentIndex() < 0)
            || (scope == ExportScope::Chart && m_chart->currentIndex() < 0)) {
            currentPage()->setSubTitle(tr("Choose the %1 to export first.")
                                           .arg(scope == ExportScope::Client ? tr("client") : tr("chart")));
            return false;
        }
    }
    if (currentId() == DestinationPage) {
        const QString path = m_destination->text().trimmed();
        const QFileInfo info(path);
        if (path.isEmpty() || !info.absoluteDir().exists()) {
            currentPage()->setSubTitle(tr("Choose a file in a folder that exists."));
            return false;
        }
        if (info.isDir()) {
            currentPage()->setSubTitle(
                tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        if (info.exists() && !confirmOverwrite(path))
            return false;
    }
    return QWizard::validateCurrentPage();
}

// A file of that name is there already (an export of the same chart earlier
// today): replace it, keep both (the new one under a free name), or go back.
bool ExportWizard::confirmOverwrite(const QString& path)
{
    const auto answer = MessageBox::choice(
        this, tr("The file exists"),
        tr("%1 exists already. Replace it with this export, or keep both (this export is then saved as "
           "%2)?")
            .arg(QDir::toNativeSeparators(path), QFileInfo(freeFileName(path)).fileName()),
        { { QMessageBox::Yes, tr("&Replace") },
          { QMessageBox::Save, tr("&Keep Both") },
          { QMessageBox::Cancel, tr("Cancel") } },
        QMessageBox::Save, QMessageBox::Question);
    if (answer == QMessageBox::Save)
        m_destination->setText(freeFileName(path));
    return answer == QMessageBox::Yes || answer == QMessageBox::Save;
}

QString ExportWizard::freeFileName(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return path;
    const QString name = info.fileName();
    QString suffix = name.endsWith(QLatin1String(".json.gz"), Qt::CaseInsensitive)
        ? name.right(8)
        : (info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix());
    const QString stem = name.left(name.size() - suffix.size());
    for (int n = 2;; ++n) {
        const QString candidate
            = info.dir().filePath(QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(suffix));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

void ExportWizard::initializePage(int id)
{
    if (id == PreviewPage)
        startPreview();
    else if (id == DestinationPage) {
        QString error;
        auto database = openWorkerDatabase(m_databasePath, &error);
        if (database) {
            const QString name = exchange::Exporter::suggestedFileName(database->connection(), options(),
                                                                       QDate::currentDate());
            QString folder = m_destination->text().isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                : QFileInfo(m_destination->text()).absolutePath();
            if (folder.isEmpty())
                folder = QDir::homePath();
            m_destination->setText(QDir(folder).filePath(name));
        }
    } else if (id == ProgressPage) {
        startExport();
    } else if (id == ResultPage) {
        showResult();
    }
    QWizard::initializePage(id);
}

void ExportWizard::startPreview()
{
    m_previewText->setPlainText(tr("Counting…"));
    m_previewCounts->setRowCount(0);
    const QString path = m_databasePath;
    const ExportOptions o = options();
    auto* watcher = new QFutureWatcher<QPair<exchange::ExportPreview, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto [preview, error] = watcher->result();
        if (!error.isEmpty()) {
            m_previewText->setPlainText(error);
            return;
        }
        const QLocale locale;
        m_previewCounts->setRowCount(int(preview.tables.size()));
        for (int i = 0; i < preview.tables.size(); ++i) {
            m_previewCounts->setItem(i, 0, new QTableWidgetItem(preview.tables.at(i)));
            auto* count = new QTableWidgetItem(locale.toString(preview.counts.value(preview.tables.at(i))));
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_previewCounts->setItem(i, 1, count);
        }
        m_previewCounts->resizeColumnsToContents();
        m_previewSize->setText(
            tr("Estimated size: about %1").arg(locale.formattedDataSize(preview.estimatedBytes)));
        m_previewText->setPlainText(preview.sample);
        emit previewReady();
    });
    watcher->setFuture(QtConcurrent::run([path, o]() {
        QString error;
        auto database = openWorkerDatabase(path, &error);
        if (!database)
            return qMakePair(exchange::ExportPreview{}, error);
        exchange::ExportPreview preview = exchange::Exporter::preview(database->connection(), o, &error);
        return qMakePair(preview, error);
    }));
}

void ExportWizard::startExport()
{
    auto* page = static_cast<WaitingPage*>(this->page(ProgressPage));
    page->setComplete(false);
    m_exportDone = false;
    m_progressLabel->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(m_destination->text())));
    const QString path = m_databasePath;
    const ExportOptions o = options();
    m_exportWatcher = new QFutureWatcher<exchange::ExportResult>(this);
    connect(m_exportWatcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_exportWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_exportWatcher, &QFutureWatcherBase::finished, this, [this, page] {
        const QFuture<exchange::ExportResult> f = m_exportWatcher->future();
        m_result = (!f.isCanceled() && f.resultCount() > 0) ? f.result() : exchange::ExportResult{};
        if (f.isCanceled() || f.resultCount() == 0) {
            m_result.canceled = true;
            m_result.error = tr("Export cancelled; no file was written.");
        }
        m_exportDone = true;
        page->setComplete(true);
        m_progress->setValue(m_progress->maximum());
        emit exportFinished(m_result.ok);
        if (property("closeWhenDone").toBool()) {
            QWizard::reject();
            return;
        }
        next();
    });
    m_exportWatcher->setFuture(QtConcurrent::run([path, o](QPromise<exchange::ExportResult>& promise) {
        QString error;
        auto database = openWorkerDatabase(path, &error);
        if (!database) {
            exchange::ExportResult r;
            r.error = error;
            promise.addResult(r);
            return;
        }
        PromiseProgress<exchange::ExportResult> progress(promise);
        promise.addResult(exchange::Exporter::run(database->connection(), o, &progress));
    }));
}

void ExportWizard::showResult()
{
    const QLocale locale;
    m_showInFolder->setVisible(m_result.ok);
    m_tryAgain->setVisible(!m_result.ok);
    if (!m_result.ok) {
        page(ResultPage)->setTitle(m_result.canceled ? tr("Cancelled") : tr("The export failed"));
        m_resultLabel->setText(
            m_result.canceled ? tr("Nothing was written.")
                              : m_result.error + QStringLiteral("\n\n")
                    + tr("Nothing was written. Try Again goes back to where the file is chosen: pick another "
                         "folder or free some space, then export again."));
        return;
    }
    page(ResultPage)->setTitle(tr("Done"));
    QStringList lines;
    lines << tr("Saved %1 (%2) in %3 s.")
                 .arg(QDir::toNativeSeparators(m_result.outputPath), locale.formattedDataSize(m_result.bytes),
                      locale.toString(m_result.elapsedMs / 1000.0, 'f', 1));
    if (m_result.verified)
        lines << tr("The file was read back and checked: every count and checksum matches.");
    for (auto it = m_result.counts.cbegin(); it != m_result.counts.cend(); ++it)
        lines << QStringLiteral("  %1: %2").arg(it.key(), locale.toString(it.value()));
    for (const QString& w : m_result.warnings)
        lines << tr("Note: %1").arg(w);
    m_resultLabel->setText(lines.join(QLatin1Char('\n')));
}

void ExportWizard::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_destination->text());
    if (!path.isEmpty())
        m_destination->setText(path);
}

void ExportWizard::reject()
{
    if (m_exportWatcher && m_exportWatcher->isRunning()) {
        // Cancel first; the wizard closes once the worker has rolled back.
        setProperty("closeWhenDone", true);
        m_progressLabel->setText(tr("Cancelling…"));
        m_exportWatcher->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace tp::ui
