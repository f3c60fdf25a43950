#include "domain/catalogue.h"
#include "domain/session.h"
#include "sessionbuilder.h"

#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;
using DriveDeck::Testing::SessionBuilder;
using Code = ValidationIssue::Code;

Q_DECLARE_METATYPE(DriveDeck::ValidationIssue::Code)

namespace {

// Anna and Bram; round 0 "Now" asks 1 to 3 ranked cards and allows "not me";
// round 1 "Team" asks 2 to 2 unranked cards, with Anna only; round 2 is a scan.
SessionBuilder workshop()
{
    SessionBuilder builder;
    builder.participant(QStringLiteral("Anna"))
        .round(QStringLiteral("Team"), PickingRule::choose(2, 2));
    builder.participant(QStringLiteral("Bram"));
    builder.session().rounds.prepend({SessionBuilder::uuid(2100),
                                      QStringLiteral("Now"),
                                      QStringLiteral("What drives you now?"),
                                      PickingRule::choose(1, 3, true, true),
                                      {SessionBuilder::uuid(1000), SessionBuilder::uuid(1001)}});
    builder.session().rounds.append({SessionBuilder::uuid(2200),
                                     QStringLiteral("Scan"),
                                     QString(),
                                     PickingRule::scan(5),
                                     {SessionBuilder::uuid(1000), SessionBuilder::uuid(1001)}});
    return builder;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progress_countsWhatTheRuleCounts_data();
    void progress_countsWhatTheRuleCounts();
    void addPick_rejectsBrokenRules_data();
    void addPick_rejectsBrokenRules();
    void addPick_acceptsValidPicks();
    void asTemplate_keepsPeopleAndRoundsUnderNewIds();
    void addPick_scanAllowsEveryCardOnceYesOrNo();
    void removePick_freesTheSlot();
    void validate_reportsEveryProblemOnce_data();
    void validate_reportsEveryProblemOnce();
    void validate_validSessionHasNoIssues();
    void rule_problems_data();
    void rule_problems();
    void shownName_honoursAnonymity();
    void blindRound_messagesNameOnlyTheCardsNumber();
    void create_givesFreshIdAndToday();
};

void TestSession::addPick_rejectsBrokenRules_data()
{
    QTest::addColumn<int>("round");
    QTest::addColumn<int>("participant");
    QTest::addColumn<QList<int>>("before"); // picks already made (ranked 1, 2, ... in "Now")
    QTest::addColumn<int>("drive");
    QTest::addColumn<int>("rank"); // 0 = none
    QTest::addColumn<bool>("negative");
    QTest::addColumn<Code>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("same drive twice")
        << 0 << 0 << QList<int>{5} << 5 << 0 << false << Code::DuplicateDrive
        << "Anna already picked “Order · Structure” in “Now”; each card can be picked once.";
    QTest::newRow("too many picks")
        << 0 << 0 << QList<int>{1, 2, 3} << 4 << 0 << false << Code::TooManyPicks
        << "Anna already has 3 cards in “Now”, the most this round allows. Remove one first.";
    QTest::newRow("rank repeats")
        << 0 << 1 << QList<int>{1, 2} << 9 << 2 << false << Code::RepeatedRank
        << "Bram already gave rank 2 to “Loyal · Moral” in “Now”; each rank can be given once.";
    QTest::newRow("rank out of range")
        << 0 << 1 << QList<int>{} << 9 << 4 << false << Code::RankOutOfRange
        << "Rank 4 is out of range: “Now” ranks cards from 1 to 3.";
    QTest::newRow("rank in unranked round")
        << 1 << 0 << QList<int>{} << 9 << 1 << false << Code::RankNotAllowed
        << "“Team” is not a ranked round, so its picks have no rank.";
    QTest::newRow("not in round")
        << 1 << 1 << QList<int>{} << 9 << 0 << false << Code::NotInRound
        << "Bram does not take part in “Team”. Add them to the round first.";
    QTest::newRow("not me not allowed")
        << 1 << 0 << QList<int>{} << 9 << 0 << true << Code::NegativeNotAllowed
        << "“Team” does not allow “not me” picks.";
    QTest::newRow("ranked not me")
        << 0 << 0 << QList<int>{} << 9 << 1 << true << Code::RankNotAllowed
        << "Only cards that appeal are ranked, not “not me” cards.";
    QTest::newRow("unknown drive")
        << 0 << 0 << QList<int>{} << 25 << 0 << false << Code::UnknownDrive
        << "There is no drive 25: drives are numbered 1 to 24.";
}

void TestSession::addPick_rejectsBrokenRules()
{
    QFETCH(int, round);
    QFETCH(int, participant);
    QFETCH(QList<int>, before);
    QFETCH(int, drive);
    QFETCH(int, rank);
    QFETCH(bool, negative);
    QFETCH(Code, code);
    QFETCH(QString, message);

    SessionBuilder builder = workshop();
    Session &session = builder.session();
    int nextRank = 1;
    for (int id : before) {
        const bool ranked = session.rounds.at(round).rule.ranked;
        QVERIFY(session
                    .addPick(builder.pick(round, participant, id, Polarity::Positive,
                                          ranked ? std::optional<int>(nextRank++) : std::nullopt))
                    .ok());
    }
    const Pick pick =
        builder.pick(round, participant, drive, negative ? Polarity::Negative : Polarity::Positive,
                     rank > 0 ? std::optional<int>(rank) : std::nullopt);
    const ValidationIssues issues = session.checkPick(pick);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().code, code);
    QCOMPARE(issues.first().message, message);

