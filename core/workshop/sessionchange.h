#pragma once

#include "domain/result.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>
#include <variant>

namespace DriveDeck {

// Which pick: a participant picks a drive at most once per round.
struct PickKey
{
    QUuid roundId;
    QUuid participantId;
    int driveId = 0;

    static PickKey of(const Pick &pick) { return {pick.roundId, pick.participantId, pick.driveId}; }
    bool matches(const Pick &pick) const
    {
        return pick.driveId == driveId && pick.participantId == participantId &&
               pick.roundId == roundId;
    }
    friend bool operator==(const PickKey &, const PickKey &) = default;
};

// The session's own fields: everything but its people, rounds and picks.
struct SessionDetails
{
    QString title;
    QString team;
    QString facilitator;
    QDate date;
    QString language;
    QString notes;
    QStringList tags;
    bool anonymous = false;
    QString deck;
    bool deckAtRandom = false;

    static SessionDetails of(const Session &session);
    void applyTo(Session &session) const;
    friend bool operator==(const SessionDetails &, const SessionDetails &) = default;
};

// Where a participant sits in a round's list of members.
struct RoundSeat
{
    QUuid roundId;
    int index = 0;
    friend bool operator==(const RoundSeat &, const RoundSeat &) = default;
};

// A pick with the place it had in the session's list of picks, so that undo puts it back there.
struct IndexedPick
{
    int index = 0;
    Pick pick;
    friend bool operator==(const IndexedPick &, const IndexedPick &) = default;
};

// One edit of a session as a value: what the undo commands hold, what the write queue carries
// to the database thread, and what both sides apply to their copy of the session.
namespace Change {
// A new pick goes last; a pick brought back by undo goes where it was (index).
struct AddPick
{
    Pick pick;
    int index = -1;
};
struct RemovePick
{
    PickKey key;
};
// The pick with the same key gets this pick's note and rank.
struct UpdatePick
{
    Pick pick;
};
struct SetDetails
{
    SessionDetails details;
};
// A new participant, or one brought back by undo with their seats in rounds and their picks.
struct InsertParticipant
{
    Participant participant;
    int index = 0;
    QList<RoundSeat> seats;
    QList<IndexedPick> picks; // in ascending index order
    QList<ScanRun> scanRuns;
};
// Removes the participant with their seats and picks.
struct RemoveParticipant
{
    QUuid participantId;
};
struct UpdateParticipant
{
    Participant participant;
};
// To another place in the list of people (the order rounds and lists show them in).
struct MoveParticipant
{
    QUuid participantId;
    int to = 0;
};
struct InsertRound
{
    Round round;
    int index = 0;
    QList<IndexedPick> picks; // in ascending index order
    QList<ScanRun> scanRuns;
};
struct RemoveRound
{
    QUuid roundId;
};
// Title, question, rule and members; picks must still fit.
struct UpdateRound
{
    Round round;
};
struct InsertAgreement
{
    Agreement agreement;
    int index = 0;
};
struct RemoveAgreement
{
    QUuid agreementId;
};
struct UpdateAgreement
{
    Agreement agreement;
};
// A person's scan in a round: its seed and timed-out cards, set or (run empty) taken away.
struct SetScanRun
{
    QUuid roundId;
    QUuid participantId;
    std::optional<ScanRun> run;
};
} // namespace Change

using SessionChange =
    std::variant<Change::AddPick, Change::RemovePick, Change::UpdatePick, Change::SetDetails,
                 Change::InsertParticipant, Change::RemoveParticipant, Change::UpdateParticipant,
                 Change::MoveParticipant, Change::InsertRound, Change::RemoveRound,
                 Change::UpdateRound, Change::InsertAgreement, Change::RemoveAgreement,
                 Change::UpdateAgreement, Change::SetScanRun>;

class SessionChanges
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::SessionChanges)

public:
    // Applies the change to session, or leaves session untouched and says why it cannot be
    // applied (an InvalidInput or NotFound error). Pure: the window's copy and the database
    // thread's copy stay equal by applying the same changes in the same order.
    static Status apply(Session &session, const SessionChange &change);
    // Picks only: the store has a statement of its own for these; others save the session.
    static bool isPickChange(const SessionChange &change);
    // What an edit of something no longer there says (another screen removed it first).
    static Error pickGone();
    static Error participantGone();
    static Error roundGone();
    static Error agreementGone();
    static Error scanGone();
};

} // namespace DriveDeck
