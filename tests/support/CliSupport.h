#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QProcess;

namespace tp::test {

// theprogram-cli as a script sees it: exit code, standard output and error.
struct CliRun
{
    int code = -1; // -2: it crashed; -3: cliOnTmpfs could not mount
    QString out;
    QString err;
};

// Runs the CLI at `program` with throwaway settings and data folders.
CliRun runCli(const QString& program, const QStringList& args);
// Starts it so, for a test that talks to it while it runs.
void startCli(QProcess& process, const QString& program, const QStringList& args);

// Runs the CLI with `folder` replaced by a fresh tmpfs mounted with
// `mountOptions` (in a private mount namespace), after `setup` (a shell
// command, may be empty) has run there; then lists what is left in that
// folder. Code -3 when this system cannot make such a namespace.
CliRun runCliOnTmpfs(const QString& program, const QString& mountOptions, const QString& folder,
                     const QStringList& args, QStringList* listing, const QString& setup = {});

// Every row of the database at `path` after an integrity check, or a
// sentence saying why it cannot be read: equal dumps, equal practices.
QByteArray dumpOf(const QString& path);

// Names in `folder` (hidden ones too).
QStringList entriesOf(const QString& folder);

// Starts the CLI with `args` (where "%DB%" stands for a fresh copy of
// `base` named `<targetPrefix>-N.db`) once per delay, sends SIGKILL after
// that delay if it still runs, and checks that the copy then holds
// `oldDump` or `newDump`, whole (a test failure otherwise).
struct KillCounts
{
    int interrupted = 0;
    int sawOld = 0;
    int sawNew = 0;
    QStringList targets;
};
KillCounts killAtMoments(const QString& program, const QString& base, const QString& targetPrefix,
                         const QStringList& args, const QList<int>& delays, const QByteArray& oldDump,
                         const QByteArray& newDump);

} // namespace tp::test
