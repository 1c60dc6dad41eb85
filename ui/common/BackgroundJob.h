#pragma once

#include "db/Database.h"
#include "util/PromiseProgress.h"

#include <functional>
#include <memory>
#include <optional>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace tp::ui {

// How a background job ended.
template <typename Result> struct JobOutcome
{
    std::optional<Result> result; // none when cancelled or when the practice could not be opened
    bool canceled = false;
    QString openFailure; // why the worker could not open the practice
    // The result, or `Result` with its `error` set to why there is none.
    Result resultOr(const QString& canceledText) const
    {
        if (result)
            return *result;
        Result r;
        r.error = openFailure.isEmpty() ? canceledText : openFailure;
        return r;
    }
};

namespace detail {

// Runs `work` on a QtConcurrent worker, filling the outcome that `done`
// gets on `owner`'s thread (see startJob).
template <typename Result>
QFutureWatcher<void>* runJob(QObject* owner, std::function<void(JobOutcome<Result>&, Progress&)> work,
                             std::function<void(const JobOutcome<Result>&)> done)
{
    // Written by the worker before its future finishes, read after.
    auto shared = std::make_shared<JobOutcome<Result>>();
    auto* watcher = new QFutureWatcher<void>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, shared, done] {
        watcher->deleteLater();
        JobOutcome<Result> outcome = *shared;
        outcome.canceled = watcher->future().isCanceled();
        if (done)
            done(outcome);
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work), shared](QPromise<void>& promise) {
        PromiseProgress<void> progress(promise);
        work(*shared, progress);
    }));
    return watcher;
}

} // namespace detail

// The one way the app runs long work: `work` runs on a QtConcurrent worker
// with a database connection of its own (opened there, on `databasePath`),
// reports through `Progress` — the returned watcher carries its range,
// value and text, and cancels it —, and `done` gets the outcome on the
// window's thread. A result the work returns after a cancel came too late
// (an import that committed) is still handed to `done`. The watcher belongs
// to `owner`; an owner that replaces a job, or may go while it runs, calls
// `cancelAndWait`, after which `done` is never called.
template <typename Result>
QFutureWatcher<void>* startJob(QObject* owner, const QString& databasePath,
                               std::function<Result(db::Database&, Progress&)> work,
                               std::function<void(const JobOutcome<Result>&)> done)
{
    return detail::runJob<Result>(
        owner,
        [databasePath, work = std::move(work)](JobOutcome<Result>& outcome, Progress& progress) {
            db::OpenFailure openFailure;
            auto database = db::Database::openExisting(databasePath, &openFailure);
            if (!database) {
                outcome.openFailure = openFailure.message;
                return;
            }
            outcome.result = work(*database, progress);
        },
        std::move(done));
}

// The same for work that needs no connection (backups open the file themselves).
template <typename Result>
QFutureWatcher<void>* startWork(QObject* owner, std::function<Result(Progress&)> work,
                                std::function<void(const JobOutcome<Result>&)> done)
{
    return detail::runJob<Result>(
        owner,
        [work = std::move(work)](JobOutcome<Result>& outcome, Progress& progress) {
            outcome.result = work(progress);
        },
        std::move(done));
}

// Stops a job for good: it is cancelled, its worker is waited for, and its
// `done` (and everything else connected to the watcher) no longer runs,
// even when it had finished and its report was on its way.
inline void cancelAndWait(QFutureWatcherBase* watcher)
{
    if (!watcher)
        return;
    watcher->disconnect();
    watcher->cancel();
    watcher->waitForFinished();
    watcher->deleteLater();
}

} // namespace tp::ui
