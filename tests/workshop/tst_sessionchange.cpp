#include "sessionbuilder.h"
#include "workshop/sessionchange.h"

#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DriveDeck::SessionChange)

// The pure edits both copies of an open session apply: the window's and the write queue's.
class TestSessionChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_refusesWhatBreaksTheSession_data();
    void apply_refusesWhatBreaksTheSession();
    void removeParticipant_thenInsertBack_restoresEverything();
    void removeRound_thenInsertBack_restoresEverything();
    void updatePick_changesNoteAndRankOnly();
    void isPickChange_forPicksOnly();
};

namespace {

// Anna and Bram; round 0 "Now" (1 to 3 cards), round 1 "Ranked" (1 to 2, ranked); Anna picked 1
// and 5 now, Bram 7; Anna ranked 3 first.
SessionBuilder sample()
{
    SessionBuilder b;
    b.participant(u"Anna"_s).participant(u"Bram"_s);
    b.round(u"Now"_s, PickingRule::choose(1, 3));
    b.round(u"Ranked"_s, PickingRule::choose(1, 2, true));
    b.picks(0, 0, {1, 5}).picks(0, 1, {7});
    b.session().picks.append(b.pick(1, 0, 3, Polarity::Positive, 1));
    return b;
}

} // namespace

void TestSessionChange::apply_refusesWhatBreaksTheSession_data()
{
    QTest::addColumn<SessionChange>("change");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("message");
    const SessionBuilder b = sample();
    const Session s = b.build();

    QTest::newRow("a fourth card where three is the most")
        << SessionChange(Change::AddPick{b.pick(0, 1, 2)}) << Error::Kind::InvalidInput
        << QString();
    Round narrower = s.rounds.at(0);
    narrower.rule.maxPicks = 1;
    QTest::newRow("a rule Anna's two picks no longer fit")
        << SessionChange(Change::UpdateRound{narrower}) << Error::Kind::InvalidInput << QString();
    Round withoutBram = s.rounds.at(0);
    withoutBram.participantIds.removeAll(s.participants.at(1).id);
    QTest::newRow("taking Bram out of a round he picked in")
        << SessionChange(Change::UpdateRound{withoutBram}) << Error::Kind::InvalidInput
        << u"Bram has picks in “Now”; remove their picks before taking them out of the round."_s;
    Participant renamed = s.participants.at(1);
    renamed.displayName = u"anna"_s;
    QTest::newRow("a name someone else has") << SessionChange(Change::UpdateParticipant{renamed})
                                             << Error::Kind::InvalidInput << QString();
    QTest::newRow("a participant twice")
        << SessionChange(Change::InsertParticipant{s.participants.at(0), 0, {}, {}, {}})
        << Error::Kind::InvalidInput << u"Anna is already in the session."_s;
    QTest::newRow("removing a pick nobody made")
        << SessionChange(Change::RemovePick{PickKey{s.rounds.at(0).id, s.participants.at(1).id, 2}})
        << Error::Kind::NotFound << u"That pick is no longer in the session."_s;
    SessionDetails untitled = SessionDetails::of(s);
    untitled.title = u"  "_s;
    QTest::newRow("no title") << SessionChange(Change::SetDetails{untitled})
                              << Error::Kind::InvalidInput << u"A session needs a title."_s;
    QTest::newRow("an agreement without words")
        << SessionChange(Change::InsertAgreement{{SessionBuilder::uuid(7), u" "_s, {}, {}}, 0})
        << Error::Kind::InvalidInput << u"An agreement has no text."_s;
    Round target = s.rounds.at(1);
    target.target = true;
    QTest::newRow("a target round picked by two")
        << SessionChange(Change::UpdateRound{target}) << Error::Kind::InvalidInput
        << u"“Ranked”: A target round is picked by exactly one participant, such as “Brand”."_s;
    Round longRound = s.rounds.at(0);
    longRound.timeboxMinutes = 601;
    QTest::newRow("a timebox of ten hours")
        << SessionChange(Change::UpdateRound{longRound}) << Error::Kind::InvalidInput
        << u"“Now”: A timebox is between 1 and 600 minutes, or none."_s;
    QTest::newRow("removing an agreement that is gone")
        << SessionChange(Change::RemoveAgreement{SessionBuilder::uuid(8)}) << Error::Kind::NotFound
        << u"That agreement is no longer in the session."_s;
    QTest::newRow("a rank for an unranked round")
        << SessionChange(Change::AddPick{b.pick(0, 1, 2, Polarity::Positive, 1)})
        << Error::Kind::InvalidInput << QString();
}

