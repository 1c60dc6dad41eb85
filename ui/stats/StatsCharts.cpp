#include "StatsCharts.h"

#include "ChartExport.h"
#include "common/Words.h"
#include "db/TableRegistry.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPieSeries>
#include <QValueAxis>

namespace tp::ui {

namespace {

QChartView* chartView(QChart* chart, const QPalette& palette)
{
    auto* view = new QChartView(chart); // its own chart from the start: nothing replaced, nothing leaked
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(270);
    chart->setBackgroundVisible(false);
    ChartExport::addMenu(view);
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    return view;
}

void colourAxes(std::initializer_list<QAbstractAxis*> axes, const QPalette& palette)
{
    for (QAbstractAxis* axis : axes)
        axis->setLabelsColor(palette.color(QPalette::WindowText));
}

// A y axis of whole numbers in about five steps up to `most`.
QValueAxis* countAxis(qint64 most, QObject* parent)
{
    auto* y = new QValueAxis(parent);
    const qint64 step = qMax<qint64>(1, (most + 4) / 5);
    y->setRange(0, double((most + step - 1) / step * step));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(double(step));
    y->setLabelFormat(QStringLiteral("%d"));
    return y;
}

} // namespace

QChartView* StatsCharts::storage(const stats::PracticeStats& s, const QPalette& palette)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Where the space goes"));
    auto* pie = new QPieSeries(chart);
    qint64 other = 0;
    for (int i = 0; i < int(s.storage.size()); ++i) {
        const stats::StorageShare& share = s.storage[i];
        if (i >= 5) {
            other += share.bytes;
            continue;
        }
        const QString label = share.kind == QLatin1String("backups") ? tr("Backups")
            : share.kind == QLatin1String("import_snapshots")        ? tr("Safety snapshots of imports")
                                                              : db::TableRegistry::displayName(share.kind);
        pie->append(tr("%1 (%2)").arg(label, Words::size(share.bytes)), double(share.bytes));
    }
    if (other > 0)
        pie->append(tr("Other (%1)").arg(Words::size(other)), double(other));
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    QChartView* view = chartView(chart, palette);
    view->setMinimumWidth(300);
    return view;
}

QChartView* StatsCharts::madePerPeriod(const stats::PracticeStats& s, int periodDays, const QPalette& palette)
{
    auto* chart = new QChart;
    chart->setTitle(periodDays == 7         ? tr("Clients and charts made per week")
                        : periodDays == 365 ? tr("Clients and charts made per year")
                                            : tr("Clients and charts made per month"));
    auto* clients = new QLineSeries(chart);
    auto* charts = new QLineSeries(chart);
    clients->setName(tr("Clients"));
    charts->setName(tr("Charts"));
    // Days into weeks (from Monday), months or years.
    QMap<QDate, QPair<qint64, qint64>> buckets;
    for (const stats::DayCount& d : s.perDay) {
        const QDate start = periodDays == 7 ? d.day.addDays(1 - d.day.dayOfWeek())
            : periodDays == 365             ? QDate(d.day.year(), 1, 1)
                                            : QDate(d.day.year(), d.day.month(), 1);
        buckets[start].first += d.clients;
        buckets[start].second += d.charts;
    }
    qint64 most = 1;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        const double at = double(it.key().startOfDay().toMSecsSinceEpoch());
        clients->append(at, double(it->first));
        charts->append(at, double(it->second));
        most = qMax(most, qMax(it->first, it->second));
    }
    chart->addSeries(clients);
    chart->addSeries(charts);
    auto* x = new QDateTimeAxis(chart);
    x->setFormat(periodDays == 365 ? QStringLiteral("yyyy") : QStringLiteral("MMM yy"));
    x->setTickCount(5);
    if (buckets.isEmpty()) // nothing made yet: the year up to today, not 1970
        x->setRange(QDate::currentDate().addYears(-1).startOfDay(), QDate::currentDate().startOfDay());
    QValueAxis* y = countAxis(most, chart);
    colourAxes({ x, y }, palette);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* series : { clients, charts }) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return chartView(chart, palette);
}

QChartView* StatsCharts::backupsOverTime(const stats::PracticeStats& s, const QPalette& palette)
{
    constexpr int kMostBars = 24;
    // One bar per day while they fit, else the last day of each month.
    QList<stats::BackupSize> bars;
    const bool daily = s.backupsOverTime.size() <= kMostBars;
    for (const stats::BackupSize& b : s.backupsOverTime) {
        if (!daily && !bars.isEmpty() && bars.last().day.year() == b.day.year()
            && bars.last().day.month() == b.day.month())
            bars.last() = b;
        else
            bars << b;
    }
    bars = bars.mid(qMax<qsizetype>(0, bars.size() - kMostBars));
    auto* chart = new QChart;
    chart->setTitle(tr("Space the kept backups took as they were made"));
    auto* set = new QBarSet(tr("Backups (MB)"), chart);
    QStringList labels;
    double most = 1;
    const QLocale locale;
    for (const stats::BackupSize& b : std::as_const(bars)) {
        *set << double(b.bytes) / 1e6;
        most = qMax(most, double(b.bytes) / 1e6);
        labels << locale.toString(b.day, daily ? QStringLiteral("d MMM") : QStringLiteral("MMM yy"));
    }
    set->setColor(palette.color(QPalette::Highlight));
    auto* series = new QBarSeries(chart);
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(labels);
    auto* y = new QValueAxis(chart);
    y->setRange(0, most * 1.1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    colourAxes({ x, y }, palette);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chartView(chart, palette);
}

} // namespace tp::ui
