#pragma once

#include "db/Database.h"

class QWidget;

namespace tp::ui {

// The dialog shown when the practice database cannot be opened: the reason
// in one sentence, plus what the practitioner can do about it.
void showOpenFailure(QWidget* parent, const db::OpenFailure& failure);
// That reason and advice as text.
QString openFailureText(const db::OpenFailure& failure);

} // namespace tp::ui
