#include "ActivityHeatmap.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace tp::ui {

namespace {

constexpr int kLabelWidth = 40;
constexpr int kLabelHeight = 18;

} // namespace

ActivityHeatmap::ActivityHeatmap(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Activity by weekday and hour"));
}

void ActivityHeatmap::setCounts(const std::array<std::array<qint64, 24>, 7>& counts)
{
    m_counts = counts;
    m_most = 0;
    for (const auto& day : counts)
        for (qint64 n : day)
            m_most = qMax(m_most, n);
    update();
}

QRect ActivityHeatmap::cell(int day, int hour) const
{
    const double w = double(width() - kLabelWidth) / 24.0;
    const double h = double(height() - kLabelHeight) / 7.0;
    return QRect(kLabelWidth + int(hour * w), int(day * h), qMax(1, int(w) - 1), qMax(1, int(h) - 1));
}

void ActivityHeatmap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QColor base = palette().color(QPalette::Base);
    const QColor strong = palette().color(QPalette::Highlight);
    const QLocale locale;
    p.setPen(palette().color(QPalette::WindowText));
    for (int day = 0; day < 7; ++day) {
        const QRect first = cell(day, 0);
        p.drawText(QRect(0, first.top(), kLabelWidth - 4, first.height()), Qt::AlignRight | Qt::AlignVCenter,
                   locale.dayName(day + 1, QLocale::ShortFormat));
        for (int hour = 0; hour < 24; ++hour) {
            const double share = m_most > 0 ? double(m_counts[day][hour]) / double(m_most) : 0.0;
            QColor c;
            c.setRgbF(base.redF() + (strong.redF() - base.redF()) * share,
                      base.greenF() + (strong.greenF() - base.greenF()) * share,
                      base.blueF() + (strong.blueF() - base.blueF()) * share);
            p.fillRect(cell(day, hour), c);
        }
    }
    for (int hour = 0; hour < 24; hour += 6) {
        const QRect c = cell(6, hour);
        p.drawText(QRect(c.left(), height() - kLabelHeight, 40, kLabelHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    }
}

bool ActivityHeatmap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint at = static_cast<QHelpEvent*>(event)->pos();
        for (int day = 0; day < 7; ++day) {
            for (int hour = 0; hour < 24; ++hour) {
                if (cell(day, hour).contains(at)) {
                    QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(),
                                       tr("%1, %2:00–%2:59: %n change(s)", nullptr, int(m_counts[day][hour]))
                                           .arg(QLocale().dayName(day + 1))
                                           .arg(hour, 2, 10, QLatin1Char('0')),
                                       this);
                    return true;
                }
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace tp::ui
