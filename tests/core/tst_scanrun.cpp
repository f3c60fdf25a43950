#include "domain/catalogue.h"
#include "domain/scanrun.h"

#include <QTest>

#include <algorithm>
#include <array>

using namespace DriveDeck;

// The order of a yes/no scan: a seed gives one order, the same on every machine and in every
// later version (a stored seed must still explain what a person saw), and over many seeds every
// card comes first about equally often, so that order effects average out.
class TestScanRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderFor_isFixedForASeed_data();
    void orderFor_isFixedForASeed();
    void orderFor_isAPermutation_data();
    void orderFor_isAPermutation();
    void orderFor_spreadsTheFirstCardEvenly();
    void orderFor_differsBetweenSeeds();
};

void TestScanRun::orderFor_isFixedForASeed_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QList<int>>("order");
    // Worked out independently (SplitMix64 and Fisher-Yates written again in Python).
    QTest::newRow("0") << 0u << QList<int>{24, 20, 11, 13, 9,  2, 17, 16, 5,  8, 12, 19,
                                           23, 6,  15, 18, 14, 4, 7,  3,  21, 1, 10, 22};
    QTest::newRow("20261126") << 20261126u
                              << QList<int>{21, 18, 23, 13, 5, 15, 22, 24, 17, 8, 12, 3,
                                            14, 1,  16, 11, 6, 4,  9,  2,  10, 7, 20, 19};
    QTest::newRow("largest") << 4294967295u
                             << QList<int>{20, 10, 24, 7, 12, 8,  4,  5,  17, 18, 16, 14,
                                           22, 6,  1,  3, 13, 23, 19, 15, 2,  21, 9,  11};
}

void TestScanRun::orderFor_isFixedForASeed()
{
    QFETCH(quint32, seed);
    QFETCH(QList<int>, order);
    QCOMPARE(ScanRun::orderFor(seed), order);
    QCOMPARE((ScanRun{{}, {}, seed, {}}.order()), order);
}

void TestScanRun::orderFor_isAPermutation_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {0u, 1u, 7u, 123456789u, 4294967294u})
        QTest::addRow("%u", seed) << seed;
}

void TestScanRun::orderFor_isAPermutation()
{
    QFETCH(quint32, seed);
    QList<int> order = ScanRun::orderFor(seed);
    QCOMPARE(order.size(), DriveCount);
    std::sort(order.begin(), order.end());
    for (int i = 0; i < DriveCount; ++i)
        QCOMPARE(order.at(i), i + 1);
}

void TestScanRun::orderFor_spreadsTheFirstCardEvenly()
{
    // 2,400 seeds: each card would come first 100 times if the shuffle were perfectly fair.
    std::array<int, DriveCount + 1> first{};
    for (quint32 seed = 0; seed < 2400; ++seed)
        ++first[size_t(ScanRun::orderFor(seed).first())];
    const auto [low, high] = std::minmax_element(first.cbegin() + 1, first.cend());
    QCOMPARE(*low, 84);
    QCOMPARE(*high, 117);
}

void TestScanRun::orderFor_differsBetweenSeeds()
{
    QVERIFY(ScanRun::orderFor(1) != ScanRun::orderFor(2));
    QVERIFY(ScanRun::orderFor(1) != ScanRun::orderFor(0));
}

QTEST_GUILESS_MAIN(TestScanRun)
#include "tst_scanrun.moc"
