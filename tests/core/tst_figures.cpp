#include "profile/figures.h"

#include <QTest>

using namespace DriveDeck;

class TestFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundHalfAway_data();
    void roundHalfAway();
    void affinityIndex_data();
    void affinityIndex();
    void percent_data();
    void percent();
    void exportNumber_data();
    void exportNumber();
    void texts_useLocaleAndSign();
};

void TestFigures::roundHalfAway_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<double>("expected");
    QTest::newRow("half up") << 0.125 << 2 << 0.13;
    QTest::newRow("half away from zero, negative") << -0.125 << 2 << -0.13;
    QTest::newRow("below half") << 0.12449 << 3 << 0.124;
    QTest::newRow("half only up to noise") << 1.005 << 2 << 1.01;
    QTest::newRow("integer half") << 2.5 << 0 << 3.0;
    QTest::newRow("negative integer half") << -2.5 << 0 << -3.0;
    QTest::newRow("third to 4") << 1.0 / 3.0 << 4 << 0.3333;
    QTest::newRow("two thirds to 4") << 2.0 / 3.0 << 4 << 0.6667;
    QTest::newRow("tiny negative is zero") << -0.00001 << 4 << 0.0;
    QTest::newRow("whole") << 7.0 << 1 << 7.0;
}

void TestFigures::roundHalfAway()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(double, expected);
    QCOMPARE(Figures::roundHalfAway(value, decimals), expected);
}

void TestFigures::affinityIndex_data()
{
    QTest::addColumn<double>("affinity");
    QTest::addColumn<int>("index");
    QTest::newRow("chance") << 1.0 << 100;
    QTest::newRow("half up") << 0.375 << 38;
    QTest::newRow("vitality 1.5") << 1.5 << 150;
    QTest::newRow("below half") << 1.2344 << 123;
    QTest::newRow("at half") << 2.345 << 235;
    QTest::newRow("none") << 0.0 << 0;
}

void TestFigures::affinityIndex()
{
    QFETCH(double, affinity);
    QFETCH(int, index);
    QCOMPARE(Figures::affinityIndex(affinity), index);
}

void TestFigures::percent_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<double>("percent");
    QTest::newRow("sixteenth") << 0.0625 << 6.3;
    QTest::newRow("third") << 1.0 / 3.0 << 33.3;
    QTest::newRow("two thirds") << 2.0 / 3.0 << 66.7;
    QTest::newRow("balance .3125") << 0.3125 << 31.3;
    QTest::newRow("all") << 1.0 << 100.0;
}

void TestFigures::percent()
{
    QFETCH(double, share);
    QFETCH(double, percent);
    QCOMPARE(Figures::percent(share), percent);
}

void TestFigures::exportNumber_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("third") << 1.0 / 3.0 << "0.3333";
    QTest::newRow("half-way up") << 0.03125 << "0.0313";
    QTest::newRow("trailing zeros") << 0.5 << "0.5";
    QTest::newRow("one") << 1.0 << "1";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("negative") << -0.0625 << "-0.0625";
    QTest::newRow("negative to zero") << -0.00001 << "0";
}

void TestFigures::exportNumber()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(Figures::exportNumber(value), text);
}

void TestFigures::texts_useLocaleAndSign()
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    QCOMPARE(Figures::percentText(0.0625, english), QStringLiteral("6.3 %"));
    QCOMPARE(Figures::percentText(0.0625, dutch), QStringLiteral("6,3 %"));
    QCOMPARE(Figures::pointsText(0.032, english), QStringLiteral("+3.2 pp"));
    QCOMPARE(Figures::pointsText(-0.01, english), QStringLiteral("\u22121.0 pp"));
    QCOMPARE(Figures::pointsText(0.0, english), QStringLiteral("0.0 pp"));
}

QTEST_GUILESS_MAIN(TestFigures)
#include "tst_figures.moc"
