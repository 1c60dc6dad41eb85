#pragma once

// How late the window's event loop runs while work goes on in the
// background: a 5 ms timer notes how much later than due each tick came.

#include <algorithm>
#include <cstdio>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <vector>

namespace tp::bench {

class LoopWatch : public QObject
{
public:
    LoopWatch()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_gaps.push_back(double(now - m_last) / 1e6 - 5.0);
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    // Prints the phase's time, worst and 99th-percentile delay.
    void report(const char* phase)
    {
        m_timer.stop();
        std::sort(m_gaps.begin(), m_gaps.end());
        const double worst = m_gaps.empty() ? 0 : m_gaps.back();
        const double p99 = m_gaps.empty() ? 0 : m_gaps.at(size_t(double(m_gaps.size() - 1) * 0.99));
        std::printf("%-34s %6.1f s  ticks %6zu  worst delay %6.1f ms  99th percentile %5.1f ms\n", phase,
                    double(m_clock.elapsed()) / 1000.0, m_gaps.size(), worst, p99);
        std::fflush(stdout);
        m_worst = std::max(m_worst, worst);
    }
    double worst() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<double> m_gaps;
    double m_worst = 0;
};

// Runs the event loop until `sender` emits `signal`.
template <typename Signal, typename Sender> void waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace tp::bench
