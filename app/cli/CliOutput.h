#pragma once

#include "formats/GzipDevice.h"
#include "util/Progress.h"

#include <memory>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace tp::db {
class Database;
}

namespace tp::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// The translation context of the command line's words.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(tp::cli::Cli)
};

QTextStream& out();
QTextStream& err();

// Says what was wrong with the command line (and where help is); returns UsageError.
int usageError(const QString& message);
// Says in one line why the command failed; returns Failure.
int failure(const QString& message);
// "theprogram-cli: warning: …" for each.
void warn(const QStringList& warnings);

// fast, default or best (empty: default); false for anything else.
bool parseLevel(const QString& text, formats::CompressionLevel* level);

enum class Access { ReadOnly, ReadWrite, Create };

// Opens the practice at `path`. Commands that only read open it read-only:
// they never create or change a file. Null (after saying why) when it
// cannot be opened; *exitCode is then Failure.
std::unique_ptr<db::Database> openDatabase(const QString& path, bool pathGiven, Access access, int* exitCode);

// Percentages on stderr while a long command runs, when stderr is a terminal.
class StderrProgress final : public Progress
{
public:
    explicit StderrProgress(QString what = {});
    void report(qint64 done, qint64 total, const QString& message) override;
    bool isCanceled() const override { return false; }
    // Ends the progress line.
    void finish();

private:
    QString m_what;
    int m_last = -1;
};

} // namespace tp::cli
