#include "Importer.h"

#include "db/Database.h"
#include "db/Snapshot.h"
#include "db/TableRegistry.h"
#include "db/WriteStatement.h"
#include "ImportReader.h"
#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <deque>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMutex>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QtEndian>
#include <QWaitCondition>
#include <thread>

namespace tp::exchange {

using db::Column;
using db::Table;
using db::TableRegistry;
using db::WriteStatement;
using model::Severity;
using model::Validator;

QString ImportProblem::place() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts << (line > 0 ? Importer::tr("%1, line %2").arg(file).arg(line) : file);
    if (!table.isEmpty())
        parts << (rowId.isEmpty() ? table : table + QLatin1Char(' ') + rowId);
    if (!field.isEmpty())
        parts << field;
    return parts.join(QStringLiteral(", "));
}

int ImportResult::errorCount() const
{
    int n = 0;
    for (const ImportProblem& p : problems)
        n += p.severity == Severity::Error ? 1 : 0;
    return n;
}

int ImportResult::warningCount() const
{
    return int(problems.size()) - errorCount();
}

QString strategyName(ConflictStrategy strategy)
{
    switch (strategy) {
    case ConflictStrategy::Skip:
        return QStringLiteral("skip");
    case ConflictStrategy::Replace:
        return QStringLiteral("replace");
    case ConflictStrategy::Merge:
        return QStringLiteral("merge");
    case ConflictStrategy::Rename:
        return QStringLiteral("rename");
    }
    return {};
}

bool parseStrategy(const QString& text, ConflictStrategy* out)
{
    for (ConflictStrategy s : { ConflictStrategy::Skip, ConflictStrategy::Replace, ConflictStrategy::Merge,
                                ConflictStrategy::Rename }) {
        if (text == strategyName(s)) {
            *out = s;
            return true;
        }
    }
    return false;
}

namespace {

QString stage(const QString& table)
{
    return QStringLiteral("temp.stage_") + table;
}

bool isEmptyValue(const QVariant& v)
{
    return Validator::isEmpty(v);
}

// Where each row of a direct import came from — table, file, line, whether it
// failed its checks — appended by the reading thread to a temporary file and
// read back only when a problem needs a place: memory stays flat, and the
// database thread, the busier one, does not spend a statement per row on it.
class PlaceLog
{
public:
    struct Place
    {
        QString file;
        qint64 line = -1; // the first occurrence that passed its checks; -1: none
        bool bad = false; // some occurrence failed its checks
    };
    using Key = std::pair<int, QString>; // table index in the registry, row id

    bool open()
    {
        m_file.setFileTemplate(
            QDir(QDir::tempPath()).filePath(QStringLiteral("theprogram-import-places-XXXXXX")));
        return m_file.open();
    }
    // Reading thread.
    void add(int table, bool bad, const QString& file, qint64 line, const QString& id)
    {
        if (file != m_lastFile) {
            m_lastFile = file;
            auto it = m_fileIndex.constFind(file);
            if (it == m_fileIndex.constEnd()) {
                it = m_fileIndex.insert(file, int(m_files.size()));
                m_files << file;
            }
            m_lastIndex = *it;
        }
        const QByteArray id8 = id.toUtf8().left(kMaxId);
        char head[kHead];
        head[0] = char(table);
        head[1] = bad ? 1 : 0;
        qToLittleEndian<quint16>(quint16(m_lastIndex), head + 2);
        qToLittleEndian<qint64>(line, head + 4);
        qToLittleEndian<quint16>(quint16(id8.size()), head + 12);
        m_buffer.append(head, kHead).append(id8);
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    // A log that could not be written (a full temporary disk) answers "place unknown".
    void flush()
    {
        if (!m_buffer.isEmpty() && (m_file.write(m_buffer) != m_buffer.size() || !m_file.flush()))
            m_failed = true;
        m_buffer.clear();
    }
    // After reading: fills in the places of `wanted` in one pass over the file.
    void lookup(QHash<Key, Place>* wanted)
    {
        flush();
        if (m_failed)
            return;
        m_file.seek(0);
        QByteArray data;
        qsizetype at = 0;
        for (;;) {
            if (data.size() - at < kHead + kMaxId) {
                data = data.mid(at) + m_file.read(1 << 20);
                at = 0;
            }
            if (data.size() - at < kHead)
                break;
            const char* p = data.constData() + at;
            const int length = qFromLittleEndian<quint16>(p + 12);
            if (data.size() - at < kHead + length)
                break;
            const auto it = wanted->find(Key(quint8(p[0]), QString::fromUtf8(p + kHead, length)));
            if (it != wanted->end()) {
                if (p[1])
                    it->bad = true;
                else if (it->line < 0) {
                    it->file = m_files.value(qFromLittleEndian<quint16>(p + 2));
                    it->line = qFromLittleEndian<qint64>(p + 4);
                }
            }
            at += kHead + length;
        }
    }

private:
    static constexpr int kHead = 14; // table, bad, file index (2), line (8), id length (2)
    static constexpr int kMaxId = 4096;
    QTemporaryFile m_file;
    QByteArray m_buffer;
    bool m_failed = false;
    QStringList m_files;
    QHash<QString, int> m_fileIndex;
    QString m_lastFile;
    int m_lastIndex = 0;
};

int tableIndex(const Table& t)
{
    const QList<Table>& tables = TableRegistry::instance().tables();
    for (int i = 0; i < tables.size(); ++i) {
        if (&tables.at(i) == &t)
            return i;
    }
    return -1;
}

// One run's state.
// What one attempt at an import gathers; a fresh one when the attempt starts over.
struct Attempt
{
    ImportResult result;
    QHash<QString, QString> remap; // incoming id -> a different id in the database
    QSet<QString> remappedTables; // tables some of whose ids were remapped
    // Direct: every table the rows go to is empty, so nothing can conflict and
    // the rows are written straight into them, inside the import's one
    // transaction, instead of being staged first (see importDirectly).
    bool direct = false;
    bool cleared = false; // a restore's DELETEs are done
    QString writeFailure; // the first row the database refused, with its place
    std::unique_ptr<PlaceLog> places; // direct: where each row came from
    struct Duplicate
    {
        const Table* table;
        QString id;
        QString file;
        qint64 line;
    };
    QList<Duplicate> duplicates; // direct: rows whose id was already written
    QHash<QString, qint64> directInserted;
};

struct Run : Attempt
{
    QSqlDatabase db;
    const ImportOptions& options;
    Progress* progress;

