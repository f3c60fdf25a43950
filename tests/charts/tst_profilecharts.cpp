#include "chartrows.h"
#include "charts/chartimage.h"
#include "charts/profilecharts.h"
#include "profile/profile.h"
#include "profile/profilecomparison.h"
#include "profile/rejections.h"
#include "sessionbuilder.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QTest>

#include <array>
#include <memory>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

// Five people, so every share is easy to check by hand:
//   A {1, 3}, B {1}, C {1}, D {13}, E {13, 21}; A and B say "not me" to 24.
//   Drive shares: 1 (½ + 1 + 1) / 5 = 0.5; 3 ½ / 5 = 0.1; 13 (1 + ½) / 5 = 0.3; 21 ½ / 5 = 0.1.
//   Domains: Basics 0.6 (affinity 0.6 / (6/24) = 240), Ambition 0.3 (90), Vitality 0.1 (120).
// "Desired": everyone on 1 and 12, so 1 and 12 at 0.5, Basics and Self-development 0.5 each.
Session fixture()
{
    SessionBuilder b;
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s})
        b.participant(name);
    b.round(u"Now"_s, PickingRule::choose(1, 3, false, true));
    b.picks(0, 0, {1, 3}).picks(0, 1, {1}).picks(0, 2, {1}).picks(0, 3, {13}).picks(0, 4, {13, 21});
    b.picks(0, 0, {24}, Polarity::Negative).picks(0, 1, {24}, Polarity::Negative);
    b.round(u"Desired"_s, PickingRule::choose(1, 3));
    for (int person = 0; person < 5; ++person)
        b.picks(1, person, {1, 12});
    return b.build();
}

const QAbstractBarSeries &barsOf(const QChart &chart)
{
    return *qobject_cast<QAbstractBarSeries *>(chart.series().value(0));
}

// Per row, bottom up: which set (by name) holds a value there, and the value.
QList<QPair<QString, double>> rowsOf(const QChart &chart)
{
    QList<QPair<QString, double>> rows;
    for (const QBarSet *set : barsOf(chart).barSets()) {
        if (rows.isEmpty())
            rows.resize(set->count());
        for (int i = 0; i < set->count(); ++i) {
            if (set->at(i) != 0.0)
                rows[i] = {set->label(), set->at(i)};
        }
    }
    return rows;
}

bool near(double a, double b)
{
    return qAbs(a - b) < 1e-9;
}

} // namespace

// Each chart holds exactly the profile's numbers: values, the domains' colours, order, deltas.
class TestProfileCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_session = fixture();
        m_now = Profile::ofRound(m_session, m_session.rounds[0].id);
        m_desired = Profile::ofRound(m_session, m_session.rounds[1].id);
    }
    void domainShares_oneBarPerDomainInItsColour_data();
    void domainShares_oneBarPerDomainInItsColour();
    void drives_peopleRightNotMeLeft_data();
    void drives_peopleRightNotMeLeft();
    void radar_affinityPerDomainWithTheChanceRing();
    void domainComparison_twoSetsAndTheShiftInTheLabel();
    void domainDeltas_signedPointsInTheDomainColours_data();
    void domainDeltas_signedPointsInTheDomainColours();
    void driveDeltas_theCardsThatMovedBiggestFirst();
    void movedDrives_atMostTheLimitAndOnlyVisibleChanges();
    void chartImage_isThePresentationSize();

private:
    Session m_session;
    Profile m_now;
    Profile m_desired;
};

void TestProfileCharts::domainShares_oneBarPerDomainInItsColour_data()
{
    QTest::addColumn<int>("row"); // bottom up: Attraction is row 0
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("percent");
    QTest::newRow("Basics") << 4 << u"Basics 60.0 % · 240"_s << 60.0;
    QTest::newRow("Self-development") << 3 << u"Self-development 0.0 % · 0"_s << 0.0;
    QTest::newRow("Ambition") << 2 << u"Ambition 30.0 % · 90"_s << 30.0;
    QTest::newRow("Vitality") << 1 << u"Vitality 10.0 % · 120"_s << 10.0;
    QTest::newRow("Attraction") << 0 << u"Attraction 0.0 % · 0"_s << 0.0;
}

