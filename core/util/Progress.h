#pragma once

#include <QString>

namespace tp {

// The one small interface through which long core operations report how far
// they are and learn that the user wants them to stop.
class Progress
{
public:
    virtual ~Progress() = default;
    virtual void report(qint64 done, qint64 total, const QString& what) = 0;
    virtual bool isCanceled() const = 0;
};

// Progress that nobody watches.
class NoProgress final : public Progress
{
public:
    void report(qint64, qint64, const QString&) override { }
    bool isCanceled() const override { return false; }
};

} // namespace tp