    Run(QSqlDatabase d, const ImportOptions& o, Progress* p)
        : db(std::move(d))
        , options(o)
        , progress(p)
    {
        result.dryRun = o.dryRun;
    }

    // After a direct import found the tables no longer empty: nothing of it counts.
    void startOver()
    {
        static_cast<Attempt&>(*this) = Attempt();
        result.dryRun = options.dryRun;
    }

    void problem(Severity s, const QString& file, qint64 line, const QString& table, const QString& id,
                 const QString& field, const QString& message)
    {
        if (result.problems.size() < 10000)
            result.problems << ImportProblem{ s, file, line, table, id, field, message };
    }

    bool exec(const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            result.error = q.lastError().text();
            return false;
        }
        return true;
    }

    ConflictStrategy strategyFor(const QString& table, const QString& id) const
    {
        const QString rowKey = table + QLatin1Char('/') + id;
        if (options.rowStrategies.contains(rowKey))
            return options.rowStrategies.value(rowKey);
        return options.tableStrategies.value(table, options.strategy);
    }
};

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
            const QString message = Importer::tr("The row could not be written: %1").arg(refusal);
            run.problem(Severity::Error, row.file, row.line, t.name, row.id, QString(), message);
            if (run.writeFailure.isEmpty())
                run.writeFailure = row.file + Importer::tr(", line ") + QString::number(row.line)
                    + QStringLiteral(": ") + message;
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
                        Importer::tr("holds bytes that are not valid UTF-8 (shown as “�”); correct "
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
        for (const QString& input : run.options.inputs) {
            ReadResult read = ImportReader::read(input, sink, run.options.encoding);
            reads.emplace_back(input, std::move(read));
            if (!open || !reads.back().second.ok)
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
                    run.problem(Severity::Warning, row.file, row.line, t.name, QString(), QString(),
                                Importer::tr("The application settings (app_config) of the file are not "
                                             "imported; this database keeps its own."));
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
                    run.direct ? Importer::tr("Importing %1… %2 rows").arg(t.name).arg(run.result.rowsRead)
                               : Importer::tr("Reading… %1 rows").arg(run.result.rowsRead));
                if (run.progress->isCanceled()) {
                    run.result.canceled = true;
                    return stopReading();
                }
            }
        }
    }
    reader.join();

    for (const auto& [input, read] : reads) {
        for (const QString& w : read.warnings)
            run.problem(Severity::Warning, QFileInfo(input).fileName(), 0, QString(), QString(), QString(),
                        w);
        if (!read.ok) {
            run.problem(Severity::Error, QFileInfo(input).fileName(), 0, QString(), QString(), QString(),
                        read.error);
            run.result.error = read.error;
            return false;
        }
    }
    return true;
}

// A link of row `id` (at `file`:`line`) through `fk` to `target` that leads nowhere.
// A row that only fails because its parent does is a consequence, not a second error.
void reportDanglingLink(Run& run, bool parentBad, const QString& file, qint64 line, const QString& table,
                        const QString& id, const Column& fk, const QString& target)
{
    const QString& parent = fk.foreignKey->table;
    const QString message = parentBad
        ? Importer::tr("It belongs to %1 %2, which has errors itself, so it cannot be imported either.")
              .arg(parent, target)
        : Importer::tr("It refers to %1 %2, which is neither in the input nor in the database.")
              .arg(parent, target);
    run.problem(parentBad ? Severity::Warning : Severity::Error, file, line, table, id, fk.name, message);
}

// Duplicates inside the input and links that resolve nowhere.
bool checkReferences(Run& run)
{
    const TableRegistry& registry = TableRegistry::instance();
    const bool restore = run.options.mode == ImportMode::Restore;
    for (const Table& t : registry.tables()) {
        QSqlQuery q(run.db);
        if (!q.exec(QStringLiteral("SELECT id, GROUP_CONCAT(_file || ', line ' || _line, '; '), MIN(_file), "
                                   "MIN(_line) FROM ")
                    + stage(t.name) + QStringLiteral(" GROUP BY id HAVING COUNT(*) > 1"))) {
            run.result.error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            run.problem(
                Severity::Error, q.value(2).toString(), q.value(3).toLongLong(), t.name,
                q.value(0).toString(), QStringLiteral("id"),
                Importer::tr("The id appears more than once in the input (%1).").arg(q.value(1).toString()));
            QSqlQuery mark(run.db);
            mark.prepare(QStringLiteral("UPDATE ") + stage(t.name)
                         + QStringLiteral(" SET _bad = 1 WHERE id = ?"));
            mark.addBindValue(q.value(0));
            mark.exec();
        }
    }
    for (const Table& t : registry.tables()) {
        for (const Column* fk : t.foreignKeys()) {
            const QString parent = fk->foreignKey->table;
            // A link is fine when its target is a good row of the input or (merging) a row of the database.
            const QString resolves
                = QStringLiteral("s.%1 IN (SELECT id FROM %2 WHERE _bad = 0)").arg(fk->name, stage(parent))
                + (restore ? QString()
                           : QStringLiteral(" OR s.%1 IN (SELECT id FROM main.%2)").arg(fk->name, parent));
            QSqlQuery q(run.db);
            if (!q.exec(QStringLiteral("SELECT s._file, s._line, s.id, s.%1, s._bad, EXISTS (SELECT 1 FROM "
                                       "%2 p WHERE p.id = s.%1) FROM %3 s "
                                       "WHERE s.%1 IS NOT NULL AND NOT (%4)")
                            .arg(fk->name, stage(parent), stage(t.name), resolves))) {
                run.result.error = q.lastError().text();
                return false;
            }
            while (q.next()) {
                if (q.value(4).toInt() == 1)
                    continue; // already reported
                reportDanglingLink(run, q.value(5).toBool(), q.value(0).toString(), q.value(1).toLongLong(),
                                   t.name, q.value(2).toString(), *fk, q.value(3).toString());
            }
            QSqlQuery mark(run.db);
            if (!mark.exec(QStringLiteral("UPDATE %1 AS s SET _bad = 1 WHERE s.%2 IS NOT NULL AND NOT (%3)")
                               .arg(stage(t.name), fk->name, resolves))) {
                run.result.error = mark.lastError().text();
                return false;
            }
        }
    }
    return true;
}

