#include "BackupSizeChart.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

namespace tp::ui {

BackupSizeChart::BackupSizeChart(QWidget* parent)
    // Its own chart from the start: setChart() would let go of a default one without deleting it.
    : QChartView(new QChart, parent)
    , m_sizes(new QLineSeries)
    , m_counts(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_sizeAxis(new QValueAxis)
    , m_countAxis(new QValueAxis)
{
    QChart* chart = this->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_sizes->setName(tr("Size of each backup (MB)"));
    m_counts->setName(tr("Backups kept"));
    m_sizes->setPointsVisible(true);
    chart->addSeries(m_sizes);
    chart->addSeries(m_counts);
    m_time->setFormat(QStringLiteral("d MMM"));
    m_time->setTickCount(5);
    m_sizeAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_sizeAxis->setTickCount(3);
    m_countAxis->setTickCount(3);
    m_sizeAxis->setMin(0);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setMin(0);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_sizeAxis, Qt::AlignLeft);
    chart->addAxis(m_countAxis, Qt::AlignRight);
    m_sizes->attachAxis(m_time);
    m_sizes->attachAxis(m_sizeAxis);
    m_counts->attachAxis(m_time);
    m_counts->attachAxis(m_countAxis);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    applyPalette();
    setAccessibleName(tr("Backup sizes over time"));
}

void BackupSizeChart::setBackups(const QList<backup::BackupInfo>& backups)
{
    QList<QPointF> sizes, counts;
    sizes.reserve(backups.size());
    counts.reserve(backups.size());
    double biggest = 0;
    QDateTime first, last;
    for (const backup::BackupInfo& b : backups) {
        if (!b.createdAt.isValid() || b.manifest.isEmpty())
            continue;
        const double x = double(b.createdAt.toMSecsSinceEpoch());
        const double mb = double(b.manifest.storedSize()) / (1024.0 * 1024.0);
        biggest = qMax(biggest, mb);
        sizes.append({ x, mb });
        counts.append({ x, double(counts.size() + 1) });
        if (!first.isValid() || b.createdAt < first)
            first = b.createdAt;
        if (!last.isValid() || b.createdAt > last)
            last = b.createdAt;
    }
    m_sizes->replace(sizes);
    m_counts->replace(counts);
    if (first.isValid()) {
        // A single backup, or several within a day, still get a readable range.
        m_time->setRange(first.addSecs(-3600).toLocalTime(), qMax(last, first.addDays(1)).toLocalTime());
        m_time->setFormat(first.daysTo(last) < 2 ? QStringLiteral("d MMM hh:mm") : QStringLiteral("d MMM"));
    }
    m_sizeAxis->setMax(qMax(1.0, biggest * 1.15));
    m_countAxis->setMax(qMax(5.0, double(counts.size()) * 1.15));
}

int BackupSizeChart::pointCount() const
{
    return int(m_sizes->count());
}

void BackupSizeChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void BackupSizeChart::applyPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    for (QAbstractAxis* axis : chart()->axes()) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setGridLineColor(palette().color(QPalette::Mid));
    }
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
}

} // namespace tp::ui
