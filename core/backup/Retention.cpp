#include "Retention.h"

#include "BackupFolder.h"

#include <algorithm>
#include <functional>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>

namespace tp::backup {

QList<RetentionDecision> decideRetention(const QList<BackupInfo>& backups, const RetentionPolicy& policy)
{
    QList<RetentionDecision> out;
    for (const BackupInfo& b : backups)
        out << RetentionDecision{ b, false, {} };
    std::stable_sort(out.begin(), out.end(), [](const RetentionDecision& a, const RetentionDecision& b) {
        return a.backup.createdAt > b.backup.createdAt;
    });

    struct Bucket
    {
        const char* name;
        int remaining;
        std::function<QString(const QDateTime&)> key;
        QString last;
    };
    QList<Bucket> buckets{
        { "daily",
          policy.keepDaily,
          [](const QDateTime& t) { return t.toLocalTime().date().toString(Qt::ISODate); },
          {} },
        { "weekly",
          policy.keepWeekly,
          [](const QDateTime& t) {
              int year = 0;
              const int week = t.toLocalTime().date().weekNumber(&year);
              return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
          },
          {} },
        { "monthly",
          policy.keepMonthly,
          [](const QDateTime& t) { return t.toLocalTime().date().toString(QStringLiteral("yyyy-MM")); },
          {} },
        { "yearly",
          policy.keepYearly,
          [](const QDateTime& t) { return QString::number(t.toLocalTime().date().year()); },
          {} },
    };
    int last = policy.keepLast;
    const QDateTime newest = out.isEmpty() ? QDateTime() : out.first().backup.createdAt;
    bool newestVerifiedKept = false;
    for (RetentionDecision& d : out) {
        const BackupManifest& m = d.backup.manifest;
        if (!d.backup.problem.isEmpty() || !d.backup.createdAt.isValid()) {
            d.reasons << QStringLiteral("unreadable manifest");
        } else {
            if (m.isPinned())
                d.reasons << QStringLiteral("pinned");
            if (!newestVerifiedKept && m.isVerified()) {
                newestVerifiedKept = true;
                d.reasons << QStringLiteral("newest verified");
            }
            if (last > 0) {
                --last;
                d.reasons << QStringLiteral("last");
            }
            if (policy.keepWithinDays > 0 && d.backup.createdAt >= newest.addDays(-policy.keepWithinDays))
                d.reasons << QStringLiteral("within %1 days").arg(policy.keepWithinDays);
            for (Bucket& b : buckets) {
                if (b.remaining <= 0)
                    continue;
                const QString key = b.key(d.backup.createdAt);
                if (key != b.last) {
                    b.last = key;
                    --b.remaining;
                    d.reasons << QString::fromLatin1(b.name);
                }
            }
        }
        d.keep = !d.reasons.isEmpty();
    }
    return out;
}

RetentionOutcome applyRetention(const QString& folder, const RetentionPolicy& policy, bool dryRun)
{
    RetentionOutcome outcome;
    if (policy.isEmpty())
        return outcome;
    std::unique_ptr<QLockFile> lock;
    if (!dryRun) {
        NoProgress none;
        lock = lockFolder(folder, &none, &outcome.error); // nobody writes or verifies meanwhile
        if (!lock)
            return outcome;
    }
    outcome.decisions = decideRetention(BackupEngine::list(folder), policy);
    if (dryRun)
        return outcome;
    for (const RetentionDecision& d : std::as_const(outcome.decisions)) {
        if (d.keep)
            continue;
        if (!QFile::remove(d.backup.path) && QFile::exists(d.backup.path)) {
            outcome.error = QCoreApplication::translate("tp::backup::Retention", "%1 could not be removed.")
                                .arg(QDir::toNativeSeparators(d.backup.path));
            return outcome;
        }
        QFile::remove(d.backup.manifestPath);
        ++outcome.removed;
    }
    return outcome;
}

} // namespace tp::backup
