#pragma once

#include <QStringList>

namespace tp::cli {

// Parses the command line and runs one command (see Command.h). Exit codes:
// 0 success, 1 failure (one line on stderr), 2 usage error.
int run(const QStringList& arguments);

} // namespace tp::cli
