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

// The one way the app runs long work: `work` runs on a QtConcurrent worker
// with a database connection of its own (opened there, on `databasePath`),
// reports through `Progress` — the returned watcher carries its range,
// value and text, and cancels it —, and `done` gets the outcome on the
// window's thread. The watcher belongs to `owner`; an owner that may go
// while the job runs calls `cancelAndWait` first.
template <typename Result>
QFutureWatcher<Result>* startJob(QObject* owner, const QString& databasePath,
                                 std::function<Result(db::Database&, Progress&)> work,
                                 std::function<void(const JobOutcome<Result>&)> done)
{
    auto failure = std::make_shared<QString>();
    auto* watcher = new QFutureWatcher<Result>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, failure, done] {
        watcher->deleteLater();
        const QFuture<Result> future = watcher->future();
        JobOutcome<Result> outcome;
        if (future.resultCount() > 0)
            outcome.result = future.result();
        outcome.canceled = future.isCanceled();
        outcome.openFailure = *failure; // written before the future finished
        if (done)
            done(outcome);
    });
    watcher->setFuture(
        QtConcurrent::run([databasePath, work = std::move(work), failure](QPromise<Result>& promise) {
            db::OpenFailure openFailure;
            auto database = db::Database::openExisting(databasePath, &openFailure);
            if (!database) {
                *failure = openFailure.message;
                return;
            }
            PromiseProgress<Result> progress(promise);
            promise.addResult(work(*database, progress));
        }));
    return watcher;
}

// Cancels a job that may still run and waits until its worker has stopped.
inline void cancelAndWait(QFutureWatcherBase* watcher)
{
    if (watcher && watcher->isRunning()) {
        watcher->cancel();
        watcher->waitForFinished();
    }
}

} // namespace tp::ui