// The id of the database row the incoming row matches, or empty.
QString findExisting(Run& run, const Table& t, const QVariantMap& row, QString* kind)
{
    const QString id = row.value(QStringLiteral("id")).toString();
    QSqlQuery q(run.db);
    if (t.singleRow) {
        *kind = Importer::tr("the single settings row");
        q.exec(QStringLiteral("SELECT id FROM main.") + t.name + QStringLiteral(" LIMIT 1"));
        return q.next() ? q.value(0).toString() : QString();
    }
    if (run.options.key == ConflictKey::Natural) {
        if (t.name == QLatin1String("clients")) {
            QSqlQuery b(run.db);
            b.prepare(QStringLiteral("SELECT birth_date FROM ") + stage(QStringLiteral("birth_data"))
                      + QStringLiteral(" WHERE client_id = ? ORDER BY created_at, rowid LIMIT 1"));
            b.addBindValue(id);
            const QString birth = b.exec() && b.next() ? b.value(0).toString() : QString();
            q.prepare(QStringLiteral("SELECT c.id FROM main.clients c WHERE COALESCE(c.first_name, '') = ? "
                                     "AND COALESCE(c.last_name, '') = ? AND "
                                     "COALESCE((SELECT birth_date FROM main.birth_data b WHERE b.client_id = "
                                     "c.id ORDER BY created_at, id LIMIT 1), '') = ? LIMIT 1"));
            q.addBindValue(row.value(QStringLiteral("first_name")).toString());
            q.addBindValue(row.value(QStringLiteral("last_name")).toString());
            q.addBindValue(birth);
        } else if (t.name == QLatin1String("charts")) {
            q.prepare(QStringLiteral("SELECT id FROM main.charts WHERE birth_data_id = ? AND chart_type = ? "
                                     "AND COALESCE(house_system, '') = ? AND astro_system = ? LIMIT 1"));
            for (const char* c : { "birth_data_id", "chart_type", "house_system", "astro_system" })
                q.addBindValue(row.value(QLatin1String(c)).toString());
        } else if (t.name == QLatin1String("interpretations")) {
            q.prepare(QStringLiteral("SELECT id FROM main.interpretations WHERE interpretation_type = ? AND "
                                     "key_identifier = ? AND COALESCE(tradition, '') = ? LIMIT 1"));
            for (const char* c : { "interpretation_type", "key_identifier", "tradition" })
                q.addBindValue(row.value(QLatin1String(c)).toString());
        }
        *kind = t.name == QLatin1String("clients") ? Importer::tr("same name and birth date")
            : t.name == QLatin1String("charts")    ? Importer::tr("same birth data, type, houses and system")
                                                   : Importer::tr("same type, key and tradition");
        if (!q.lastQuery().isEmpty() && q.exec() && q.next())
            return q.value(0).toString();
    } else if (run.options.key == ConflictKey::Custom) {
        QStringList where;
        QVariantList binds;
        for (const QString& c : run.options.customKeyColumns) {
            if (t.column(c)) {
                where << QStringLiteral("COALESCE(%1, '') = ?").arg(c);
                binds << row.value(c).toString();
            }
        }
        if (!where.isEmpty()) {
            q.prepare(QStringLiteral("SELECT id FROM main.") + t.name + QStringLiteral(" WHERE ")
                      + where.join(QStringLiteral(" AND ")) + QStringLiteral(" LIMIT 1"));
            for (const QVariant& b : binds)
                q.addBindValue(b);
            *kind = Importer::tr("same %1").arg(run.options.customKeyColumns.join(QStringLiteral(", ")));
            if (q.exec() && q.next())
                return q.value(0).toString();
        }
    }
    // A value of a UNIQUE column (location_cache.geonames_id) already present is the same row.
    for (const Column& c : t.columns) {
        if (!c.unique || isEmptyValue(row.value(c.name)))
            continue;
        QSqlQuery u(run.db);
        u.prepare(QStringLiteral("SELECT id FROM main.") + t.name + QStringLiteral(" WHERE ") + c.name
                  + QStringLiteral(" = ?"));
        u.addBindValue(row.value(c.name));
        *kind = Importer::tr("same %1").arg(c.name);
        if (u.exec() && u.next())
            return u.value(0).toString();
    }
    // By id (and, with other keys, an id already taken is a conflict all the same).
    QSqlQuery byId(run.db);
    byId.prepare(QStringLiteral("SELECT id FROM main.") + t.name + QStringLiteral(" WHERE id = ?"));
    byId.addBindValue(id);
    *kind = Importer::tr("same id");
    return byId.exec() && byId.next() ? byId.value(0).toString() : QString();
}

