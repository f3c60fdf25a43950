#include "deck/cardwidget.h"
#include "deck/deckview.h"
#include "domain/catalogue.h"
#include "picking/pickingpage.h"
#include "render/decklayout.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "translator.h"
#include "workshop/participantprogressmodel.h"
#include "workshop/sessiondocument.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QImage>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// Recording a workshop on the card wall, with the mouse and the keyboard as a facilitator
// would, and what the database holds afterwards.
class TestPickingPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clicksAndNumbers_pickAndTakeBack();
    void rankedRound_ranksFollowTheOrder();
    void notMe_byRightClickOrShift();
    void ranks_changeByKeyboardAndByDrop();
    void blindRound_showsOnlyNumbersUntilTheFacilitatorShowsTheNames();
    void brokenRule_isExplainedAndChangesNothing();
    void story_isWrittenForTheSelectedPick();
    void undoRedo_thenAFreshLoadMatches();

private:
    void click(int driveId, Qt::KeyboardModifiers modifiers = {});
    CardWidget *card(int driveId) const { return m_page->wall()->card(driveId); }
    Session stored();

    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    Session m_session;
    std::unique_ptr<SessionDocument> m_document;
    std::unique_ptr<PickingPage> m_page;
    int m_counter = 0;
};

void TestPickingPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(u"en"_s);
}

