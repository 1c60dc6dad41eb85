#include "RecordCheckBox.h"

#include "common/BackgroundJob.h"
#include "db/TableRegistry.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

struct Checked
{
    stats::RecordCheckResult result;
    QString error;
};

} // namespace

RecordCheckBox::RecordCheckBox(QString databasePath, QWidget* parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
    , m_status(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_again(new QPushButton(tr("Check Again"), this))
    , m_link(new QPushButton(this))
    , m_details(new QVBoxLayout)
{
    m_status->setWordWrap(true);
    m_link->setObjectName(QStringLiteral("records-with-problems"));
    m_link->setFlat(true);
    m_link->setCursor(Qt::PointingHandCursor);
    m_link->setStyleSheet(QStringLiteral("text-align:left; text-decoration:underline"));
    m_link->setVisible(false);
    m_bar->setMaximumWidth(260);
    m_bar->setVisible(false);
    m_stop->setVisible(false);
    m_again->setToolTip(tr("Checks every record against the rules an import applies."));
    connect(m_stop, &QPushButton::clicked, this, &RecordCheckBox::stop);
    connect(m_again, &QPushButton::clicked, this, &RecordCheckBox::start);
    connect(m_link, &QPushButton::clicked, this, [this] {
        emit showClients(m_result.clientIds, tr("clients with records that need correcting"));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_bar);
    row->addWidget(m_stop);
    row->addWidget(m_again);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_link);
    layout->addLayout(m_details);
    m_status->setText(tr("The records have not been checked yet."));
}

RecordCheckBox::~RecordCheckBox()
{
    cancelAndWait(m_job);
}

void RecordCheckBox::start()
{
    cancelAndWait(m_job);
    m_job = nullptr;
    m_stale = false;
    m_status->setText(tr("Checking every record against the rules an import applies…"));
    m_bar->setRange(0, 0);
    m_bar->setVisible(true);
    m_stop->setVisible(true);
    m_again->setEnabled(false);
    m_job = startJob<Checked>(
        this, m_databasePath,
        [](db::Database& database, Progress& progress) {
            Checked c;
            stats::RecordCheck::run(database.connection(), &progress, &c.result, &c.error);
            return c;
        },
        [this](const JobOutcome<Checked>& outcome) {
            m_job = nullptr;
            m_bar->setVisible(false);
            m_stop->setVisible(false);
            m_again->setEnabled(true);
            const Checked c = outcome.resultOr(tr("Stopped."));
            if (!c.error.isEmpty()) {
                m_status->setText(tr("The records could not be checked: %1").arg(c.error));
                m_stale = true;
                return;
            }
            show(c.result);
            emit finished();
        });
    connect(m_job, &QFutureWatcherBase::progressRangeChanged, m_bar,
            [this](int minimum, int maximum) { m_bar->setRange(minimum, maximum); });
    connect(m_job, &QFutureWatcherBase::progressValueChanged, m_bar, &QProgressBar::setValue);
}

void RecordCheckBox::stop()
{
    if (m_job)
        m_job->cancel();
}

void RecordCheckBox::show(const stats::RecordCheckResult& r)
{
    m_result = r;
    while (QLayoutItem* item = m_details->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    if (!r.complete) {
        m_status->setText(tr("Stopped after %1 records. Check Again looks at them all.")
                              .arg(locale.toString(r.rowsChecked)));
        m_stale = true;
    } else if (r.errors + r.warnings == 0) {
        m_status->setText(
            tr("All %1 records pass the checks an import applies.").arg(locale.toString(r.rowsChecked)));
    } else {
        m_status->setText(
            tr("Records checked: %1; problems: %2; to note: %3.")
                .arg(locale.toString(r.rowsChecked), locale.toString(r.errors), locale.toString(r.warnings)));
    }
    m_link->setVisible(!r.clientIds.isEmpty());
    m_link->setText(tr("%n client(s) have records that need correcting", nullptr, int(r.clientIds.size())));
    for (int i = 0; i < qMin<qsizetype>(r.problems.size(), 5); ++i) {
        const stats::RecordProblem& p = r.problems.at(i);
        const QString where = p.field.isEmpty()
            ? db::TableRegistry::displayName(p.table)
            : tr("%1, %2").arg(db::TableRegistry::displayName(p.table),
                               db::TableRegistry::displayName(p.table, p.field));
        auto* line = new QLabel(tr("• %1: %2").arg(where, p.message), this);
        line->setWordWrap(true);
        m_details->addWidget(line);
    }
}

} // namespace tp::ui