bool writeRow(Run& run, const Table& t, const QVariantMap& row, const QString& existingId, bool mergeOnly)
{
    QSqlQuery q(run.db);
    QStringList cols;
    QVariantList values;
    for (const Column& c : t.columns) {
        if (!row.contains(c.name) || (existingId.size() && c.isPrimaryKey()))
            continue;
        if (mergeOnly && isEmptyValue(row.value(c.name)))
            continue;
        cols << c.name;
        values << row.value(c.name);
    }
    if (existingId.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO main.") + t.name + QStringLiteral(" (")
                  + cols.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                  + QStringList(cols.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')'));
    } else {
        if (cols.isEmpty())
            return true;
        QStringList sets;
        for (const QString& c : std::as_const(cols))
            sets << c + QStringLiteral(" = ?");
        q.prepare(QStringLiteral("UPDATE main.") + t.name + QStringLiteral(" SET ")
                  + sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"));
        values << existingId;
    }
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        run.result.error = q.lastError().databaseText();
        return false;
    }
    return true;
}

void remapId(Run& run, const QString& table, const QString& from, const QString& to)
{
    if (from == to)
        return;
    run.remap.insert(from, to);
    run.remappedTables.insert(table);
}

// Rows that match nothing in the database go in with one INSERT … SELECT;
// only the others are looked at one by one. Possible when rows are matched
// by id and no parent row was given another id.
bool canInsertInBulk(const Run& run, const Table& t)
{
    if (run.options.key != ConflictKey::Id || t.singleRow)
        return false;
    for (const Column* fk : t.foreignKeys()) {
        if (run.remappedTables.contains(fk->foreignKey->table))
            return false;
    }
    return true;
}

bool insertInBulk(Run& run, const Table& t, ImportCounts* counts)
{
    QString match = QStringLiteral("s.id IN (SELECT id FROM main.%1)").arg(t.name);
    for (const Column& c : t.columns) {
        if (c.unique)
            match += QStringLiteral(" OR (s.%1 IS NOT NULL AND s.%1 IN (SELECT %1 FROM main.%2))")
                         .arg(c.name, t.name);
    }
    if (!run.exec(QStringLiteral("UPDATE %1 AS s SET _conflict = 1 WHERE %2").arg(stage(t.name), match)))
        return false;
    const QString cols = t.columnNames().join(QStringLiteral(", "));
    QSqlQuery q(run.db);
    if (!q.exec(
            QStringLiteral(
                "INSERT INTO main.%1 (%2) SELECT %2 FROM %3 WHERE _bad = 0 AND _conflict = 0 ORDER BY rowid")
                .arg(t.name, cols, stage(t.name)))) {
        run.result.error = q.lastError().databaseText();
        return false;
    }
    counts->inserted += q.numRowsAffected();
    return true;
}

bool applyStaged(Run& run)
{
    const TableRegistry& registry = TableRegistry::instance();
    const bool restore = run.options.mode == ImportMode::Restore;
    if (restore && !run.cleared) {
        run.cleared = true;
        const QList<Table>& tables = registry.tables();
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (it->name == QLatin1String("app_config") || it->name == QLatin1String("user_preferences"))
                continue;
            if (!run.exec(QStringLiteral("DELETE FROM main.") + it->name))
                return false;
        }
    }
    qint64 done = 0;
    for (const Table& t : registry.tables()) {
        if (t.name == QLatin1String("app_config"))
            continue;
        ImportCounts counts;
        const bool bulk = canInsertInBulk(run, t);
        if (bulk && !insertInBulk(run, t, &counts)) {
            if (!run.options.partial)
                return false;
            run.result.error.clear(); // fall back to row by row, which reports each failing row
        }
        qint64 tableRows = 0;
        {
            QSqlQuery c(run.db);
            if (c.exec(QStringLiteral("SELECT COUNT(*) FROM ") + stage(t.name)
                       + QStringLiteral(" WHERE _bad = 0"))
                && c.next())
                tableRows = c.value(0).toLongLong();
        }
        qint64 tableDone = counts.inserted;
        done += counts.inserted;
        run.progress->report(done, run.result.rowsRead,
                             Importer::tr("Importing %1 %2/%3").arg(t.name).arg(tableDone).arg(tableRows));
        QSqlQuery q(run.db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM ") + stage(t.name) + QStringLiteral(" WHERE _bad = 0")
                    + (bulk && counts.inserted > 0 ? QStringLiteral(" AND _conflict = 1") : QString())
                    + QStringLiteral(" ORDER BY rowid"))) {
            run.result.error = q.lastError().text();
            return false;
        }
        const QSqlRecord record = q.record();
        while (q.next()) {
            QVariantMap row;
            QString file;
            qint64 line = 0;
            for (int i = 0; i < record.count(); ++i) {
                const QString name = record.fieldName(i);
                if (name == QLatin1String("_file"))
                    file = q.value(i).toString();
                else if (name == QLatin1String("_line"))
                    line = q.value(i).toLongLong();
                else if (!name.startsWith(QLatin1Char('_')))
                    row.insert(name, q.value(i));
            }
            for (const Column* fk : t.foreignKeys()) {
                const QString target = row.value(fk->name).toString();
                if (run.remap.contains(target))
                    row.insert(fk->name, run.remap.value(target));
            }
            const QString id = row.value(QStringLiteral("id")).toString();
            QString kind;
            const QString existing = findExisting(run, t, row, &kind);
            bool ok = true;
            if (existing.isEmpty()) {
                ok = writeRow(run, t, row, QString(), false);
                ++(ok ? counts.inserted : counts.failed);
            } else {
                ConflictStrategy s = restore ? ConflictStrategy::Replace : run.strategyFor(t.name, id);
                // A single-row table, or a row that is the same as an existing one by a
                // UNIQUE value (the same GeoNames place), cannot be a second copy.
                bool uniqueValue = false;
                for (const Column& c : t.columns)
                    uniqueValue = uniqueValue || (c.unique && !isEmptyValue(row.value(c.name)));
                if ((t.singleRow || uniqueValue) && s == ConflictStrategy::Rename)
                    s = ConflictStrategy::Skip;
                run.result.conflicts << ImportConflict{
                    t.name, id, existing, file,
                    line,   s,  kind,     run.result.conflicts.size() < 5000 ? row : QVariantMap()
                };
                switch (s) {
                case ConflictStrategy::Skip:
                    remapId(run, t.name, id, existing);
                    ++counts.skipped;
                    break;
                case ConflictStrategy::Replace:
                case ConflictStrategy::Merge:
                    ok = writeRow(run, t, row, existing, s == ConflictStrategy::Merge);
                    remapId(run, t.name, id, existing);
                    ++(ok ? counts.updated : counts.failed);
                    break;
                case ConflictStrategy::Rename: {
                    const QString fresh = newUuid();
                    row.insert(QStringLiteral("id"), fresh);
                    const char* nameColumn = t.name == QLatin1String("clients") ? "last_name"
                        : t.name == QLatin1String("charts")                     ? "chart_name"
                                                                                : nullptr;
                    if (nameColumn)
                        row.insert(QString::fromLatin1(nameColumn),
                                   QString(row.value(QLatin1String(nameColumn)).toString()
                                           + Importer::tr(" (imported)")));
                    remapId(run, t.name, id, fresh);
                    ok = writeRow(run, t, row, QString(), false);
                    ++(ok ? counts.renamed : counts.failed);
                    break;
                }
                }
            }
            if (!ok) {
                run.problem(Severity::Error, file, line, t.name, id, QString(),
                            Importer::tr("The row could not be written: %1").arg(run.result.error));
                if (!run.options.partial)
                    return false;
                run.result.error.clear();
            }
            ++tableDone;
            if ((++done & 255) == 0) {
                run.progress->report(
                    done, run.result.rowsRead,
                    Importer::tr("Importing %1 %2/%3").arg(t.name).arg(tableDone).arg(tableRows));
                if (run.progress->isCanceled()) {
                    run.result.canceled = true;
                    return false;
                }
            }
        }
        QSqlQuery bad(run.db);
        if (bad.exec(QStringLiteral("SELECT COUNT(*) FROM ") + stage(t.name)
                     + QStringLiteral(" WHERE _bad = 1"))
            && bad.next())
            counts.failed += bad.value(0).toLongLong();
        if (counts.inserted + counts.updated + counts.skipped + counts.renamed + counts.failed > 0)
            run.result.counts.insert(t.name, counts);
    }
    return true;
}