void TestProfileCharts::domainShares_oneBarPerDomainInItsColour()
{
    QFETCH(int, row);
    QFETCH(QString, label);
    QFETCH(double, percent);
    const std::unique_ptr<QChart> chart(ProfileCharts::domainShares(m_now));
    QCOMPARE(categoriesOf(*chart).at(row), label);
    // Set i is domain i, in its card colour, with its value in its own row only.
    const DomainId domain = Catalogue::domains()[std::size_t(4 - row)].id;
    QBarSet *set = barsOf(*chart).barSets().at(4 - row);
    QCOMPARE(set->color(), Catalogue::domain(domain).cardColour());
    QVERIFY(near(set->at(row), percent));
    for (int other = 0; other < 5; ++other) {
        if (other != row)
            QCOMPARE(set->at(other), 0.0);
    }
}

void TestProfileCharts::drives_peopleRightNotMeLeft_data()
{
    QTest::addColumn<bool>("byPicks");
    QTest::addColumn<QList<int>>("topDown"); // the first drives, top down
    QTest::newRow("catalogue") << false << QList<int>{1, 2, 3, 4};
    QTest::newRow("most picked first") << true << QList<int>{1, 13, 3, 21};
}

void TestProfileCharts::drives_peopleRightNotMeLeft()
{
    QFETCH(bool, byPicks);
    QFETCH(QList<int>, topDown);
    const Rejections rejections = Rejections::ofRound(m_session, m_session.rounds[0].id);
    const std::unique_ptr<QChart> chart(ProfileCharts::drives(
        m_now, rejections,
        byPicks ? ProfileCharts::DriveOrder::ByPicks : ProfileCharts::DriveOrder::Catalogue));
    const QStringList rows = categoriesOf(*chart);
    QCOMPARE(rows.size(), 24);
    for (int i = 0; i < topDown.size(); ++i)
        QCOMPARE(rows.at(23 - i), Catalogue::drive(topDown.at(i)).mainWord());
    // People right of the line in the domain's colour, "not me" left in grey, per drive.
    const QList<QBarSet *> sets = barsOf(*chart).barSets();
    QCOMPARE(sets.size(), 6); // five domains and "not me"
    QCOMPARE(sets.last()->label(), u"Not me"_s);
    const QList<int> order = ProfileCharts::driveOrder(
        m_now, byPicks ? ProfileCharts::DriveOrder::ByPicks : ProfileCharts::DriveOrder::Catalogue);
    for (int row = 0; row < 24; ++row) {
        const int id = order.at(23 - row);
        double people = 0;
        for (int d = 0; d < 5; ++d) {
            people += sets.at(d)->at(row);
            if (sets.at(d)->at(row) > 0)
                QCOMPARE(sets.at(d)->color(),
                         Catalogue::domain(Catalogue::drive(id).domainId).cardColour());
        }
        QCOMPARE(people, double(m_now.picks(id)));
        QCOMPARE(-sets.last()->at(row), double(rejections.rejections(id)));
    }
    QCOMPARE(chart->title(), u"People per drive; “not me” left of the line"_s);
}

