#pragma once

#include "exchange/ImportOptions.h"

namespace tp::ui {

// What the import wizard's pages share: the practice, the options they
// chose (the one place the wizard's state lives — never read back from
// widgets) and what the check, the dry run and the import found.
struct ImportState
{
    QString databasePath;
    exchange::ImportOptions options;
    exchange::ImportResult check; // the first dry run: every problem and conflict
    exchange::ImportResult dry; // the dry run with the chosen options
    exchange::ImportResult result; // the import
};

} // namespace tp::ui
