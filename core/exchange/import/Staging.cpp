#include "exchange/ImportReader.h"
#include "ImportRun.h"

#include <deque>
#include <map>
#include <QFileInfo>
#include <QMutex>
#include <QWaitCondition>
#include <thread>

namespace tp::exchange::importer {

int tableIndex(const Table& t)
{
    const QList<Table>& tables = TableRegistry::instance().tables();
    for (int i = 0; i < tables.size(); ++i) {
        if (&tables.at(i) == &t)
            return i;
    }
    return -1;
}

bool createStaging(Run& run)
{
    // Memory stays flat, whatever the size of the input: staged rows are
    // read again for the checks and the apply, so they get up to 64 MiB (the
    // rest spills to a temporary file); a direct import writes into the
    // database itself and keeps only the rows' places in TEMP.
    if (!run.exec(QStringLiteral("PRAGMA temp.cache_size = ") + QString::number(run.direct ? -16384 : -65536))
        || !run.exec(QStringLiteral("PRAGMA main.cache_size = ")
                     + QString::number(run.direct ? -65536 : -32768)))
        return false;
    for (const Table& t : TableRegistry::instance().tables()) {
        QStringList cols{ QStringLiteral("_file TEXT"), QStringLiteral("_line INTEGER"),
                          QStringLiteral("_bad INTEGER DEFAULT 0"),
                          QStringLiteral("_conflict INTEGER DEFAULT 0") };
        for (const Column& c : t.columns)
            cols << c.name;
        if (!run.exec(QStringLiteral("DROP TABLE IF EXISTS ") + stage(t.name))
            || !run.exec(QStringLiteral("CREATE TABLE ") + stage(t.name) + QStringLiteral(" (")
                         + cols.join(QStringLiteral(", ")) + QLatin1Char(')'))
            || (t.column(QStringLiteral("id"))
                && !run.exec(QStringLiteral("CREATE INDEX temp.stage_") + t.name
                             + QStringLiteral("_id ON stage_") + t.name + QStringLiteral(" (id)"))))
            return false;
    }
    return true;
}

void dropStaging(Run& run)
{
    for (const Table& t : TableRegistry::instance().tables()) {
        QSqlQuery q(run.db);
        q.exec(QStringLiteral("DROP TABLE IF EXISTS ") + stage(t.name));
    }
}

namespace {

// A row read, checked and made storable on the reading thread.
struct CheckedRow
{
    const Table* table = nullptr;
    QString file;
    qint64 line = 0;
    QString id;
    bool bad = false;
    QList<model::Problem> problems;
    QVariantList values; // in the table's column order
};
using RowBatch = std::vector<CheckedRow>;

// Batches of rows from the reading thread to the database thread, at most
// `capacity` batches at a time, so memory stays flat however large the input.
class RowPipe
{
public:
    explicit RowPipe(size_t capacity)
        : m_capacity(capacity)
    {
    }
    // False once the consumer has stopped: the reader should stop too.
    bool push(RowBatch&& batch)
    {
        std::vector<RowBatch> done;
        {
            QMutexLocker locker(&m_mutex);
            while (m_batches.size() >= m_capacity && !m_stopped)
                m_changed.wait(&m_mutex);
            if (m_stopped)
                return false;
            m_batches.push_back(std::move(batch));
            done.swap(m_done);
            m_changed.wakeAll();
        }
        return true; // `done` is freed here, on the reading thread, which has time to spare
    }
    // Hands a written batch back, to be freed by the reading thread.
    void recycle(RowBatch&& batch)
    {
        QMutexLocker locker(&m_mutex);
        m_done.push_back(std::move(batch));
    }
    // False when the reader has finished and everything was taken.
    bool pop(RowBatch* batch)
    {
        QMutexLocker locker(&m_mutex);
        while (m_batches.empty() && !m_finished)
            m_changed.wait(&m_mutex);
        if (m_batches.empty())
            return false;
        *batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.wakeAll();
        return true;
    }
    void finish()
    {
        QMutexLocker locker(&m_mutex);
        m_finished = true;
        m_changed.wakeAll();
    }
    void stop()
    {
        QMutexLocker locker(&m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_changed.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<RowBatch> m_batches;
    std::vector<RowBatch> m_done;
    size_t m_capacity;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace

// Reads every input into the staging tables, checking each row on the way.
// Reading, parsing and checking run on a thread of their own while this one
// writes the rows: two cores, each busy with half the work.
bool stageInputs(Run& run)
{
    const TableRegistry& registry = TableRegistry::instance();
    std::map<QString, std::unique_ptr<WriteStatement>> inserts;
    QSet<QString> ignoredTables;
    const auto insertFor = [&](const Table& t) -> WriteStatement& {
        auto it = inserts.find(t.name);
        if (it == inserts.end()) {
            const QStringList placeColumns{ QStringLiteral("_file"), QStringLiteral("_line"),
                                            QStringLiteral("_bad") };
            it = inserts
                     .emplace(
                         t.name,
                         std::make_unique<WriteStatement>(run.db, t.insertSql(stage(t.name), placeColumns)))
                     .first;
        }
        return *it->second;
    };

    // Direct: good rows go into the table itself (their places are logged by the reading thread).
    std::map<QString, std::unique_ptr<WriteStatement>> directInserts;
    QSqlQuery written(run.db);
    const auto writeDirectly = [&](const CheckedRow& row) {
        const Table& t = *row.table;
        if (row.bad)
            return true;
        auto it = directInserts.find(t.name);
        if (it == directInserts.end())
            it = directInserts
                     .emplace(t.name,
                              std::make_unique<WriteStatement>(run.db,
                                                               t.insertSql(QStringLiteral("main.") + t.name)))
                     .first;
        WriteStatement& q = *it->second;
        int i = 0;
        for (const QVariant& v : row.values)
            q.bind(i++, v);
        if (q.exec()) {
            ++run.directInserted[t.name];
            return true;
        }
        // Refused by a rule (a constraint): an id written before — reported with both places once
        // reading is done — or another rule. Anything else (a full disk, an I/O error) may have
        // ended the transaction itself: the import stops there.
        const QString refusal = q.errorText();
        if (q.errorCode() != 19 /* SQLITE_CONSTRAINT */) {
            run.result.error = refusal;
            return false;
        }
        written.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM main.%1 WHERE id = ?)").arg(t.name));
        written.addBindValue(row.id);
        if (written.exec() && written.next() && written.value(0).toBool()) {
            run.duplicates << Attempt::Duplicate{ &t, row.id, row.file, row.line };
        } else {
            const QString message
                = tp::exchange::Importer::tr("The row could not be written: %1").arg(refusal);
            run.problem(Severity::Error, row.file, row.line, t.name, row.id, QString(), message);
            if (run.writeFailure.isEmpty())
                run.writeFailure = row.file + tp::exchange::Importer::tr(", line ")
                    + QString::number(row.line) + QStringLiteral(": ") + message;
        }
        written.finish();
        return true;
    };

    RowPipe pipe(16);
    std::vector<std::pair<QString, ReadResult>> reads;
    std::thread reader([&]() {
        // A batch goes when it has 256 rows or about 1 MiB of text, whichever comes first: rows
        // in flight stay within ~20 MiB however large single rows are (a chart's data can be 60 KB).
        constexpr size_t kBatch = 256;
        constexpr qsizetype kBatchBytes = 1 << 20;
        RowBatch batch;
        batch.reserve(kBatch);
        qsizetype batchBytes = 0;
        bool open = true;
        const auto sink = [&](const SourceRow& row) {
            CheckedRow checked;
            checked.table = registry.table(row.table);
            if (!checked.table)
                return true;
            const Table& t = *checked.table;
            checked.file = row.file;
            checked.line = row.line;
            if (t.name != QLatin1String("app_config")) {
                checked.id = row.values.value(QStringLiteral("id")).toString();
                checked.problems = Validator::validateRow(t, row.values, row.parsedJson);
                for (const QString& column : row.invalidText) {
                    checked.problems << model::Problem{
                        model::Severity::Error, t.name, column,
                        tp::exchange::Importer::tr(
                            "holds bytes that are not valid UTF-8 (shown as “�”); correct "
                            "them, or state the file's encoding (--encoding)")
                    };
                }
                for (const model::Problem& p : std::as_const(checked.problems))
                    checked.bad = checked.bad || p.isError();
                checked.values.reserve(t.columns.size());
                for (const Column& c : t.columns) {
                    const QVariant v = row.values.value(c.name);
                    checked.values << (checked.bad ? (v.isNull() ? QVariant() : QVariant(v.toString()))
                                                   : Validator::storable(c, v));
                }
            }
            if (run.places && !t.singleRow)
                run.places->add(tableIndex(t), checked.bad, checked.file, checked.line, checked.id);
            for (const QVariant& v : std::as_const(checked.values))
                batchBytes += v.typeId() == QMetaType::QString
                    ? 2 * static_cast<const QString*>(v.constData())->size() + 32
                    : 32;
            batch.push_back(std::move(checked));
            if (batch.size() == kBatch || batchBytes >= kBatchBytes) {
                open = pipe.push(std::move(batch));
                batch = RowBatch();
                batch.reserve(kBatch);
                batchBytes = 0;
            }
            return open;
        };
        // Every input is read, also after one that cannot be: each problem file is reported.
        for (const QString& input : run.options.inputs) {
            ReadResult read = ImportReader::read(input, sink, run.options.encoding);
            reads.emplace_back(input, std::move(read));
            if (!open)
                break;
        }
        if (open && !batch.empty())
            pipe.push(std::move(batch));
        pipe.finish();
    });
    const auto stopReading = [&]() {
        pipe.stop();
        reader.join();
        return false;
    };

    RowBatch batch;
    while (true) {
        if (!batch.empty())
            pipe.recycle(std::move(batch));
        batch = RowBatch();
        if (!pipe.pop(&batch))
            break;
        for (const CheckedRow& row : batch) {
            const Table& t = *row.table;
            if (t.name == QLatin1String("app_config")) {
                if (!ignoredTables.contains(t.name)) {
                    ignoredTables.insert(t.name);
                    run.problem(
                        Severity::Warning, row.file, row.line, t.name, QString(), QString(),
                        tp::exchange::Importer::tr(
                            "The program settings of the file (its version and database version) are not "
                            "imported; this practice keeps its own."));
                }
                continue;
            }
            ++run.result.rowsRead;
            for (const model::Problem& p : row.problems)
                run.problem(p.severity, row.file, row.line, t.name, row.id, p.field, p.message);
            if (run.direct && !t.singleRow) {
                if (!writeDirectly(row))
                    return stopReading();
            } else {
                WriteStatement& q = insertFor(t);
                q.bind(0, row.file);
                q.bind(1, row.line);
                q.bind(2, row.bad ? 1 : 0);
                int i = 3;
                for (const QVariant& v : row.values)
                    q.bind(i++, v);
                if (!q.exec()) {
                    run.result.error = q.errorText();
                    return stopReading();
                }
            }
            if ((run.result.rowsRead & (run.direct ? 255 : 1023)) == 0) {
                run.progress->report(
                    run.result.rowsRead, 0,
                    run.direct ? tp::exchange::Importer::tr("Importing %1… %2 rows")
                                     .arg(t.name)
                                     .arg(run.result.rowsRead)
                               : tp::exchange::Importer::tr("Reading… %1 rows").arg(run.result.rowsRead));
                if (run.progress->isCanceled()) {
                    run.result.canceled = true;
                    return stopReading();
                }
            }
        }
    }
    reader.join();

    for (const auto& [input, read] : reads) {
        const QString name = QFileInfo(input).fileName();
        for (const QString& w : read.warnings)
            run.problem(Severity::Warning, name, 0, QString(), QString(), QString(), w);
        if (!read.ok) {
            // The message names the file (and its place) itself.
            run.problem(Severity::Error, QString(), 0, QString(), QString(), QString(), read.error);
            run.result.unreadableFiles << name;
            if (run.result.error.isEmpty())
                run.result.error = read.error;
        }
    }
    if (run.result.unreadableFiles.size() > 1)
        run.result.error = tp::exchange::Importer::tr("%n file(s) cannot be read (%1); nothing was imported.",
                                                      nullptr, int(run.result.unreadableFiles.size()))
                               .arg(run.result.unreadableFiles.join(QStringLiteral(", ")));
    return run.result.unreadableFiles.isEmpty();
}

} // namespace tp::exchange::importer
