#include "library/librarypage.h"
#include "workshop/sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

namespace {

SessionSummary summary(const QString &title, const QString &team, const QDate &date,
                       const QStringList &tags, int people)
{
    SessionSummary s;
    s.id = QUuid::createUuid();
    s.title = title;
    s.team = team;
    s.date = date;
    s.tags = tags;
    s.participants = people;
    s.rounds = 2;
    return s;
}

} // namespace

class TestLibraryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void emptyLibrary_offersNewAndSample();
    void search_filtersAsYouTypeAndSaysWhenNothingMatches_data();
    void search_filtersAsYouTypeAndSaysWhenNothingMatches();
    void everyColumn_isShownAndSortable();
    void enterOnARow_asksToOpenIt();
    void backButton_onlyWhenASessionIsOpen();

private:
    QList<SessionSummary> threeSessions() const;

    std::unique_ptr<SessionListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    LibraryPage::Actions m_actions;
    std::unique_ptr<QObject> m_actionOwner;
    std::unique_ptr<LibraryPage> m_page;
};

QList<SessionSummary> TestLibraryPage::threeSessions() const
{
    return {summary(u"Kick-off"_s, u"Sales"_s, QDate(2026, 3, 2), {u"spring"_s}, 8),
            summary(u"Review"_s, u"Support"_s, QDate(2026, 5, 9), {u"yearly"_s, u"brand"_s}, 12),
            summary(u"Offsite"_s, u"Sales"_s, QDate(2026, 1, 20), {}, 5)};
}

void TestLibraryPage::init()
{
    m_model = std::make_unique<SessionListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_actionOwner = std::make_unique<QObject>();
    auto make = [this](const QString &text) { return new QAction(text, m_actionOwner.get()); };
    m_actions.newSession = make(u"New Session…"_s);
    m_actions.sample = make(u"Create Sample Session"_s);
    m_actions.open = make(u"Open Session"_s);
    m_actions.duplicate = make(u"Duplicate as Template…"_s);
    m_actions.rename = make(u"Rename Session…"_s);
    m_actions.remove = make(u"Delete Session…"_s);
    m_actions.importSession = make(u"Import Session…"_s);
    m_actions.exportSession = make(u"Export Session…"_s);
    m_page = std::make_unique<LibraryPage>(m_model.get(), m_actions);
    m_page->resize(1366, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestLibraryPage::cleanup()
{
    m_page.reset();
    m_tester.reset();
    m_model.reset();
    m_actionOwner.reset();
}

void TestLibraryPage::emptyLibrary_offersNewAndSample()
{
    auto *text = m_page->findChild<QLabel *>(u"libraryEmptyTitle"_s);
    QVERIFY(text);
    // Before any list is known (the start's first moment): an empty table, no claim that
    // nothing is saved.
    QVERIFY(!m_model->isKnown());
    QVERIFY(!text->isVisible());
    QVERIFY(m_page->view()->isVisible());
    QSignalSpy known(m_model.get(), &SessionListModel::knownChanged);
    m_model->setSessions({});
    QCOMPARE(known.count(), 1);
    QVERIFY(text->isVisible());
    QCOMPARE(text->text(), u"No sessions yet"_s);
    QVERIFY(!m_page->view()->isVisible());
    QPushButton *sample = nullptr;
    for (QPushButton *button : m_page->findChildren<QPushButton *>())
        if (button->text() == u"Create Sample Session"_s)
            sample = button;
    QVERIFY(sample && sample->isVisible());
    QSignalSpy triggered(m_actions.sample, &QAction::triggered);
    QTest::mouseClick(sample, Qt::LeftButton);
    QCOMPARE(triggered.count(), 1);

    // Sessions arrive: the list replaces the message.
    m_model->setSessions(threeSessions());
    QVERIFY(m_page->view()->isVisible());
    QVERIFY(!text->isVisible());
}

void TestLibraryPage::search_filtersAsYouTypeAndSaysWhenNothingMatches_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("title") << u"kick"_s << QStringList{u"Kick-off"_s};
    QTest::newRow("team") << u"SALES"_s << QStringList{u"Kick-off"_s, u"Offsite"_s};
    QTest::newRow("tag") << u"brand"_s << QStringList{u"Review"_s};
    QTest::newRow("nothing") << u"zebra"_s << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{u"Kick-off"_s, u"Offsite"_s, u"Review"_s};
}

void TestLibraryPage::search_filtersAsYouTypeAndSaysWhenNothingMatches()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, titles);
    m_model->setSessions(threeSessions());
    m_page->searchField()->setFocus();
    QTest::keyClicks(m_page->searchField(), typed);
    QAbstractItemModel *shown = m_page->view()->model();
    QStringList found;
    for (int row = 0; row < shown->rowCount(); ++row)
        found << shown->index(row, SessionListModel::TitleColumn).data().toString();
    found.sort();
    QCOMPARE(found, titles);
    auto *text = m_page->findChild<QLabel *>(u"libraryEmptyTitle"_s);
    QCOMPARE(text->isVisible(), titles.isEmpty());
    if (titles.isEmpty())
        QCOMPARE(text->text(), u"No session matches “zebra”"_s);
}

