#pragma once

#include "util/Progress.h"

#include <functional>
#include <QString>

class QFutureWatcherBase;

namespace tp::ui {

// Work that swaps the practice's file while it is closed (a full restore):
// runs on a worker with the file's path; false and why when it did not swap.
using BackgroundSwap = std::function<bool(const QString& path, Progress& progress, QString* error)>;

// Runs a BackgroundSwap around closing and reopening the practice (see
// PracticeSession::replaceFileInBackground); the window hands it to its
// restore dialog. Null watcher when it could not start (`done` has said why).
using FileReplacer = std::function<QFutureWatcherBase*(
    const BackgroundSwap& swap, std::function<void(bool ok, const QString& error)> done)>;

} // namespace tp::ui
