#pragma once

#include "backup/Retention.h"
#include "CliOutput.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace tp::cli {

// The retention rules on the command line (--keep-… and --dry-run), as
// `backup prune`, `backup schedule` and `cloud prune`/`cloud add` take them.
struct KeepOptions
{
    QCommandLineOption keepLast{ QStringLiteral("keep-last"), Cli::tr("prune: keep the N newest backups."),
                                 Cli::tr("N") };
    QCommandLineOption keepWithin{ QStringLiteral("keep-within"),
                                   Cli::tr("prune: keep every backup within D days of the newest."),
                                   Cli::tr("D") };
    QCommandLineOption keepDaily{ QStringLiteral("keep-daily"),
                                  Cli::tr("prune: keep the newest backup of each of the last N days."),
                                  Cli::tr("N") };
    QCommandLineOption keepWeekly{ QStringLiteral("keep-weekly"),
                                   Cli::tr("prune: … of each of the last N weeks."), Cli::tr("N") };
    QCommandLineOption keepMonthly{ QStringLiteral("keep-monthly"),
                                    Cli::tr("prune: … of each of the last N months."), Cli::tr("N") };
    QCommandLineOption keepYearly{ QStringLiteral("keep-yearly"),
                                   Cli::tr("prune: … of each of the last N years."), Cli::tr("N") };
    QCommandLineOption dryRun{ QStringLiteral("dry-run"),
                               Cli::tr("prune: only show what would go and why the rest stays.") };

    void addTo(QCommandLineParser& parser) const;
    // The rules given, into `policy`; false and a message for one that is no whole number.
    bool read(const QCommandLineParser& parser, backup::RetentionPolicy* policy, QString* error) const;
};

// "keep    NAME  (last 3)" / "remove  NAME" / "would remove NAME", a line each.
void printRetention(const backup::RetentionOutcome& outcome, bool dryRun);

} // namespace tp::cli