// Whether the database itself declares every link the registry knows (as
// foreign keys it enforces), so that SQLite's count of unresolved deferred
// links covers all of them.
bool databaseEnforcesEveryLink(Run& run)
{
    QSqlQuery q(run.db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 1)
        return false;
    for (const Table& t : TableRegistry::instance().tables()) {
        const QList<const Column*> links = t.foreignKeys();
        if (links.isEmpty())
            continue;
        QSet<QString> declared; // "column>parent", links to the parent's id (or its primary key)
        if (!q.exec(QStringLiteral("PRAGMA main.foreign_key_list(%1)").arg(t.name)))
            return false;
        while (q.next()) {
            const QString to = q.value(4).toString();
            if (to.isEmpty() || to == QLatin1String("id"))
                declared.insert(q.value(3).toString() + QLatin1Char('>') + q.value(2).toString());
        }
        for (const Column* fk : links) {
            if (!declared.contains(fk->name + QLatin1Char('>') + fk->foreignKey->table))
                return false;
        }
    }
    return true;
}

// Links of the directly written rows that resolve nowhere (the tables were
// empty, so a link must resolve within the input). Where SQLite, which
// enforces every link here, counts none unresolved, there is nothing to
// look for; else every link is looked at, to name the rows.
bool checkDirectReferences(Run& run)
{
    const bool linksAllResolve
        = db::pendingForeignKeyViolations(run.db) == false && databaseEnforcesEveryLink(run);
    struct Dangling
    {
        const Table* table;
        const Column* fk;
        QString id;
        QString target;
    };
    QList<Dangling> dangling;
    QHash<PlaceLog::Key, PlaceLog::Place> wanted;
    for (const Attempt::Duplicate& d : std::as_const(run.duplicates))
        wanted.insert({ tableIndex(*d.table), d.id }, {});
    const QList<Table>& tables = TableRegistry::instance().tables();
    for (const Table& t : tables) {
        if (linksAllResolve || !run.directInserted.value(t.name))
            continue;
        for (const Column* fk : t.foreignKeys()) {
            const QString parent = fk->foreignKey->table;
            QSqlQuery q(run.db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT c.id, c.%1 FROM main.%2 c WHERE c.%1 IS NOT NULL AND NOT "
                                       "EXISTS (SELECT 1 FROM main.%3 p WHERE p.id = c.%1)")
                            .arg(fk->name, t.name, parent))) {
                run.result.error = q.lastError().text();
                return false;
            }
            while (q.next() && dangling.size() < 10000) {
                dangling << Dangling{ &t, fk, q.value(0).toString(), q.value(1).toString() };
                wanted.insert({ tableIndex(t), dangling.last().id }, {});
                wanted.insert(
                    { tableIndex(*TableRegistry::instance().table(parent)), dangling.last().target }, {});
            }
        }
    }
    if (wanted.isEmpty())
        return true;
    run.places->lookup(&wanted);
    for (const Attempt::Duplicate& d : std::as_const(run.duplicates)) {
        const PlaceLog::Place first = wanted.value({ tableIndex(*d.table), d.id });
        const QString second = d.file + Importer::tr(", line ") + QString::number(d.line);
        run.problem(Severity::Error, first.line >= 0 ? first.file : d.file,
                    first.line >= 0 ? first.line : d.line, d.table->name, d.id, QStringLiteral("id"),
                    Importer::tr("The id appears more than once in the input (%1).")
                        .arg(first.line >= 0 ? first.file + Importer::tr(", line ")
                                     + QString::number(first.line) + QStringLiteral("; ") + second
                                             : second));
    }
    for (const Dangling& d : std::as_const(dangling)) {
        const PlaceLog::Place at = wanted.value({ tableIndex(*d.table), d.id });
        const bool parentBad
            = wanted
                  .value({ tableIndex(*TableRegistry::instance().table(d.fk->foreignKey->table)), d.target })
                  .bad;
        reportDanglingLink(run, parentBad, at.file, qMax<qint64>(at.line, 0), d.table->name, d.id, *d.fk,
                           d.target);
    }
    return true;
}

