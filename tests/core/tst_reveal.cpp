#include "profile/reveal.h"
#include "sessionbuilder.h"

#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// The projector's numbers for a round, worked out by hand.
class TestReveal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fourPeople_byHand();
    void emptyRound_hasNoBlindSpotsYet();
};

void TestReveal::fourPeople_byHand()
{
    // Anouk: 1, 2, not me 5. Bram: 1, 3. Cas: 1, not me 2. Dewi: nothing yet.
    SessionBuilder b;
    for (const QString &name : {u"Anouk"_s, u"Bram"_s, u"Cas"_s, u"Dewi"_s})
        b.participant(name);
    b.round(u"Now"_s, PickingRule::choose(1, 3, false, true));
    Session s = b.build();
    s.picks = {
        b.pick(0, 0, 1), b.pick(0, 0, 2), b.pick(0, 0, 5, Polarity::Negative), b.pick(0, 1, 1),
        b.pick(0, 1, 3), b.pick(0, 2, 1), b.pick(0, 2, 2, Polarity::Negative)};
    const Reveal reveal = Reveal::ofRound(s, s.rounds.first().id);
    QCOMPARE(reveal.members(), 4);
    QCOMPARE(reveal.done(), 3);
    QCOMPARE(reveal.profile().respondents(), 3);
    QCOMPARE(reveal.mostPicks(), 3);
    // Card 1: all three who picked; shared (3 of 3 is at least half).
    QCOMPARE(reveal.card(1).picks, 3);
    QVERIFY(reveal.card(1).shared);
    QVERIFY(!reveal.card(1).polarising);
    // Card 2: Anouk "me", Cas "not me": polarising, not shared (1 of 3).
    QCOMPARE(reveal.card(2).picks, 1);
    QCOMPARE(reveal.card(2).notMe, 1);
    QVERIFY(reveal.card(2).polarising);
    QVERIFY(!reveal.card(2).shared);
    // Card 5: only "not me": a blind spot, not polarising.
    QCOMPARE(reveal.card(5).picks, 0);
    QCOMPARE(reveal.card(5).notMe, 1);
    QVERIFY(reveal.card(5).blindSpot);
    QVERIFY(!reveal.card(5).polarising);
    int blindSpots = 0;
    for (int id = 1; id <= DriveCount; ++id) {
        blindSpots += reveal.card(id).blindSpot ? 1 : 0;
        QCOMPARE(reveal.card(id).picks, reveal.profile().picks(id));
    }
    QCOMPARE(blindSpots, 21);
}

void TestReveal::emptyRound_hasNoBlindSpotsYet()
{
    SessionBuilder b;
    b.participant(u"Anouk"_s).round(u"Now"_s);
    const Session s = b.build();
    const Reveal reveal = Reveal::ofRound(s, s.rounds.first().id);
    QCOMPARE(reveal.members(), 1);
    QCOMPARE(reveal.done(), 0);
    QCOMPARE(reveal.mostPicks(), 1);
    QVERIFY(!reveal.card(7).blindSpot);
    // A round that is not there: nothing, and no crash.
    QCOMPARE(Reveal::ofRound(s, QUuid::createUuid()).members(), 0);
}

QTEST_GUILESS_MAIN(TestReveal)
#include "tst_reveal.moc"
