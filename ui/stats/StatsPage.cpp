#include "StatsPage.h"

#include "ActivityHeatmap.h"
#include "common/BackgroundJob.h"
#include "common/Words.h"
#include "db/TableRegistry.h"
#include "RecordCheckBox.h"
#include "StatsCharts.h"
#include "TidyUpBox.h"

#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

struct Reading
{
    stats::PracticeStats stats;
    QList<stats::CleanupSuggestion> cleanup;
    QString error;
};

void clear(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (item->layout())
            clear(item->layout());
        delete item->widget();
        delete item;
    }
}

// The practice file's size against its size in the newest backup before this month.
QString sizeGrowth(qint64 now, qint64 before)
{
    if (before < 0)
        return QString();
    if (now == before)
        return StatsPage::tr("no change this month");
    return (now > before ? StatsPage::tr("▲ %1 this month") : StatsPage::tr("▼ %1 this month"))
        .arg(Words::size(qAbs(now - before)));
}

QString growthText(const stats::Growth& g)
{
    if (g.thisMonth == 0)
        return StatsPage::tr("none new this month");
    return StatsPage::tr("▲ %1 this month").arg(QLocale().toString(g.thisMonth));
}

} // namespace

StatsPage::StatsPage(QString databasePath, QString backupFolder, QWidget* parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
    , m_backupFolder(std::move(backupFolder))
    , m_busy(new QProgressBar(this))
    , m_cards(new QGridLayout)
    , m_charts(new QGridLayout)
    , m_disks(new QHBoxLayout)
    , m_quality(new QVBoxLayout)
    , m_recent(new QVBoxLayout)
    , m_heatmap(new ActivityHeatmap)
    , m_period(new QComboBox(this))
    , m_records(new RecordCheckBox(m_databasePath))
    , m_tidy(new TidyUpBox(m_databasePath))
    , m_staleTimer(new QTimer(this))
{
    m_staleTimer->setSingleShot(true);
    m_staleTimer->setInterval(400);
    connect(m_staleTimer, &QTimer::timeout, this, &StatsPage::refresh);
    connect(m_records, &RecordCheckBox::showClients, this, &StatsPage::showClients);
    connect(m_tidy, &TidyUpBox::removePlacesRequested, this, &StatsPage::removePlacesRequested);
    connect(m_tidy, &TidyUpBox::removed, this, [this](const QString& what) {
        emit statusMessage(what);
        setStale();
    });
    m_period->addItem(tr("Per week"), 7);
    m_period->addItem(tr("Per month"), 30);
    m_period->addItem(tr("Per year"), 365);
    m_period->setCurrentIndex(1);
    m_period->setAccessibleName(tr("Clients and charts made"));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (QLayoutItem* old = m_charts->itemAtPosition(0, 1)) {
            QWidget* view = old->widget();
            m_charts->removeWidget(view);
            delete view;
        }
        m_charts->addWidget(StatsCharts::madePerPeriod(m_stats, m_period->currentData().toInt(), palette()),
                            0, 1);
    });
    auto* title = new QLabel(tr("<b>Your practice at a glance</b>"), this);
    auto* exportAll = new QPushButton(tr("E&xport All…"), this);
    auto* backUp = new QPushButton(tr("Back Up &Now"), this);
    auto* again = new QPushButton(tr("Re&fresh"), this);
    connect(exportAll, &QPushButton::clicked, this, &StatsPage::exportAllRequested);
    connect(backUp, &QPushButton::clicked, this, &StatsPage::backUpNowRequested);
    connect(again, &QPushButton::clicked, this, &StatsPage::refresh);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_busy);
    top->addWidget(m_period);
    top->addWidget(again);
    top->addWidget(exportAll);
    top->addWidget(backUp);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setVisible(false);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addLayout(m_cards);
    column->addLayout(m_disks);
    // The two charts share the width: a long legend must not squeeze the other.
    m_charts->setColumnStretch(0, 1);
    m_charts->setColumnStretch(1, 1);
    column->addLayout(m_charts);
    auto* lower = new QGridLayout;
    lower->addWidget(new QLabel(tr("<b>When you work</b>"), content), 0, 0);
    lower->addWidget(m_heatmap, 1, 0);
    lower->addWidget(new QLabel(tr("<b>Latest changes</b>"), content), 0, 1);
    lower->addLayout(m_recent, 1, 1, Qt::AlignTop);
    lower->addWidget(new QLabel(tr("<b>Data that needs care</b>"), content), 2, 0, 1, 2);
    lower->addLayout(m_quality, 3, 0, 1, 2);
    lower->addWidget(new QLabel(tr("<b>Records that would not pass an import</b>"), content), 4, 0, 1, 2);
    lower->addWidget(m_records, 5, 0, 1, 2);
    lower->addWidget(new QLabel(tr("<b>Space you can free</b>"), content), 6, 0, 1, 2);
    lower->addWidget(m_tidy, 7, 0, 1, 2);
    column->addLayout(lower);
    column->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
}

