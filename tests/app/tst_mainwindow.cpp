#include "domain/catalogue.h"
#include "help/shortcutsdialog.h"
#include "io/sessionfile.h"
#include "library/librarypage.h"
#include "picking/pickingpage.h"
#include "projector/projectorwindow.h"
#include "settings/settings.h"
#include "shell/mainwindow.h"
#include "shell/savestatelabel.h"
#include "store/databaseconfig.h"
#include "store/sessionstore.h"
#include "workshop/sessiondocument.h"
#include "workshop/sessionlibrary.h"
#include "workshop/sessionlistmodel.h"
#include "workspace/sessionworkspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

namespace {

const QString Workshop = QStringLiteral(DRIVEDECK_TEST_DATA_DIR "/workshop.csv");

// Answers the next message box by clicking the button with that text, and tells what it said.
class MessageBoxAnswer : public QObject
{
public:
    explicit MessageBoxAnswer(const QString &button)
    {
        QTimer::singleShot(0, this, [this, button] { answer(button); });
    }
    QString text;
    QString detail;

private:
    void answer(const QString &button)
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(10, this, [this, button] { answer(button); });
            return;
        }
        text = box->text();
        detail = box->detailedText();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(u'&') == button) {
                b->click();
                return;
            }
        }
        box->reject();
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_window.reset(); }
    void importCsv_listsAndSelectsTheSession();
    void exportThenImport_askToReplaceOrKeepBoth();
    void openFiles_importsEachAndOpensIt_aSavedOneAsSaved();
    void importBrokenFile_explainsAndChangesNothing();
    void exportCsv_writesThePicks();
    void windowIcon_isSetOnceTheFirstFrameIsPainted();
    void openSession_namesTheWindowAndShowsTheSaveState();
    void switchLanguage_isRememberedForTheNextStart();
    void sampleSession_opensOnTheCardWall();
    void search_filtersAsYouType();
    void rename_andDuplicateAsTemplate();
    void f1_listsTheShortcutsFromTheMenus();
    void openOnStart_findsTheSessionByTitleOrSaysItIsNotThere();
    void projector_followsTheRoundAndRevealsOnCommand();

private:
    // The window's steps return at once; these wait for their answer.
    bool import(const QString &path);
    bool exportTo(const QUuid &id, const QString &path);
    QAction *menuAction(const QString &menu, const QString &text) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_database;
    int m_counter = 0;
};

void TestMainWindow::init()
{
    ++m_counter;
    m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings%1.ini"_s.arg(m_counter)));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_database = m_dir.filePath(u"db%1.sqlite"_s.arg(m_counter));
    QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
    m_window->openDatabase(DatabaseConfig::sqlite(m_database));
    QVERIFY(opened.wait(5000));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

bool TestMainWindow::import(const QString &path)
{
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importFile(path);
    if (finished.isEmpty() && !finished.wait(5000))
        return false;
    return finished.first().first().toBool();
}

bool TestMainWindow::exportTo(const QUuid &id, const QString &path)
{
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    m_window->exportSession(id, path);
    if (finished.isEmpty() && !finished.wait(5000))
        return false;
    return finished.first().first().toBool();
}

QAction *TestMainWindow::menuAction(const QString &menu, const QString &text) const
{
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->text().remove(u'&') != menu || !top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text().remove(u'&').startsWith(text))
                return action;
        }
    }
    return nullptr;
}

void TestMainWindow::importCsv_listsAndSelectsTheSession()
{
    QCOMPARE(m_window->sessionModel()->rowCount(), 0);
    QVERIFY(import(Workshop));
    QCOMPARE(m_window->sessionModel()->rowCount(), 1);
    const SessionSummary &s = m_window->sessionModel()->sessions().first();
    QCOMPARE(s.title, u"workshop"_s);
    QCOMPARE(s.participants, 4);
    QCOMPARE(m_window->selectedSession(), s.id);
}

