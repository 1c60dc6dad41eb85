#include "backup/BackupService.h"
#include "db/Database.h"
#include "main/MainWindow.h"
#include "main/PracticeSession.h"
#include "main/SingleInstance.h"
#include "tray/BackupNotifier.h"
#include "tray/TrayIcon.h"
#include "util/AppInfo.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileOpenEvent>
#include <QIcon>
#include <QTimer>

namespace {

// macOS hands a double-clicked file to the app as a QFileOpenEvent (not in argv).
class FileOpenFilter : public QObject
{
public:
    explicit FileOpenFilter(tp::ui::PracticeSession& session)
        : m_session(session)
    {
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::FileOpen)
            return QObject::eventFilter(watched, event);
        m_session.activate({ static_cast<QFileOpenEvent*>(event)->file() });
        return true;
    }

private:
    tp::ui::PracticeSession& m_session;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    tp::setApplicationIdentity();
    tp::Translations::install(); // the system's language, or the one chosen in View → Language
    QApplication::setApplicationDisplayName(QStringLiteral("The Program"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/theprogram.svg")));
    QApplication::setDesktopFileName(QStringLiteral("theprogram"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "The Program: an astrologer's practice database."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "The practice database file (default: %1).")
            .arg(QDir::toNativeSeparators(tp::db::Database::defaultPath())),
        QStringLiteral("PATH"));
    parser.addOption(dbOption);
    const QCommandLineOption minimizedOption(
        QStringLiteral("minimized"),
        QApplication::translate("main", "Start without showing the window (scheduled backups still run)."));
    parser.addOption(minimizedOption);
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "Exports to import (the import wizard) or a backup to restore."),
        QStringLiteral("[FILE...]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();

    // One copy per user: a second start hands its files to the first and ends.
    tp::ui::SingleInstance instance;
    if (instance.sendToRunning(files))
        return 0;
    instance.listen();

    tp::ui::PracticeSession session;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : tp::db::Database::defaultPath();
    // --db PATH may name a new practice (as before); the default one is made on first start.
    if (!session.openAtStart(path, tp::ui::PracticeSession::Mode::OpenOrCreate))
        return 1;
    QObject::connect(&instance, &tp::ui::SingleInstance::activated, &session,
                     &tp::ui::PracticeSession::activate);
    FileOpenFilter fileOpen(session);
    app.installEventFilter(&fileOpen);
    QObject::connect(&session, &tp::ui::PracticeSession::opened, &session,
                     [](tp::ui::MainWindow* window) { window->offerDemoDataIfEmpty(); });
    // Scheduled backups run while the app runs: a run missed meanwhile is caught up now.
    session.backups()->start();
    tp::ui::TrayIcon tray(session);
    tp::ui::BackupNotifier notifier(*session.backups(), tp::ui::BackupNotifier::desktop(&tray));
    const bool minimized = parser.isSet(minimizedOption);
    if (!minimized)
        session.window()->show();
    else if (!tray.isAvailable())
        session.window()->showMinimized(); // no tray to wait in: in the task bar
    // else: in the tray only, as at login
    QTimer::singleShot(0, session.window(), [&session, files, minimized] {
        if (!minimized)
            session.window()->offerDemoDataIfEmpty();
        if (!files.isEmpty())
            session.window()->openFiles(files);
    });
    return app.exec();
}
