#include "profile/rejections.h"
#include "sessionbuilder.h"

#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;

// "Not me" picks and polarising drives (profile-maths.md, "Rejections and polarising drives"),
// worked out by hand.
class TestRejections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ofRound_data();
    void ofRound();
    void timeouts_countAsNeither();
};

using Counts = QList<QPair<int, qint64>>;

void TestRejections::ofRound_data()
{
    QTest::addColumn<QList<QList<int>>>("selections"); // per person; a minus is "not me"
    QTest::addColumn<qint64>("m");
    QTest::addColumn<Counts>("rejections"); // drive, rejections
    QTest::addColumn<QList<int>>("polarising");
    QTest::addColumn<double>("rejectionOfFirst");

    // Four answered (the fifth did not); 3, 12 and 20 each reach a quarter both ways.
    QTest::newRow("a quarter both ways")
        << QList<QList<int>>{{3, 12, -20}, {3, -12}, {3, 20}, {-3}, {}} << qint64(4)
        << Counts{{3, 1}, {12, 1}, {20, 1}, {1, 0}} << QList<int>{3, 12, 20} << 0.25;
    // Eight answered: 9 (3 and 3) before 7 (2 and 2); 5 is rejected by only one in eight.
    QTest::newRow("ordered by the smaller side")
        << QList<QList<int>>{{5, 7, 9}, {5, 7, 9}, {9, -7}, {-9, -7}, {-9, -5}, {-9}, {1}, {2}}
        << qint64(8) << Counts{{9, 3}, {7, 2}, {5, 1}} << QList<int>{9, 7} << 0.375;
    // Only "me" picks: nothing rejected, nothing polarising.
    QTest::newRow("no rejections") << QList<QList<int>>{{1, 2}, {2, 3}} << qint64(2)
                                   << Counts{{1, 0}, {2, 0}} << QList<int>{} << 0.0;
    QTest::newRow("nobody answered")
        << QList<QList<int>>{{}, {}} << qint64(0) << Counts{{1, 0}} << QList<int>{} << 0.0;
}

void TestRejections::ofRound()
{
    QFETCH(QList<QList<int>>, selections);
    QFETCH(qint64, m);
    QFETCH(Counts, rejections);
    QFETCH(QList<int>, polarising);
    QFETCH(double, rejectionOfFirst);
    SessionBuilder b;
    for (qsizetype i = 0; i < selections.size(); ++i)
        b.participant(QStringLiteral("P%1").arg(i + 1));
    b.round(QStringLiteral("Now"), PickingRule::choose(1, 24, false, true));
    for (qsizetype i = 0; i < selections.size(); ++i) {
        for (int d : selections.at(i))
            b.session().picks.append(
                b.pick(0, int(i), qAbs(d), d < 0 ? Polarity::Negative : Polarity::Positive));
    }
    const Session s = b.build();
    QCOMPARE(s.validate(), ValidationIssues{});
    const Rejections r = Rejections::ofRound(s, s.rounds.first().id);
    QCOMPARE(r.participants(), m);
    for (const auto &[drive, count] : rejections)
        QCOMPARE(r.rejections(drive), count);
    QCOMPARE(r.polarising(), polarising);
    if (!rejections.isEmpty())
        QCOMPARE(r.rejection(rejections.first().first), rejectionOfFirst);
}

void TestRejections::timeouts_countAsNeither()
{
    SessionBuilder b;
    b.participant(QStringLiteral("Anouk")).participant(QStringLiteral("Bram"));
    b.round(QStringLiteral("Scan"), PickingRule::scan(5));
    b.picks(0, 0, {1}).picks(0, 0, {2}, Polarity::Negative);
    Session s = b.build();
    // Bram let every card he saw time out: he answered nothing, so he is not in m.
    s.scanRuns = {{s.rounds[0].id, s.participants[1].id, 7, {1, 2, 3}}};
    const Rejections r = Rejections::ofRound(s, s.rounds[0].id);
    QCOMPARE(r.participants(), 1);
    QCOMPARE(r.rejections(2), 1);
    QCOMPARE(r.rejections(3), 0);
    QCOMPARE(r.rejection(2), 1.0);
    QCOMPARE(r.pickRate(1), 1.0);
    QVERIFY(r.polarising().isEmpty());
}

QTEST_GUILESS_MAIN(TestRejections)
#include "tst_rejections.moc"
