#include "domain/session.h"
#include "profile/profile.h"
#include "sessionbuilder.h"

#include <QTest>

using namespace DriveDeck;
using DriveDeck::Testing::SessionBuilder;

using Selections = QList<QList<int>>;

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

// Compares doubles to 1e-12: the expected values are exact fractions.
bool near(double actual, double expected)
{
    return std::abs(actual - expected) < 1e-12;
}

} // namespace

#define QCOMPARE_EXACT(actual, expected)                                                           \
    QVERIFY2(near((actual), (expected)), qPrintable(QStringLiteral("%1 is %2, expected %3")        \
                                                        .arg(QStringLiteral(#actual))              \
                                                        .arg(actual, 0, 'g', 17)                   \
                                                        .arg(expected, 0, 'g', 17)))

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drive_picksReachShare_data();
    void drive_picksReachShare();
    void shares_addUpToOne_data();
    void shares_addUpToOne();
    void domain_picksShareAffinity_data();
    void domain_picksShareAffinity();
    void summary_respondentsCoverageBalance_data();
    void summary_respondentsCoverageBalance();
    void topDrives_orderByPicksThenShareThenId_data();
    void topDrives_orderByPicksThenShareThenId();
    void dominantDomain_tiesGoToDomainOrder_data();
    void dominantDomain_tiesGoToDomainOrder();
    void blindSpots_listUnpickedDrivesAndDomains();
    void sharedDrives_needHalfTheTeam_data();
    void sharedDrives_needHalfTheTeam();
    void fromCounts_equalsFromSelections();
    void ofRound_countsOnlyPositivePicksOfThatRound();
    void ofParticipant_isTheSameMathsForOnePerson();
};

void TestProfile::drive_picksReachShare_data()
{
    QTest::addColumn<Selections>("selections");
    QTest::addColumn<int>("driveId");
    QTest::addColumn<qint64>("picks");
    QTest::addColumn<double>("reach");
    QTest::addColumn<double>("share");

    QTest::newRow("one person, one pick: picked") << Selections{{1}} << 1 << 1LL << 1.0 << 1.0;
    QTest::newRow("one person, one pick: not picked") << Selections{{1}} << 2 << 0LL << 0.0 << 0.0;
    // Every person weighs the same: 1 pick counts 1, each of 4 picks counts 1/4.
    const Selections oneAndFour{{1}, {1, 2, 13, 21}};
    QTest::newRow("1 and 4 picks: shared drive") << oneAndFour << 1 << 2LL << 1.0 << 0.625;
    QTest::newRow("1 and 4 picks: basics") << oneAndFour << 2 << 1LL << 0.5 << 0.125;
    QTest::newRow("1 and 4 picks: ambition") << oneAndFour << 13 << 1LL << 0.5 << 0.125;
    QTest::newRow("1 and 4 picks: vitality") << oneAndFour << 21 << 1LL << 0.5 << 0.125;
    // An absent participant is left out of every denominator: n = 2, not 3.
    const Selections withAbsent{{1}, {}, {2, 3}};
    QTest::newRow("absent: single pick") << withAbsent << 1 << 1LL << 0.5 << 0.5;
    QTest::newRow("absent: half-weight pick") << withAbsent << 3 << 1LL << 0.5 << 0.25;
    const Selections thirds{{4, 5, 6}, {4}, {7}};
    QTest::newRow("thirds") << thirds << 4 << 2LL << 2.0 / 3.0 << (1.0 / 3.0 + 1.0) / 3.0;
    QTest::newRow("thirds: one third") << thirds << 5 << 1LL << 1.0 / 3.0 << 1.0 / 9.0;
}

void TestProfile::drive_picksReachShare()
{
    QFETCH(Selections, selections);
    QFETCH(int, driveId);
    QFETCH(qint64, picks);
    QFETCH(double, reach);
    QFETCH(double, share);
    const Profile profile = profileOf(selections);
    QCOMPARE(profile.picks(driveId), picks);
    QCOMPARE_EXACT(profile.reach(driveId), reach);
    QCOMPARE_EXACT(profile.share(driveId), share);
}

void TestProfile::shares_addUpToOne_data()
{
    QTest::addColumn<Selections>("selections");
    QTest::newRow("one") << Selections{{1}};
    QTest::newRow("uneven") << Selections{{1}, {1, 2, 13, 21}, {}, {3, 4, 5, 6, 7, 8, 9}};
    QTest::newRow("everything") << Selections{
        {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24}};
}

void TestProfile::shares_addUpToOne()
{
    QFETCH(Selections, selections);
    const Profile profile = profileOf(selections);
    double drives = 0;
    for (int id = 1; id <= 24; ++id)
        drives += profile.share(id);
    double domains = 0;
    for (const Domain &d : Catalogue::domains())
        domains += profile.domainShare(d.id);
    QCOMPARE_EXACT(drives, 1.0);
    QCOMPARE_EXACT(domains, 1.0);
}

void TestProfile::domain_picksShareAffinity_data()
{
    QTest::addColumn<Selections>("selections");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<qint64>("picks");
    QTest::addColumn<double>("share");
    QTest::addColumn<double>("affinity");

    const Selections oneAndFour{{1}, {1, 2, 13, 21}};
    // basics: 0.625 + 0.125 = 0.75; chance is 6/24, so affinity 3.
    QTest::newRow("basics") << oneAndFour << "basics" << 3LL << 0.75 << 3.0;
    QTest::newRow("self-development") << oneAndFour << "self-development" << 0LL << 0.0 << 0.0;
    // ambition: 0.125 against a chance of 8/24.
    QTest::newRow("ambition") << oneAndFour << "ambition" << 1LL << 0.125 << 0.375;
    // vitality: the same 0.125 against a chance of 2/24: four times the ambition index.
    QTest::newRow("vitality") << oneAndFour << "vitality" << 1LL << 0.125 << 1.5;
    QTest::newRow("attraction") << oneAndFour << "attraction" << 0LL << 0.0 << 0.0;
    // Picking all 24 cards is exactly chance in every domain.
    Selections all{{}};
    for (int id = 1; id <= 24; ++id)
        all[0].append(id);
    QTest::newRow("all cards: ambition") << all << "ambition" << 8LL << 8.0 / 24 << 1.0;
    QTest::newRow("all cards: attraction") << all << "attraction" << 2LL << 2.0 / 24 << 1.0;
}

void TestProfile::domain_picksShareAffinity()
{
    QFETCH(Selections, selections);
    QFETCH(QString, domain);
    QFETCH(qint64, picks);
    QFETCH(double, share);
    QFETCH(double, affinity);
    const Profile profile = profileOf(selections);
    const DomainId id = *Catalogue::findDomain(domain);
    QCOMPARE(profile.domainPicks(id), picks);
    QCOMPARE_EXACT(profile.domainShare(id), share);
    QCOMPARE_EXACT(profile.affinity(id), affinity);
}

void TestProfile::summary_respondentsCoverageBalance_data()
{
    QTest::addColumn<Selections>("selections");
    QTest::addColumn<qint64>("respondents");
    QTest::addColumn<int>("coverage");
    QTest::addColumn<int>("domainsCovered");
    QTest::addColumn<double>("balance");

    QTest::newRow("all in one domain: balance 0")
        << Selections{{1, 2, 3}, {4, 5, 6}} << 2LL << 6 << 1 << 0.0;
    QTest::newRow("even spread: balance 1")
        << Selections{{1, 7, 13, 21, 23}} << 1LL << 5 << 5 << 1.0;
    QTest::newRow("even spread over people")
        << Selections{{1}, {7}, {13}, {21}, {23}} << 5LL << 5 << 5 << 1.0;
    // Domain shares .75, 0, .125, .125, 0: spread 0.55+0.2+0.075+0.075+0.2 = 1.1.
    QTest::newRow("uneven") << Selections{{1}, {1, 2, 13, 21}} << 2LL << 4 << 3 << 1.0 - 1.1 / 1.6;
    // Two domains at 0.5: spread 0.3+0.3+0.2+0.2+0.2 = 1.2.
    QTest::newRow("two domains") << Selections{{13}, {23}} << 2LL << 2 << 2 << 0.25;
    QTest::newRow("absent participants only") << Selections{{}, {}} << 0LL << 0 << 0 << 0.0;
    QTest::newRow("nobody") << Selections{} << 0LL << 0 << 0 << 0.0;
}

void TestProfile::summary_respondentsCoverageBalance()
{
    QFETCH(Selections, selections);
    QFETCH(qint64, respondents);
    QFETCH(int, coverage);
    QFETCH(int, domainsCovered);
    QFETCH(double, balance);
    const Profile profile = profileOf(selections);
    QCOMPARE(profile.respondents(), respondents);
    QCOMPARE(profile.coverage(), coverage);
    QCOMPARE(profile.domainsCovered(), domainsCovered);
    QCOMPARE_EXACT(profile.balance(), balance);
}

void TestProfile::topDrives_orderByPicksThenShareThenId_data()
{
    QTest::addColumn<Selections>("selections");
    QTest::addColumn<QList<int>>("top");
    // 1 and 5 both have 2 picks; 1 has the larger share (1/2 + 1 vs 1/2 + 1/3). 9 and 10 tie on
    // picks and share, so id decides.
    QTest::newRow("picks, then share, then id")
        << Selections{{5, 1}, {1}, {5, 9, 10}} << QList<int>{1, 5, 9, 10};
    // All have one pick; 2 was someone's only card, so its share is the largest.
    QTest::newRow("share beats id") << Selections{{1, 3, 4}, {2}} << QList<int>{2, 1, 3, 4};
    // 1 has more picks (2) than 2 (1) but a smaller share (2/3 vs 1).
    QTest::newRow("picks beat share")
        << Selections{{2}, {1, 3, 4}, {1, 5, 6}} << QList<int>{1, 2, 3, 4, 5, 6};
    QTest::newRow("nobody") << Selections{} << QList<int>{};
}

void TestProfile::topDrives_orderByPicksThenShareThenId()
{
    QFETCH(Selections, selections);
    QFETCH(QList<int>, top);
    QCOMPARE(profileOf(selections).topDrives(), top);
}

void TestProfile::dominantDomain_tiesGoToDomainOrder_data()
{
    QTest::addColumn<Selections>("selections");
    QTest::addColumn<int>("dominant"); // -1: none
    QTest::newRow("tie basics/self-development") << Selections{{7}, {1}} << 0;
    QTest::newRow("tie ambition/vitality") << Selections{{21, 22}, {13}} << 2;
    QTest::newRow("clear winner") << Selections{{23}, {24}, {1}} << 4;
    // Raw picks favour ambition (2 vs 1) but shares favour vitality (1 vs 2 x 1/4).
    QTest::newRow("share, not picks") << Selections{{21}, {13, 14, 1, 2}} << 3;
    QTest::newRow("empty") << Selections{{}} << -1;
}

void TestProfile::dominantDomain_tiesGoToDomainOrder()
{
    QFETCH(Selections, selections);
    QFETCH(int, dominant);
    const auto actual = profileOf(selections).dominantDomain();
    QCOMPARE(actual.has_value() ? static_cast<int>(*actual) : -1, dominant);
}

void TestProfile::blindSpots_listUnpickedDrivesAndDomains()
{
    Selections selections{{}};
    for (int id = 1; id <= 20; ++id)
        selections[0].append(id);
    selections[0].append(23);
    const Profile profile = profileOf(selections);
    QCOMPARE(profile.blindSpotDrives(), (QList<int>{21, 22, 24}));
    QCOMPARE(profile.blindSpotDomains(), QList<DomainId>{DomainId::Vitality});
    QCOMPARE(profileOf({{1}}).blindSpotDomains(),
             (QList<DomainId>{DomainId::SelfDevelopment, DomainId::Ambition, DomainId::Vitality,
                              DomainId::Attraction}));
}

void TestProfile::sharedDrives_needHalfTheTeam_data()
{
    QTest::addColumn<Selections>("selections");
    QTest::addColumn<QList<int>>("shared");
    QTest::newRow("exactly half counts") << Selections{{1}, {2}} << QList<int>{1, 2};
    QTest::newRow("one of three does not") << Selections{{1, 2}, {1}, {3}} << QList<int>{1};
    QTest::newRow("absent people do not dilute")
        << Selections{{1, 2}, {}, {}, {1}, {3}} << QList<int>{1};
    QTest::newRow("two of five does not") << Selections{{1}, {1}, {2}, {3}, {4}} << QList<int>{};
}

void TestProfile::sharedDrives_needHalfTheTeam()
{
    QFETCH(Selections, selections);
    QFETCH(QList<int>, shared);
    QCOMPARE(profileOf(selections).sharedDrives(), shared);
}

void TestProfile::fromCounts_equalsFromSelections()
{
    Profile::SizeCounts counts{};
    // {1}, {1, 2, 13, 21}: drive 1 picked by one person of size 1 and one of size 4.
    counts[0][1] = 1;
    counts[0][4] = 1;
    counts[1][4] = 1;
    counts[12][4] = 1;
    counts[20][4] = 1;
    const Profile fromCounts = Profile::fromCounts(2, counts);
    const Profile fromSelections = profileOf({{1}, {1, 2, 13, 21}});
    for (int id = 1; id <= 24; ++id) {
        QCOMPARE(fromCounts.picks(id), fromSelections.picks(id));
        QCOMPARE(fromCounts.share(id), fromSelections.share(id));
    }
    QCOMPARE(fromCounts.balance(), fromSelections.balance());
}

void TestProfile::ofRound_countsOnlyPositivePicksOfThatRound()
{
    SessionBuilder builder;
    builder.participant(QStringLiteral("Anna"))
        .participant(QStringLiteral("Bram"))
        .participant(QStringLiteral("Cas"))
        .round(QStringLiteral("Now"), PickingRule::choose(1, 5, false, true))
        .round(QStringLiteral("Desired"));
    builder.picks(0, 0, {1}).picks(0, 1, {1, 2, 13, 21});
    builder.picks(0, 1, {24}, Polarity::Negative); // "not me" does not count
    builder.picks(0, 2, {5}, Polarity::Negative);  // only "not me": Cas did not take part
    builder.picks(1, 2, {7, 8});                   // another round
    const Session session = builder.build();

    const Profile now = Profile::ofRound(session, session.rounds.at(0).id);
    QCOMPARE(now.respondents(), 2);
    QCOMPARE_EXACT(now.share(1), 0.625);
    QCOMPARE(now.picks(24), 0);
    QCOMPARE(now.picks(5), 0);
    QCOMPARE(now.picks(7), 0);
    QCOMPARE(session.respondentCount(session.rounds.at(0).id), 2);

    const Profile desired = Profile::ofRound(session, session.rounds.at(1).id);
    QCOMPARE(desired.respondents(), 1);
    QCOMPARE_EXACT(desired.share(7), 0.5);
}

void TestProfile::ofParticipant_isTheSameMathsForOnePerson()
{
    const Session session = SessionBuilder::fromSelections({{1}, {1, 2, 13, 21}});
    const Profile bram =
        Profile::ofParticipant(session, session.rounds.at(0).id, session.participants.at(1).id);
    QCOMPARE(bram.respondents(), 1);
    QCOMPARE_EXACT(bram.share(1), 0.25);
    QCOMPARE_EXACT(bram.reach(13), 1.0);
    QCOMPARE_EXACT(bram.domainShare(DomainId::Basics), 0.5);
    QCOMPARE_EXACT(bram.affinity(DomainId::Vitality), 3.0);
    // Spread: |.5-.2| + .2 + |.25-.2| + |.25-.2| + .2 = 0.8.
    QCOMPARE_EXACT(bram.balance(), 0.5);
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