// True when the rows can be written straight into their tables: all of them
// are empty (or a restore empties them), rows are matched by id, and
// neither partial import nor per-row decisions are asked for.
bool tablesAreEmpty(Run& run);

bool canImportDirectly(Run& run)
{
    const ImportOptions& o = run.options;
    if (o.partial || o.validateOnly || o.key != ConflictKey::Id || !o.rowStrategies.isEmpty())
        return false;
    if (o.mode == ImportMode::Restore)
        return true;
    return tablesAreEmpty(run);
}

bool tablesAreEmpty(Run& run)
{
    for (const Table& t : TableRegistry::instance().tables()) {
        if (t.singleRow)
            continue;
        QSqlQuery q(run.db);
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM main.%1)").arg(t.name)) || !q.next()
            || q.value(0).toBool())
            return false;
    }
    return true;
}

bool takeSnapshot(Run& run, const QString& databasePath);
void pruneSnapshots(const QString& databasePath);

enum class DirectOutcome { Imported, Failed, TablesNoLongerEmpty };

// Rows written as they are read, in one transaction that is rolled back on
// any problem, on cancel, or for a dry run. The safety snapshot comes first
// (and goes again if nothing is imported). The transaction takes the write
// lock from the start, so nobody adds rows meanwhile: other writers wait.
DirectOutcome importDirectly(Run& run, const QString& databasePath)
{
    if (!run.options.dryRun && !takeSnapshot(run, databasePath))
        return DirectOutcome::Failed;
    const auto undo = [&]() {
        // Only when the rollback surely happened does the snapshot go: it may be what undoes this.
        if (run.db.rollback() && !run.result.snapshotPath.isEmpty()) {
            db::Snapshot::remove(run.result.snapshotPath);
            run.result.snapshotPath.clear();
        }
        return DirectOutcome::Failed;
    };
    run.places = std::make_unique<PlaceLog>();
    if (!run.places->open()) {
        run.result.error = Importer::tr("A temporary file cannot be created in %1.")
                               .arg(QDir::toNativeSeparators(QDir::tempPath()));
        return undo();
    }
    if (!createStaging(run) || !run.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return undo();
    if (run.options.mode != ImportMode::Restore && !tablesAreEmpty(run)) {
        undo(); // someone added rows since the import was planned: it goes the staged way
        run.result.error.clear();
        return DirectOutcome::TablesNoLongerEmpty;
    }
    if (!run.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return undo();
    if (run.options.mode == ImportMode::Restore) {
        const QList<Table>& tables = TableRegistry::instance().tables();
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (!it->singleRow && !run.exec(QStringLiteral("DELETE FROM main.") + it->name))
                return undo();
        }
        run.cleared = true;
    }
    if (!stageInputs(run) || !checkDirectReferences(run)) {
        if (run.result.error.isEmpty())
            run.result.error = Importer::tr("The input could not be read.");
        return undo();
    }
    if (const int errors = run.result.errorCount(); errors > 0) {
        run.result.error = run.writeFailure.isEmpty()
            ? Importer::tr("%n problem(s) found; nothing was imported. Correct the file, or import the valid "
                           "rows only (partial).",
                           nullptr, errors)
            : Importer::tr("The import failed and was undone completely: %1").arg(run.writeFailure);
        return undo();
    }
    // What was staged (single-row tables: the preferences) goes through the usual conflict handling.
    if (!applyStaged(run)) {
        if (!run.result.canceled)
            run.result.error
                = Importer::tr("The import failed and was undone completely: %1").arg(run.result.error);
        return undo();
    }
    for (auto it = run.directInserted.cbegin(); it != run.directInserted.cend(); ++it)
        run.result.counts[it.key()].inserted += it.value();
    if (run.progress->isCanceled()) {
        run.result.canceled = true;
        return undo();
    }
    if (run.options.dryRun) {
        run.db.rollback();
        return DirectOutcome::Imported;
    }
    if (!run.db.commit()) {
        run.result.error = Importer::tr("The import could not be saved: %1").arg(run.db.lastError().text());
        return undo();
    }
    pruneSnapshots(databasePath);
    return DirectOutcome::Imported;
}

QString snapshotName()
{
    return Clock::nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'")) + QStringLiteral(".db");
}

bool takeSnapshot(Run& run, const QString& databasePath)
{
    run.progress->report(0, 0, Importer::tr("Taking a safety snapshot of the database…"));
    const QString folder = Importer::snapshotFolder(databasePath);
    if (!QDir().mkpath(folder)) {
        run.result.error = Importer::tr("The folder for safety snapshots cannot be created: %1")
                               .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    files::makeOwnerOnly(folder);
    const QString path = QDir(folder).filePath(snapshotName());
    QString error;
    if (!db::Snapshot::take(databasePath, path, &error)) {
        run.result.error
            = Importer::tr("The safety snapshot could not be taken, so nothing was imported: %1").arg(error);
        return false;
    }
    run.result.snapshotPath = path;
    return true;
}

// The last kSnapshotsKept snapshots stay; called once an import is saved.
void pruneSnapshots(const QString& databasePath)
{
    const QStringList all = Importer::snapshots(databasePath);
    for (qsizetype i = Importer::kSnapshotsKept; i < all.size(); ++i)
        db::Snapshot::remove(all.at(i));
    // Records whose snapshot is gone (a kill between writing the record and naming the snapshot).
    const QDir dir(Importer::snapshotFolder(databasePath));
    for (const QString& name : dir.entryList({ QStringLiteral("*.db.json") }, QDir::Files)) {
        if (!QFileInfo::exists(dir.filePath(name.chopped(5))))
            QFile::remove(dir.filePath(name));
    }
}

void saveReports(ImportResult& result, const ImportOptions& options, const QString& databasePath)
{
    const QJsonObject json = Importer::jsonReport(result, options, databasePath);
    const QString text = Importer::textReport(result, options, databasePath);
    const QString folder = Importer::historyFolder();
    QString error;
    const auto failed = [&](const QString& why) {
        ImportProblem p;
        p.severity = Severity::Warning;
        p.message = Importer::tr("The import report could not be saved: %1").arg(why);
        result.problems << p;
    };
    if (QDir().mkpath(folder)) {
        files::makeOwnerOnly(folder);
        const QString base = QDir(folder).filePath(
            QStringLiteral("import-") + Clock::nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'")));
        if (files::saveOwnerOnly(base + QStringLiteral(".json"), QJsonDocument(json).toJson(), &error))
            result.reportJsonPath = base + QStringLiteral(".json");
        else
            failed(error);
        if (files::saveOwnerOnly(base + QStringLiteral(".txt"), text.toUtf8(), &error))
            result.reportTextPath = base + QStringLiteral(".txt");
        else
            failed(error);
    }
    if (!options.reportPath.isEmpty()) {
        const QByteArray bytes = options.reportPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
            ? QJsonDocument(json).toJson()
            : text.toUtf8();
        if (!files::saveOwnerOnly(options.reportPath, bytes, &error))
            failed(error);
    }
}

} // namespace

ImportResult Importer::run(db::Database& database, const ImportOptions& options, Progress* progress)
{
    NoProgress none;
    // A connection of its own: staging tables and VACUUM must not meet the
    // caller's open statements.
    db::OpenFailure failure;
    const auto own = db::Database::openExisting(database.path(), &failure);
    Run run(own ? own->connection() : database.connection(), options, progress ? progress : &none);
    if (!own) {
        run.result.error = failure.message;
        return run.result;
    }
    QElapsedTimer timer;
    timer.start();
    const auto finish = [&](bool ok) {
        dropStaging(run);
        run.result.ok = ok && !run.result.canceled;
        if (run.result.canceled)
            run.result.error = tr("Import cancelled; the database is as it was.");
        run.result.elapsedMs = timer.elapsed();
        if (!run.result.canceled)
            saveReports(run.result, options, database.path());
        return run.result;
    };

    if (options.inputs.isEmpty()) {
        run.result.error = tr("No file to import was given.");
        return finish(false);
    }
    for (const QString& input : options.inputs) {
        if (!QFileInfo::exists(input)) {
            run.result.error = tr("%1 does not exist.").arg(QDir::toNativeSeparators(input));
            return finish(false);
        }
    }
    if (options.mode == ImportMode::Restore && !options.restoreConfirmed && !options.dryRun
        && !options.validateOnly) {
        run.result.error = tr(
            "A full restore replaces every client, chart and note in this database; it must be confirmed.");
        return finish(false);
    }

    run.direct = canImportDirectly(run);
    if (run.direct) {
        const DirectOutcome outcome = importDirectly(run, database.path());
        if (outcome != DirectOutcome::TablesNoLongerEmpty)
            return finish(outcome == DirectOutcome::Imported);
        run.startOver();
    }

    // 1. Read and check everything; only TEMP tables change.
    if (!createStaging(run) || !run.db.transaction())
        return finish(false);
    const bool staged = stageInputs(run) && checkReferences(run);
    run.db.commit();
    if (!staged) {
        if (run.result.error.isEmpty())
            run.result.error = tr("The input could not be read.");
        return finish(false);
    }
    const int errors = run.result.errorCount();
    if (errors > 0 && !options.partial) {
        run.result.error = tr("%n problem(s) found; nothing was imported. Correct the file, or import the "
                              "valid rows only (partial).",
                              nullptr, errors);
        if (!options.validateOnly)
            return finish(false);
    }
    if (options.validateOnly)
        return finish(errors == 0);

    // 2. A safety snapshot, then one transaction.
    if (!options.dryRun && !takeSnapshot(run, database.path()))
        return finish(false);
    if (!run.db.transaction()) {
        run.result.error = run.db.lastError().text();
        return finish(false);
    }
    const bool applied = applyStaged(run);
    if (!applied || options.dryRun) {
        // Nothing was imported: the snapshot would undo nothing, and must not pass for the last import.
        if (run.db.rollback() && !run.result.snapshotPath.isEmpty()) {
            db::Snapshot::remove(run.result.snapshotPath);
            run.result.snapshotPath.clear();
        }
        if (!applied) {
            if (!run.result.canceled)
                run.result.error
                    = tr("The import failed and was undone completely: %1").arg(run.result.error);
            return finish(false);
        }
        return finish(true);
    }
    if (!run.db.commit()) {
        run.result.error = tr("The import could not be saved: %1").arg(run.db.lastError().text());
        if (run.db.rollback() && !run.result.snapshotPath.isEmpty()) {
            db::Snapshot::remove(run.result.snapshotPath);
            run.result.snapshotPath.clear();
        }
        return finish(false);
    }
    pruneSnapshots(database.path());
    return finish(true);
}

QString Importer::snapshotFolder(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-import-snapshots"));
}

QStringList Importer::snapshots(const QString& databasePath)
{
    const QDir dir(snapshotFolder(databasePath));
    QStringList names = dir.entryList({ QStringLiteral("*.db") }, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString& n : names)
        n = dir.filePath(n);
    return names;
}

bool Importer::undoLastImport(const QString& databasePath, QString* restoredFrom, QString* error)
{
    const QStringList all = snapshots(databasePath);
    if (all.isEmpty()) {
        *error = tr("There is no import to undo: no safety snapshot was found in %1.")
                     .arg(QDir::toNativeSeparators(snapshotFolder(databasePath)));
        return false;
    }
    const QString snapshot = all.first();
    // What is swapped in must be the snapshot that was taken, of this practice, whole.
    if (!db::Snapshot::check(snapshot, databasePath, error))
        return false;
    if (!db::Snapshot::swapIn(snapshot, databasePath, error))
        return false;
    db::Snapshot::remove(snapshot);
    *restoredFrom = snapshot;
    return true;
}

QString Importer::historyFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("import-history"));
}

