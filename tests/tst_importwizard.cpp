#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "import/ConflictModel.h"
#include "import/ImportWizard.h"
#include "main/ClientListModel.h"
#include "main/MainWindow.h"
#include "main/PracticeSession.h"
#include "model/PracticeStore.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>
#include <QUndoStack>
#include <QUrl>

using namespace tp;

// The import wizard driven page by page on the offscreen platform.
class TestImportWizard : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    QString m_export;

    // A practice that holds 20 of the file's 25 clients, three of them changed: a practice with conflicts.
    std::unique_ptr<db::Database> conflictingPractice(const QString& name)
    {
        auto target = test::openDatabase(m_dir.path(name));
        exchange::ImportOptions first;
        first.inputs = { m_export };
        if (!target || !exchange::Importer::run(*target, first).ok)
            return {};
        QSqlQuery q(target->connection());
        if (!q.exec("UPDATE clients SET first_name = 'Edited' WHERE rowid <= 3")
            || !q.exec("DELETE FROM clients WHERE rowid > 20"))
            return {};
        for (const QString& s : exchange::Importer::snapshots(target->path()))
            QFile::remove(s);
        return target;
    }

private slots:
    void initTestCase()
    {
        test::initTestEnvironment();
        auto source = test::openDatabase(m_dir.path("source.db"));
        QVERIFY(source);
        QVERIFY(demo::DemoGenerator::generate(source->connection(), { 25, 1, 8 }).ok);
        exchange::ExportOptions o;
        o.pretty = true;
        o.outputPath = m_dir.path("practice.json");
        QVERIFY(exchange::Exporter::run(source->connection(), o).ok);
        m_export = o.outputPath;
    }

    void checkConflictsPreviewImportAndUndo()
    {
        auto target = conflictingPractice("target.db");
        QVERIFY(target);
        auto window = std::make_unique<ui::MainWindow>(*target);
        window->show();
        QCOMPARE(window->clientModel()->rowCount(), 20);

        ui::ImportWizard* wizard = window->openImportWizard({ m_export });
        QVERIFY(wizard);
        QCOMPARE(wizard->files(), QStringList{ m_export });
        QSignalSpy checked(wizard, &ui::ImportWizard::checkFinished);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::ImportWizard::CheckPage));
        QVERIFY(checked.wait(60000));
        QVERIFY(wizard->problemTable()->rowCount() >= 1); // at least the app_config note
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::ImportWizard::ConflictsPage));
        // Only the three edited clients are asked about, each under its own name: the rest is
        // already there, identical.
        ui::ConflictModel* model = wizard->conflictModel();
        QCOMPARE(model->conflictCount(), 3);
        QCOMPARE(model->groupCount(), 3);
        QVERIFY(model->index(0, 0).data().toString().startsWith("Edited ")); // the client, by name
        QVERIFY(model->index(0, ui::ConflictModel::ExistingColumn).data().toString().startsWith("1 row"));
        // Only the field that differs, in words, existing → incoming.
        const int edited = 1;
        using C = ui::ConflictModel;
        QCOMPARE(model->conflictIndex(edited, C::ExistingColumn).data().toString(),
                 QString("First name: Edited"));
        QVERIFY(model->conflictIndex(edited, C::IncomingColumn).data().toString().startsWith("First name: "));
        QCOMPARE(model->conflictIndex(edited, C::MatchColumn).data().toString(), QString("same id"));
        QVERIFY(model->conflictIndex(edited, C::ActionColumn).data().toString().contains("(as for all)"));
        const QString shots = qEnvironmentVariable("THEPROGRAM_SCREENSHOTS");
        if (!shots.isEmpty())
            wizard->grab().save(shots + "/import-conflicts.png");
        // Take the incoming version for one of them only, through the action column's editor.
        QTreeView* view = wizard->conflictView();
        const QModelIndex action = model->conflictIndex(edited, C::ActionColumn);
        // Passing through another row's action chooses nothing for it.
        const QModelIndex passedBy = model->conflictIndex(0, C::ActionColumn);
        view->setCurrentIndex(passedBy);
        view->edit(passedBy);
        view->setCurrentIndex(action);
        view->edit(action);
        auto* editor = qobject_cast<QComboBox*>(view->indexWidget(action));
        QVERIFY(editor);
        editor->setCurrentIndex(editor->findData(int(exchange::ConflictStrategy::Replace)));
        emit editor->activated(editor->currentIndex());
        QCOMPARE(action.data(C::StrategyRole).toInt(), int(exchange::ConflictStrategy::Replace));
        const QString editedKey = model->conflictIndex(edited, 0).data(C::RowKeyRole).toString();
        QCOMPARE(wizard->options().rowStrategies.size(), 1);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::ImportWizard::OptionsPage));
        QCOMPARE(wizard->options().rowStrategies.value(editedKey), exchange::ConflictStrategy::Replace);
        // The action for all, chosen on the options page, is what the other rows show.
        wizard->strategyBox()->setCurrentIndex(
            wizard->strategyBox()->findData(int(exchange::ConflictStrategy::Merge)));
        QVERIFY(model->conflictIndex(0, C::ActionColumn).data().toString().startsWith("Merge"));
        wizard->strategyBox()->setCurrentIndex(
            wizard->strategyBox()->findData(int(exchange::ConflictStrategy::Skip)));
        QSignalSpy previewed(wizard, &ui::ImportWizard::previewFinished);
        wizard->next();
        QVERIFY(previewed.wait(60000));
        QVERIFY(wizard->previewTable()->rowCount() > 0);
        QCOMPARE(wizard->previewTable()->item(0, 0)->text().contains('_'), false); // tables in words
        QCOMPARE(target->rowCount("clients"), 20); // the dry run changed nothing

        QSignalSpy imported(wizard, &ui::ImportWizard::importFinished);
        wizard->next();
        QVERIFY(imported.wait(60000));
        QCOMPARE(imported.first().first().toBool(), true);
        QTRY_COMPARE(wizard->currentId(), int(ui::ImportWizard::ResultPage));
        QVERIFY(wizard->resultText()->toPlainText().contains("Result: imported."));
        QVERIFY(wizard->resultText()->toPlainText().contains("Edit → Undo Last Import"));
        QVERIFY(!wizard->resultText()->toPlainText().contains(
            "theprogram-cli")); // the app's words, not the CLI's
        QTRY_COMPARE(window->clientModel()->rowCount(), 25); // the list is read on a worker
        QSqlQuery q(target->connection());
        QVERIFY(q.exec("SELECT COUNT(*) FROM clients WHERE first_name = 'Edited'") && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // one of three was replaced
        q.finish();
        wizard->close();
        window.reset();
        const QString path = target->path();
        target.reset();

        // Undo, through the object that owns the practice: asked about in words (the file and
        // "today at 18:30", not a snapshot's name), then the practice is back as before.
        ui::PracticeSession session;
        db::OpenFailure failure;
        QVERIFY(session.open(path, ui::PracticeSession::Mode::Open, &failure));
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!session.undoLastImport(true));
        QVERIFY2(ui::MessageBox::lastText().contains("(practice.json, today at "),
                 qPrintable(ui::MessageBox::lastText()));
        QCOMPARE(session.database()->rowCount("clients"), 25);
        emit session.window()->undoLastImportRequested(false); // the wizard's Undo Import
        QCOMPARE(session.window()->clientModel()->rowCount(), 20);
        QCOMPARE(session.database()->rowCount("clients"), 20);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!session.undoLastImport(false)); // nothing left to undo
        QVERIFY2(ui::MessageBox::lastText().contains("no import to undo"),
                 qPrintable(ui::MessageBox::lastText()));
    }

    // The window closes while the wizard is open on its conflicts, with an
    // action's editor open and chosen: nothing is written, nothing is left.
    void closingTheWindowMidChoice()
    {
        auto target = conflictingPractice("closing.db");
        QVERIFY(target);
        auto window = std::make_unique<ui::MainWindow>(*target);
        window->show();
        QPointer<ui::ImportWizard> wizard = window->openImportWizard({ m_export });
        QSignalSpy checked(wizard.data(), &ui::ImportWizard::checkFinished);
        wizard->next();
        QVERIFY(checked.wait(60000));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::ImportWizard::ConflictsPage));
        QTreeView* view = wizard->conflictView();
        const QModelIndex action = wizard->conflictModel()->conflictIndex(0, ui::ConflictModel::ActionColumn);
        view->setFocus();
        view->setCurrentIndex(action);
        view->edit(action);
        auto* editor = qobject_cast<QComboBox*>(view->indexWidget(action));
        QVERIFY(editor);
        editor->setFocus();
        editor->setCurrentIndex(editor->findData(int(exchange::ConflictStrategy::Merge)));
        emit editor->activated(editor->currentIndex());
        window.reset();
        QVERIFY(!wizard);
        QCOMPARE(target->rowCount("clients"), 20);
    }

    // A snapshot that would be refused is refused before anything is let go:
    // the window's undo stack stays.
    void refusedUndoKeepsTheUndoStack()
    {
        const QString path = m_dir.path("refused.db");
        {
            auto target = test::openDatabase(path);
            QVERIFY(target);
            exchange::ImportOptions o;
            o.inputs = { m_export };
            QVERIFY(exchange::Importer::run(*target, o).ok);
        }
        const QStringList snapshots = exchange::Importer::snapshots(path);
        QCOMPARE(snapshots.size(), 1);
        {
            QFile f(snapshots.first());
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2)); // damaged
        }
        ui::PracticeSession session;
        db::OpenFailure failure;
        QVERIFY(session.open(path, ui::PracticeSession::Mode::Open, &failure));
        ui::MainWindow* window = session.window();
        window->clientView()->selectRow(0);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QMetaObject::invokeMethod(window, [window] {
            for (QAction* a : window->findChildren<QAction*>()) {
                if (a->text() == ui::MainWindow::tr("&Delete Client"))
                    a->trigger();
            }
        });
        QTRY_COMPARE(window->undoStack()->count(), 1);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!session.undoLastImport(false));
        QVERIFY2(ui::MessageBox::lastText().contains("damaged"), qPrintable(ui::MessageBox::lastText()));
        QCOMPARE(window->undoStack()->count(), 1);
        QCOMPARE(session.database()->rowCount("clients"), 24);
    }

    // Into an empty practice the rows go straight into their tables: the
    // wizard shows the same steps, progress and result.
    void importIntoAnEmptyPractice()
    {
        auto target = test::openDatabase(m_dir.path("empty-target.db"));
        QVERIFY(target);
        ui::MainWindow window(*target);
        window.show();
        QCOMPARE(window.clientModel()->rowCount(), 0);
        ui::ImportWizard* wizard = window.openImportWizard({ m_export });
        QVERIFY(wizard);
        QSignalSpy checked(wizard, &ui::ImportWizard::checkFinished);
        QSignalSpy previewed(wizard, &ui::ImportWizard::previewFinished);
        QSignalSpy imported(wizard, &ui::ImportWizard::importFinished);
        wizard->next();
        QVERIFY(checked.wait(60000));
        for (int i = 0; i < 3 && wizard->currentId() != int(ui::ImportWizard::OptionsPage); ++i)
            wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::ImportWizard::OptionsPage));
        wizard->next();
        QVERIFY(previewed.wait(60000));
        QCOMPARE(target->rowCount("clients"), 0); // the dry run changed nothing
        wizard->next();
        QVERIFY(imported.wait(60000));
        QCOMPARE(imported.first().first().toBool(), true);
        QTRY_COMPARE(wizard->currentId(), int(ui::ImportWizard::ResultPage));
        QVERIFY2(wizard->resultText()->toPlainText().contains("Result: imported."),
                 qPrintable(wizard->resultText()->toPlainText()));
        QTRY_COMPARE(window.clientModel()->rowCount(), 25); // the list is read on a worker
        QCOMPARE(target->rowCount("clients"), 25);
        const QString shots = qEnvironmentVariable("THEPROGRAM_SCREENSHOTS");
        if (!shots.isEmpty())
            wizard->grab().save(shots + "/import-result.png");
        wizard->close();
    }

    // Both wizards can be made larger and open again at the size they were left.
    void wizardsRememberTheirSize()
    {
        auto target = test::openDatabase(m_dir.path("size.db"));
        QVERIFY(target);
        {
            ui::ImportWizard wizard(target->path(), {});
            QVERIFY(wizard.isSizeGripEnabled());
            wizard.show();
            wizard.resize(1000, 690);
            QCoreApplication::processEvents();
            wizard.reject();
        }
        ui::ImportWizard again(target->path(), {});
        QCOMPARE(again.size(), QSize(1000, 690));
    }

    void droppingFilesOnTheWindowOpensTheWizard()
    {
        auto target = test::openDatabase(m_dir.path("drop.db"));
        QVERIFY(target);
        ui::MainWindow window(*target);
        window.show();
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(m_export) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        auto* wizard = window.findChild<ui::ImportWizard*>();
        QVERIFY(wizard);
        QCOMPARE(wizard->files(), QStringList{ m_export });
        delete wizard;
    }

    void errorsOfferAPartialImport()
    {
        QFile f(m_export);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        const int at = bytes.indexOf("\"timezone\": \"");
        QVERIFY(at > 0);
        bytes.insert(at + 13, "Mars/");
        const QString bad = m_dir.path("bad.json");
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        auto target = test::openDatabase(m_dir.path("partial.db"));
        ui::ImportWizard wizard(target->path(), { bad });
        QSignalSpy checked(&wizard, &ui::ImportWizard::checkFinished);
        wizard.show();
        wizard.next();
        QVERIFY(checked.wait(60000));
        bool found = false;
        for (int r = 0; r < wizard.problemTable()->rowCount(); ++r)
            found = found
                || (wizard.problemTable()->item(r, 0)->text() == "Error"
                    && wizard.problemTable()->item(r, 1)->text().contains("bad.json, line"));
        QVERIFY(found);
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::CheckPage)); // refused to go on
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        wizard.next();
        QVERIFY(wizard.partialBox()->isChecked());
    }

    // A file that breaks off is a file error with its place, and no partial
    // import is offered: Next stays disabled, every broken file is named.
    void brokenFilesOfferNoPartialImport()
    {
        QFile f(m_export);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString cut = m_dir.path("cut.json");
        const QString other = m_dir.path("cut-too.json");
        for (const auto& [path, size] :
             { std::pair{ cut, bytes.size() / 2 }, std::pair{ other, qsizetype(40) } }) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes.left(size));
        }
        auto target = test::openDatabase(m_dir.path("broken.db"));
        ui::ImportWizard wizard(target->path(), { cut, other });
        QSignalSpy checked(&wizard, &ui::ImportWizard::checkFinished);
        wizard.show();
        wizard.next();
        QVERIFY(checked.wait(60000));
        QStringList errors;
        for (int r = 0; r < wizard.problemTable()->rowCount(); ++r) {
            if (wizard.problemTable()->item(r, 0)->text() == "Error")
                errors << wizard.problemTable()->item(r, 2)->text();
        }
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).startsWith("cut.json ends too early, at line "), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).startsWith("cut-too.json ends too early, at line 3, column 6 (byte 40)"),
                 qPrintable(errors.at(1)));
        QVERIFY(!wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::CheckPage));
        QVERIFY(!wizard.partialBox()->isChecked());
        QCOMPARE(target->rowCount("clients"), 0);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