void TestLibraryPage::everyColumn_isShownAndSortable()
{
    m_model->setSessions(threeSessions());
    QTableView *view = m_page->view();
    for (int column = 0; column < SessionListModel::ColumnCount; ++column) {
        QVERIFY2(!view->isColumnHidden(column), qPrintable(QString::number(column)));
        QVERIFY(view->columnWidth(column) > 30);
    }
    // Newest first to start with; a click on "People" sorts by the number, not the text.
    QCOMPARE(view->model()->index(0, SessionListModel::TitleColumn).data().toString(), u"Review"_s);
    view->sortByColumn(SessionListModel::ParticipantsColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < 3; ++row)
        order << view->model()->index(row, SessionListModel::TitleColumn).data().toString();
    QCOMPARE(order, (QStringList{u"Offsite"_s, u"Kick-off"_s, u"Review"_s}));
}

void TestLibraryPage::enterOnARow_asksToOpenIt()
{
    const QList<SessionSummary> sessions = threeSessions();
    m_model->setSessions(sessions);
    QSignalSpy open(m_page.get(), &LibraryPage::openRequested);
    QSignalSpy selection(m_page.get(), &LibraryPage::selectionChanged);
    QVERIFY(m_page->selectSession(sessions.at(2).id));
    QVERIFY(selection.count() >= 1);
    QCOMPARE(m_page->selectedSession(), sessions.at(2).id);
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toUuid(), sessions.at(2).id);
    // A session the search hides cannot be selected.
    QTest::keyClicks(m_page->searchField(), u"Support"_s);
    QVERIFY(!m_page->selectSession(sessions.at(0).id));
}

void TestLibraryPage::backButton_onlyWhenASessionIsOpen()
{
    auto *back = m_page->findChild<QPushButton *>(u"backToSession"_s);
    QVERIFY(back);
    QVERIFY(!back->isVisible());
    m_page->setOpenSession(u"Kick-off"_s);
    QVERIFY(back->isVisible());
    QCOMPARE(back->text(), u"Back to “Kick-off”"_s);
    QSignalSpy backRequested(m_page.get(), &LibraryPage::backRequested);
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(backRequested.count(), 1);
    m_page->setOpenSession(QString());
    QVERIFY(!back->isVisible());
    // Every action is a button with its name, for the mouse and for a screen reader.
    QStringList names;
    for (QToolButton *button :
         m_page->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly))
        if (button->defaultAction())
            names << button->defaultAction()->text();
    QCOMPARE(names.size(), 8);
    QVERIFY(names.contains(u"Duplicate as Template…"_s));
}

QTEST_MAIN(TestLibraryPage)
#include "tst_librarypage.moc"