QJsonObject Importer::jsonReport(const ImportResult& r, const ImportOptions& o, const QString& databasePath)
{
    QJsonObject counts;
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it)
        counts.insert(it.key(),
                      QJsonObject{ { QStringLiteral("inserted"), it->inserted },
                                   { QStringLiteral("updated"), it->updated },
                                   { QStringLiteral("skipped"), it->skipped },
                                   { QStringLiteral("renamed"), it->renamed },
                                   { QStringLiteral("failed"), it->failed } });
    QJsonArray problems;
    for (const ImportProblem& p : r.problems)
        problems.append(QJsonObject{
            { QStringLiteral("severity"),
              p.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning") },
            { QStringLiteral("file"), p.file },
            { QStringLiteral("line"), p.line },
            { QStringLiteral("table"), p.table },
            { QStringLiteral("row_id"), p.rowId },
            { QStringLiteral("field"), p.field },
            { QStringLiteral("message"), p.message } });
    QJsonArray conflicts;
    for (const ImportConflict& c : r.conflicts)
        conflicts.append(QJsonObject{ { QStringLiteral("table"), c.table },
                                      { QStringLiteral("incoming_id"), c.incomingId },
                                      { QStringLiteral("existing_id"), c.existingId },
                                      { QStringLiteral("file"), c.file },
                                      { QStringLiteral("line"), c.line },
                                      { QStringLiteral("resolution"), strategyName(c.resolution) } });
    return QJsonObject{ { QStringLiteral("database"), QDir::toNativeSeparators(databasePath) },
                        { QStringLiteral("inputs"), QJsonArray::fromStringList(o.inputs) },
                        { QStringLiteral("finished_at"), timestamp::now() },
                        { QStringLiteral("mode"),
                          o.mode == ImportMode::Restore ? QStringLiteral("restore")
                                                        : QStringLiteral("merge") },
                        { QStringLiteral("strategy"), strategyName(o.strategy) },
                        { QStringLiteral("dry_run"), o.dryRun },
                        { QStringLiteral("validate_only"), o.validateOnly },
                        { QStringLiteral("partial"), o.partial },
                        { QStringLiteral("ok"), r.ok },
                        { QStringLiteral("error"), r.error },
                        { QStringLiteral("rows_read"), r.rowsRead },
                        { QStringLiteral("counts"), counts },
                        { QStringLiteral("conflicts"), conflicts },
                        { QStringLiteral("problems"), problems },
                        { QStringLiteral("snapshot"), QDir::toNativeSeparators(r.snapshotPath) },
                        { QStringLiteral("duration_ms"), r.elapsedMs } };
}

