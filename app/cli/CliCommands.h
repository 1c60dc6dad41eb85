#pragma once

#include <QStringList>

namespace tp::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Parses the command line and runs one command. Exit codes: 0 success,
// 1 failure (one line on stderr), 2 usage error.
int run(const QStringList& arguments);

} // namespace tp::cli
