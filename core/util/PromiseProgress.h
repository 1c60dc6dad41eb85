#pragma once

#include "Progress.h"

#include <QPromise>

namespace tp {

// Progress reported into the QPromise of a QtConcurrent::run task, so a
// QFutureWatcher on the GUI thread sees values and text, and cancel()
// reaches the core operation.
template <typename T> class PromiseProgress final : public Progress
{
public:
    explicit PromiseProgress(QPromise<T>& promise)
        : m_promise(promise)
    {
    }

    void report(qint64 done, qint64 total, const QString& what) override
    {
        if (total != m_total) {
            m_total = total;
            m_promise.setProgressRange(0, int(qMin<qint64>(total, INT_MAX)));
        }
        m_promise.setProgressValueAndText(int(qMin<qint64>(done, INT_MAX)), what);
    }

    bool isCanceled() const override { return m_promise.isCanceled(); }

private:
    QPromise<T>& m_promise;
    qint64 m_total = -1;
};

} // namespace tp
