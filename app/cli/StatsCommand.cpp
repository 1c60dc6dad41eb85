#include "backup/BackupSettings.h"
#include "CliOutput.h"
#include "Command.h"
#include "db/Database.h"
#include "stats/Cleanup.h"
#include "stats/PracticeStats.h"
#include "stats/RecordCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tp::cli {

namespace {

QJsonObject growthJson(const stats::Growth& g)
{
    return { { QStringLiteral("total"), g.total },
             { QStringLiteral("this_month"), g.thisMonth },
             { QStringLiteral("last_month"), g.lastMonth } };
}

QJsonObject listJson(qint64 of, const QStringList& ids)
{
    return { { QStringLiteral("of"), of },
             { QStringLiteral("count"), qint64(ids.size()) },
             { QStringLiteral("ids"), QJsonArray::fromStringList(ids) } };
}

QString cleanupKind(stats::CleanupSuggestion::Kind kind)
{
    return kind == stats::CleanupSuggestion::Kind::OldImportSnapshots ? QStringLiteral("old_import_snapshots")
                                                                      : QStringLiteral("unused_places");
}

QJsonObject cleanupJson(const QList<stats::CleanupSuggestion>& suggestions)
{
    QJsonObject out;
    for (const stats::CleanupSuggestion& c : suggestions)
        out.insert(cleanupKind(c.kind),
                   QJsonObject{ { QStringLiteral("count"), c.items },
                                { QStringLiteral("bytes"), c.bytes },
                                { QStringLiteral("targets"), QJsonArray::fromStringList(c.targets) } });
    return out;
}

QJsonObject recordCheckJson(const stats::RecordCheckResult& r)
{
    QJsonArray problems;
    for (const stats::RecordProblem& p : r.problems)
        problems.append(QJsonObject{
            { QStringLiteral("table"), p.table },
            { QStringLiteral("id"), p.id },
            { QStringLiteral("client_id"), p.clientId },
            { QStringLiteral("field"), p.field },
            { QStringLiteral("severity"), p.error ? QStringLiteral("error") : QStringLiteral("warning") },
            { QStringLiteral("message"), p.message } });
    return { { QStringLiteral("records_checked"), r.rowsChecked },
             { QStringLiteral("errors"), r.errors },
             { QStringLiteral("warnings"), r.warnings },
             { QStringLiteral("client_ids"), QJsonArray::fromStringList(r.clientIds) },
             { QStringLiteral("problems"), problems } };
}

void printCleanup(const QList<stats::CleanupSuggestion>& suggestions)
{
    if (suggestions.isEmpty())
        return;
    const QLocale locale;
    out() << '\n' << Cli::tr("Could be tidied away (in the app: View → Statistics):") << '\n';
    for (const stats::CleanupSuggestion& c : suggestions) {
        const QString what = c.kind == stats::CleanupSuggestion::Kind::OldImportSnapshots
            ? Cli::tr("%n import safety snapshot(s) older than %1 days", nullptr, int(c.items))
                  .arg(stats::Cleanup::kSnapshotAgeDays)
            : Cli::tr("%n saved place(s) no birth data uses", nullptr, int(c.items));
        out() << "  " << what << ": " << locale.formattedDataSize(c.bytes) << '\n';
    }
}

void printRecordCheck(const stats::RecordCheckResult& r)
{
    const QLocale locale;
    out() << '\n'
          << Cli::tr("Records checked: %1; problems: %2; to note: %3")
                 .arg(locale.toString(r.rowsChecked), locale.toString(r.errors), locale.toString(r.warnings))
          << '\n';
    for (const stats::RecordProblem& p : r.problems)
        out() << "  " << p.table << ' ' << p.id
              << (p.field.isEmpty() ? QString() : QLatin1Char(' ') + p.field) << ": " << p.message << '\n';
    if (r.errors + r.warnings > r.problems.size())
        out() << "  " << Cli::tr("(the first %1 are listed)").arg(r.problems.size()) << '\n';
}

class StatsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override
    {
        return Cli::tr("What the practice holds, how it grows, where the space goes and what needs care.");
    }
    void addOptions(QCommandLineParser& parser) override
    {
        parser.addOption(m_json);
        parser.addOption(m_checkRecords);
    }

