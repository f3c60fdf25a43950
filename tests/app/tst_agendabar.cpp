#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "translator.h"
#include "workshop/sessiondocument.h"
#include "workspace/agendabar.h"
#include "workspace/sessionworkspace.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// The workshop's agenda: on and back, each step bringing up its page.
class TestAgendaBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nextAndPrevious_stopAtTheEnds();
    void eachStep_bringsUpItsPage_data();
    void eachStep_bringsUpItsPage();
};

void TestAgendaBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(u"en"_s);
}

void TestAgendaBar::nextAndPrevious_stopAtTheEnds()
{
    AgendaBar bar;
    bar.show();
    QApplication::setActiveWindow(&bar);
    QVERIFY(QTest::qWaitForWindowActive(&bar));
    QCOMPARE(bar.step(), AgendaBar::Step::Picking);
    QSignalSpy chosen(&bar, &AgendaBar::stepChosen);
    for (int i = 0; i < 10; ++i)
        bar.next();
    QCOMPARE(bar.step(), AgendaBar::Step::Agreements);
    QCOMPARE(chosen.count(), 4);
    QVERIFY(!bar.findChild<QToolButton *>(u"agendaNext"_s)->isEnabled());
    // Ctrl+[ goes back.
    bar.previous();
    QCOMPARE(bar.step(), AgendaBar::Step::Discussion);
    for (int i = 0; i < 10; ++i)
        bar.previous();
    QCOMPARE(bar.step(), AgendaBar::Step::SetUp);
    QVERIFY(!bar.findChild<QToolButton *>(u"agendaPrevious"_s)->isEnabled());
    QVERIFY(!AgendaBar::reveals(AgendaBar::Step::Stories));
    QVERIFY(AgendaBar::reveals(AgendaBar::Step::Reveal));
    QVERIFY(AgendaBar::reveals(AgendaBar::Step::Agreements));
}

void TestAgendaBar::eachStep_bringsUpItsPage_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("tab");
    QTest::newRow("set-up") << int(AgendaBar::Step::SetUp) << 0;
    QTest::newRow("picking") << int(AgendaBar::Step::Picking) << 1;
    QTest::newRow("stories") << int(AgendaBar::Step::Stories) << 1;
    QTest::newRow("reveal") << int(AgendaBar::Step::Reveal) << 2;
    QTest::newRow("discussion") << int(AgendaBar::Step::Discussion) << 2;
    QTest::newRow("agreements") << int(AgendaBar::Step::Agreements) << 0;
}

void TestAgendaBar::eachStep_bringsUpItsPage()
{
    QFETCH(int, step);
    QFETCH(int, tab);
    QTemporaryDir dir;
    SessionBuilder b;
    b.session().id = QUuid::createUuid();
    b.participant(u"Anouk"_s).round(u"Now"_s);
    Session session = b.build();
    const DatabaseConfig config = DatabaseConfig::sqlite(dir.filePath(u"a.sqlite"_s));
    auto store = SessionStore::open(config);
    QVERIFY(store.ok() && (*store)->save(session).ok());
    SessionDocument document(config, session.id);
    QTRY_VERIFY(document.isOpen());
    SessionWorkspace workspace(&document);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    workspace.setCurrentIndex(3); // somewhere else first
    workspace.agenda()->setStep(static_cast<AgendaBar::Step>(step));
    QCOMPARE(workspace.currentIndex(), tab);
}

QTEST_MAIN(TestAgendaBar)
#include "tst_agendabar.moc"