void TestProfileCharts::radar_affinityPerDomainWithTheChanceRing()
{
    const std::unique_ptr<QChart> chart(
        ProfileCharts::radar(m_now, u"Now"_s, &m_desired, u"Desired"_s));
    const QList<QAbstractSeries *> series = chart->series();
    QCOMPARE(series.size(), 3); // chance, Desired, Now
    const auto *chance = qobject_cast<QLineSeries *>(series.at(0));
    const auto *now = qobject_cast<QLineSeries *>(series.at(2));
    const auto *desired = qobject_cast<QLineSeries *>(series.at(1));
    QVERIFY(chance && now && desired);
    for (const QPointF &point : chance->points())
        QCOMPARE(point.y(), 100.0);
    // Basics 240, Self-development 0, Ambition 90, Vitality 120, Attraction 0, closed.
    const QList<double> expected{240, 0, 90, 120, 0, 240};
    QCOMPARE(now->count(), 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(now->at(i).y(), expected.at(i));
        QCOMPARE(now->at(i).x(), 72.0 * i);
    }
    QCOMPARE(desired->at(0).y(), 200.0); // 0.5 / (6/24)
    QCOMPARE(desired->at(1).y(), 200.0);
}

void TestProfileCharts::domainComparison_twoSetsAndTheShiftInTheLabel()
{
    const std::unique_ptr<QChart> chart(
        ProfileCharts::domainComparison(m_now, m_desired, u"Now"_s, u"Desired"_s));
    QCOMPARE(categoriesOf(*chart),
             (QStringList{u"Attraction 0.0 pp"_s, u"Vitality \u221210.0 pp"_s,
                          u"Ambition \u221230.0 pp"_s, u"Self-development +50.0 pp"_s,
                          u"Basics \u221210.0 pp"_s}));
    const QList<QBarSet *> sets = barsOf(*chart).barSets();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(1)->label(), u"Now"_s);
    QCOMPARE(sets.at(0)->label(), u"Desired"_s);
    QVERIFY(near(sets.at(1)->at(4), 60.0));
    QVERIFY(near(sets.at(0)->at(4), 50.0));
    QVERIFY(near(sets.at(0)->at(3), 50.0));
}

void TestProfileCharts::domainDeltas_signedPointsInTheDomainColours_data()
{
    QTest::addColumn<int>("row"); // bottom up
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("points");
    QTest::newRow("Basics") << 4 << u"Basics \u221210.0 pp"_s << -10.0;
    QTest::newRow("Self-development") << 3 << u"Self-development +50.0 pp"_s << 50.0;
    QTest::newRow("Ambition") << 2 << u"Ambition \u221230.0 pp"_s << -30.0;
    QTest::newRow("Vitality") << 1 << u"Vitality \u221210.0 pp"_s << -10.0;
    QTest::newRow("Attraction") << 0 << u"Attraction 0.0 pp"_s << 0.0;
}

void TestProfileCharts::domainDeltas_signedPointsInTheDomainColours()
{
    QFETCH(int, row);
    QFETCH(QString, label);
    QFETCH(double, points);
    const std::unique_ptr<QChart> chart(
        ProfileCharts::domainDeltas(m_now, m_desired, u"Now"_s, u"Desired"_s));
    // Alignment: drive shares move 0.1 (3) + 0.5 (12) + 0.3 (13) + 0.1 (21) = 1.0; 1 - 1/2.
    QCOMPARE(chart->title(), u"From “Now” to “Desired”: change per domain · aligned 50.0 %"_s);
    QCOMPARE(categoriesOf(*chart).at(row), label);
    QBarSet *set = barsOf(*chart).barSets().at(4 - row);
    QCOMPARE(set->color(),
             Catalogue::domain(Catalogue::domains()[std::size_t(4 - row)].id).cardColour());
    QVERIFY(near(set->at(row), points));
    // The axis is symmetric around zero and reaches past the largest change.
    auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->min(), -50.0);
    QCOMPARE(axis->max(), 50.0);
    QVERIFY(axis->categoriesLabels().contains(u"\u221250"_s));
    QVERIFY(axis->categoriesLabels().contains(u"+50"_s));
}

