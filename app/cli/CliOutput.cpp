#include "CliOutput.h"

#include "db/Database.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define TP_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define TP_ISATTY(fd) ::isatty(fd)
#endif

namespace tp::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString& message)
{
    err() << "theprogram-cli: " << message << '\n'
          << Cli::tr("Try 'theprogram-cli --help' for the commands and their options.") << '\n';
    err().flush();
    return UsageError;
}

int failure(const QString& message)
{
    err() << "theprogram-cli: " << message << '\n';
    err().flush();
    return Failure;
}

void warn(const QStringList& warnings)
{
    for (const QString& w : warnings)
        err() << "theprogram-cli: " << Cli::tr("warning: ") << w << '\n';
    err().flush();
}

bool parseLevel(const QString& text, formats::CompressionLevel* level)
{
    if (text.isEmpty() || text == QLatin1String("default"))
        *level = formats::CompressionLevel::Default;
    else if (text == QLatin1String("fast"))
        *level = formats::CompressionLevel::Fast;
    else if (text == QLatin1String("best"))
        *level = formats::CompressionLevel::Best;
    else
        return false;
    return true;
}

std::unique_ptr<db::Database> openDatabase(const QString& path, bool pathGiven, Access access, int* exitCode)
{
    db::OpenOptions options;
    options.path = path;
    options.createIfMissing = access == Access::Create;
    options.readOnly = access == Access::ReadOnly;
    options.createDirectory = !pathGiven;
    db::OpenFailure failed;
    auto database = db::Database::open(options, &failed);
    if (!database)
        *exitCode = failure(failed.message);
    return database;
}

StderrProgress::StderrProgress(QString what)
    : m_what(std::move(what))
{
}

void StderrProgress::report(qint64 done, qint64 total, const QString&)
{
    const int percent = total > 0 ? int(done * 100 / total) : 100;
    if (percent != m_last && TP_ISATTY(fileno(stderr))) {
        err() << '\r' << (m_what.isEmpty() ? Cli::tr("Working…") : m_what) << ' ' << percent << '%';
        err().flush();
    }
    m_last = percent;
}

void StderrProgress::finish()
{
    if (m_last >= 0 && TP_ISATTY(fileno(stderr))) {
        err() << '\n';
        err().flush();
    }
}

} // namespace tp::cli