    const qsizetype picksBefore = session.picks.size();
    const Status added = session.addPick(pick);
    QVERIFY(!added.ok());
    QCOMPARE(added.errorMessage(), message);
    QCOMPARE(session.picks.size(), picksBefore);
}

void TestSession::addPick_acceptsValidPicks()
{
    SessionBuilder builder = workshop();
    Session &session = builder.session();
    QVERIFY(session.addPick(builder.pick(0, 0, 1, Polarity::Positive, 1)).ok());
    QVERIFY(session.addPick(builder.pick(0, 0, 2, Polarity::Positive, 2)).ok());
    QVERIFY(session.addPick(builder.pick(0, 0, 3)).ok()); // unranked for now
    // "Not me" cards have their own allowance.
    QVERIFY(session.addPick(builder.pick(0, 0, 24, Polarity::Negative)).ok());
    QCOMPARE(session.picksOf(session.rounds.at(0).id, session.participants.at(0).id).size(), 4);
    QVERIFY(session.validate().isEmpty());
}

void TestSession::addPick_scanAllowsEveryCardOnceYesOrNo()
{
    SessionBuilder builder = workshop();
    Session &session = builder.session();
    for (int id = 1; id <= 24; ++id) {
        const Status added = session.addPick(
            builder.pick(2, 1, id, id % 2 ? Polarity::Positive : Polarity::Negative));
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    }
    const Status again = session.addPick(builder.pick(2, 1, 7));
    QVERIFY(!again.ok());
    QCOMPARE(again.errorMessage(),
             QStringLiteral("Bram already picked “Relaxed · Carefree” in “Scan”; each card can be "
                            "picked once."));
    QCOMPARE(session.respondentCount(session.rounds.at(2).id), 1);
}

void TestSession::removePick_freesTheSlot()
{
    SessionBuilder builder = workshop();
    Session &session = builder.session();
    for (int id : {1, 2, 3})
        QVERIFY(session.addPick(builder.pick(0, 0, id)).ok());
    QVERIFY(!session.addPick(builder.pick(0, 0, 4)).ok());
    QVERIFY(session.removePick(session.rounds.at(0).id, session.participants.at(0).id, 2));
    QVERIFY(!session.removePick(session.rounds.at(0).id, session.participants.at(0).id, 2));
    QVERIFY(session.addPick(builder.pick(0, 0, 4)).ok());
}

void TestSession::validate_reportsEveryProblemOnce_data()
{
    QTest::addColumn<Session>("session");
    QTest::addColumn<QList<Code>>("codes");

    {
        SessionBuilder b = workshop();
        b.session().picks = {b.pick(0, 0, 1), b.pick(0, 0, 1)};
        QTest::newRow("duplicate") << b.build() << QList<Code>{Code::DuplicateDrive};
    }
    {
        SessionBuilder b = workshop();
        b.session().picks = {b.pick(1, 0, 1)};
        QTest::newRow("too few") << b.build() << QList<Code>{Code::TooFewPicks};
    }
    {
        SessionBuilder b = workshop();
        b.session().picks = {b.pick(0, 0, 1, Polarity::Positive, 1),
                             b.pick(0, 0, 2, Polarity::Positive, 1), b.pick(1, 1, 3),
                             b.pick(0, 1, 9, Polarity::Positive, 7)};
        QTest::newRow("rank, membership, range")
            << b.build() << QList<Code>{Code::RepeatedRank, Code::NotInRound, Code::RankOutOfRange};
    }
    {
        SessionBuilder b = workshop();
        b.session().participants.append({SessionBuilder::uuid(1002), QStringLiteral("anna "), {}});
        b.session().participants.append({SessionBuilder::uuid(1003), QStringLiteral(" "), {}});
        b.session().rounds[1].rule = PickingRule::choose(3, 2);
        QTest::newRow("names and rules")
            << b.build() << QList<Code>{Code::DuplicateName, Code::MissingName, Code::InvalidRule};
    }
    {
        // Scans: of a round or a person not there, twice for one person, a card twice.
        SessionBuilder b = workshop();
        const QUuid scan = SessionBuilder::uuid(2200), anna = SessionBuilder::uuid(1000);
        b.session().scanRuns = {{SessionBuilder::uuid(9), anna, 1, {}},
                                {scan, SessionBuilder::uuid(9), 1, {}},
                                {scan, anna, 1, {3}},
                                {scan, anna, 2, {}},
                                {scan, SessionBuilder::uuid(1001), 3, {4, 4}},
                                {SessionBuilder::uuid(2100), anna, 3, {25}}};
        QTest::newRow("scans") << b.build()
                               << QList<Code>{Code::UnknownRound, Code::UnknownParticipant,
                                              Code::DuplicateDrive, Code::UnknownDrive,
                                              Code::UnknownDrive};
    }
}