StatsPage::~StatsPage()
{
    cancelAndWait(m_job);
}

void StatsPage::setStale()
{
    m_stale = true;
    m_records->setStale();
    if (isVisible())
        m_staleTimer->start();
}

void StatsPage::setBackupFolder(const QString& folder)
{
    if (folder == m_backupFolder)
        return;
    m_backupFolder = folder;
    setStale();
}

void StatsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void StatsPage::refresh()
{
    m_staleTimer->stop();
    if (m_job) {
        m_readAgain = true; // what changed meanwhile may not be in this reading
        return;
    }
    m_stale = false;
    m_busy->setVisible(true);
    const QString folder = m_backupFolder;
    m_job = startJob<Reading>(
        this, m_databasePath,
        [folder](db::Database& database, Progress&) {
            Reading r;
            stats::PracticeStats::Options o;
            o.backupFolder = folder;
            o.databasePath = database.path();
            if (stats::PracticeStats::compute(database.connection(), o, &r.stats, &r.error))
                r.cleanup = stats::Cleanup::find(database.connection(), database.path());
            return r;
        },
        [this](const JobOutcome<Reading>& outcome) {
            m_job = nullptr;
            m_busy->setVisible(false);
            if (std::exchange(m_readAgain, false)) {
                refresh();
                return;
            }
            const Reading r = outcome.resultOr(tr("Stopped."));
            if (!r.error.isEmpty()) {
                m_stale = true;
                clear(m_quality);
                m_quality->addWidget(new QLabel(tr("The numbers cannot be read: %1").arg(r.error), this));
                return;
            }
            m_stats = r.stats;
            show(m_stats);
            m_tidy->setSuggestions(r.cleanup);
            if (m_records->isStale())
                m_records->start();
            emit refreshed();
        });
}

void StatsPage::show(const stats::PracticeStats& s)
{
    showCards(s);
    clear(m_charts);
    m_charts->addWidget(StatsCharts::storage(s, palette()), 0, 0);
    m_charts->addWidget(StatsCharts::madePerPeriod(s, m_period->currentData().toInt(), palette()), 0, 1);
    if (!s.backupsOverTime.isEmpty())
        m_charts->addWidget(StatsCharts::backupsOverTime(s, palette()), 1, 0, 1, 2);
    clear(m_disks);
    auto disk = [this](const QString& what, const stats::DiskSpace& d) {
        if (d.total <= 0)
            return;
        auto* bar = new QProgressBar(this);
        bar->setRange(0, 1000);
        bar->setValue(int(1000.0 * double(d.total - d.available) / double(d.total)));
        bar->setFormat(tr("%1: %2 free of %3").arg(what, Words::size(d.available), Words::size(d.total)));
        bar->setAccessibleName(bar->format());
        bar->setToolTip(QDir::toNativeSeparators(d.folder));
        m_disks->addWidget(bar);
    };
    disk(tr("Disk of the practice"), s.databaseDisk);
    if (s.backupDisk.total > 0
        && (s.backupDisk.total != s.databaseDisk.total || s.backupDisk.available != s.databaseDisk.available))
        disk(tr("Disk of the backups"), s.backupDisk);
    showQuality(s);
    m_heatmap->setCounts(s.activity);
    showRecent(s);
}

void StatsPage::showRecent(const stats::PracticeStats& s)
{
    clear(m_recent);
    static const QHash<QString, const char*> kinds = {
        { QStringLiteral("client"), QT_TR_NOOP("Client") },
        { QStringLiteral("birth_data"), QT_TR_NOOP("Birth data") },
        { QStringLiteral("chart"), QT_TR_NOOP("Chart") },
        { QStringLiteral("session_note"), QT_TR_NOOP("Session note") },
    };
    if (s.recent.isEmpty())
        m_recent->addWidget(new QLabel(tr("Nothing yet."), this));
    for (const stats::RecentChange& c : s.recent) {
        auto* link = new QPushButton(
            tr("%1 — %2, %3").arg(tr(kinds.value(c.kind, "")), c.clientName, Words::moment(c.when)), this);
        link->setFlat(true);
        link->setCursor(Qt::PointingHandCursor);
        link->setStyleSheet(QStringLiteral("text-align:left; text-decoration:underline"));
        link->setEnabled(!c.clientId.isEmpty());
        connect(link, &QPushButton::clicked, this, [this, id = c.clientId] { emit openClient(id); });
        m_recent->addWidget(link);
    }
}

