#include "profile/profilecomparison.h"

#include <QTest>

using namespace DriveDeck;

using Selections = QList<QList<int>>;
using Deltas = QList<double>; // alternating: id, delta

namespace {

Profile profileOf(const Selections &selections)
{
    QList<DriveSet> sets;
    for (const QList<int> &ids : selections) {
        DriveSet set;
        for (int id : ids)
            set.insert(id);
        sets.append(set);
    }
    return Profile::fromSelections(std::span<const DriveSet>(sets.constData(), sets.size()));
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

} // namespace

class TestProfileComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_alignmentAndGaps_data();
    void compare_alignmentAndGaps();
    void compare_driveDeltaIsBMinusA_data();
    void compare_driveDeltaIsBMinusA();
    void compare_domainDeltaIsBMinusA();
    void compare_isSymmetricInAlignment();
};

void TestProfileComparison::compare_alignmentAndGaps_data()
{
    QTest::addColumn<Selections>("a");
    QTest::addColumn<Selections>("b");
    QTest::addColumn<double>("alignment");
    QTest::addColumn<QList<int>>("gaps");

    const Selections team{{1}, {1, 2, 13, 21}};
    QTest::newRow("identical") << team << team << 1.0 << QList<int>{};
    // Same shares from different people: still identical profiles.
    QTest::newRow("same shares, other people")
        << Selections{{1}, {2}} << Selections{{1, 2}} << 1.0 << QList<int>{};
    QTest::newRow("disjoint") << Selections{{1}} << Selections{{2}} << 0.0 << QList<int>{1, 2};
    QTest::newRow("disjoint domains")
        << Selections{{1, 2}, {3}} << Selections{{23, 24}} << 0.0 << QList<int>{3, 23, 24, 1, 2};
    // 1 stays at .5; 2 loses .5, 3 gains .5: half the profile moved.
    QTest::newRow("half") << Selections{{1, 2}} << Selections{{1}, {3}} << 0.5 << QList<int>{2, 3};
    // Deltas: 13 -.75, 1 +.5, 2 +.25.
    QTest::newRow("gap order by size")
        << Selections{{13}} << Selections{{1}, {2, 13}} << 0.25 << QList<int>{13, 1, 2};
    // Deltas: 1 -.75, 2/3/4 +.25 each: ties go by id.
    QTest::newRow("gap ties by id")
        << Selections{{1}} << Selections{{4, 3, 2, 1}} << 0.25 << QList<int>{1, 2, 3, 4};
}

void TestProfileComparison::compare_alignmentAndGaps()
{
    QFETCH(Selections, a);
    QFETCH(Selections, b);
    QFETCH(double, alignment);
    QFETCH(QList<int>, gaps);
    const ProfileComparison comparison = ProfileComparison::between(profileOf(a), profileOf(b));
    QVERIFY2(near(comparison.alignment(), alignment),
             qPrintable(QString::number(comparison.alignment(), 'g', 17)));
    QCOMPARE(comparison.biggestGaps(), gaps);
}

void TestProfileComparison::compare_driveDeltaIsBMinusA_data()
{
    QTest::addColumn<int>("driveId");
    QTest::addColumn<double>("delta");
    QTest::newRow("lost") << 13 << -0.75;
    QTest::newRow("gained whole") << 1 << 0.5;
    QTest::newRow("gained part") << 2 << 0.25;
    QTest::newRow("untouched") << 24 << 0.0;
}

void TestProfileComparison::compare_driveDeltaIsBMinusA()
{
    QFETCH(int, driveId);
    QFETCH(double, delta);
    const auto comparison =
        ProfileComparison::between(profileOf({{13}}), profileOf({{1}, {2, 13}}));
    QVERIFY(near(comparison.driveDelta(driveId), delta));
}

void TestProfileComparison::compare_domainDeltaIsBMinusA()
{
    const auto comparison =
        ProfileComparison::between(profileOf({{13}}), profileOf({{1}, {2, 13}}));
    QVERIFY(near(comparison.domainDelta(DomainId::Basics), 0.75));
    QVERIFY(near(comparison.domainDelta(DomainId::Ambition), -0.75));
    QVERIFY(near(comparison.domainDelta(DomainId::Vitality), 0.0));
}

void TestProfileComparison::compare_isSymmetricInAlignment()
{
    const Profile a = profileOf({{1, 7}, {13}});
    const Profile b = profileOf({{7}, {21, 22, 23}});
    const auto ab = ProfileComparison::between(a, b);
    const auto ba = ProfileComparison::between(b, a);
    QCOMPARE(ab.alignment(), ba.alignment());
    QCOMPARE(ab.biggestGaps(), ba.biggestGaps());
    QVERIFY(near(ab.driveDelta(13), -ba.driveDelta(13)));
}

QTEST_GUILESS_MAIN(TestProfileComparison)
#include "tst_profilecomparison.moc"
