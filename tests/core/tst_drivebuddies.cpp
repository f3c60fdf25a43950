#include "profile/drivebuddies.h"
#include "sessionbuilder.h"

#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// Drive buddies (profile-maths.md): the most alike and the most different teammate by the
// alignment of individual profiles, ties to the one first in the round. Worked out by hand:
// A {1,2,3} and B {1,2,4} align at 2/3; each with E {1,13} at 1/3; C {13,14,15} with A and B at
// 0 and with E at 1/3. D picked nothing and takes no part.
class TestDriveBuddies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ofRound_data();
    void ofRound();
};

using Expected = QList<QStringList>; // person, most similar, most complementary

void TestDriveBuddies::ofRound_data()
{
    QTest::addColumn<QList<QList<int>>>("selections"); // A, B, C, ...
    QTest::addColumn<Expected>("expected");
    QTest::addColumn<double>("firstSimilarity");

    QTest::newRow("five people, one without picks")
        << QList<QList<int>>{{1, 2, 3}, {1, 2, 4}, {13, 14, 15}, {}, {1, 13}}
        << Expected{{u"A"_s, u"B"_s, u"C"_s},
                    {u"B"_s, u"A"_s, u"C"_s},
                    {u"C"_s, u"E"_s, u"A"_s},
                    {u"E"_s, u"A"_s, u"A"_s}}
        << 2.0 / 3.0;
    QTest::newRow("two the same") << QList<QList<int>>{{5}, {5}}
                                  << Expected{{u"A"_s, u"B"_s, u"B"_s}, {u"B"_s, u"A"_s, u"A"_s}}
                                  << 1.0;
    QTest::newRow("one person has no buddies")
        << QList<QList<int>>{{1, 2}, {}} << Expected{} << 0.0;
}

void TestDriveBuddies::ofRound()
{
    QFETCH(QList<QList<int>>, selections);
    QFETCH(Expected, expected);
    QFETCH(double, firstSimilarity);
    SessionBuilder b;
    for (qsizetype i = 0; i < selections.size(); ++i)
        b.participant(QString(QChar(char16_t(u'A' + i))));
    b.round(QStringLiteral("Now"), PickingRule::choose(1, 3));
    for (qsizetype i = 0; i < selections.size(); ++i)
        b.picks(0, int(i), selections.at(i));
    const Session s = b.build();
    const QList<DriveBuddies::Buddies> buddies = DriveBuddies::ofRound(s, s.rounds[0].id);
    Expected actual;
    for (const DriveBuddies::Buddies &x : buddies)
        actual.append({s.shownName(x.participant), s.shownName(x.mostSimilar),
                       s.shownName(x.mostComplementary)});
    QCOMPARE(actual, expected);
    if (!buddies.isEmpty())
        QVERIFY(qAbs(buddies.first().similarity - firstSimilarity) < 1e-12);
}

QTEST_GUILESS_MAIN(TestDriveBuddies)
#include "tst_drivebuddies.moc"
