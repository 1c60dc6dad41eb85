#pragma once

#include "db/Database.h"
#include "main/FileReplacer.h"

#include <functional>
#include <memory>
#include <QObject>
#include <QStringList>

class QFutureWatcherBase;
class QWidget;

namespace tp::ui {

class BackupService;
class MainWindow;

// Owns the open practice and the window that shows it. Another practice
// (File → New Practice…, Open Practice…, Open Recent) is opened first; only
// when that worked does the window change — a failed open leaves the
// practice at hand as it was.
class PracticeSession : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Open, // an existing practice
        Create, // a new, empty one; never over an existing file
        OpenOrCreate, // an existing practice, else a new one (the default one's folder is made too)
    };

    explicit PracticeSession(QObject* parent = nullptr);
    ~PracticeSession() override;

    // Opens `path`; on success it becomes the practice at hand, with a new
    // window, and joins the recent practices. False and why otherwise.
    bool open(const QString& path, Mode mode, db::OpenFailure* failure);
    // At start: opens `path`; when that fails, says why and offers Open
    // Other… / New… / Quit until a practice is open (true) or the
    // practitioner quits (false).
    bool openAtStart(const QString& path, Mode mode);

    db::Database* database() const { return m_database.get(); }
    MainWindow* window() const { return m_window.get(); }
    // Scheduled backups and Back up now, for as long as the app runs.
    BackupService* backups() const { return m_backups.get(); }

    // Swaps the practice's file underneath: the database closes, `swap`
    // runs on the closed file, the database reopens — whether or not `swap`
    // worked — and the window shows what is there now (and lets go of its
    // undo stack, which refers to the old rows, only when the file changed).
    // Used by Undo Last Import and by restore. False, with why, when `swap`
    // failed. When the practice cannot be opened again, it says so itself
    // and offers another practice or quitting: false with no error then.
    bool replaceFile(const std::function<bool(const QString& path, QString* error)>& swap, QString* error);
    // The same with `swap` on a worker (a restore takes a while), reporting
    // through the returned watcher; `done` gets whether it worked and why
    // not. The window waits meanwhile (its dialogs are window-modal).
    QFutureWatcherBase* replaceFileInBackground(const BackgroundSwap& swap,
                                                std::function<void(bool ok, const QString& error)> done);
    // Edit → Undo Last Import: asks first when `confirm` (naming the import
    // by its files and time), checks the snapshot, swaps it in, and says so.
    bool undoLastImport(bool confirm);

    // Another start of the app (see SingleInstance): the window comes to the
    // front, and the import wizard opens for `files`.
    void activate(const QStringList& files);

    // File → Open Practice… and New Practice…: ask for the file, open it,
    // say why not.
    void chooseAndOpen();
    void chooseAndCreate();
    // File → Open Recent: opens it, or says why not (and forgets a file
    // that is gone).
    void openRecent(const QString& path);

    // Newest first, at most kRecentCount, files that still exist.
    static QStringList recentPractices();
    static void rememberPractice(const QString& path);
    static void forgetPractice(const QString& path);
    static constexpr int kRecentCount = 8;

    // Tests: answers the file dialogs (create: the New dialog) instead of showing them.
    void setFileChooser(std::function<QString(bool create)> chooser) { m_chooser = std::move(chooser); }

signals:
    // A practice is open in `window` (shown by the caller at start, here after).
    void opened(tp::ui::MainWindow* window);

private:
    QString chooseFile(bool create) const;
    // Says `why` no practice is open and offers Open Other… / New… / Quit
    // until one is open (true) or the practitioner quits (false).
    bool offerAnotherPractice(const QString& why);
    void showFailure(const db::OpenFailure& failure) const;
    // Around a swap: stop using the file, close it; reopen and show what is there.
    bool beginReplace(QString* error);
    bool endReplace(bool swapped, const QString& swapError, QString* error);
    std::unique_ptr<MainWindow> makeWindow(db::Database& database);

    std::unique_ptr<BackupService> m_backups;
    std::unique_ptr<db::Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    std::function<QString(bool)> m_chooser;
};

} // namespace tp::ui
