#include "KeepOptions.h"

#include <array>
#include <QFileInfo>

namespace tp::cli {

namespace {

const std::array<const QCommandLineOption KeepOptions::*, 6> kRules
    = { &KeepOptions::keepLast,   &KeepOptions::keepWithin,  &KeepOptions::keepDaily,
        &KeepOptions::keepWeekly, &KeepOptions::keepMonthly, &KeepOptions::keepYearly };
constexpr std::array<int backup::RetentionPolicy::*, 6> kFields
    = { &backup::RetentionPolicy::keepLast,    &backup::RetentionPolicy::keepWithinDays,
        &backup::RetentionPolicy::keepDaily,   &backup::RetentionPolicy::keepWeekly,
        &backup::RetentionPolicy::keepMonthly, &backup::RetentionPolicy::keepYearly };

} // namespace

void KeepOptions::addTo(QCommandLineParser& parser) const
{
    for (const auto rule : kRules)
        parser.addOption(this->*rule);
    parser.addOption(dryRun);
}

bool KeepOptions::read(const QCommandLineParser& parser, backup::RetentionPolicy* policy,
                       QString* error) const
{
    for (size_t i = 0; i < kRules.size(); ++i) {
        const QCommandLineOption& option = this->*kRules[i];
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 0) {
            *error = Cli::tr("--%1 needs a whole number.").arg(option.names().first());
            return false;
        }
        policy->*kFields[i] = value;
    }
    return true;
}

void printRetention(const backup::RetentionOutcome& outcome, bool dryRun)
{
    for (const backup::RetentionDecision& d : outcome.decisions) {
        const QString name = QFileInfo(d.backup.path).fileName();
        if (d.keep)
            out() << Cli::tr("keep    %1  (%2)").arg(name, d.reasons.join(QStringLiteral(", "))) << '\n';
        else
            out() << (dryRun ? Cli::tr("would remove %1") : Cli::tr("remove  %1")).arg(name) << '\n';
    }
    out().flush();
}

} // namespace tp::cli