void StatsPage::showCards(const stats::PracticeStats& s)
{
    clear(m_cards);
    const QLocale locale;
    const QList<std::tuple<QString, QString, QString>> cards = {
        { tr("Clients"), locale.toString(s.clients.total), growthText(s.clients) },
        { tr("Charts"), locale.toString(s.charts.total), growthText(s.charts) },
        { tr("Interpretations"), locale.toString(s.interpretations.total), growthText(s.interpretations) },
        { tr("Session notes"), locale.toString(s.sessionNotes.total), growthText(s.sessionNotes) },
        { tr("Practice file"), Words::size(s.databaseBytes),
          sizeGrowth(s.databaseBytes, s.databaseBytesBeforeMonth) },
        { tr("Backups"), Words::size(s.backupsBytes),
          s.backupsThisMonthBytes > 0 ? tr("▲ %1 this month").arg(Words::size(s.backupsThisMonthBytes))
                                      : tr("none made this month") },
    };
    for (int i = 0; i < int(cards.size()); ++i) {
        auto* card = new QFrame(this);
        card->setFrameShape(QFrame::StyledPanel);
        auto* box = new QVBoxLayout(card);
        const auto& [what, number, growth] = cards[i];
        box->addWidget(new QLabel(what, card));
        auto* big
            = new QLabel(QStringLiteral("<span style=\"font-size:18pt\"><b>%1</b></span>").arg(number), card);
        box->addWidget(big);
        if (!growth.isEmpty())
            box->addWidget(new QLabel(growth, card));
        if (i == 4 && s.databaseBytesBeforeMonth >= 0)
            card->setToolTip(tr("Against the practice's size in the newest backup made before this month."));
        m_cards->addWidget(card, i / 3, i % 3);
    }
}

void StatsPage::showQuality(const stats::PracticeStats& s)
{
    clear(m_quality);
    const stats::Quality& q = s.quality;
    auto link
        = [this](const QString& name, const QString& text, const QStringList& clients, const QString& what) {
              auto* button = new QPushButton(text, this);
              button->setObjectName(name);
              button->setFlat(true);
              button->setCursor(Qt::PointingHandCursor);
              button->setStyleSheet(QStringLiteral("text-align:left; text-decoration:underline"));
              button->setEnabled(!clients.isEmpty());
              connect(button, &QPushButton::clicked, this,
                      [this, clients, what] { emit showClients(clients, what); });
              m_quality->addWidget(button);
          };
    link(QStringLiteral("clients-without-birth-data"),
         tr("%L1 of %L2 clients have no birth data").arg(q.clientsWithoutBirthData.size()).arg(q.clients),
         q.clientsWithoutBirthData, tr("clients without birth data"));
    link(QStringLiteral("charts-without-interpretations"),
         tr("%L1 of %L2 charts have no interpretations")
             .arg(q.chartsWithoutInterpretations.size())
             .arg(q.charts),
         q.clientsOfChartsWithoutInterpretations, tr("clients with a chart without interpretations"));
    link(QStringLiteral("birth-data-without-time"),
         tr("%L1 of %L2 birth data have no known time").arg(q.birthDataWithoutTime.size()).arg(q.birthData),
         q.clientsOfBirthDataWithoutTime, tr("clients whose birth time is not known"));
    link(QStringLiteral("birth-data-without-rodden"),
         tr("%L1 of %L2 birth data have no Rodden rating")
             .arg(q.birthDataWithoutRodden.size())
             .arg(q.birthData),
         q.clientsOfBirthDataWithoutRodden, tr("clients whose birth data has no Rodden rating"));
    if (q.duplicates.isEmpty())
        m_quality->addWidget(new QLabel(tr("No clients look like the same person."), this));
    for (const stats::DuplicatePair& d : q.duplicates) {
        auto* row = new QHBoxLayout;
        row->addWidget(new QLabel(tr("Likely the same person: %1, born %2").arg(d.name, d.birthDate), this));
        auto* both = new QPushButton(tr("Show Both"), this);
        both->setObjectName(QStringLiteral("duplicate-") + d.firstId);
        connect(both, &QPushButton::clicked, this, [this, d] {
            emit showClients({ d.firstId, d.secondId }, tr("likely the same person"));
        });
        row->addWidget(both);
        row->addStretch();
        m_quality->addLayout(row);
    }
}

QPushButton* StatsPage::qualityLink(const QString& name) const
{
    return findChild<QPushButton*>(name);
}

} // namespace tp::ui