void TestMainWindow::exportThenImport_askToReplaceOrKeepBoth()
{
    QVERIFY(import(Workshop));
    const QUuid id = m_window->selectedSession();
    const QString path = m_dir.filePath(u"handover.drivedeck"_s);
    QVERIFY(exportTo(id, path));
    QVERIFY(SessionFile::read(path).ok());

    {
        MessageBoxAnswer keepBoth(u"Keep Both"_s);
        QVERIFY(import(path));
        QCOMPARE(keepBoth.text, u"“workshop” is already in your sessions."_s);
    }
    QCOMPARE(m_window->sessionModel()->rowCount(), 2);
    {
        MessageBoxAnswer replace(u"Replace"_s);
        QVERIFY(import(path));
    }
    QCOMPARE(m_window->sessionModel()->rowCount(), 2);
    QCOMPARE(m_window->selectedSession(), id);
    {
        MessageBoxAnswer cancel(u"Cancel"_s);
        QVERIFY(!import(path));
    }
    QCOMPARE(m_window->sessionModel()->rowCount(), 2);
}

// Double-clicked files (drivedeck FILE…, or handed over by a second start): imported one after
// the other, each opened on its wall; a file that is gone is named and the rest go on; a
// session already saved opens as saved unless the facilitator says otherwise.
void TestMainWindow::openFiles_importsEachAndOpensIt_aSavedOneAsSaved()
{
    QVERIFY(import(Workshop));
    const QUuid saved = m_window->selectedSession();
    const QString path = m_dir.filePath(u"double-clicked.drivedeck"_s);
    QVERIFY(exportTo(saved, path));
    QVERIFY(!m_window->document() || !m_window->document()->isOpen());

    {
        MessageBoxAnswer open(u"Open the Saved One"_s);
        QSignalSpy done(m_window.get(), &MainWindow::filesOpened);
        m_window->openFiles({path});
        QVERIFY(done.wait(10000));
        QCOMPARE(open.text, u"“workshop” is already in your sessions."_s);
    }
    QTRY_VERIFY(m_window->document() && m_window->document()->isOpen());
    QCOMPARE(m_window->document()->session().id, saved);
    QCOMPARE(m_window->sessionModel()->rowCount(), 1);

    // Two at once, the first gone: it is named, and the second is imported and opened.
    const QString gone = m_dir.filePath(u"gone.drivedeck"_s);
    MessageBoxAnswer ok(u"OK"_s);
    QSignalSpy done(m_window.get(), &MainWindow::filesOpened);
    m_window->openFiles({gone, Workshop});
    QVERIFY(done.wait(10000));
    QTRY_VERIFY(!ok.text.isEmpty());
    QCOMPARE(ok.text, u"There is no file %1."_s.arg(QDir::toNativeSeparators(gone)));
    QCOMPARE(m_window->sessionModel()->rowCount(), 2);
    QTRY_VERIFY(m_window->document()->isOpen() && m_window->document()->session().id != saved);
    QCOMPARE(m_window->document()->session().title, u"workshop"_s);
}

