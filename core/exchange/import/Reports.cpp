#include "ImportRun.h"
#include "util/AppInfo.h"
#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStandardPaths>

namespace tp::exchange::importer {

void saveReports(ImportResult& result, const ImportOptions& options, const QString& databasePath)
{
    const QJsonObject json = Importer::jsonReport(result, options, databasePath);
    const QString text = Importer::textReport(result, options, databasePath);
    const QString folder = Importer::historyFolder();
    QString error;
    const auto failed = [&](const QString& why) {
        ImportProblem p;
        p.severity = Severity::Warning;
        p.message = tp::exchange::Importer::tr("The import report could not be saved: %1").arg(why);
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

} // namespace tp::exchange::importer

namespace tp::exchange {

using db::TableRegistry;
using model::Severity;

QString Importer::historyFolder()
{
    return QDir(dataFolder()).filePath(QStringLiteral("import-history"));
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
                                   { QStringLiteral("failed"), it->failed },
                                   { QStringLiteral("identical"), it->identical } });
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
    for (const ImportConflict& c : r.conflicts) {
        QJsonArray changes;
        for (const FieldChange& change : c.changes)
            changes.append(
                QJsonObject{ { QStringLiteral("field"), change.column },
                             { QStringLiteral("existing"), QJsonValue::fromVariant(change.existing) },
                             { QStringLiteral("incoming"), QJsonValue::fromVariant(change.incoming) } });
        conflicts.append(QJsonObject{ { QStringLiteral("table"), c.table },
                                      { QStringLiteral("label"), c.label },
                                      { QStringLiteral("client_id"), c.clientId },
                                      { QStringLiteral("changes"), changes },
                                      { QStringLiteral("incoming_id"), c.incomingId },
                                      { QStringLiteral("existing_id"), c.existingId },
                                      { QStringLiteral("file"), c.file },
                                      { QStringLiteral("line"), c.line },
                                      { QStringLiteral("resolution"), strategyName(c.resolution) } });
    }
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

namespace {

// A value in a conflict line: its first 40 characters; the app shows a missing one as a dash.
QString shownValue(const QVariant& value, bool app)
{
    return app && value.isNull() ? QStringLiteral("—") : value.toString().left(40);
}

// The tables with counts: the registry's order (parents first) for the app, by name for the command line.
QStringList countedTables(const ImportResult& r, bool app)
{
    if (!app)
        return r.counts.keys();
    QStringList out;
    for (const QString& t : TableRegistry::instance().tableNames()) {
        if (r.counts.contains(t))
            out << t;
    }
    return out;
}

} // namespace

QString Importer::textReport(const ImportResult& r, const ImportOptions& o, const QString& databasePath,
                             Reader reader)
{
    const QLocale locale;
    const bool app = reader == Reader::App;
    const auto tableWords
        = [app](const QString& table) { return app ? TableRegistry::displayName(table) : table; };
    QStringList lines;
    QStringList names;
    for (const QString& i : o.inputs)
        names << QFileInfo(i).fileName();
    lines << tr("Import of %1 into %2")
                 .arg(names.join(QStringLiteral(", ")), QDir::toNativeSeparators(databasePath));
    lines << tr("Mode: %1; conflicts: %2%3")
                 .arg(o.mode == ImportMode::Restore ? tr("full restore") : tr("merge into the current data"),
                      app ? strategyWords(o.strategy) : strategyName(o.strategy),
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
              << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                     .arg((app ? tr("what") : tr("table")).leftJustified(22), tr("new").rightJustified(9),
                          tr("updated").rightJustified(9), tr("kept").rightJustified(9),
                          tr("copied").rightJustified(9), tr("failed").rightJustified(9),
                          tr("already there").rightJustified(14));
        for (const QString& table : countedTables(r, app)) {
            const auto it = r.counts.constFind(table);
            lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                         .arg(tableWords(it.key()).leftJustified(22),
                              locale.toString(it->inserted).rightJustified(9),
                              locale.toString(it->updated).rightJustified(9),
                              locale.toString(it->skipped).rightJustified(9),
                              locale.toString(it->renamed).rightJustified(9),
                              locale.toString(it->failed).rightJustified(9),
                              locale.toString(it->identical).rightJustified(14));
        }
    }
    if (!r.conflicts.isEmpty()) {
        lines << QString() << tr("Conflicts (%1):").arg(r.conflicts.size());
        for (qsizetype i = 0; i < qMin<qsizetype>(r.conflicts.size(), 200); ++i) {
            const ImportConflict& c = r.conflicts.at(i);
            QStringList changes;
            for (const FieldChange& change : c.changes)
                changes << tr("%1: %2 → %3")
                               .arg(app ? TableRegistry::displayName(c.table, change.column) : change.column,
                                    shownValue(change.existing, app), shownValue(change.incoming, app));
            if (app) {
                const QString who = c.clientLabel.isEmpty() || c.table == QLatin1String("clients")
                    ? c.label
                    : tr("%1 — %2").arg(c.clientLabel, c.label);
                lines << tr("  %1: %2 (%3, line %4): %5; %6")
                             .arg(tableWords(c.table), who, c.file)
                             .arg(c.line)
                             .arg(strategyWords(c.resolution), changes.join(QStringLiteral(", ")));
                continue;
            }
            lines << tr("  %1 %2 (%3, line %4) matches %5: %6; %7")
                         .arg(c.table, c.incomingId, c.file)
                         .arg(c.line)
                         .arg(c.existingId, strategyName(c.resolution), changes.join(QStringLiteral(", ")));
        }
    }
    for (Severity s : { Severity::Error, Severity::Warning }) {
        QStringList list;
        for (const ImportProblem& p : r.problems) {
            if (p.severity == s) {
                const QString place = app ? p.placeInWords() : p.place();
                list << QStringLiteral("  ") + (place.isEmpty() ? QString() : place + QStringLiteral(": "))
                        + p.message;
            }
        }
        if (!list.isEmpty())
            lines << QString()
                  << (s == Severity::Error ? tr("Errors (%1):") : tr("Warnings (%1):")).arg(list.size())
                  << list;
    }
    if (!r.snapshotPath.isEmpty())
        lines << QString()
              << (reader == Reader::App
                      ? tr(
                          "A safety snapshot was taken first: Edit → Undo Last Import puts the practice back "
                          "as it was before this import (%1).")
                      : tr("Safety snapshot (undo with “Undo Last Import” or `theprogram-cli import "
                           "--undo-last`): %1"))
                     .arg(QDir::toNativeSeparators(r.snapshotPath));
    lines << tr("Duration: %1 s").arg(locale.toString(r.elapsedMs / 1000.0, 'f', 2));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
} // namespace tp::exchange
