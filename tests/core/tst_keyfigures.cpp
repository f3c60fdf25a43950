#include "profile/keyfigures.h"
#include "sessionbuilder.h"
#include "translator.h"

#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// The profile in sentences: the same numbers as the charts, in words.
class TestKeyFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English with its plural forms ("16 cards"), numbers as in the United Kingdom.
        Translations::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void sentences_data();
    void sentences();
    void mostPicked_namesWholeTies_data();
    void mostPicked_namesWholeTies();
    void comparison_data();
    void comparison();
    void polarising_data();
    void polarising();
};

void TestKeyFigures::sentences_data()
{
    QTest::addColumn<QList<QList<int>>>("selections");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nobody yet") << QList<QList<int>>{{}, {}}
                                << QStringList{u"Nobody has picked a card in this round yet."_s};
    QTest::newRow("too few to show")
        << QList<QList<int>>{{1}, {2, 3}, {}}
        << QStringList{u"2 people picked cards in this round."_s,
                       u"A profile is shown from 5 people on: with fewer, it would say more "
                       "about the individuals than about the group."_s};
    // Five people, all on Idealism alone: Basics has every pick, 4 times what chance gives.
    QTest::newRow("one card for all")
        << QList<QList<int>>{{1}, {1}, {1}, {1}, {1}}
        << QStringList{
               u"5 people picked cards in this round."_s,
               u"Basics carries this group: 100.0 % of all picks, affinity 400 (100 is what "
               "picking at random would give)."_s,
               u"The most picked: Idealism · Better world."_s,
               u"Shared by at least half of the group: Idealism · Better world."_s,
               u"Nobody picked a card from Self-development, Ambition, Vitality and Attraction: a "
               "blind spot worth a question."_s,
               u"Cards picked: 1 of the 24 drives, in 1 of the 5 domains."_s,
               u"Balance 0.00: the picks gather in few colours."_s};
    // One card in each domain for each of five people: even across the colours.
    QTest::newRow("every colour")
        << QList<QList<int>>{{1, 7, 13, 21, 23},
                             {1, 7, 13, 21, 23},
                             {1, 7, 13, 21, 23},
                             {1, 7, 13, 21, 23},
                             {1, 7, 13, 21, 23}}
        << QStringList{u"5 people picked cards in this round."_s,
                       u"Basics carries this group: 20.0 % of all picks, affinity 80 (100 is what "
                       "picking at random would give)."_s,
                       // All five alike: all five named, not the first three of a tie.
                       u"The most picked: Idealism · Better world, Relaxed · Carefree, Capable · "
                       "Talent, Fit · Sporty and Beauty · Aesthetics."_s,
                       u"Shared by at least half of the group: Idealism · Better world, Relaxed · "
                       "Carefree, Capable · Talent, Fit · Sporty and Beauty · Aesthetics."_s,
                       u"Cards picked: 5 of the 24 drives, in 5 of the 5 domains."_s,
                       u"Balance 1.00: the picks spread evenly across the colours."_s};
}

void TestKeyFigures::sentences()
{
    QFETCH(QList<QList<int>>, selections);
    QFETCH(QStringList, expected);
    const Session session = SessionBuilder::fromSelections(selections);
    const Profile profile = Profile::ofRound(session, session.rounds.first().id);
    QCOMPARE(KeyFigures::sentences(profile), expected);
}

void TestKeyFigures::mostPicked_namesWholeTies_data()
{
    QTest::addColumn<QList<QList<int>>>("selections");
    QTest::addColumn<QString>("sentence");
    // 1 by five people, 2 by three, then 3 and 4 by two each: the tie for third is named whole.
    QTest::newRow("a tie for third")
        << QList<QList<int>>{{1, 2, 3}, {1, 2, 4}, {1, 2, 3}, {1, 4}, {1}}
        << u"The most picked: Idealism · Better world, Loyal · Moral, Warm · Caring and "
           "Connected · Together."_s; // Warm first: its pickers chose fewer cards (share)
    // 1 by all five, then seven cards by one person each: too many alike to name.
    QTest::newRow("too many alike")
        << QList<QList<int>>{{1, 2, 3}, {1, 4, 5}, {1, 6, 7}, {1, 8}, {1}}
        << u"The most picked: Idealism · Better world."_s;
}

void TestKeyFigures::mostPicked_namesWholeTies()
{
    QFETCH(QList<QList<int>>, selections);
    QFETCH(QString, sentence);
    const Session session = SessionBuilder::fromSelections(selections);
    const QStringList said =
        KeyFigures::sentences(Profile::ofRound(session, session.rounds.first().id));
    QVERIFY2(said.contains(sentence), qPrintable(said.join(u'\n')));
}

