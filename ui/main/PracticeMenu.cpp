#include "PracticeMenu.h"

#include "common/MessageBox.h"
#include "MainWindow.h"
#include "PracticeSession.h"
#include "util/AppInfo.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QUrl>

namespace tp::ui {

namespace {

void fillRecent(MainWindow* window, QMenu* recent)
{
    recent->clear();
    const QStringList paths = PracticeSession::recentPractices();
    int n = 0;
    for (const QString& path : paths) {
        // &1 … &8: each entry has its own accelerator.
        QAction* a = recent->addAction(QStringLiteral("&%1 %2").arg(++n).arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        QObject::connect(a, &QAction::triggered, window,
                         [window, path] { emit window->openRecentRequested(path); });
    }
    if (paths.isEmpty())
        recent->addAction(MainWindow::tr("No practices opened yet"))->setEnabled(false);
}

void showDataFolder(MainWindow* window)
{
    const QString folder = dataFolder();
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        MessageBox::warning(window, MainWindow::tr("Show Data Folder"),
                            MainWindow::tr("No file manager answered. The data folder (the default practice, "
                                           "backups and import reports) is:\n%1")
                                .arg(QDir::toNativeSeparators(folder)));
}

} // namespace

void addPracticeActions(MainWindow* window, QMenu* file)
{
    QAction* newPractice = file->addAction(MainWindow::tr("New &Practice…"));
    QObject::connect(newPractice, &QAction::triggered, window,
                     [window] { emit window->newPracticeRequested(); });
    QAction* openPractice = file->addAction(MainWindow::tr("&Open Practice…"));
    openPractice->setShortcut(QKeySequence::Open);
    QObject::connect(openPractice, &QAction::triggered, window,
                     [window] { emit window->openPracticeRequested(); });
    QMenu* recent = file->addMenu(MainWindow::tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentPractices"));
    QObject::connect(recent, &QMenu::aboutToShow, window, [window, recent] { fillRecent(window, recent); });
    fillRecent(window, recent);
    QAction* dataFolder = file->addAction(MainWindow::tr("Show Data &Folder"));
    QObject::connect(dataFolder, &QAction::triggered, window, [window] { showDataFolder(window); });
    file->addSeparator();
}

} // namespace tp::ui
