#include "PracticeSession.h"

#include "backup/BackupService.h"
#include "common/BackgroundJob.h"
#include "common/MessageBox.h"
#include "common/Words.h"
#include "db/Snapshot.h"
#include "exchange/Importer.h"
#include "MainWindow.h"
#include "StartupErrors.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace tp::ui {

namespace {

const QString kRecentKey = QStringLiteral("practices/recent");

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

} // namespace

PracticeSession::PracticeSession(QObject* parent)
    : QObject(parent)
    , m_backups(std::make_unique<BackupService>())
{
}

PracticeSession::~PracticeSession()
{
    m_window.reset(); // the window uses the database: it goes first
    m_backups.reset(); // waits for a backup under way
    m_database.reset();
}

bool PracticeSession::open(const QString& path, Mode mode, db::OpenFailure* failure)
{
    if (mode == Mode::Create && (QFileInfo::exists(path) || QFileInfo(path).isSymLink())) {
        failure->error = db::OpenError::Other;
        failure->message = tr("%1 exists already, and a new practice is never written over a file. Choose "
                              "another name, or open it with Open Practice….")
                               .arg(QDir::toNativeSeparators(path));
        return false;
    }
    db::OpenOptions options;
    options.path = path;
    options.createIfMissing = mode != Mode::Open;
    options.createDirectory = mode == Mode::OpenOrCreate && path == db::Database::defaultPath();
    auto database = db::Database::open(options, failure);
    if (!database)
        return false;
    if (m_window && !m_window->close()) { // something still runs in it (demo data)
        failure->error = db::OpenError::Other;
        failure->message = tr("The practice at hand is still busy; try again when it has finished.");
        return false;
    }
    auto window = makeWindow(*database);
    const bool replacing = m_window != nullptr;
    if (replacing)
        window->show(); // before the old window goes, so the app does not end in between
    m_window.reset();
    m_database = std::move(database);
    m_window = std::move(window);
    rememberPractice(m_database->path());
    m_backups->setPracticePath(m_database->path());
    emit opened(m_window.get());
    return true;
}

std::unique_ptr<MainWindow> PracticeSession::makeWindow(db::Database& database)
{
    auto window = std::make_unique<MainWindow>(database, m_backups.get());
    window->setFileReplacer(
        [this](const BackgroundSwap& swap, std::function<void(bool, const QString&)> done) {
            return replaceFileInBackground(swap, std::move(done));
        });
    connect(window.get(), &MainWindow::newPracticeRequested, this, &PracticeSession::chooseAndCreate);
    connect(window.get(), &MainWindow::openPracticeRequested, this, &PracticeSession::chooseAndOpen);
    connect(window.get(), &MainWindow::openRecentRequested, this, &PracticeSession::openRecent);
    connect(window.get(), &MainWindow::undoLastImportRequested, this, &PracticeSession::undoLastImport);
    return window;
}

bool PracticeSession::beginReplace(QString* error)
{
    if (!m_database)
        return false;
    if (m_backups->isRunning()) {
        *error = tr("A backup of the practice is being made right now; try again when it has finished.");
        return false;
    }
    if (m_window)
        m_window->practiceAboutToBeReplaced();
    m_backups->setHeld(true); // no scheduled backup of a file being swapped
    m_database->close();
    return true;
}

bool PracticeSession::endReplace(bool swapped, const QString& swapError, QString* error)
{
    m_backups->setHeld(false);
    db::OpenFailure failure;
    if (!m_database->reopen(&failure)) {
        // Nothing is open now: say why, and let the practitioner go on elsewhere.
        QString text = failure.message;
        if (!swapped && !swapError.isEmpty())
            text = swapError + QStringLiteral("\n\n") + text;
        error->clear();
        offerAnotherPractice(text);
        return false;
    }
    if (m_window)
        m_window->practiceReplaced(swapped);
    if (!swapped)
        *error = swapError;
    return swapped;
}

bool PracticeSession::replaceFile(const std::function<bool(const QString&, QString*)>& swap, QString* error)
{
    if (!beginReplace(error))
        return false;
    QString swapError;
    const bool swapped = swap(m_database->path(), &swapError);
    return endReplace(swapped, swapError, error);
}

QFutureWatcherBase* PracticeSession::replaceFileInBackground(const BackgroundSwap& swap,
                                                             std::function<void(bool, const QString&)> done)
{
    QString error;
    if (!beginReplace(&error)) {
        done(false, error);
        return nullptr;
    }
    struct Swapped
    {
        bool ok = false;
        QString error;
    };
    const QString path = m_database->path();
    return startWork<Swapped>(
        this,
        [swap, path](Progress& progress) {
            Swapped s;
            s.ok = swap(path, progress, &s.error);
            return s;
        },
        [this, done](const JobOutcome<Swapped>& outcome) {
            const Swapped s = outcome.resultOr(tr("Cancelled; the practice is unchanged."));
            QString error;
            const bool ok = endReplace(s.ok, s.error, &error);
            done(ok, error);
        });
}