void TestSession::validate_reportsEveryProblemOnce()
{
    QFETCH(Session, session);
    QFETCH(QList<Code>, codes);
    QList<Code> actual;
    for (const ValidationIssue &issue : session.validate())
        actual.append(issue.code);
    QCOMPARE(actual, codes);
}

void TestSession::validate_validSessionHasNoIssues()
{
    SessionBuilder b = workshop();
    b.picks(0, 0, {1, 2}).picks(0, 1, {3}).picks(1, 0, {7, 8}).picks(2, 1, {1, 2, 3});
    b.picks(2, 1, {4, 5}, Polarity::Negative);
    QCOMPARE(b.build().validate(), ValidationIssues{});
}

void TestSession::rule_problems_data()
{
    QTest::addColumn<PickingRule>("rule");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine") << PickingRule::choose(1, 5) << "";
    QTest::newRow("scan fine") << PickingRule::scan(3) << "";
    QTest::newRow("no minimum") << PickingRule::choose(0, 5)
                                << "A round must ask for at least one card.";
    QTest::newRow("max below min")
        << PickingRule::choose(3, 2)
        << "The maximum number of cards (2) is lower than the minimum (3).";
    QTest::newRow("more than the deck")
        << PickingRule::choose(1, 25) << "A round can ask for at most 24 cards.";
    QTest::newRow("negative time")
        << PickingRule::scan(-1) << "The time per card cannot be negative.";
}

void TestSession::rule_problems()
{
    QFETCH(PickingRule, rule);
    QFETCH(QString, problem);
    QCOMPARE(rule.problem(), problem);
}

void TestSession::shownName_honoursAnonymity()
{
    SessionBuilder b;
    b.participant(QStringLiteral("Anna de Vries"), QStringLiteral("Blue fox"))
        .participant(QStringLiteral("Bram"));
    Session session = b.build();
    QCOMPARE(session.shownName(session.participants.at(0).id), QStringLiteral("Anna de Vries"));
    session.anonymous = true;
    QCOMPARE(session.shownName(session.participants.at(0).id), QStringLiteral("Blue fox"));
    // Without an alias, never the name: a neutral number in the round's order.
    QCOMPARE(session.shownName(session.participants.at(1).id), QStringLiteral("Person 2"));
    session.anonymous = false;
    QCOMPARE(session.shownName(session.participants.at(1).id), QStringLiteral("Bram"));
}

void TestSession::create_givesFreshIdAndToday()
{
    const Session a = Session::create(QStringLiteral("Kick-off"));
    const Session b = Session::create(QStringLiteral("Kick-off"));
    QVERIFY(!a.id.isNull());
    QVERIFY(a.id != b.id);
    QCOMPARE(a.date, QDate::currentDate());
    QCOMPARE(a.title, QStringLiteral("Kick-off"));
}

