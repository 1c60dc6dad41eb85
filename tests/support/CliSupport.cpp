#include "CliSupport.h"

#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

namespace tp::test {

namespace {

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", QDir::tempPath() + "/theprogram-cli-test-data");
    env.insert("XDG_CONFIG_HOME",
               QDir::tempPath()
                   + QString("/theprogram-cli-test-config-%1").arg(QCoreApplication::applicationPid()));
    return env;
}

} // namespace

void startCli(QProcess& process, const QString& program, const QStringList& args)
{
    process.setProcessEnvironment(cliEnvironment());
    process.start(program, args);
}

CliRun runCli(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
             QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

CliRun runCliOnTmpfs(const QString& program, const QString& mountOptions, const QString& folder,
                     const QStringList& args, QStringList* listing, const QString& setup)
{
    QProcess p;
    QProcessEnvironment env = cliEnvironment();
    QDir().mkpath(folder);
    const QString script = "mount -t tmpfs -o \"$1\" tmpfs \"$2\" || exit 99; shift 2; "
        + (setup.isEmpty() ? QString() : setup + " || exit 98; ")
        + "\"$@\"; rc=$?; echo '--- left:'; ls -A \"$FOLDER\"; exit $rc";
    env.insert("FOLDER", folder);
    p.setProcessEnvironment(env);
    p.start(
        "unshare",
        QStringList{ "--map-root-user", "--mount", "sh", "-c", script, "sh", mountOptions, folder, program }
            + args);
    if (!p.waitForFinished(120000) || p.exitCode() == 99 || p.error() == QProcess::FailedToStart)
        return { -3, {}, {} };
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype marker = out.indexOf("--- left:\n");
    *listing = out.mid(marker + 10).split('\n', Qt::SkipEmptyParts);
    return { p.exitCode(), out.left(marker), QString::fromUtf8(p.readAllStandardError()) };
}

QByteArray dumpOf(const QString& path)
{
    db::OpenFailure failure;
    auto database = db::Database::openExisting(path, &failure);
    if (!database)
        return "cannot open: " + failure.message.toUtf8();
    QSqlQuery q(database->connection());
    if (!q.exec("PRAGMA integrity_check") || !q.next() || q.value(0).toString() != "ok")
        return "integrity check failed";
    return dumpRows(database->connection());
}

QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

KillCounts killAtMoments(const QString& program, const QString& base, const QString& targetPrefix,
                         const QStringList& args, const QList<int>& delays, const QByteArray& oldDump,
                         const QByteArray& newDump)
{
    KillCounts counts;
    int n = 0;
    for (int delay : delays) {
        const QString target = QString("%1-%2.db").arg(targetPrefix).arg(++n);
        if (!QFile::copy(base, target)) {
            QTest::qFail(qPrintable("cannot copy to " + target), __FILE__, __LINE__);
            return counts;
        }
        QStringList withTarget = args;
        withTarget.replaceInStrings("%DB%", target);
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(program, withTarget);
        p.waitForStarted();
        QTest::qWait(delay);
        if (p.state() == QProcess::Running) {
            ++counts.interrupted;
            p.kill(); // SIGKILL: no clean-up code runs
        }
        p.waitForFinished();
        const QByteArray now = dumpOf(target);
        if (now != oldDump && now != newDump) {
            QTest::qFail(
                qPrintable(QString("killed after %1 ms: %2").arg(delay).arg(QString::fromUtf8(now.left(80)))),
                __FILE__, __LINE__);
            return counts;
        }
        (now == oldDump ? counts.sawOld : counts.sawNew)++;
        counts.targets << target;
    }
    return counts;
}

} // namespace tp::test