void TestSessionChange::apply_refusesWhatBreaksTheSession()
{
    QFETCH(SessionChange, change);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, message);
    Session session = sample().build();
    if (std::holds_alternative<Change::AddPick>(change) &&
        !std::get<Change::AddPick>(change).pick.rank) {
        // Fill Bram's round so that a further card is one too many.
        session.picks.append(sample().pick(0, 1, 8));
        session.picks.append(sample().pick(0, 1, 9));
    }
    const Session before = session;
    const Status status = SessionChanges::apply(session, change);
    QVERIFY(!status.ok());
    QCOMPARE(status.errorKind(), kind);
    if (!message.isEmpty())
        QCOMPARE(status.errorMessage(), message);
    QCOMPARE(session, before);
}

void TestSessionChange::removeParticipant_thenInsertBack_restoresEverything()
{
    const Session original = sample().build();
    Session session = original;
    const Participant anna = original.participants.at(0);
    QVERIFY(SessionChanges::apply(session, Change::RemoveParticipant{anna.id}).ok());
    QCOMPARE(session.participants.size(), 1);
    QVERIFY(!session.rounds.at(0).includes(anna.id));
    QCOMPARE(session.picks.size(), 1); // Bram's

    QList<IndexedPick> annasPicks;
    for (int i = 0; i < original.picks.size(); ++i) {
        if (original.picks.at(i).participantId == anna.id)
            annasPicks.append({i, original.picks.at(i)});
    }
    QVERIFY(
        SessionChanges::apply(session, Change::InsertParticipant{anna,
                                                                 0,
                                                                 {{original.rounds.at(0).id, 0},
                                                                  {original.rounds.at(1).id, 0}},
                                                                 annasPicks,
                                                                 {}})
            .ok());
    QCOMPARE(session.participants, original.participants);
    QCOMPARE(session.rounds, original.rounds);
    QCOMPARE(session.picks, original.picks);
}

void TestSessionChange::removeRound_thenInsertBack_restoresEverything()
{
    const Session original = sample().build();
    Session session = original;
    const Round now = original.rounds.at(0);
    QVERIFY(SessionChanges::apply(session, Change::RemoveRound{now.id}).ok());
    QCOMPARE(session.rounds.size(), 1);
    QCOMPARE(session.picks.size(), 1);
    QList<IndexedPick> picks;
    for (int i = 0; i < original.picks.size(); ++i) {
        if (original.picks.at(i).roundId == now.id)
            picks.append({i, original.picks.at(i)});
    }
    QVERIFY(SessionChanges::apply(session, Change::InsertRound{now, 0, picks, {}}).ok());
    QCOMPARE(session.rounds, original.rounds);
    QCOMPARE(session.picks, original.picks);
}

void TestSessionChange::updatePick_changesNoteAndRankOnly()
{
    Session session = sample().build();
    Pick edited = session.picks.at(3);
    edited.note = u"Because of my grandmother"_s;
    edited.rank = 2;
    edited.madeAt = QDateTime(); // only note and rank are taken
    QVERIFY(SessionChanges::apply(session, Change::UpdatePick{edited}).ok());
    QCOMPARE(session.picks.at(3).note, u"Because of my grandmother"_s);
    QCOMPARE(session.picks.at(3).rank, std::optional<int>(2));
    QVERIFY(session.picks.at(3).madeAt.isValid());

    edited.rank = 3; // the round has two ranks
    const Status refused = SessionChanges::apply(session, Change::UpdatePick{edited});
    QCOMPARE(refused.errorKind(), Error::Kind::InvalidInput);
    QCOMPARE(session.picks.at(3).rank, std::optional<int>(2));
}

void TestSessionChange::isPickChange_forPicksOnly()
{
    const Session s = sample().build();
    QVERIFY(SessionChanges::isPickChange(Change::AddPick{s.picks.first()}));
    QVERIFY(SessionChanges::isPickChange(Change::RemovePick{PickKey::of(s.picks.first())}));
    QVERIFY(SessionChanges::isPickChange(Change::UpdatePick{s.picks.first()}));
    QVERIFY(!SessionChanges::isPickChange(Change::SetDetails{SessionDetails::of(s)}));
    QVERIFY(!SessionChanges::isPickChange(Change::RemoveRound{s.rounds.first().id}));
}

QTEST_GUILESS_MAIN(TestSessionChange)
#include "tst_sessionchange.moc"
