#pragma once

// What every benchmark program needs: medians of repeated runs, and the
// peak memory of a child process.

#include <algorithm>
#include <functional>
#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <sys/resource.h>

namespace tp::bench {

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Median seconds of `runs` calls of `fn`; -1 when a call fails.
inline double medianSeconds(int runs, const std::function<bool()>& fn)
{
    QList<double> seconds;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!fn())
            return -1;
        seconds << timer.nsecsElapsed() / 1e9;
    }
    return median(seconds);
}

// Runs `program` to completion and returns the peak RSS (MB) of this
// process's children so far: call it before starting any other child.
inline double peakRssOfChildMb(QProcess& process, const QString& program, const QStringList& arguments)
{
    process.start(program, arguments);
    process.waitForFinished(-1);
    struct rusage usage
    {
    };
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024.0;
}

} // namespace tp::bench