QString Importer::textReport(const ImportResult& r, const ImportOptions& o, const QString& databasePath)
{
    const QLocale locale;
    QStringList lines;
    QStringList names;
    for (const QString& i : o.inputs)
        names << QFileInfo(i).fileName();
    lines << tr("Import of %1 into %2")
                 .arg(names.join(QStringLiteral(", ")), QDir::toNativeSeparators(databasePath));
    lines << tr("Mode: %1; conflicts: %2%3")
                 .arg(o.mode == ImportMode::Restore ? tr("full restore") : tr("merge into the current data"),
                      strategyName(o.strategy),
                      o.dryRun             ? tr("; dry run")
                          : o.validateOnly ? tr("; check only")
                                           : QString());
    lines << (r.ok ? (o.dryRun ? tr("Result: dry run – this is what would happen; nothing was changed.")
                          : o.validateOnly ? tr("Result: the input checks out.")
                                           : tr("Result: imported."))
                   : tr("Result: not imported – %1").arg(r.error));
    lines << tr("Rows read: %1").arg(locale.toString(r.rowsRead));
    if (!r.counts.isEmpty()) {
        lines << QString()
              << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(tr("table").leftJustified(22), tr("inserted").rightJustified(9),
                          tr("updated").rightJustified(9), tr("skipped").rightJustified(9),
                          tr("renamed").rightJustified(9), tr("failed").rightJustified(9));
        for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it)
            lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(it.key().leftJustified(22), locale.toString(it->inserted).rightJustified(9),
                              locale.toString(it->updated).rightJustified(9),
                              locale.toString(it->skipped).rightJustified(9),
                              locale.toString(it->renamed).rightJustified(9),
                              locale.toString(it->failed).rightJustified(9));
    }
    if (!r.conflicts.isEmpty()) {
        lines << QString() << tr("Conflicts (%1):").arg(r.conflicts.size());
        for (qsizetype i = 0; i < qMin<qsizetype>(r.conflicts.size(), 200); ++i) {
            const ImportConflict& c = r.conflicts.at(i);
            lines << tr("  %1 %2 (%3, line %4) matches %5: %6")
                         .arg(c.table, c.incomingId, c.file)
                         .arg(c.line)
                         .arg(c.existingId, strategyName(c.resolution));
        }
    }
    for (Severity s : { Severity::Error, Severity::Warning }) {
        QStringList list;
        for (const ImportProblem& p : r.problems) {
            if (p.severity == s)
                list << QStringLiteral("  ") + p.place() + QStringLiteral(": ") + p.message;
        }
        if (!list.isEmpty())
            lines << QString()
                  << (s == Severity::Error ? tr("Errors (%1):") : tr("Warnings (%1):")).arg(list.size())
                  << list;
    }
    if (!r.snapshotPath.isEmpty())
        lines
            << QString()
            << tr("Safety snapshot (undo with “Undo Last Import” or `theprogram-cli import --undo-last`): %1")
                   .arg(QDir::toNativeSeparators(r.snapshotPath));
    lines << tr("Duration: %1 s").arg(locale.toString(r.elapsedMs / 1000.0, 'f', 2));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace tp::exchange
