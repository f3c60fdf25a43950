#include "entry/entrygridpage.h"
#include "picking/pickingpage.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "translator.h"
#include "workshop/entrygridmodel.h"
#include "workshop/sessiondocument.h"
#include "workspace/sessionworkspace.h"

#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// Copying paper cards with the keyboard and the mouse.
class TestEntryGridPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typing_aRowThenEnter_goesToTheNextPerson();
    void clickAndSpace_toggleACard();
    void brokenRule_isSaidBelowTheGrid();
    void workspace_switchesBetweenWallAndGrid_keepingTheRound();

private:
    // As a person types: the first key to the grid (which opens the row's cards for editing),
    // the rest and Enter to whatever has the focus then.
    void type(const QString &text)
    {
        for (const QChar c : text) {
            QWidget *target =
                QApplication::focusWidget() ? QApplication::focusWidget() : m_page->grid();
            QTest::keyClick(target, c.toLatin1());
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits on the next turn of the loop
    }
    QString entryOf(int row) const
    {
        return m_page->model()->index(row, EntryGridModel::EntryColumn).data().toString();
    }

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<SessionDocument> m_document;
    std::unique_ptr<EntryGridPage> m_page;
    int m_counter = 0;
};

void TestEntryGridPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(u"en"_s);
}

void TestEntryGridPage::init()
{
    SessionBuilder b(u"Paper"_s);
    b.session().id = QUuid::createUuid();
    for (const QString &name : {u"Anouk"_s, u"Bram"_s, u"Cas"_s})
        b.participant(name);
    b.round(u"Now"_s, PickingRule::choose(1, 3, false, true));
    b.round(u"Ranked"_s, PickingRule::choose(1, 3, true));
    m_session = b.build();
    const DatabaseConfig config =
        DatabaseConfig::sqlite(m_dir.filePath(u"g%1.sqlite"_s.arg(++m_counter)));
    auto store = SessionStore::open(config);
    QVERIFY(store.ok() && (*store)->save(m_session).ok());
    m_document = std::make_unique<SessionDocument>(config, m_session.id);
    QTRY_VERIFY(m_document->isOpen());
    m_page = std::make_unique<EntryGridPage>(m_document.get());
    m_page->resize(1366, 600);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestEntryGridPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestEntryGridPage::typing_aRowThenEnter_goesToTheNextPerson()
{
    QTableView *grid = m_page->grid();
    grid->setFocus();
    QCOMPARE(grid->currentIndex(), m_page->model()->index(0, EntryGridModel::EntryColumn));
    type(u"3 12 -17"_s);
    QCOMPARE(entryOf(0), u"3 12 -17"_s);
    QTRY_COMPARE(grid->currentIndex(), m_page->model()->index(1, EntryGridModel::EntryColumn));
    // Digits typed on another cell of the row are the row's cards too.
    grid->setCurrentIndex(m_page->model()->index(2, EntryGridModel::columnOf(5)));
    type(u"7 8"_s);
    QCOMPARE(entryOf(2), u"7 8"_s);
    QCOMPARE(m_document->undoStack()->undoText(), u"Enter the picks of Cas"_s);
}

void TestEntryGridPage::clickAndSpace_toggleACard()
{
    QTableView *grid = m_page->grid();
    const QModelIndex nine = m_page->model()->index(1, EntryGridModel::columnOf(9));
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(nine).center());
    QCOMPARE(entryOf(1), u"9"_s);
    QTest::mouseClick(
        grid->viewport(), Qt::LeftButton, Qt::ShiftModifier,
        grid->visualRect(m_page->model()->index(1, EntryGridModel::columnOf(4))).center());
    QCOMPARE(entryOf(1), u"9 -4"_s);
    grid->setFocus();
    grid->setCurrentIndex(nine);
    QTest::keyClick(grid, Qt::Key_Space);
    QCOMPARE(entryOf(1), u"-4"_s);
}

void TestEntryGridPage::brokenRule_isSaidBelowTheGrid()
{
    QTableView *grid = m_page->grid();
    grid->setFocus();
    type(u"1 2 3 4"_s);
    QCOMPARE(entryOf(0), QString());
    // Named once: "Anouk already has 3 cards…", not "Anouk: Anouk already…".
    QVERIFY2(m_page->problem().startsWith(u"Anouk already has 3 cards"_s),
             qPrintable(m_page->problem()));
    auto *problem = m_page->findChild<QLabel *>(u"entryProblem"_s);
    QVERIFY(problem && problem->isVisible());
    // A paste with a stranger says so, and enters the rest.
    m_page->pasteText(u"Bram\t5\t6\nZoë\t1\n"_s);
    QCOMPARE(entryOf(1), u"5 6"_s);
    QCOMPARE(m_page->problem(), u"Line 2: “Zoë” does not take part in this round."_s);
}

void TestEntryGridPage::workspace_switchesBetweenWallAndGrid_keepingTheRound()
{
    m_page.reset();
    SessionWorkspace workspace(m_document.get());
    workspace.resize(1366, 700);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    const QUuid ranked = m_session.rounds.at(1).id;
    workspace.pickingPage()->selectRound(ranked);
    auto *gridMode = workspace.findChild<QToolButton *>(u"entryGridMode"_s);
    QVERIFY(gridMode);
    QCOMPARE(gridMode->text(), u"Entry &Grid"_s);
    gridMode->click();
    QVERIFY(workspace.showsEntryGrid());
    QVERIFY(workspace.entryGridPage()->isVisible());
    QVERIFY(!workspace.pickingPage()->isVisible());
    QCOMPARE(workspace.entryGridPage()->currentRound(), ranked);
    // A pick typed in the grid is on the wall.
    QVERIFY(workspace.entryGridPage()->model()->setData(
        workspace.entryGridPage()->model()->index(0, EntryGridModel::EntryColumn), u"21 4"_s));
    workspace.showEntryGrid(false);
    QVERIFY(workspace.pickingPage()->isVisible());
    QCOMPARE(workspace.pickingPage()->currentRound(), ranked);
    QCOMPARE(m_document->session().picksOf(ranked, m_session.participants.at(0).id).size(), 2);
}

QTEST_MAIN(TestEntryGridPage)
#include "tst_entrygridpage.moc"