void TestPickingPage::init()
{
    // Six people; "Now" asks for 1 to 3 cards with "not me" allowed; "Ranked" for 3 in order.
    SessionBuilder b(u"Team day"_s);
    b.session().id = QUuid::createUuid();
    for (const QString &name : {u"Anouk"_s, u"Bram"_s, u"Cas"_s, u"Dewi"_s, u"Eva"_s, u"Finn"_s})
        b.participant(name);
    b.round(u"Now"_s, PickingRule::choose(1, 3, false, true));
    b.round(u"Ranked"_s, PickingRule::choose(3, 3, true));
    m_session = b.build();
    m_config = DatabaseConfig::sqlite(m_dir.filePath(u"wall%1.sqlite"_s.arg(++m_counter)));
    auto store = SessionStore::open(m_config);
    QVERIFY(store.ok());
    QVERIFY((*store)->save(m_session).ok());
    m_document = std::make_unique<SessionDocument>(m_config, m_session.id, u"Kim"_s);
    QTRY_VERIFY(m_document->isOpen());
    m_page = std::make_unique<PickingPage>(m_document.get());
    m_page->resize(1366, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCOMPARE(m_page->currentRound(), m_session.rounds.at(0).id);
    QCOMPARE(m_page->currentParticipant(), m_session.participants.at(0).id);
}

void TestPickingPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestPickingPage::click(int driveId, Qt::KeyboardModifiers modifiers)
{
    QTest::mouseClick(card(driveId), Qt::LeftButton, modifiers);
}

Session TestPickingPage::stored()
{
    if (!QTest::qWaitFor(
            [&] { return m_document->saveState() == SessionDocument::SaveState::Saved; }, 10000))
        qWarning("not saved");
    auto store = SessionStore::open(m_config);
    return *(*store)->load(m_session.id);
}

void TestPickingPage::clicksAndNumbers_pickAndTakeBack()
{
    click(2);
    QCOMPARE(card(2)->mark(), CardWidget::Mark::Picked);
    QVERIFY(card(2)->accessibleDescription().endsWith(u"picked"_s));
    // Typing a number picks that card: "1" then "7" is card 17.
    QTest::keyClicks(m_page.get(), u"17"_s);
    QCOMPARE(card(17)->mark(), CardWidget::Mark::Picked);
    auto *list = m_page->participantList();
    QCOMPARE(list->model()->index(0, 0).data(ParticipantProgressModel::ProgressTextRole).toString(),
             u"2 (1 to 3) ✓"_s);
    // Again takes it back.
    click(2);
    QCOMPARE(card(2)->mark(), CardWidget::Mark::Open);
    QCOMPARE(list->model()->index(0, 0).data(ParticipantProgressModel::ProgressTextRole).toString(),
             u"1 (1 to 3) ✓"_s);

    // Page Down: the next person, whose wall is empty.
    QTest::keyClick(m_page.get(), Qt::Key_PageDown);
    QCOMPARE(m_page->currentParticipant(), m_session.participants.at(1).id);
    QCOMPARE(card(17)->mark(), CardWidget::Mark::Open);
    QTest::keyClicks(m_page.get(), u"5"_s);
    QCOMPARE(card(5)->mark(), CardWidget::Mark::Picked);

    const Session saved = stored();
    QCOMPARE(saved.picksOf(m_session.rounds.at(0).id, m_session.participants.at(0).id).size(), 1);
    QCOMPARE(
        saved.picksOf(m_session.rounds.at(0).id, m_session.participants.at(1).id).first().driveId,
        5);
}

void TestPickingPage::rankedRound_ranksFollowTheOrder()
{
    m_page->selectRound(m_session.rounds.at(1).id);
    m_page->selectParticipant(m_session.participants.at(2).id);
    for (int id : {9, 1, 22})
        click(id);
    QCOMPARE(card(9)->rank(), 1);
    QCOMPARE(card(1)->rank(), 2);
    QCOMPARE(card(22)->rank(), 3);
    QCOMPARE(card(1)->accessibleDescription(), u"Basics, picked, rank 2"_s);
    // Taking back the first: the others move up, in one undo step.
    click(9);
    QCOMPARE(card(1)->rank(), 1);
    QCOMPARE(card(22)->rank(), 2);
    QCOMPARE(m_document->undoStack()->undoText(),
             u"Take back %1 for Cas"_s.arg(Catalogue::drive(9).name()));
    m_document->undoStack()->undo();
    QCOMPARE(card(9)->rank(), 1);
    QCOMPARE(card(1)->rank(), 2);
    QCOMPARE(card(22)->rank(), 3);

    const Session saved = stored();
    QList<std::optional<int>> ranks;
    for (const Pick &p : saved.picksOf(m_session.rounds.at(1).id, m_session.participants.at(2).id))
        ranks.append(p.rank);
    QCOMPARE(ranks.size(), 3);
    QVERIFY(ranks.contains(1) && ranks.contains(2) && ranks.contains(3));
}

void TestPickingPage::notMe_byRightClickOrShift()
{
    const QPoint middle = card(8)->rect().center();
    QContextMenuEvent menu(QContextMenuEvent::Mouse, middle, card(8)->mapToGlobal(middle));
    QApplication::sendEvent(card(8), &menu);
    QCOMPARE(card(8)->mark(), CardWidget::Mark::NotMe);
    QCOMPARE(card(8)->accessibleDescription(), u"Self-development, not me"_s);
    click(11, Qt::ShiftModifier);
    QCOMPARE(card(11)->mark(), CardWidget::Mark::NotMe);
    // The keyboard: Shift+Space on the card in focus.
    card(15)->setFocus();
    QTest::keyClick(card(15), Qt::Key_Space, Qt::ShiftModifier);
    QCOMPARE(card(15)->mark(), CardWidget::Mark::NotMe);
    QTest::keyClick(card(15), Qt::Key_Space, Qt::ShiftModifier);
    QCOMPARE(card(15)->mark(), CardWidget::Mark::Open);
    // A plain click turns "not me" into a pick, in one step.
    click(11);
    QCOMPARE(card(11)->mark(), CardWidget::Mark::Picked);
    const Session saved = stored();
    const QList<Pick> own =
        saved.picksOf(m_session.rounds.at(0).id, m_session.participants.at(0).id);
    QCOMPARE(own.size(), 2);
    QCOMPARE(own.at(0).polarity, Polarity::Negative);
    QCOMPARE(own.at(1).polarity, Polarity::Positive);

    // The ranked round allows no "not me": said, and nothing changes.
    m_page->selectRound(m_session.rounds.at(1).id);
    click(8, Qt::ShiftModifier);
    QCOMPARE(card(8)->mark(), CardWidget::Mark::Open);
    QVERIFY2(!m_page->problem().isEmpty(), "no explanation");
}

void TestPickingPage::ranks_changeByKeyboardAndByDrop()
{
    m_page->selectRound(m_session.rounds.at(1).id);
    m_page->selectParticipant(m_session.participants.at(3).id);
    for (int id : {5, 14, 20})
        click(id);
    auto ranks = [this] { return QList<int>{card(5)->rank(), card(14)->rank(), card(20)->rank()}; };
    QCOMPARE(ranks(), (QList<int>{1, 2, 3}));

    // Alt+Left on the card in focus: one place earlier; the card it passes moves down.
    card(20)->setFocus();
    QTest::keyClick(card(20), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(ranks(), (QList<int>{1, 3, 2}));
    QCOMPARE(m_document->undoStack()->undoText(),
             u"Rank %1 as number 2 for Dewi"_s.arg(Catalogue::drive(20).name()));
    QVERIFY(card(20)->accessibleDescription().endsWith(u"picked, rank 2"_s));
    // At the top already: nothing moves, nothing is added to undo.
    const int steps = m_document->undoStack()->count();
    QTest::keyClick(card(5), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(ranks(), (QList<int>{1, 3, 2}));
    QCOMPARE(m_document->undoStack()->count(), steps);
    QTest::keyClick(card(5), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(ranks(), (QList<int>{2, 3, 1}));

    // A drop of the last card onto the first: it takes first place, the others move down.
    QMimeData data;
    data.setData(u"application/x-drivedeck-ranked-card"_s, "14");
    const QPoint centre = card(20)->rect().center();
    QDragEnterEvent enter(centre, Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(card(20), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(card(20), &drop);
    QCOMPARE(ranks(), (QList<int>{3, 1, 2}));
    // An open card takes no drop.
    QDragEnterEvent onOpen(centre, Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(card(7), &onOpen);
    QVERIFY(!onOpen.isAccepted());

    // Each move is one undo step; the store has what the wall shows.
    m_document->undoStack()->undo();
    QCOMPARE(ranks(), (QList<int>{2, 3, 1}));
    m_document->undoStack()->redo();
    const Session saved = stored();
    QMap<int, int> savedRanks;
    for (const Pick &pick :
         saved.picksOf(m_session.rounds.at(1).id, m_session.participants.at(3).id))
        savedRanks[pick.driveId] = pick.rank.value_or(0);
    QCOMPARE(savedRanks, (QMap<int, int>{{5, 3}, {14, 1}, {20, 2}}));
}

void TestPickingPage::blindRound_showsOnlyNumbersUntilTheFacilitatorShowsTheNames()
{
    auto *showNames = m_page->findChild<QPushButton *>(u"showCardNames"_s);
    QVERIFY(showNames);
    QVERIFY(!showNames->isVisible()); // an open round
    Round blind = m_session.rounds.at(0);
    blind.blind = true;
    QVERIFY(m_document->updateRound(blind).ok());
    QTRY_VERIFY(card(3)->isBlind());
    QVERIFY(showNames->isVisible());
    click(3);
    QCOMPARE(card(3)->mark(), CardWidget::Mark::Picked);
    // Nothing on a card names its drive or its domain: not the text, not for a screen reader.
    for (int id = 1; id <= DriveCount; ++id) {
        const Drive &drive = Catalogue::drive(id);
        const QString said = card(id)->text() + card(id)->accessibleName() +
                             card(id)->accessibleDescription() + card(id)->toolTip();
        QVERIFY2(!said.contains(drive.mainWord()) && !said.contains(drive.domain().name()),
                 qPrintable(said));
        QCOMPARE(card(id)->accessibleName(), u"Card %1"_s.arg(id));
    }
    QCOMPARE(card(3)->accessibleDescription(), u"picked"_s);
    // The domains' headings, and the gaps between the domains' blocks, would tell which cards
    // belong together: one even grid by number instead.
    for (const Domain &domain : Catalogue::domains())
        QVERIFY(m_page->wall()->headingRect(domain.id).isEmpty());
    const int step = card(2)->x() - card(1)->x();
    QCOMPARE(step, card(1)->width() + DeckLayout::CardGap);
    for (int id = 2; id <= DriveCount; ++id)
        QVERIFY(card(id)->x() - card(id - 1)->x() == step || card(id)->x() < card(id - 1)->x());
    // Once the names are shown, the domains come back with their headings, painted.
    showNames->click();
    const QRect heading = m_page->wall()->headingRect(DomainId::Basics);
    QVERIFY(!heading.isEmpty());
    QImage shownWall(m_page->wall()->size(), QImage::Format_ARGB32);
    shownWall.fill(Qt::white);
    m_page->wall()->render(&shownWall);
    bool ink = false;
    for (int x = heading.left(); x < heading.right(); x += 2)
        for (int y = heading.top(); y < heading.bottom(); y += 2)
            ink = ink || shownWall.pixelColor(x, y) != QColor(Qt::white);
    QVERIFY(ink);
    showNames->click();
    // The facilitator shows the names; the next round starts blind again.
    showNames->click();
    QVERIFY(!card(3)->isBlind());
    QCOMPARE(card(3)->accessibleName(), Catalogue::drive(3).name());
    m_page->selectRound(m_session.rounds.at(1).id);
    m_page->selectRound(m_session.rounds.at(0).id);
    QVERIFY(card(3)->isBlind());
}

void TestPickingPage::brokenRule_isExplainedAndChangesNothing()
{
    for (int id : {1, 2, 3})
        click(id);
    click(4);
    QCOMPARE(card(4)->mark(), CardWidget::Mark::Open);
    QVERIFY2(m_page->problem().contains(u"Anouk"_s), qPrintable(m_page->problem()));
    QCOMPARE(m_document->undoStack()->count(), 3);
    QTest::keyClicks(m_page.get(), u"9"_s);
    QTest::qWait(900);
    QTest::keyClicks(m_page.get(), u"0"_s); // card 0 does not exist
    QTRY_VERIFY(m_page->problem().contains(u"numbered 1 to 24"_s));
    // The next good click clears the explanation.
    click(3);
    QVERIFY(m_page->problem().isEmpty());
}

void TestPickingPage::story_isWrittenForTheSelectedPick()
{
    click(6);
    QPlainTextEdit *story = m_page->storyEditor();
    QVERIFY(story->isEnabled());
    story->setFocus();
    QTest::keyClicks(story, u"Safety first, for my kids"_s);
    QTRY_COMPARE(m_document->session().picks.first().note, u"Safety first, for my kids"_s);
    QCOMPARE(m_document->undoStack()->count(), 2); // the pick and one step for the story
    QVERIFY(card(6)->accessibleDescription().endsWith(u"with a story"_s));
    QCOMPARE(stored().picks.first().note, u"Safety first, for my kids"_s);
}

void TestPickingPage::undoRedo_thenAFreshLoadMatches()
{
    click(12);
    click(13, Qt::ShiftModifier);
    QTest::keyClick(m_page.get(), Qt::Key_PageDown);
    click(20);
    QUndoStack *stack = m_document->undoStack();
    stack->undo();
    stack->undo();
    QCOMPARE(card(20)->mark(), CardWidget::Mark::Open);
    stack->redo();
    const Session saved = stored();
    QCOMPARE(saved.picks, m_document->session().picks);
    QCOMPARE(saved.picks.size(), 2);
}

QTEST_MAIN(TestPickingPage)
#include "tst_pickingpage.moc"
