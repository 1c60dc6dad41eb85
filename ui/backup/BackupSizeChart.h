#pragma once

#include "backup/BackupEngine.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace tp::ui {

// The dashboard's chart: each backup's size, and how many backups there
// were, over time; drawn in the palette's light or dark.
class BackupSizeChart : public QChartView
{
    Q_OBJECT

public:
    explicit BackupSizeChart(QWidget* parent = nullptr);

    // Oldest first.
    void setBackups(const QList<backup::BackupInfo>& backups);
    int pointCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QLineSeries* m_sizes;
    QLineSeries* m_counts;
    QDateTimeAxis* m_time;
    QValueAxis* m_sizeAxis;
    QValueAxis* m_countAxis;
};

} // namespace tp::ui
