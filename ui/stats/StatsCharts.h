#pragma once

#include "stats/PracticeStats.h"

#include <QCoreApplication>
#include <QPalette>

class QChartView;

namespace tp::ui {

// The statistics page's charts, drawn with QtCharts in the page's palette
// (light or dark), each with the context menu that saves it as PNG or SVG.
class StatsCharts
{
    Q_DECLARE_TR_FUNCTIONS(tp::ui::StatsCharts)

public:
    // A pie of the space by kind: the five largest, the rest as "Other".
    static QChartView* storage(const stats::PracticeStats& s, const QPalette& palette);
    // Lines of clients and charts made per week (7), month (30) or year (365).
    static QChartView* madePerPeriod(const stats::PracticeStats& s, int periodDays, const QPalette& palette);
    // Bars of the space the kept backups took as they were made: one per day
    // for a short history, else one per month (its last day), the latest 24.
    static QChartView* backupsOverTime(const stats::PracticeStats& s, const QPalette& palette);
};

} // namespace tp::ui
