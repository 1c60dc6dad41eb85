#pragma once

#include "util/Progress.h"

#include <cstdint>
#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace tp::demo {

struct DemoOptions
{
    int clients = 200;
    int chartsPerClient = 1;
    std::uint64_t seed = 1;
};

struct DemoResult
{
    bool ok = false;
    bool canceled = false;
    QString error;
    QMap<QString, qint64> inserted; // table -> rows
    qint64 elapsedMs = 0;
};

// Fills the database with a plausible, fictional practice. The same seed
// gives byte-identical rows. Everything is one transaction: a failure or a
// cancel leaves the database as it was.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(tp::demo::DemoGenerator)

public:
    static DemoResult generate(QSqlDatabase db, const DemoOptions& options, Progress* progress = nullptr);
};

} // namespace tp::demo
