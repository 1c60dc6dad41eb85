#include "KeepRulesBox.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

namespace tp::ui {

KeepRulesBox::KeepRulesBox(QWidget* parent)
    : QWidget(parent)
    , m_some(new QCheckBox(tr("Only some; older copies there are removed:"), this))
    , m_last(spin(QString()))
    , m_daily(spin(tr(" days")))
    , m_weekly(spin(tr(" weeks")))
    , m_monthly(spin(tr(" months")))
    , m_yearly(spin(tr(" years")))
{
    m_some->setObjectName(QStringLiteral("keepSome"));
    m_some->setToolTip(
        tr("Unticked, every copy stays there. Pinned backups and the newest verified one always "
           "stay."));
    m_last->setObjectName(QStringLiteral("keepLast"));
    m_daily->setObjectName(QStringLiteral("keepDaily"));
    m_weekly->setObjectName(QStringLiteral("keepWeekly"));
    m_monthly->setObjectName(QStringLiteral("keepMonthly"));
    m_yearly->setObjectName(QStringLiteral("keepYearly"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_some, 0, 0, 1, 4);
    const QList<QPair<QString, QSpinBox*>> rows = { { tr("the newest"), m_last },
                                                    { tr("one a day for"), m_daily },
                                                    { tr("one a week for"), m_weekly },
                                                    { tr("one a month for"), m_monthly },
                                                    { tr("one a year for"), m_yearly } };
    for (int i = 0; i < int(rows.size()); ++i) {
        auto* label = new QLabel(rows[i].first, this);
        label->setBuddy(rows[i].second);
        grid->addWidget(label, 1 + i / 3, (i % 3) * 2);
        grid->addWidget(rows[i].second, 1 + i / 3, (i % 3) * 2 + 1);
    }
    grid->setColumnStretch(6, 1);
    connect(m_some, &QCheckBox::toggled, this, &KeepRulesBox::updateState);
    updateState();
}

QSpinBox* KeepRulesBox::spin(const QString& suffix)
{
    auto* box = new QSpinBox(this);
    box->setRange(0, 9999);
    box->setSuffix(suffix);
    box->setSpecialValueText(tr("none"));
    return box;
}

void KeepRulesBox::updateState()
{
    for (QSpinBox* box : { m_last, m_daily, m_weekly, m_monthly, m_yearly })
        box->setEnabled(m_some->isChecked());
}

void KeepRulesBox::setPolicy(const backup::RetentionPolicy& policy)
{
    m_policy = policy;
    m_last->setValue(policy.keepLast);
    m_daily->setValue(policy.keepDaily);
    m_weekly->setValue(policy.keepWeekly);
    m_monthly->setValue(policy.keepMonthly);
    m_yearly->setValue(policy.keepYearly);
    m_some->setChecked(!policy.isEmpty());
    updateState();
}

backup::RetentionPolicy KeepRulesBox::policy() const
{
    backup::RetentionPolicy p = m_policy;
    const bool some = m_some->isChecked();
    p.keepLast = some ? m_last->value() : 0;
    p.keepDaily = some ? m_daily->value() : 0;
    p.keepWeekly = some ? m_weekly->value() : 0;
    p.keepMonthly = some ? m_monthly->value() : 0;
    p.keepYearly = some ? m_yearly->value() : 0;
    if (!some)
        p.keepWithinDays = 0;
    return p;
}

} // namespace tp::ui