void TestKeyFigures::comparison_data()
{
    QTest::addColumn<QList<QList<int>>>("a");
    QTest::addColumn<QList<QList<int>>>("b");
    QTest::addColumn<QStringList>("expected");
    // A all on Idealism; B half Idealism, half Loyal: alignment 1 - (0.5 + 0.5) / 2 = 0.5.
    QTest::newRow("half the same")
        << QList<QList<int>>{{1}, {1}} << QList<QList<int>>{{1, 2}}
        << QStringList{u"Alignment with “Desired”: 50.0 % (100 % would be the same profile)."_s,
                       u"The biggest shifts towards “Desired”: Idealism · Better world "
                       "\u221250.0 pp, Loyal · Moral +50.0 pp."_s};
    // The same profile: 100 %, and nothing shifts.
    QTest::newRow("the same") << QList<QList<int>>{{3}} << QList<QList<int>>{{3}, {3}}
                              << QStringList{u"Alignment with “Desired”: 100.0 % (100 % would "
                                             "be the same profile)."_s};
    // Four drives shift; the third ties with the fourth, so both are said. A: 1/3 each on 1, 2,
    // 3; B: 1/2 on 4, 1/6 on 1, 2, 3; deltas 4 +50, 1..3 −16.7.
    QTest::newRow("a tie with the third")
        << QList<QList<int>>{{1, 2, 3}} << QList<QList<int>>{{4}, {1, 2, 3}}
        << QStringList{u"Alignment with “Desired”: 50.0 % (100 % would be the same profile)."_s,
                       u"The biggest shifts towards “Desired”: Warm · Caring +50.0 pp, "
                       "Idealism · Better world \u221216.7 pp, Loyal · Moral \u221216.7 pp, "
                       "Connected · Together \u221216.7 pp."_s};
    // The three largest when the fourth moved less. A all on Idealism; B: Loyal 50 %, Connected
    // 25 %, Idealism and Warm 12.5 %: deltas −87.5, +50, +25, +12.5.
    QTest::newRow("three largest")
        << QList<QList<int>>{{1}, {1}, {1}, {1}} << QList<QList<int>>{{2}, {2}, {3}, {1, 4}}
        << QStringList{u"Alignment with “Desired”: 12.5 % (100 % would be the same profile)."_s,
                       u"The biggest shifts towards “Desired”: Idealism · Better world "
                       "\u221287.5 pp, Loyal · Moral +50.0 pp, Connected · Together +25.0 pp."_s};
    // Eight cards move alike: too many to name, so they are counted. A on 1..8, B on 9..16,
    // one card each, eight people: each card 12.5 pp.
    QTest::newRow("too many alike")
        << QList<QList<int>>{{1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}}
        << QList<QList<int>>{{9}, {10}, {11}, {12}, {13}, {14}, {15}, {16}}
        << QStringList{u"Alignment with “Desired”: 0.0 % (100 % would be the same profile)."_s,
                       u"The biggest shifts towards “Desired”: 16 cards, each by 12.5 "
                       "percentage points up or down."_s};
}

void TestKeyFigures::comparison()
{
    QFETCH(QList<QList<int>>, a);
    QFETCH(QList<QList<int>>, b);
    QFETCH(QStringList, expected);
    const Profile pa = Profile::ofRound(SessionBuilder::fromSelections(a),
                                        SessionBuilder::fromSelections(a).rounds[0].id);
    const Profile pb = Profile::ofRound(SessionBuilder::fromSelections(b),
                                        SessionBuilder::fromSelections(b).rounds[0].id);
    QCOMPARE(KeyFigures::comparison(ProfileComparison::between(pa, pb), u"Desired"_s), expected);
}

void TestKeyFigures::polarising_data()
{
    QTest::addColumn<int>("minimumGroup");
    QTest::addColumn<QStringList>("expected");
    // Six people (m = 6): Idealism picked by 3 and rejected by 2, Order picked by 2 and rejected
    // by 2 (both min 2: by drive number), Pride picked by 1 and rejected by 3 (a sixth picked
    // it, under a quarter: not polarising).
    QTest::newRow("two drives") << 5
                                << QStringList{u"Where the group differs: Idealism · Better world "
                                               "(picked by 3, “not me” from 2) and Order · "
                                               "Structure (picked by 2, “not me” from 2); worth "
                                               "asking both sides for their story."_s};
    QTest::newRow("below the minimum group") << 7 << QStringList{};
}

void TestKeyFigures::polarising()
{
    QFETCH(int, minimumGroup);
    QFETCH(QStringList, expected);
    SessionBuilder b;
    for (int i = 0; i < 6; ++i)
        b.participant(u"P%1"_s.arg(i));
    b.round(u"Now"_s, PickingRule::choose(1, 3, false, true));
    b.picks(0, 0, {1, 5}).picks(0, 1, {1, 5}).picks(0, 2, {1, 16});
    b.picks(0, 3, {1, 5}, Polarity::Negative).picks(0, 4, {1, 5, 16}, Polarity::Negative);
    b.picks(0, 5, {16}, Polarity::Negative);
    b.picks(0, 1, {16}, Polarity::Negative);
    const Session session = b.build();
    const Rejections rejections = Rejections::ofRound(session, session.rounds[0].id);
    QCOMPARE(rejections.participants(), 6);
    QCOMPARE(KeyFigures::polarising(rejections, minimumGroup), expected);
}

QTEST_GUILESS_MAIN(TestKeyFigures)
#include "tst_keyfigures.moc"
