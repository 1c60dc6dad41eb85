#include "db/Database.h"
#include "main/MainWindow.h"
#include "main/StartupErrors.h"
#include "util/AppInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    tp::setApplicationIdentity();
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
    parser.process(app);

    tp::db::OpenOptions options;
    options.path = parser.isSet(dbOption) ? parser.value(dbOption) : tp::db::Database::defaultPath();
    options.createDirectory = !parser.isSet(dbOption);
    tp::db::OpenFailure failure;
    const auto database = tp::db::Database::open(options, &failure);
    if (!database) {
        tp::ui::showOpenFailure(nullptr, failure);
        return 1;
    }

    tp::ui::MainWindow window(*database);
    window.show();
    QTimer::singleShot(0, &window, &tp::ui::MainWindow::offerDemoDataIfEmpty);
    return app.exec();
}