bool PracticeSession::undoLastImport(bool confirm)
{
    QWidget* parent = m_window.get();
    const auto last = m_database ? exchange::Importer::lastImport(m_database->path()) : std::nullopt;
    if (!last) {
        MessageBox::warning(parent, tr("Undo Last Import"), tr("There is no import to undo."));
        return false;
    }
    if (confirm
        && MessageBox::question(
               parent, tr("Undo Last Import"),
               tr("Put the practice back as it was before the last import (%1)? Changes made "
                  "since then are lost too.")
                   .arg(Words::pastImport(last->files, last->takenAt)),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return false;
    // Checked before anything is let go: a snapshot that would be refused leaves Edit → Undo as it was.
    QString error;
    if (!db::Snapshot::check(last->snapshotPath, m_database->path(), &error)) {
        MessageBox::warning(parent, tr("Undo Last Import"), error);
        return false;
    }
    const bool undone = replaceFile(
        [](const QString& path, QString* why) {
            QString from;
            return exchange::Importer::undoLastImport(path, &from, why);
        },
        &error);
    if (!undone) {
        if (!error.isEmpty()) // else replaceFile has said why already
            MessageBox::warning(parent, tr("Undo Last Import"), error);
        return false;
    }
    if (m_window)
        m_window->showStatus(tr("The last import was undone."));
    return true;
}

bool PracticeSession::openAtStart(const QString& path, Mode mode)
{
    db::OpenFailure failure;
    if (open(path, mode, &failure))
        return true;
    return offerAnotherPractice(openFailureText(failure));
}

bool PracticeSession::offerAnotherPractice(const QString& why)
{
    QString text = why;
    for (;;) {
        const auto answer = MessageBox::choice(
            m_window.get(), tr("The practice cannot be opened"),
            text + QStringLiteral("\n\n")
                + tr("You can open another practice file, start a new practice, or quit."),
            { { QMessageBox::Open, tr("&Open Other…") },
              { QMessageBox::Save, tr("&New Practice…") },
              { QMessageBox::Close, tr("&Quit") } },
            QMessageBox::Open);
        if (answer != QMessageBox::Open && answer != QMessageBox::Save) {
            if (m_window) // the app runs: it ends once the window has gone
                QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
            return false;
        }
        const bool create = answer == QMessageBox::Save;
        const QString chosen = chooseFile(create);
        if (chosen.isEmpty())
            continue;
        db::OpenFailure failure;
        if (open(chosen, create ? Mode::Create : Mode::Open, &failure))
            return true;
        text = openFailureText(failure);
    }
}

void PracticeSession::activate(const QStringList& files)
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    if (!files.isEmpty())
        m_window->openFiles(files);
}

void PracticeSession::chooseAndOpen()
{
    const QString path = chooseFile(false);
    db::OpenFailure failure;
    if (!path.isEmpty() && !open(path, Mode::Open, &failure))
        showFailure(failure);
}

void PracticeSession::chooseAndCreate()
{
    const QString path = chooseFile(true);
    db::OpenFailure failure;
    if (!path.isEmpty() && !open(path, Mode::Create, &failure))
        showFailure(failure);
}

void PracticeSession::openRecent(const QString& path)
{
    db::OpenFailure failure;
    if (open(path, Mode::Open, &failure))
        return;
    if (!QFileInfo::exists(path))
        forgetPractice(path);
    showFailure(failure);
}

QStringList PracticeSession::recentPractices()
{
    QStringList recent;
    for (const QString& p : QSettings().value(kRecentKey).toStringList()) {
        if (QFileInfo::exists(p) && !recent.contains(p))
            recent << p;
    }
    return recent.mid(0, kRecentCount);
}

void PracticeSession::rememberPractice(const QString& path)
{
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    const QString entry = canonical(path);
    recent.removeAll(entry);
    recent.prepend(entry);
    QSettings().setValue(kRecentKey, recent.mid(0, kRecentCount));
}

void PracticeSession::forgetPractice(const QString& path)
{
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.removeAll(canonical(path));
    QSettings().setValue(kRecentKey, recent);
}

QString PracticeSession::chooseFile(bool create) const
{
    QString path;
    if (m_chooser) {
        path = m_chooser(create);
    } else {
        QWidget* parent = m_window.get();
        const QString folder = m_database
            ? QFileInfo(m_database->path()).absolutePath()
            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString filter = tr("Practice databases (*.db);;All files (*)");
        // The New dialog would offer to replace an existing file; open() refuses that instead.
        path = create ? QFileDialog::getSaveFileName(parent, tr("New Practice"),
                                                     QDir(folder).filePath(tr("practice.db")), filter,
                                                     nullptr, QFileDialog::DontConfirmOverwrite)
                      : QFileDialog::getOpenFileName(parent, tr("Open Practice"), folder, filter);
    }
    if (create && !path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    return path;
}

void PracticeSession::showFailure(const db::OpenFailure& failure) const
{
    MessageBox::critical(m_window.get(), tr("The practice cannot be opened"),
                         openFailureText(failure) + QStringLiteral("\n\n")
                             + tr("The practice you had open stays open."));
}

} // namespace tp::ui