void TestSession::asTemplate_keepsPeopleAndRoundsUnderNewIds()
{
    SessionBuilder b(u"Day 1"_s);
    b.participant(u"Anna"_s).participant(u"Bram"_s).round(u"Now"_s).picks(0, 0, {1, 2});
    b.session().agreements = {{QUuid::createUuid(), u"Lunch"_s, {}, {}}};
    b.session().revision = 9;
    b.session().scanRuns = {
        {b.session().rounds.at(0).id, b.session().participants.at(0).id, 4, {}}};
    const Session original = b.build();
    const Session copy = original.asTemplate(u"Day 2"_s);
    QCOMPARE(copy.title, u"Day 2"_s);
    QVERIFY(copy.id != original.id);
    QCOMPARE(copy.revision, 0);
    QCOMPARE(copy.date, QDate::currentDate());
    QVERIFY(copy.picks.isEmpty());
    QVERIFY(copy.scanRuns.isEmpty()); // a new workshop shuffles anew
    QVERIFY(copy.agreements.isEmpty());
    QCOMPARE(copy.participants.size(), 2);
    QCOMPARE(copy.participants.at(1).displayName, u"Bram"_s);
    QVERIFY(copy.participants.at(0).id != original.participants.at(0).id);
    QVERIFY(copy.rounds.at(0).id != original.rounds.at(0).id);
    // Members follow their people to the new ids.
    QCOMPARE(copy.rounds.at(0).participantIds,
             (QList<QUuid>{copy.participants.at(0).id, copy.participants.at(1).id}));
    QVERIFY(copy.validate().isEmpty());
}

void TestSession::progress_countsWhatTheRuleCounts_data()
{
    QTest::addColumn<bool>("scan");
    QTest::addColumn<int>("picked");          // cards picked as "me"
    QTest::addColumn<int>("notMe");           // cards picked as "not me"
    QTest::addColumn<QList<int>>("timedOut"); // scan cards with no answer
    QTest::addColumn<int>("counted");         // what the progress says
    QTest::addColumn<bool>("done");
    QTest::newRow("choose 2 to 3: one") << false << 1 << 0 << QList<int>{} << 1 << false;
    QTest::newRow("choose 2 to 3: two") << false << 2 << 0 << QList<int>{} << 2 << true;
    QTest::newRow("choose: not me does not count") << false << 1 << 2 << QList<int>{} << 1 << false;
    QTest::newRow("scan: 23 answered") << true << 10 << 13 << QList<int>{} << 23 << false;
    QTest::newRow("scan: all 24 answered") << true << 10 << 14 << QList<int>{} << 24 << true;
    QTest::newRow("scan: 23 answered, 1 timed out")
        << true << 10 << 13 << QList<int>{11} << 24 << true;
    // Answered after all (the facilitator's wall): counted once.
    QTest::newRow("scan: a timed-out card answered later")
        << true << 10 << 13 << QList<int>{11, 2} << 24 << true;
}

void TestSession::progress_countsWhatTheRuleCounts()
{
    QFETCH(bool, scan);
    QFETCH(int, picked);
    QFETCH(int, notMe);
    QFETCH(QList<int>, timedOut);
    QFETCH(int, counted);
    QFETCH(bool, done);
    SessionBuilder b;
    b.participant(u"Anouk"_s).participant(u"Bram"_s);
    b.round(u"Now"_s, scan ? PickingRule::scan() : PickingRule::choose(2, 3, false, true));
    Session s = b.build();
    for (int i = 0; i < picked; ++i)
        s.picks.append(b.pick(0, 0, 1 + i));
    for (int i = 0; i < notMe; ++i)
        s.picks.append(b.pick(0, 0, 24 - i, Polarity::Negative));
    const QUuid round = s.rounds.first().id;
    if (!timedOut.isEmpty())
        s.scanRuns.append({round, s.participants.at(0).id, 1, timedOut});
    QCOMPARE(s.progressCount(round, s.participants.at(0).id), counted);
    QCOMPARE(s.isDone(round, s.participants.at(0).id), done);
    // Someone else's picks are theirs; a round that is not there is never done.
    QCOMPARE(s.progressCount(round, s.participants.at(1).id), 0);
    QVERIFY(!s.isDone(QUuid::createUuid(), s.participants.at(0).id));
}

void TestSession::blindRound_messagesNameOnlyTheCardsNumber()
{
    SessionBuilder b = workshop();
    b.session().rounds[0].blind = true; // "Now", ranked
    Session s = b.build();
    QVERIFY(s.addPick(b.pick(0, 0, 5, Polarity::Positive, 1)).ok());
    QCOMPARE(s.addPick(b.pick(0, 0, 5, Polarity::Positive, 2)).errorMessage(),
             u"Anna already picked “card 5” in “Now”; each card can be picked once."_s);
    QCOMPARE(s.addPick(b.pick(0, 0, 9, Polarity::Positive, 1)).errorMessage(),
             u"Anna already gave rank 1 to “card 5” in “Now”; each rank can be given once."_s);
    QCOMPARE(s.cardName(s.rounds[0].id, 5), u"card 5"_s);
    QCOMPARE(s.cardName(s.rounds[1].id, 5), Catalogue::drive(5).name());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
