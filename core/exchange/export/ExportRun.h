#pragma once

// What the parts of an export share (Exporter.cpp plans and runs it;
// JsonExport.cpp and CsvExport.cpp write it).

#include "exchange/Anonymizer.h"
#include "exchange/Exporter.h"
#include "util/Progress.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

class QIODevice;

namespace tp::crypto {
class Sha256;
}

namespace tp::exchange::exporter {

using db::Column;
using db::ColumnKind;
using db::Table;
using db::TableRegistry;

struct TablePlan
{
    const Table* table = nullptr;
    QList<const Column*> columns;
    qint64 count = 0;
    QString select;
};

// Everything one export run needs, built once.
struct Context
{
    QSqlDatabase db;
    ExportOptions options;
    QList<TablePlan> plans;
    Anonymizer anonymizer;
    Progress* progress = nullptr;
    qint64 total = 0;
    qint64 done = 0;
    QMap<QString, qint64> written;
    QStringList warnings;
    QString exportedAt;
    bool canceled = false;

    explicit Context(const ExportOptions& o)
        : options(o)
        , anonymizer(o)
    {
    }

    bool tick()
    {
        ++done;
        if ((done & 255) == 0) {
            progress->report(done, total, QString());
            if (progress->isCanceled())
                canceled = true;
        }
        return !canceled;
    }
};

// Reads a plan's rows one at a time; values already anonymised.
class RowCursor
{
public:
    RowCursor(Context& ctx, const TablePlan& plan)
        : m_ctx(ctx)
        , m_plan(plan)
        , m_query(ctx.db)
    {
        m_query.setForwardOnly(true);
        m_ok = m_query.exec(plan.select);
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_query.lastError().text(); }
    bool next(QVariantList& values)
    {
        if (!m_query.next())
            return false;
        values.resize(m_plan.columns.size());
        for (int i = 0; i < m_plan.columns.size(); ++i)
            values[i] = m_query.value(i);
        m_ctx.anonymizer.apply(*m_plan.table, m_plan.columns, values);
        return true;
    }

private:
    Context& m_ctx;
    const TablePlan& m_plan;
    QSqlQuery m_query;
    bool m_ok = false;
};

// The file's header (JSON) or manifest (CSV bundle): format, time, scope, options, counts.
QJsonObject headerObject(const Context& ctx);
// The whole export as JSON (`rowLimit` rows per table at most; -1: all).
bool writeJson(QIODevice* out, Context& ctx, qint64 rowLimit, QString* error);
// One table as CSV, hashed into `hash` when given; `rows` says how many were written.
bool writeCsvTable(QIODevice* out, const TablePlan& plan, Context& ctx, qint64 rowLimit, crypto::Sha256* hash,
                   qint64* rows, QString* error);
// The zip of CSV files with its manifest, written under a temporary name and renamed into place.
bool writeCsvBundle(const QString& path, Context& ctx, QString* error);

} // namespace tp::exchange::exporter
