#include "ScheduleEditor.h"

#include "backup/Schedule.h"
#include "common/Words.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QTimeZone>

namespace tp::ui {

namespace {

enum Kind { Off, Daily, Weekly, Monthly, Cron };
const char* const kDays[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

} // namespace

ScheduleEditor::ScheduleEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    m_kind->addItems({ tr("Off – only when I click Back Up Now"), tr("Every day"), tr("Every week"),
                       tr("Every month"), tr("Custom (cron)") });
    form->addRow(tr("&Back up:"), m_kind);

    m_details = new QStackedWidget(this);
    m_time = new QTimeEdit(this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(QTime(2, 0));
    m_weekday = new QComboBox(this);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day));
    m_monthDay = new QSpinBox(this);
    m_monthDay->setRange(1, 31);
    m_monthDay->setToolTip(tr("A day the month does not have means its last day"));
    m_cron = new QLineEdit(this);
    m_cron->setPlaceholderText(tr("minute hour day month weekday, e.g. 30 2 * * 1-5"));
    m_cron->setAccessibleName(tr("Cron schedule"));

    const auto page = [this](std::initializer_list<QWidget*> widgets, const QString& at) {
        auto* w = new QWidget(m_details);
        auto* row = new QHBoxLayout(w);
        row->setContentsMargins(0, 0, 0, 0);
        for (QWidget* widget : widgets) {
            if (widget == m_time)
                row->addWidget(new QLabel(at, w));
            row->addWidget(widget);
        }
        row->addStretch();
        m_details->addWidget(w);
    };
    m_details->addWidget(new QWidget(m_details)); // off
    m_details->addWidget(new QWidget(m_details)); // daily: the time is shared, see update()
    page({ m_weekday }, {});
    page({ m_monthDay }, {});
    page({ m_cron }, {});
    auto* when = new QWidget(this);
    auto* whenRow = new QHBoxLayout(when);
    whenRow->setContentsMargins(0, 0, 0, 0);
    whenRow->addWidget(m_details);
    whenRow->addWidget(new QLabel(tr("at"), when));
    whenRow->addWidget(m_time);
    whenRow->addStretch();
    form->addRow(tr("&On:"), when);
    m_when = when;
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(when)))
        label->setBuddy(m_time);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: rgb(208,59,47);"));
    form->addRow(QString(), m_problem);
    m_next = new QLabel(this);
    m_next->setWordWrap(true);
    m_next->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Next backups:"), m_next);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScheduleEditor::update);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleEditor::update);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, &ScheduleEditor::update);
    connect(m_monthDay, &QSpinBox::valueChanged, this, &ScheduleEditor::update);
    connect(m_cron, &QLineEdit::textEdited, this, &ScheduleEditor::update);
    update();
}

void ScheduleEditor::setText(const QString& schedule)
{
    m_loading = true;
    static const QRegularExpression daily(QStringLiteral("^daily (\\d\\d):(\\d\\d)$"));
    static const QRegularExpression weekly(QStringLiteral("^weekly (\\w{3}) (\\d\\d):(\\d\\d)$"));
    static const QRegularExpression monthly(QStringLiteral("^monthly (\\d{1,2}) (\\d\\d):(\\d\\d)$"));
    const QString text = schedule.trimmed().toLower();
    QRegularExpressionMatch m;
    const auto at = [](const QRegularExpressionMatch& match, int first) {
        return QTime(match.captured(first).toInt(), match.captured(first + 1).toInt());
    };
    if (text.isEmpty()) {
        m_kind->setCurrentIndex(Off);
    } else if ((m = daily.match(text)).hasMatch()) {
        m_kind->setCurrentIndex(Daily);
        m_time->setTime(at(m, 1));
    } else if ((m = weekly.match(text)).hasMatch()
               && std::find_if(std::begin(kDays), std::end(kDays),
                               [&](const char* d) { return m.captured(1) == QLatin1String(d); })
                   != std::end(kDays)) {
        m_kind->setCurrentIndex(Weekly);
        for (int i = 0; i < 7; ++i) {
            if (m.captured(1) == QLatin1String(kDays[i]))
                m_weekday->setCurrentIndex(i);
        }
        m_time->setTime(at(m, 2));
    } else if ((m = monthly.match(text)).hasMatch()) {
        m_kind->setCurrentIndex(Monthly);
        m_monthDay->setValue(m.captured(1).toInt());
        m_time->setTime(at(m, 2));
    } else {
        m_kind->setCurrentIndex(Cron);
        m_cron->setText(schedule.trimmed());
    }
    m_loading = false;
    update();
}

QString ScheduleEditor::text() const
{
    const QString time = m_time->time().toString(QStringLiteral("HH:mm"));
    switch (m_kind->currentIndex()) {
    case Daily:
        return QStringLiteral("daily %1").arg(time);
    case Weekly:
        return QStringLiteral("weekly %1 %2").arg(QLatin1String(kDays[m_weekday->currentIndex()]), time);
    case Monthly:
        return QStringLiteral("monthly %1 %2").arg(m_monthDay->value()).arg(time);
    case Cron:
        return m_cron->text().trimmed();
    }
    return {};
}

bool ScheduleEditor::isValid() const
{
    return text().isEmpty() || backup::Schedule::parse(text()).has_value();
}

QList<QDateTime> ScheduleEditor::nextRuns(const QDateTime& from, int count) const
{
    QList<QDateTime> runs;
    const auto schedule = backup::Schedule::parse(text());
    if (!schedule)
        return runs;
    QDateTime after = from;
    for (int i = 0; i < count; ++i) {
        after = schedule->nextRun(after, QTimeZone::systemTimeZone());
        if (!after.isValid())
            break;
        runs << after;
    }
    return runs;
}

QString ScheduleEditor::nextRunsText() const
{
    return m_next->text();
}

void ScheduleEditor::update()
{
    const int kind = m_kind->currentIndex();
    m_details->setCurrentIndex(kind);
    m_details->setVisible(kind == Weekly || kind == Monthly || kind == Cron);
    m_time->setEnabled(kind == Daily || kind == Weekly || kind == Monthly);
    m_time->setVisible(kind != Off && kind != Cron);
    if (auto* form = qobject_cast<QFormLayout*>(layout()))
        form->setRowVisible(m_when, kind != Off);
    for (QLabel* at : m_when->findChildren<QLabel*>(Qt::FindDirectChildrenOnly))
        at->setVisible(!m_time->isHidden());
    QString problem;
    const bool valid = text().isEmpty() || backup::Schedule::parse(text(), &problem).has_value();
    m_problem->setText(valid ? QString() : problem);
    m_problem->setVisible(!valid);
    QStringList lines;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QDateTime& run : nextRuns(now))
        lines << tr("%1 at %2")
                     .arg(QLocale().toString(run.toLocalTime().date(), QLocale::LongFormat),
                          QLocale().toString(run.toLocalTime().time(), QLocale::ShortFormat));
    m_next->setText(kind == Off           ? tr("none: backups are made only when you click Back Up Now")
                        : lines.isEmpty() ? tr("–")
                                          : lines.join(QLatin1Char('\n')));
    if (!m_loading)
        emit changed();
}

} // namespace tp::ui
