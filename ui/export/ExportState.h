#pragma once

#include "exchange/ExportOptions.h"

namespace tp::ui {

// What the export wizard's pages share: the practice, the options they
// chose (the one place the wizard's state lives — never read back from
// widgets) and the export's result.
struct ExportState
{
    QString databasePath;
    exchange::ExportOptions options;
    exchange::ExportResult result;
};

} // namespace tp::ui
