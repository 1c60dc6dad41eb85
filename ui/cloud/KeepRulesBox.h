#pragma once

#include "backup/Retention.h"

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace tp::ui {

// How many copies a place keeps: every one, or only some, in the retention
// rules' words — the newest N, and one a day / week / month / year for so
// many. The same rules as `cloud add --keep-…`.
class KeepRulesBox : public QWidget
{
    Q_OBJECT

public:
    explicit KeepRulesBox(QWidget* parent = nullptr);

    void setPolicy(const backup::RetentionPolicy& policy);
    backup::RetentionPolicy policy() const; // other rules (within days) stay as set

private:
    QSpinBox* spin(const QString& suffix);
    void updateState();

    backup::RetentionPolicy m_policy;
    QCheckBox* m_some;
    QSpinBox* m_last;
    QSpinBox* m_daily;
    QSpinBox* m_weekly;
    QSpinBox* m_monthly;
    QSpinBox* m_yearly;
};

} // namespace tp::ui
