#include "workshop/sessionchange.h"

#include <algorithm>

namespace DriveDeck {

namespace {

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

qsizetype indexOfParticipant(const Session &session, const QUuid &id)
{
    return session.indexOfParticipant(id);
}

qsizetype indexOfRound(const Session &session, const QUuid &id)
{
    return session.indexOfRound(id);
}

qsizetype indexOfPick(const Session &session, const PickKey &key)
{
    return session.indexOfPick(key.roundId, key.participantId, key.driveId);
}

void insertPicks(Session &session, const QList<IndexedPick> &picks)
{
    for (const IndexedPick &p : picks)
        session.picks.insert(std::clamp<qsizetype>(p.index, 0, session.picks.size()), p.pick);
}

// Note: copies of a Session share their lists until one is written, so no pointer or iterator
// into a list is kept across a copy; edits go through indexes.

// A structural edit may not break the session: what is blocking afterwards and was not before
// refuses it (a rename to a name someone else has, a rule the picks no longer fit).
Status keepValid(Session &session, const Session &before)
{
    const ValidationIssues after = session.blockingIssues();
    if (after.isEmpty())
        return success();
    const ValidationIssues earlier = before.blockingIssues();
    for (const ValidationIssue &issue : after) {
        if (!earlier.contains(issue)) {
            session = before;
            return Error(Error::Kind::InvalidInput, issue.message);
        }
    }
    return success();
}

} // namespace

SessionDetails SessionDetails::of(const Session &session)
{
    return {session.title, session.team, session.facilitator, session.date, session.language,
            session.notes, session.tags, session.anonymous,   session.deck, session.deckAtRandom};
}

void SessionDetails::applyTo(Session &session) const
{
    session.title = title;
    session.team = team;
    session.facilitator = facilitator;
    session.date = date;
    session.language = language;
    session.notes = notes;
    session.tags = tags;
    session.anonymous = anonymous;
    session.deck = deck;
    session.deckAtRandom = deckAtRandom;
}

Error SessionChanges::pickGone()
{
    return Error(Error::Kind::NotFound, tr("That pick is no longer in the session."));
}

Error SessionChanges::participantGone()
{
    return Error(Error::Kind::NotFound, tr("That participant is no longer in the session."));
}

Error SessionChanges::agreementGone()
{
    return Error(Error::Kind::NotFound, tr("That agreement is no longer in the session."));
}

Error SessionChanges::scanGone()
{
    return Error(Error::Kind::NotFound, tr("That scan is no longer in the session."));
}

Error SessionChanges::roundGone()
{
    return Error(Error::Kind::NotFound, tr("That round is no longer in the session."));
}

bool SessionChanges::isPickChange(const SessionChange &change)
{
    return std::holds_alternative<Change::AddPick>(change) ||
           std::holds_alternative<Change::RemovePick>(change) ||
           std::holds_alternative<Change::UpdatePick>(change);
}

Status SessionChanges::apply(Session &session, const SessionChange &change)
{
    return std::visit(
        Overloaded{
            [&](const Change::AddPick &c) -> Status {
                const Status added = session.addPick(c.pick);
                if (added && c.index >= 0 && c.index < session.picks.size() - 1)
                    session.picks.move(session.picks.size() - 1, c.index);
                return added;
            },
            [&](const Change::RemovePick &c) -> Status {
                if (!session.removePick(c.key.roundId, c.key.participantId, c.key.driveId))
                    return SessionChanges::pickGone();
                return success();
            },
            [&](const Change::UpdatePick &c) -> Status {
                const qsizetype index = indexOfPick(session, PickKey::of(c.pick));
                if (index < 0)
                    return SessionChanges::pickGone();
                if (session.picks.at(index).rank != c.pick.rank) {
                    Session trial = session;
                    trial.picks.removeAt(index);
                    const ValidationIssues issues = trial.checkPick(c.pick);
                    if (!issues.isEmpty())
                        return Error(Error::Kind::InvalidInput, issues.first().message);
                }
                Pick &pick = session.picks[index];
                pick.note = c.pick.note;
                pick.rank = c.pick.rank;
                return success();
            },
            [&](const Change::SetDetails &c) -> Status {
                if (c.details.title.trimmed().isEmpty())
                    return Error(Error::Kind::InvalidInput, tr("A session needs a title."));
                c.details.applyTo(session);
                return success();
            },
            [&](const Change::InsertParticipant &c) -> Status {
                if (indexOfParticipant(session, c.participant.id) >= 0)
                    return Error(
                        Error::Kind::InvalidInput,
                        tr("%1 is already in the session.").arg(c.participant.displayName));
                const Session before = session;
                session.participants.insert(
                    std::clamp<qsizetype>(c.index, 0, session.participants.size()), c.participant);
                for (const RoundSeat &seat : c.seats) {
                    const qsizetype round = indexOfRound(session, seat.roundId);
                    if (round < 0) {
                        session = before;
                        return SessionChanges::roundGone();
                    }
                    QList<QUuid> &seats = session.rounds[round].participantIds;
                    seats.insert(std::clamp<qsizetype>(seat.index, 0, seats.size()),
                                 c.participant.id);
                }
                insertPicks(session, c.picks);
                session.scanRuns.append(c.scanRuns);
                return keepValid(session, before);
            },
            [&](const Change::RemoveParticipant &c) -> Status {
                const qsizetype index = indexOfParticipant(session, c.participantId);
                if (index < 0)
                    return SessionChanges::participantGone();
                session.participants.removeAt(index);
                for (Round &round : session.rounds)
                    round.participantIds.removeAll(c.participantId);
                session.picks.removeIf(
                    [&](const Pick &p) { return p.participantId == c.participantId; });
                session.scanRuns.removeIf(
                    [&](const ScanRun &r) { return r.participantId == c.participantId; });
                return success();
            },
            [&](const Change::UpdateParticipant &c) -> Status {
                const qsizetype index = indexOfParticipant(session, c.participant.id);
                if (index < 0)
                    return SessionChanges::participantGone();
                const Session before = session;
                session.participants[index] = c.participant;
                return keepValid(session, before);
            },
            [&](const Change::MoveParticipant &c) -> Status {
                const qsizetype from = indexOfParticipant(session, c.participantId);
                if (from < 0)
                    return SessionChanges::participantGone();
                if (c.to < 0 || c.to >= session.participants.size())
                    return Error(Error::Kind::InvalidInput, tr("There is no place %1 in the list "
                                                               "of people.")
                                                                .arg(c.to + 1));
                session.participants.move(from, c.to);
                return success();
            },
            [&](const Change::InsertRound &c) -> Status {
                if (indexOfRound(session, c.round.id) >= 0)
                    return Error(
                        Error::Kind::InvalidInput,
                        tr("The round “%1” is already in the session.").arg(c.round.title));
                const Session before = session;
                session.rounds.insert(std::clamp<qsizetype>(c.index, 0, session.rounds.size()),
                                      c.round);
                insertPicks(session, c.picks);
                session.scanRuns.append(c.scanRuns);
                return keepValid(session, before);
            },
            [&](const Change::RemoveRound &c) -> Status {
                const qsizetype index = indexOfRound(session, c.roundId);
                if (index < 0)
                    return SessionChanges::roundGone();
                session.rounds.removeAt(index);
                session.picks.removeIf([&](const Pick &p) { return p.roundId == c.roundId; });
                session.scanRuns.removeIf([&](const ScanRun &r) { return r.roundId == c.roundId; });
                return success();
            },
            [&](const Change::UpdateRound &c) -> Status {
                const qsizetype index = indexOfRound(session, c.round.id);
                if (index < 0)
                    return SessionChanges::roundGone();
                for (const Pick &pick : std::as_const(session.picks)) {
                    if (pick.roundId == c.round.id && !c.round.includes(pick.participantId)) {
                        return Error(
                            Error::Kind::InvalidInput,
                            tr("%1 has picks in “%2”; remove their picks before taking "
                               "them out of the round.")
                                .arg(session.shownName(pick.participantId), c.round.title));
                    }
                }
                const Session before = session;
                session.rounds[index] = c.round;
                return keepValid(session, before);
            },
            [&](const Change::InsertAgreement &c) -> Status {
                if (session.indexOfAgreement(c.agreement.id) >= 0)
                    return Error(Error::Kind::InvalidInput,
                                 tr("That agreement is already in the session."));
                const Session before = session;
                session.agreements.insert(
                    std::clamp<qsizetype>(c.index, 0, session.agreements.size()), c.agreement);
                return keepValid(session, before);
            },
            [&](const Change::RemoveAgreement &c) -> Status {
                const qsizetype index = session.indexOfAgreement(c.agreementId);
                if (index < 0)
                    return SessionChanges::agreementGone();
                session.agreements.removeAt(index);
                return success();
            },
            [&](const Change::UpdateAgreement &c) -> Status {
                const qsizetype index = session.indexOfAgreement(c.agreement.id);
                if (index < 0)
                    return SessionChanges::agreementGone();
                const Session before = session;
                session.agreements[index] = c.agreement;
                return keepValid(session, before);
            },
            [&](const Change::SetScanRun &c) -> Status {
                const qsizetype index = session.indexOfScanRun(c.roundId, c.participantId);
                if (!c.run) {
                    if (index < 0)
                        return SessionChanges::scanGone();
                    session.scanRuns.removeAt(index);
                    return success();
                }
                if (!c.run->matches(c.roundId, c.participantId))
                    return Error(Error::Kind::InvalidInput,
                                 tr("That scan belongs to someone else."));
                const Round *round = session.round(c.roundId);
                if (!round)
                    return SessionChanges::roundGone();
                if (!round->rule.isScan())
                    return Error(Error::Kind::InvalidInput,
                                 tr("“%1” is not a yes/no scan.").arg(round->title));
                if (!round->includes(c.participantId))
                    return Error(Error::Kind::InvalidInput,
                                 tr("%1 does not take part in “%2”.")
                                     .arg(session.shownName(c.participantId), round->title));
                const Session before = session;
                if (index < 0)
                    session.scanRuns.append(*c.run);
                else
                    session.scanRuns[index] = *c.run;
                return keepValid(session, before);
            },
        },
        change);
}

} // namespace DriveDeck