void TestMainWindow::importBrokenFile_explainsAndChangesNothing()
{
    const QString path = m_dir.filePath(u"broken.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("participant,round,drive\nAnna,Now,idealsm\nBram,Now,42\n");
    file.close();
    MessageBoxAnswer ok(u"OK"_s);
    QVERIFY(!import(path));
    // The problem is shown without blocking the window; the answer comes a moment later.
    QTRY_VERIFY(!ok.text.isEmpty());
    QVERIFY2(ok.text.contains(u"line 2, column \"drive\": unknown drive \"idealsm\""_s),
             qPrintable(ok.text));
    QVERIFY(ok.detail.contains(u"line 3, column \"drive\": unknown drive \"42\""_s));
    QCOMPARE(m_window->sessionModel()->rowCount(), 0);
}

void TestMainWindow::exportCsv_writesThePicks()
{
    QVERIFY(import(Workshop));
    const QString path = m_dir.filePath(u"picks.csv"_s);
    QVERIFY(exportTo(m_window->selectedSession(), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("round,participant,drive,rank,polarity,note\n"));
}

void TestMainWindow::windowIcon_isSetOnceTheFirstFrameIsPainted()
{
    // Not in the way of the first frame, but there right after it, at the sizes a task bar and
    // a window switcher ask for.
    QTRY_VERIFY(!m_window->windowIcon().isNull());
    for (const int side : {16, 32, 64, 256})
        QCOMPARE(m_window->windowIcon().pixmap(side).size(), QSize(side, side));
}

void TestMainWindow::openSession_namesTheWindowAndShowsTheSaveState()
{
    QVERIFY(import(Workshop));
    const QUuid id = m_window->selectedSession();
    QCOMPARE(m_window->windowTitle(), u"DriveDeck"_s);
    m_window->openSession(id);
    SessionDocument *document = m_window->document();
    QVERIFY(document);
    QTRY_VERIFY(document->isOpen());
    QCOMPARE(m_window->windowTitle(), u"workshop — DriveDeck"_s);
    QTRY_COMPARE(m_window->saveStateLabel()->text(), u"workshop: all changes saved"_s);

    // An edit through the document: Edit › Undo names it and takes it back.
    const Session &session = document->session();
    Pick pick;
    pick.roundId = session.rounds.first().id;
    pick.participantId = session.participants.first().id;
    pick.driveId = 24;
    pick.madeAt = QDateTime::currentDateTimeUtc();
    QVERIFY(!session.checkPick(pick).isEmpty() || document->addPick(pick).ok());
    if (document->undoStack()->count() == 0)
        QSKIP("the sample's first participant already holds every card it may");
    QAction *undo = menuAction(u"Edit"_s, u"Undo"_s);
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text().remove(u'&'),
             u"Undo Pick %1 for %2"_s.arg(Catalogue::drive(24).name(),
                                          session.participants.first().displayName));
    QTRY_COMPARE(document->saveState(), SessionDocument::SaveState::Saved);
    undo->trigger();
    QTRY_COMPARE(document->saveState(), SessionDocument::SaveState::Saved);

    auto store = SessionStore::open(DatabaseConfig::sqlite(m_database));
    QVERIFY(store.ok());
    const auto stored = (*store)->load(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->picks, document->session().picks);
    QCOMPARE(document->session().picks.size(), session.picks.size());
}

void TestMainWindow::switchLanguage_isRememberedForTheNextStart()
{
    QCOMPARE(m_settings->language(), QString());
    QAction *dutch = nullptr;
    for (QAction *action : menuAction(u"View"_s, u"Language"_s)->menu()->actions()) {
        if (action->data().toString() == u"nl"_s)
            dutch = action;
    }
    QVERIFY(dutch);
    dutch->trigger();
    QCOMPARE(m_settings->language(), u"nl"_s);
    QCOMPARE(Settings(m_settings->fileName()).language(), u"nl"_s);
    QTRY_VERIFY(menuAction(u"Bestand"_s, u"Sessie"_s) != nullptr);
    for (QAction *action : menuAction(u"Beeld"_s, u"Taal"_s)->menu()->actions()) {
        if (action->data().toString() == u"en"_s)
            action->trigger();
    }
    QCOMPARE(m_settings->language(), u"en"_s);
}

void TestMainWindow::sampleSession_opensOnTheCardWall()
{
    QSignalSpy created(m_window.get(), &MainWindow::sessionCreated);
    m_window->createSampleSession();
    QVERIFY(created.wait(10000));
    QVERIFY(created.first().first().toBool());
    QCOMPARE(m_window->sessionModel()->rowCount(), 1);
    QVERIFY(m_window->pickingPage());
    QTRY_VERIFY(m_window->document()->isOpen());
    QCOMPARE(m_window->windowTitle(), u"Sample: Customer Service team day — DriveDeck"_s);
    QCOMPARE(m_window->document()->session().participants.size(), 8);
    auto *pages = m_window->findChild<QStackedWidget *>();
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget(), m_window->workspace());

    // Ctrl+L: the library, offering the way back; Ctrl+L again: the session again.
    auto *library = m_window->findChild<QWidget *>(u"libraryPage"_s);
    auto *back = m_window->findChild<QPushButton *>(u"backToSession"_s);
    QVERIFY(library && back);
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget(), library);
    QVERIFY(back->isVisible());
    QCOMPARE(back->text(), u"Back to “Sample: Customer Service team day”"_s);
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget(), m_window->workspace());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(pages->currentWidget(), m_window->workspace());

    // Closing the session returns to the library, with nothing to go back to.
    QAction *close = menuAction(u"File"_s, u"Close Session"_s);
    QVERIFY(close && close->isEnabled());
    close->trigger();
    QVERIFY(!m_window->pickingPage());
    QCOMPARE(m_window->windowTitle(), u"DriveDeck"_s);
    QCOMPARE(pages->currentWidget(), library);
    QVERIFY(!back->isVisible());
}

