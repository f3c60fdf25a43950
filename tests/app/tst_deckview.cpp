#include "deck/cardwidget.h"
#include "deck/deckview.h"
#include "domain/catalogue.h"
#include "settings/settings.h"
#include "shell/mainwindow.h"
#include "translator.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;

class TestDeckView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deck_shows24CardsGroupedByDomain();
    void deck_cardsOfOneDomainSitUnderItsHeading();
    void deck_wholeDeckFitsAProjectorWindow();
    void deck_scrollsWhenTheWindowIsSmall();
    void deck_laidOutWhileHidden_keepsItsPlaces();
    void heightForWidth_followsTheFontAndBlindness();
    void card_clickEmitsDriveId();
    void card_textFollowsTheLanguage();
};

void TestDeckView::heightForWidth_followsTheFontAndBlindness()
{
    // The heights asked for are remembered by width, and worked out again when what they
    // depend on changes: the headings' font, and the blind grid.
    DeckView deck;
    const int width = 700;
    const int normal = deck.heightForWidth(width);
    QVERIFY(deck.heightForWidth(width / 2) > normal);
    QFont larger = deck.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    deck.setFont(larger);
    const int withLargerHeadings = deck.heightForWidth(width);
    QVERIFY2(withLargerHeadings > normal,
             qPrintable(QStringLiteral("%1 <= %2").arg(withLargerHeadings).arg(normal)));
    deck.setFont(QFont());
    QCOMPARE(deck.heightForWidth(width), normal);
    // Blind: a grid without headings, shorter than the wall of domains.
    deck.setBlind(true);
    const int blind = deck.heightForWidth(width);
    QVERIFY(blind < normal);
    deck.setBlind(false);
    QCOMPARE(deck.heightForWidth(width), normal);
}

void TestDeckView::deck_shows24CardsGroupedByDomain()
{
    DeckView deck;
    deck.resize(1280, 760);
    deck.show();
    QVERIFY(QTest::qWaitForWindowExposed(&deck));
    QCOMPARE(deck.findChildren<CardWidget *>().size(), 24);
    for (int id = 1; id <= 24; ++id) {
        QVERIFY(deck.card(id));
        QCOMPARE(deck.card(id)->driveId(), id);
        QVERIFY(!deck.card(id)->geometry().isEmpty());
    }
    // No two cards overlap.
    for (int a = 1; a <= 24; ++a) {
        for (int b = a + 1; b <= 24; ++b)
            QVERIFY(!deck.card(a)->geometry().intersects(deck.card(b)->geometry()));
    }
}

void TestDeckView::deck_cardsOfOneDomainSitUnderItsHeading()
{
    DeckView deck;
    deck.resize(1280, 760);
    deck.show();
    QVERIFY(QTest::qWaitForWindowExposed(&deck));
    for (const Domain &domain : Catalogue::domains()) {
        const QRect heading = deck.headingRect(domain.id);
        QVERIFY(!heading.isEmpty());
        for (int id : Catalogue::driveIdsOf(domain.id)) {
            const QRect card = deck.card(id)->geometry();
            QVERIFY2(card.left() >= heading.left() && card.right() <= heading.right(),
                     qPrintable(QStringLiteral("card %1 outside %2").arg(id).arg(domain.key)));
            QVERIFY(card.top() > heading.bottom());
        }
    }
}

void TestDeckView::deck_wholeDeckFitsAProjectorWindow()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(1280, 800);
    window.show();
    window.showDeck();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("deckScrollArea"));
    QVERIFY(scroll);
    QTRY_VERIFY(window.deckView()->height() <= scroll->viewport()->height());
    // Cards use the room they have: not postage stamps.
    QVERIFY2(window.deckView()->card(1)->width() >= 135,
             qPrintable(QString::number(window.deckView()->card(1)->width())));
}

void TestDeckView::deck_scrollsWhenTheWindowIsSmall()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(640, 400);
    window.show();
    window.showDeck();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("deckScrollArea"));
    QTRY_VERIFY(window.deckView()->height() > scroll->viewport()->height());
    QCOMPARE(window.deckView()->card(1)->width(), 120);
}

void TestDeckView::deck_laidOutWhileHidden_keepsItsPlaces()
{
    // A wall laid out again while another page is shown (the language changed) and then shown
    // again: the cards where they were, the scroll bar's width taken off once.
    QStackedWidget stack;
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto *deck = new DeckView;
    scroll->setWidget(deck);
    auto *other = new QWidget;
    stack.addWidget(scroll);
    stack.addWidget(other);
    stack.resize(700, 250);
    stack.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stack));
    QTRY_VERIFY(scroll->verticalScrollBar()->isVisible());
    QCoreApplication::processEvents();
    const QRect before = deck->card(DriveCount)->geometry();
    stack.setCurrentWidget(other);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(deck, &change);
    stack.setCurrentWidget(scroll);
    QCoreApplication::processEvents();
    QCOMPARE(deck->card(DriveCount)->geometry(), before);
}

void TestDeckView::card_clickEmitsDriveId()
{
    DeckView deck;
    deck.resize(1280, 760);
    deck.show();
    QVERIFY(QTest::qWaitForWindowExposed(&deck));
    QSignalSpy spy(&deck, &DeckView::cardClicked);
    QTest::mouseClick(deck.card(17), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toInt(), 17);
}

void TestDeckView::card_textFollowsTheLanguage()
{
    CardWidget card(5);
    QCOMPARE(card.text(), QStringLiteral("Order · Structure"));
    // Qt posts the language change to every widget, hence QTRY.
    QVERIFY(Translations::install(QStringLiteral("nl")));
    QTRY_COMPARE(card.text(), QStringLiteral("Orde · Structuur"));
    QVERIFY(Translations::install(QStringLiteral("en")));
    QTRY_COMPARE(card.text(), QStringLiteral("Order · Structure"));
}

QTEST_MAIN(TestDeckView)
#include "tst_deckview.moc"