void TestProfileCharts::driveDeltas_theCardsThatMovedBiggestFirst()
{
    const std::unique_ptr<QChart> chart(
        ProfileCharts::driveDeltas(m_now, m_desired, u"Now"_s, u"Desired"_s));
    // 12 +0.5, 13 −0.3, then 3 and 21 at −0.1 by id; 1 stayed at 0.5.
    const auto rows = rowsOf(*chart);
    QCOMPARE(categoriesOf(*chart),
             (QStringList{u"Fit \u221210.0 pp"_s, u"Connected \u221210.0 pp"_s,
                          u"Capable \u221230.0 pp"_s, u"Discover +50.0 pp"_s}));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(3).first, u"Self-development"_s);
    QVERIFY(near(rows.at(3).second, 50.0));
    QCOMPARE(rows.at(2).first, u"Ambition"_s);
    QVERIFY(near(rows.at(2).second, -30.0));
    QCOMPARE(rows.at(0).first, u"Vitality"_s);
    QCOMPARE(chart->title(), u"The cards that moved most from “Now” to “Desired”"_s);
    // The same profile twice: nothing moved, and the title says so.
    const std::unique_ptr<QChart> still(
        ProfileCharts::driveDeltas(m_now, m_now, u"Now"_s, u"Now again"_s));
    QVERIFY(categoriesOf(*still).isEmpty());
    QCOMPARE(still->title(), u"No card moved from “Now” to “Now again”"_s);
}

void TestProfileCharts::movedDrives_atMostTheLimitAndOnlyVisibleChanges()
{
    // 24 people, each on a card of their own, against everyone on card 1: every card moves.
    std::array<DriveSet, 24> spread, together;
    for (int i = 0; i < 24; ++i) {
        spread[std::size_t(i)] = DriveSet{i + 1};
        together[std::size_t(i)] = DriveSet{1};
    }
    const ProfileComparison all = ProfileComparison::between(Profile::fromSelections(spread),
                                                             Profile::fromSelections(together));
    const QList<int> shown = ProfileCharts::movedDrives(all);
    QCOMPARE(shown.size(), ProfileCharts::MovedDrivesShown);
    QCOMPARE(shown.first(), 1);                       // +23/24, the biggest
    QCOMPARE(shown.mid(1, 3), (QList<int>{2, 3, 4})); // −1/24 each, by id
    QCOMPARE(ProfileCharts::movedDrives(all, 24).size(), 24);
    // A change below a twentieth of a point rounds to 0.0 pp: not a move anyone could read.
    std::array<DriveSet, 1000> many, oneMore;
    for (std::size_t i = 0; i < many.size(); ++i) {
        many[i] = DriveSet{1};
        oneMore[i] = DriveSet{i == 0 ? 2 : 1};
    }
    const ProfileComparison tiny =
        ProfileComparison::between(Profile::fromSelections(many), Profile::fromSelections(oneMore));
    QCOMPARE(ProfileCharts::movedDrives(tiny), (QList<int>{1, 2})); // 0.1 pp each
    std::array<DriveSet, 3000> more, oneOfThem;
    for (std::size_t i = 0; i < more.size(); ++i) {
        more[i] = DriveSet{1};
        oneOfThem[i] = DriveSet{i == 0 ? 2 : 1};
    }
    const ProfileComparison invisible = ProfileComparison::between(
        Profile::fromSelections(more), Profile::fromSelections(oneOfThem));
    QVERIFY(ProfileCharts::movedDrives(invisible).isEmpty()); // 0.033 pp
}

void TestProfileCharts::chartImage_isThePresentationSize()
{
    const QImage image = ChartImage::toImage(ProfileCharts::domainShares(m_now));
    QCOMPARE(image.size(), QSize(1600, 900));
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    // Somewhere along the Basics bar: its green.
    bool green = false;
    const QColor basics = Catalogue::domain(DomainId::Basics).cardColour();
    for (int x = 0; x < image.width() && !green; x += 4) {
        for (int y = 0; y < image.height() / 5 && !green; y += 4)
            green = image.pixelColor(x, y) == basics;
    }
    QVERIFY(green);
}

QTEST_MAIN(TestProfileCharts)
#include "tst_profilecharts.moc"