void TestMainWindow::search_filtersAsYouType()
{
    QSignalSpy created(m_window.get(), &MainWindow::sessionCreated);
    m_window->createSampleSession();
    QVERIFY(created.wait(10000));
    QVERIFY(import(Workshop));
    auto *view = m_window->findChild<QTableView *>(u"sessionList"_s);
    auto *search = m_window->findChild<QLineEdit *>(u"sessionSearch"_s);
    QVERIFY(view && search);
    QCOMPARE(view->model()->rowCount(), 2);
    QTest::keyClicks(search, u"SAMP"_s); // the sample's tag, any case
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->model()->index(0, 0).data().toString().startsWith(u"Sample"_s));
    search->clear();
    QTest::keyClicks(search, u"nobody"_s);
    QCOMPARE(view->model()->rowCount(), 0);
    search->clear();
    QCOMPARE(view->model()->rowCount(), 2);
    // Sorted by a click on the People header: 4 before 8.
    view->sortByColumn(SessionListModel::ParticipantsColumn, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, SessionListModel::ParticipantsColumn).data().toInt(), 4);
}

void TestMainWindow::rename_andDuplicateAsTemplate()
{
    QVERIFY(import(Workshop));
    const QUuid id = m_window->selectedSession();
    QSignalSpy renamed(m_window.get(), &MainWindow::renameFinished);
    m_window->renameSession(id, u"Kick-off, renamed"_s);
    QVERIFY(renamed.wait(5000));
    QVERIFY(renamed.first().first().toBool());
    QCOMPARE(m_window->sessionModel()->sessions().first().title, u"Kick-off, renamed"_s);

    // Open, the rename goes through the document: one undo step.
    m_window->openSession(id);
    QTRY_VERIFY(m_window->document()->isOpen());
    renamed.clear();
    m_window->renameSession(id, u"Kick-off, open"_s);
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(m_window->windowTitle(), u"Kick-off, open — DriveDeck"_s);
    QCOMPARE(m_window->document()->undoStack()->undoText(), u"Edit the session details"_s);

    QSignalSpy created(m_window.get(), &MainWindow::sessionCreated);
    m_window->duplicateSession(id, u"Kick-off, next time"_s);
    QVERIFY(created.wait(5000));
    QTRY_COMPARE(m_window->sessionModel()->rowCount(), 2);
    const QUuid copyId = m_window->selectedSession();
    QVERIFY(copyId != id);
    auto store = SessionStore::open(DatabaseConfig::sqlite(m_database));
    const Session copy = *(*store)->load(copyId);
    QCOMPARE(copy.title, u"Kick-off, next time"_s);
    QCOMPARE(copy.participants.size(), 4);
    QCOMPARE(copy.rounds.size(), 2);
    QVERIFY(copy.picks.isEmpty());
    QVERIFY(copy.validate().isEmpty());
}

