#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tp::ui {

// The words a practitioner reads for values the database stores as codes
// (chart types, astrological systems, house systems).
class Words
{
    Q_DECLARE_TR_FUNCTIONS(tp::ui::Words)

public:
    // "human_design" → "Human Design"; an unknown code reads as itself,
    // with spaces for underscores.
    static QString value(const QString& column, const QString& code);
    // A zodiac sign as stored in chart data ("Aries", "aries") in the reader's language.
    static QString sign(const QString& name);
    // An import named by its files and time: "practice.json, today at
    // 18:30", "a.json and b.zip, yesterday at 09:05"; "the import of …" when
    // its files are not known.
    static QString pastImport(const QStringList& files, const QDateTime& when);
    // "today at 18:30", "yesterday at 09:05", or the date and time.
    static QString moment(const QDateTime& when);
    // "just now", "5 minutes ago", "2 hours ago", "3 days ago" (before `now`).
    static QString ago(const QDateTime& when, const QDateTime& now);
    // "tomorrow at 02:00", "today at 18:30", "in 5 minutes" or the date and time (after `now`).
    static QString upcoming(const QDateTime& when, const QDateTime& now);
    // A size as people write it: "868 KB", "6.9 MB".
    static QString size(qint64 bytes);
    // A backup's kind: manual → "Made by hand", scheduled → "Scheduled", …
    static QString backupKind(const QString& kind);
};

} // namespace tp::ui
