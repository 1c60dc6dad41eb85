#pragma once

#include <array>
#include <QWidget>

namespace tp::ui {

// When the practice's work happens: a grid of weekdays (Monday first) by
// hours, each cell the darker the more was made or changed then, with the
// number in its tooltip. QtCharts has no heat map, hence this small widget;
// its colours come from the palette, so it reads in light and dark.
class ActivityHeatmap : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityHeatmap(QWidget* parent = nullptr);

    void setCounts(const std::array<std::array<qint64, 24>, 7>& counts);
    QSize sizeHint() const override { return { 560, 190 }; }
    QSize minimumSizeHint() const override { return { 360, 150 }; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override; // tooltips

private:
    QRect cell(int day, int hour) const;

    std::array<std::array<qint64, 24>, 7> m_counts{};
    qint64 m_most = 0;
};

} // namespace tp::ui