void TestMainWindow::f1_listsTheShortcutsFromTheMenus()
{
    QAction *help = menuAction(u"Help"_s, u"Keyboard Shortcuts"_s);
    QVERIFY(help);
    QCOMPARE(help->shortcut(), QKeySequence(QKeySequence::HelpContents));
    help->trigger();
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    const auto rows = dialog->rows();
    auto keysOf = [&](const QString &what) {
        for (const auto &row : rows) {
            if (row.first == what)
                return row.second;
        }
        return QString();
    };
    QCOMPARE(keysOf(u"New Session…"_s),
             QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    QCOMPARE(keysOf(u"Rename Session…"_s), u"F2"_s);
    QVERIFY(!keysOf(u"Card wall: the next or previous person"_s).isEmpty());
    dialog->close();
}

void TestMainWindow::openOnStart_findsTheSessionByTitleOrSaysItIsNotThere()
{
    QSignalSpy created(m_window.get(), &MainWindow::sessionCreated);
    m_window->createSampleSession();
    QVERIFY(created.wait(10000));
    m_window.reset();

    // A fresh start, as drivedeck --open "…" --database … does it: the title in any case.
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->openDatabase(DatabaseConfig::sqlite(m_database));
    m_window->openOnStart(u"sample: customer service TEAM DAY"_s);
    m_window->show();
    QTRY_VERIFY(m_window->document() && m_window->document()->isOpen());
    QCOMPARE(m_window->document()->session().title, u"Sample: Customer Service team day"_s);
    QVERIFY(m_window->pickingPage()->isVisible());
    const QUuid sample = m_window->document()->session().id;

    // The start of its id, as `drivedeck list` shows it; the database asked for as the window
    // is made, and the window shown once the session is on its wall (as the program starts).
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_settings, DatabaseConfig::sqlite(m_database));
    m_window->openOnStart(sample.toString(QUuid::WithoutBraces).left(8));
    m_window->showOnceOpened(std::chrono::seconds(20));
    QVERIFY(!m_window->isVisible());
    QTRY_VERIFY(m_window->isVisible());
    QVERIFY(!m_window->findChild<LibraryPage *>()); // not made for nothing
    QVERIFY(m_window->document() && m_window->document()->isOpen());
    QCOMPARE(m_window->document()->session().id, sample);
    QVERIFY(m_window->pickingPage()->isVisible());
    // The library's page when asked for, with the open session selected.
    QAction *library = menuAction(u"View"_s, u"Session Library"_s);
    QVERIFY(library);
    library->trigger();
    QVERIFY(m_window->findChild<LibraryPage *>());
    QTRY_COMPARE(m_window->selectedSession(), sample);
    library->trigger();
    QVERIFY(m_window->pickingPage()->isVisible());

    // A session that does not come within the patience: the window with a page that says so.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_settings, DatabaseConfig::sqlite(m_database));
    m_window->openOnStart(u"Sample: Customer Service team day"_s);
    m_window->showOnceOpened(std::chrono::milliseconds(0));
    QTRY_VERIFY(m_window->isVisible());
    QTRY_VERIFY(m_window->document() && m_window->document()->isOpen());

    // A title that is not there: said in a message, the library stays.
    m_window->openOnStart(u"No such workshop"_s);
    QTRY_VERIFY(m_window->findChild<QMessageBox *>());
    QCOMPARE(m_window->findChild<QMessageBox *>()->text(),
             u"There is no session “No such workshop” in this database."_s);
}

void TestMainWindow::projector_followsTheRoundAndRevealsOnCommand()
{
    QAction *projector = menuAction(u"View"_s, u"Projector Window"_s);
    QAction *reveal = menuAction(u"View"_s, u"Reveal on the Projector"_s);
    QVERIFY(projector && reveal);
    QVERIFY(!projector->isEnabled()); // no session open
    QSignalSpy created(m_window.get(), &MainWindow::sessionCreated);
    m_window->createSampleSession();
    QVERIFY(created.wait(10000));
    QTRY_VERIFY(m_window->document()->isOpen());
    QVERIFY(projector->isEnabled());
    QVERIFY(!reveal->isEnabled());
    projector->trigger();
    auto *window = m_window->findChild<ProjectorWindow *>();
    QVERIFY(window && window->isVisible());
    QVERIFY(projector->isChecked());
    const Session &session = m_window->document()->session();
    QCOMPARE(window->round(), session.rounds.at(0).id);
    // The wall's round is the projector's round.
    m_window->pickingPage()->selectRound(session.rounds.at(1).id);
    QCOMPARE(window->round(), session.rounds.at(1).id);
    QVERIFY(reveal->isEnabled());
    reveal->trigger();
    QCOMPARE(window->phase(), ProjectorWindow::Phase::Reveal);
    reveal->trigger();
    QCOMPARE(window->phase(), ProjectorWindow::Phase::Picking);
    // The agenda leads the projector: the reveal from "Reveal" on, not before.
    m_window->workspace()->agenda()->setStep(AgendaBar::Step::Discussion);
    QCOMPARE(window->phase(), ProjectorWindow::Phase::Reveal);
    QVERIFY(reveal->isChecked());
    m_window->workspace()->agenda()->setStep(AgendaBar::Step::Stories);
    QCOMPARE(window->phase(), ProjectorWindow::Phase::Picking);
    // F9 in the View menu: on to the reveal.
    menuAction(u"View"_s, u"Agenda: the Next Step"_s)->trigger();
    QCOMPARE(m_window->workspace()->agenda()->step(), AgendaBar::Step::Reveal);
    QCOMPARE(window->phase(), ProjectorWindow::Phase::Reveal);
    // Closing the session closes the room's screen too.
    menuAction(u"File"_s, u"Close Session"_s)->trigger();
    QTRY_VERIFY(!m_window->findChild<ProjectorWindow *>());
    QVERIFY(!projector->isChecked());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
