#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;

namespace tp::ui {

// Off / every day / every week / every month at a time / a cron line, as
// the schedule text core parses ("daily 02:00", "weekly mon 02:00",
// "monthly 1 02:00", "30 2 * * 1-5"), with the next five runs shown.
class ScheduleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleEditor(QWidget* parent = nullptr);

    void setText(const QString& schedule); // empty: off
    // Empty when off; the text even when it does not parse (see isValid).
    QString text() const;
    bool isValid() const;
    // The next runs after `from`, as listed (the tests compare them with core's).
    QList<QDateTime> nextRuns(const QDateTime& from, int count = 5) const;
    QString nextRunsText() const;

signals:
    void changed();

private:
    void update();

    QComboBox* m_kind;
    QStackedWidget* m_details;
    QTimeEdit* m_time;
    QComboBox* m_weekday;
    QSpinBox* m_monthDay;
    QLineEdit* m_cron;
    QWidget* m_when = nullptr; // the row with the day and time
    QLabel* m_problem;
    QLabel* m_next;
    bool m_loading = false;
};

} // namespace tp::ui
