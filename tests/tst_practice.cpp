#include "common/MessageBox.h"
#include "import/ImportWizard.h"
#include "main/MainWindow.h"
#include "main/PracticeSession.h"
#include "main/SingleInstance.h"
#include "TestSupport.h"

#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>
#include <QUndoStack>
#include <thread>

using namespace tp;

// Opening practices (File → New, Open, Open Recent; the choices when one
// cannot be opened at start) and the hand-off to a running copy of the app.
class TestPractice : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;

    QString writeText(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.path(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        QSettings().remove("practices");
    }

    void newOpenAndRecentPractices()
    {
        ui::PracticeSession session;
        db::OpenFailure failure;
        const QString first = m_dir.path("first.db");
        QVERIFY(session.open(first, ui::PracticeSession::Mode::Create, &failure));
        QPointer<ui::MainWindow> firstWindow = session.window();
        QVERIFY(firstWindow);
        firstWindow->show();

        // A new practice is never written over a file.
        QVERIFY(!session.open(first, ui::PracticeSession::Mode::Create, &failure));
        QVERIFY2(failure.message.contains("exists already"), qPrintable(failure.message));
        // A file that is no practice is refused; the practice at hand stays.
        const QString text = writeText("notes.txt", "not a practice");
        QVERIFY(!session.open(text, ui::PracticeSession::Mode::Open, &failure));
        QCOMPARE(session.window(), firstWindow.data());
        QCOMPARE(session.database()->path(), first);

        const QString second = m_dir.path("second.db");
        QVERIFY(session.open(second, ui::PracticeSession::Mode::Create, &failure));
        QVERIFY(!firstWindow); // the first practice's window is gone
        QVERIFY(session.window()->isVisible());
        QCOMPARE(
            ui::PracticeSession::recentPractices(),
            (QStringList{ QFileInfo(second).canonicalFilePath(), QFileInfo(first).canonicalFilePath() }));

        // File → Open Recent lists them; choosing one opens it.
        auto* recent = session.window()->menuBar()->findChild<QMenu*>("recentPractices");
        QVERIFY(recent);
        emit recent->aboutToShow();
        QCOMPARE(recent->actions().size(), 2);
        QVERIFY(recent->actions().at(1)->text().endsWith("first.db"));
        recent->actions().at(1)->trigger();
        QCOMPARE(session.database()->path(), QFileInfo(first).canonicalFilePath());

        // File → New Practice… and Open Practice… ask for the file.
        session.setFileChooser([this](bool create) { return m_dir.path(create ? "third" : "second.db"); });
        emit session.window()->newPracticeRequested();
        QCOMPARE(QFileInfo(session.database()->path()).fileName(), QString("third.db"));
        emit session.window()->openPracticeRequested();
        QCOMPARE(QFileInfo(session.database()->path()).fileName(), QString("second.db"));

        // A recent practice that is gone is said to be gone and forgotten.
        QFile::remove(m_dir.path("third.db"));
        QVERIFY(!ui::PracticeSession::recentPractices().contains(m_dir.path("third.db")));
    }

    // A practice that cannot be opened at start: the reason, then Open
    // Other… / New Practice… / Quit — no dead end.
    void failedOpenAtStartOffersChoices()
    {
        const QString broken = writeText("broken.db", "this is no database");
        {
            ui::PracticeSession session;
            ui::MessageBox::setNextAnswer(QMessageBox::Close);
            QVERIFY(!session.openAtStart(broken, ui::PracticeSession::Mode::OpenOrCreate));
            QVERIFY(ui::MessageBox::lastText().contains("broken.db"));
            QVERIFY(ui::MessageBox::lastText().contains(
                "open another practice file, start a new practice, or quit"));
            QVERIFY(!ui::MessageBox::lastText().contains("--db"));
        }
        {
            ui::PracticeSession session;
            session.setFileChooser(
                [this](bool create) { return create ? m_dir.path("fresh.db") : QString(); });
            ui::MessageBox::setNextAnswer(QMessageBox::Save); // New Practice…
            QVERIFY(session.openAtStart(broken, ui::PracticeSession::Mode::OpenOrCreate));
            QCOMPARE(session.database()->path(), m_dir.path("fresh.db"));
        }
    }

    // Swapping the file underneath (Undo Last Import, restore): a swap that
    // fails changes nothing, the undo stack included; a file that cannot be
    // opened after says why and offers another practice.
    void replacingTheFile()
    {
        ui::PracticeSession session;
        db::OpenFailure failure;
        const QString path = m_dir.path("swapped.db");
        QVERIFY(session.open(path, ui::PracticeSession::Mode::Create, &failure));
        session.window()->undoStack()->push(new QUndoCommand("a change"));

        QString error;
        QVERIFY(!session.replaceFile(
            [](const QString&, QString* why) {
                *why = "the copy is damaged";
                return false;
            },
            &error));
        QCOMPARE(error, QString("the copy is damaged"));
        QCOMPARE(session.window()->undoStack()->count(), 1);
        QVERIFY(session.database()->connection().isOpen());

        QVERIFY(session.replaceFile([](const QString&, QString*) { return true; }, &error));
        QCOMPARE(session.window()->undoStack()->count(), 0); // the rows it named may be gone

        const QString other = m_dir.path("other.db");
        session.setFileChooser([other](bool create) { return create ? other : QString(); });
        ui::MessageBox::setNextAnswer(QMessageBox::Save); // New Practice…
        QVERIFY(!session.replaceFile(
            [](const QString& file, QString*) {
                QFile f(file);
                return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write("no practice") > 0;
            },
            &error));
        QVERIFY(error.isEmpty()); // said already, with the choices
        QVERIFY2(ui::MessageBox::lastText().contains("open another practice file"),
                 qPrintable(ui::MessageBox::lastText()));
        QCOMPARE(session.database()->path(), other);
        QVERIFY(session.database()->connection().isOpen());
    }

    // A second start hands its files to the running copy, which comes to
    // the front with the import wizard for them.
    void secondStartHandsOver()
    {
        const QString name = QStringLiteral("theprogram-test-%1").arg(QCoreApplication::applicationPid());
        ui::SingleInstance first(name);
        QVERIFY(!first.sendToRunning({}, 200)); // nobody runs yet
        QVERIFY(first.listen());
        ui::PracticeSession session;
        db::OpenFailure failure;
        QVERIFY(session.open(m_dir.path("running.db"), ui::PracticeSession::Mode::Create, &failure));
        session.window()->show();
        connect(&first, &ui::SingleInstance::activated, &session, &ui::PracticeSession::activate);
        QSignalSpy activated(&first, &ui::SingleInstance::activated);

        const QString file = writeText("handed.json", "{}");
        bool handed = false;
        std::thread second([&] { handed = ui::SingleInstance(name).sendToRunning({ file }); });
        QVERIFY(activated.wait(5000));
        second.join();
        QVERIFY(handed);
        QCOMPARE(activated.first().first().toStringList(), QStringList{ file });
        auto* wizard = session.window()->findChild<ui::ImportWizard*>();
        QVERIFY(wizard);
        QCOMPARE(wizard->files(), QStringList{ file });
        wizard->close();
    }
};

QTEST_MAIN(TestPractice)
#include "tst_practice.moc"