    int run(const Invocation& call) override
    {
        int code = Success;
        auto database
            = openDatabase(call.databasePath(), call.parser.isSet(call.dbOption), Access::ReadOnly, &code);
        if (!database)
            return code;
        stats::PracticeStats::Options options;
        options.backupFolder = backup::BackupSettings::load().effectiveFolder();
        options.databasePath = database->path();
        stats::PracticeStats s;
        QString error;
        if (!stats::PracticeStats::compute(database->connection(), options, &s, &error))
            return failure(error);
        const QList<stats::CleanupSuggestion> cleanup
            = stats::Cleanup::find(database->connection(), database->path());
        stats::RecordCheckResult records;
        const bool check = call.parser.isSet(m_checkRecords);
        if (check && !stats::RecordCheck::run(database->connection(), nullptr, &records, &error))
            return failure(error);
        if (call.parser.isSet(m_json)) {
            QJsonObject json = toJson(s);
            json.insert(QStringLiteral("cleanup"), cleanupJson(cleanup));
            if (check)
                json.insert(QStringLiteral("record_check"), recordCheckJson(records));
            out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        } else {
            printText(s);
            printCleanup(cleanup);
            if (check)
                printRecordCheck(records);
        }
        out().flush();
        return Success;
    }

private:
    static QJsonObject toJson(const stats::PracticeStats& s)
    {
        QJsonArray months, storage, duplicates;
        for (const stats::MonthCount& m : s.perMonth)
            months.append(QJsonObject{ { QStringLiteral("month"), m.month },
                                       { QStringLiteral("clients"), m.clients },
                                       { QStringLiteral("charts"), m.charts } });
        for (const stats::StorageShare& share : s.storage)
            storage.append(QJsonObject{ { QStringLiteral("kind"), share.kind },
                                        { QStringLiteral("bytes"), share.bytes } });
        for (const stats::DuplicatePair& d : s.quality.duplicates)
            duplicates.append(QJsonObject{ { QStringLiteral("ids"), QJsonArray{ d.firstId, d.secondId } },
                                           { QStringLiteral("name"), d.name },
                                           { QStringLiteral("birth_date"), d.birthDate } });
        const stats::Quality& q = s.quality;
        return {
            { QStringLiteral("clients"), growthJson(s.clients) },
            { QStringLiteral("charts"), growthJson(s.charts) },
            { QStringLiteral("interpretations"), growthJson(s.interpretations) },
            { QStringLiteral("session_notes"), growthJson(s.sessionNotes) },
            { QStringLiteral("database_bytes"), s.databaseBytes },
            { QStringLiteral("backups_bytes"), s.backupsBytes },
            { QStringLiteral("per_month"), months },
            { QStringLiteral("storage"), storage },
            { QStringLiteral("storage_measured"), s.storageMeasured },
            { QStringLiteral("disk_of_database"),
              QJsonObject{ { QStringLiteral("total_bytes"), s.databaseDisk.total },
                           { QStringLiteral("available_bytes"), s.databaseDisk.available } } },
            { QStringLiteral("disk_of_backups"),
              QJsonObject{ { QStringLiteral("total_bytes"), s.backupDisk.total },
                           { QStringLiteral("available_bytes"), s.backupDisk.available } } },
            { QStringLiteral("quality"),
              QJsonObject{
                  { QStringLiteral("charts_without_interpretations"),
                    listJson(q.charts, q.chartsWithoutInterpretations) },
                  { QStringLiteral("clients_without_birth_data"),
                    listJson(q.clients, q.clientsWithoutBirthData) },
                  { QStringLiteral("birth_data_without_time"),
                    listJson(q.birthData, q.birthDataWithoutTime) },
                  { QStringLiteral("birth_data_without_rodden_rating"),
                    listJson(q.birthData, q.birthDataWithoutRodden) },
                  { QStringLiteral("likely_duplicate_clients"), duplicates },
              } },
        };
    }

    static void printText(const stats::PracticeStats& s)
    {
        const QLocale locale;
        auto line = [&](const QString& what, const stats::Growth& g) {
            out() << what.leftJustified(18) << locale.toString(g.total).rightJustified(10) << "   "
                  << Cli::tr("%1 this month, %2 last month")
                         .arg(locale.toString(g.thisMonth), locale.toString(g.lastMonth))
                  << '\n';
        };
        line(Cli::tr("Clients"), s.clients);
        line(Cli::tr("Charts"), s.charts);
        line(Cli::tr("Interpretations"), s.interpretations);
        line(Cli::tr("Session notes"), s.sessionNotes);
        out() << Cli::tr("Database").leftJustified(18)
              << locale.formattedDataSize(s.databaseBytes).rightJustified(10) << '\n'
              << Cli::tr("Backups").leftJustified(18)
              << locale.formattedDataSize(s.backupsBytes).rightJustified(10) << "\n\n"
              << (s.storageMeasured ? Cli::tr("Space by kind:") : Cli::tr("Space by kind (estimated):"))
              << '\n';
        for (const stats::StorageShare& share : s.storage)
            out() << "  " << share.kind.leftJustified(24)
                  << locale.formattedDataSize(share.bytes).rightJustified(10) << '\n';
        const stats::Quality& q = s.quality;
        out() << '\n'
              << Cli::tr("Data quality:") << '\n'
              << "  "
              << Cli::tr("%L1 of %L2 charts have no interpretations")
                     .arg(q.chartsWithoutInterpretations.size())
                     .arg(q.charts)
              << '\n'
              << "  "
              << Cli::tr("%L1 of %L2 clients have no birth data")
                     .arg(q.clientsWithoutBirthData.size())
                     .arg(q.clients)
              << '\n'
              << "  "
              << Cli::tr("%L1 of %L2 birth data have no known time")
                     .arg(q.birthDataWithoutTime.size())
                     .arg(q.birthData)
              << '\n'
              << "  "
              << Cli::tr("%L1 of %L2 birth data have no Rodden rating")
                     .arg(q.birthDataWithoutRodden.size())
                     .arg(q.birthData)
              << '\n'
              << "  "
              << Cli::tr("%n pair(s) of clients look like the same person", nullptr, int(q.duplicates.size()))
              << '\n';
        for (const stats::DuplicatePair& d : q.duplicates)
            out() << "    " << d.name << ", " << d.birthDate << ": " << d.firstId << ' ' << d.secondId
                  << '\n';
    }

    QCommandLineOption m_json{ QStringLiteral("json"),
                               Cli::tr("Print the numbers, with the ids behind them, as JSON.") };
    QCommandLineOption m_checkRecords{ QStringLiteral("check-records"),
                                       Cli::tr("Also check every record against the rules an import applies "
                                               "(slow on a large practice).") };
};

} // namespace

std::unique_ptr<Command> makeStatsCommand()
{
    return std::make_unique<StatsCommand>();
}

} // namespace tp::cli
