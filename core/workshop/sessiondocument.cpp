#include "workshop/sessiondocument.h"

#include "domain/catalogue.h"
#include "workshop/aliases.h"
#include "workshop/commands/addagreementcommand.h"
#include "workshop/commands/addparticipantcommand.h"
#include "workshop/commands/addpickcommand.h"
#include "workshop/commands/addroundcommand.h"
#include "workshop/commands/editagreementcommand.h"
#include "workshop/commands/editdetailscommand.h"
#include "workshop/commands/editparticipantcommand.h"
#include "workshop/commands/editroundcommand.h"
#include "workshop/commands/moveparticipantcommand.h"
#include "workshop/commands/removeagreementcommand.h"
#include "workshop/commands/removeparticipantcommand.h"
#include "workshop/commands/removepickcommand.h"
#include "workshop/commands/removeroundcommand.h"
#include "workshop/commands/setpicknotecommand.h"
#include "workshop/commands/setpickrankcommand.h"
#include "workshop/commands/setscanruncommand.h"
#include "workshop/sessionwriter.h"

#include <QUndoStack>

#include <atomic>
#include <functional>

namespace DriveDeck {

namespace {

std::atomic<quint64> s_commandIds{0};

Error notOpen()
{
    return Error(Error::Kind::Failed, SessionDocument::tr("The session is not open yet."));
}

// The picks a removal takes away, with their places, for undo to put back.
QList<IndexedPick> indexedPicks(const Session &session, const std::function<bool(const Pick &)> &of)
{
    QList<IndexedPick> picks;
    for (int i = 0; i < session.picks.size(); ++i) {
        if (of(session.picks.at(i)))
            picks.append({i, session.picks.at(i)});
    }
    return picks;
}

} // namespace

SessionDocument::SessionDocument(const DatabaseConfig &config, const QUuid &sessionId,
                                 const QString &author, QObject *parent)
    : QObject(parent)
    , m_id(sessionId)
    , m_undoStack(new QUndoStack(this))
    , m_writer(new SessionWriter(config, sessionId, author, this))
{
    connect(m_writer, &SessionWriter::opened, this, &SessionDocument::onOpened);
    connect(m_writer, &SessionWriter::openFailed, this, [this](const Error &error) {
        m_lastError = error;
        m_open = false;
        m_reloading = false;
        setState(SaveState::OpenFailed);
        Q_EMIT openFailed(error);
    });
    connect(m_writer, &SessionWriter::written, this, &SessionDocument::onWritten);
    connect(m_writer, &SessionWriter::rejected, this, &SessionDocument::onRejected);
    connect(m_writer, &SessionWriter::stalled, this, [this](const Error &error, int) {
        m_lastError = error;
        m_stalled = true;
        updateState();
    });
    connect(m_writer, &SessionWriter::resumed, this, [this] {
        m_stalled = false;
        updateState();
    });
    connect(m_writer, &SessionWriter::conflicted, this, &SessionDocument::onConflicted);
    connect(m_writer, &SessionWriter::reloaded, this, &SessionDocument::onReloaded);
    m_writer->start();
}

SessionDocument::~SessionDocument()
{
    // The undo stack's commands point here; they go first, quietly: nobody listens to a
    // document that is going away.
    m_undoStack->blockSignals(true);
    m_undoStack->clear();
}

quint64 SessionDocument::nextCommandId()
{
    return ++s_commandIds;
}

void SessionDocument::setState(SaveState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT saveStateChanged(state);
}

void SessionDocument::updateState()
{
    if (!m_open)
        return;
    if (m_reportedUnsaved != int(m_pending.size())) {
        m_reportedUnsaved = int(m_pending.size());
        Q_EMIT unsavedChangesChanged(m_reportedUnsaved);
    }
    if (m_state == SaveState::Conflict || m_reloading)
        return; // until reload() is done
    if (m_stalled)
        setState(SaveState::Retrying);
    else
        setState(m_pending.empty() ? SaveState::Saved : SaveState::Saving);
}

void SessionDocument::onOpened(const Session &session)
{
    m_reloading = false;
    m_session = session;
    m_open = true;
    m_stalled = false;
    m_state = SaveState::Opening;
    updateState();
    Q_EMIT sessionReset();
    Q_EMIT opened();
}

Status SessionDocument::apply(const SessionChange &change, quint64 commandId)
{
    m_lastPush = applyChange(change, commandId);
    return m_lastPush;
}

Status SessionDocument::applyChange(const SessionChange &change, quint64 commandId)
{
    if (!m_open)
        return notOpen();
    if (m_state == SaveState::Conflict) {
        return Error(
            Error::Kind::Conflict,
            tr("Someone else changed “%1”: reload it before you go on.").arg(m_session.title));
    }
    // The writer drops what is queued and loads anew: an edit now would be written but then
    // vanish from the screen.
    if (m_reloading)
        return Error(Error::Kind::Busy,
                     tr("“%1” is being reloaded; a moment.").arg(m_session.title));
    // What a removal takes away, for the signals; a copy of the whole session would cost a copy
    // of every pick on the next write.
    const Removed removed = whatRemoves(change);
    Status applied = SessionChanges::apply(m_session, change);
    if (!applied)
        return applied;
    const quint64 seq = m_nextSeq++;
    m_pending.push_back({seq, commandId, change});
    m_writer->enqueue(seq, change);
    updateState();
    emitChange(change, removed);
    return success();
}

SessionDocument::Removed SessionDocument::whatRemoves(const SessionChange &change) const
{
    Removed removed;
    if (const auto *c = std::get_if<Change::RemovePick>(&change)) {
        if (const Pick *pick = findPick(c->key))
            removed.picks.append(*pick);
    } else if (const auto *c = std::get_if<Change::RemoveParticipant>(&change)) {
        removed.index = int(m_session.indexOfParticipant(c->participantId));
        for (const Pick &pick : m_session.picks) {
            if (pick.participantId == c->participantId)
                removed.picks.append(pick);
        }
        for (int i = 0; i < m_session.rounds.size(); ++i) {
            if (m_session.rounds.at(i).includes(c->participantId))
                removed.rounds.append(i);
        }
    } else if (const auto *c = std::get_if<Change::RemoveAgreement>(&change)) {
        removed.index = int(m_session.indexOfAgreement(c->agreementId));
    } else if (const auto *c = std::get_if<Change::MoveParticipant>(&change)) {
        removed.index = int(m_session.indexOfParticipant(c->participantId)); // where it was
    } else if (const auto *c = std::get_if<Change::RemoveRound>(&change)) {
        removed.index = int(m_session.indexOfRound(c->roundId));
        for (const Pick &pick : m_session.picks) {
            if (pick.roundId == c->roundId)
                removed.picks.append(pick);
        }
    }
    return removed;
}

void SessionDocument::emitChange(const SessionChange &change, const Removed &removed)
{
    if (const auto *c = std::get_if<Change::AddPick>(&change)) {
        Q_EMIT pickAdded(c->pick);
    } else if (std::holds_alternative<Change::RemovePick>(change)) {
        for (const Pick &pick : removed.picks)
            Q_EMIT pickRemoved(pick);
    } else if (const auto *c = std::get_if<Change::UpdatePick>(&change)) {
        if (const Pick *pick = findPick(PickKey::of(c->pick)))
            Q_EMIT pickChanged(*pick);
    } else if (std::holds_alternative<Change::SetDetails>(change)) {
        Q_EMIT detailsChanged();
    } else if (const auto *c = std::get_if<Change::InsertParticipant>(&change)) {
        Q_EMIT participantInserted(int(m_session.indexOfParticipant(c->participant.id)));
        for (const RoundSeat &seat : c->seats)
            Q_EMIT roundChanged(int(m_session.indexOfRound(seat.roundId)));
        for (const IndexedPick &p : c->picks)
            Q_EMIT pickAdded(p.pick);
    } else if (const auto *c = std::get_if<Change::RemoveParticipant>(&change)) {
        for (const Pick &pick : removed.picks)
            Q_EMIT pickRemoved(pick);
        Q_EMIT participantRemoved(removed.index, c->participantId);
        for (int round : removed.rounds)
            Q_EMIT roundChanged(round);
    } else if (const auto *c = std::get_if<Change::UpdateParticipant>(&change)) {
        Q_EMIT participantChanged(int(m_session.indexOfParticipant(c->participant.id)));
    } else if (const auto *c = std::get_if<Change::InsertRound>(&change)) {
        Q_EMIT roundInserted(int(m_session.indexOfRound(c->round.id)));
        for (const IndexedPick &p : c->picks)
            Q_EMIT pickAdded(p.pick);
    } else if (const auto *c = std::get_if<Change::RemoveRound>(&change)) {
        for (const Pick &pick : removed.picks)
            Q_EMIT pickRemoved(pick);
        Q_EMIT roundRemoved(removed.index, c->roundId);
    } else if (const auto *c = std::get_if<Change::UpdateRound>(&change)) {
        Q_EMIT roundChanged(int(m_session.indexOfRound(c->round.id)));
    } else if (const auto *c = std::get_if<Change::MoveParticipant>(&change)) {
        Q_EMIT participantMoved(removed.index, c->to);
    } else if (const auto *c = std::get_if<Change::InsertAgreement>(&change)) {
        Q_EMIT agreementInserted(int(m_session.indexOfAgreement(c->agreement.id)));
    } else if (const auto *c = std::get_if<Change::RemoveAgreement>(&change)) {
        Q_EMIT agreementRemoved(removed.index, c->agreementId);
    } else if (const auto *c = std::get_if<Change::UpdateAgreement>(&change)) {
        Q_EMIT agreementChanged(int(m_session.indexOfAgreement(c->agreement.id)));
    } else if (const auto *c = std::get_if<Change::SetScanRun>(&change)) {
        Q_EMIT scanRunChanged(c->roundId, c->participantId);
    }
}

void SessionDocument::onWritten(quint64 seq, qint64 revision)
{
    while (!m_pending.empty() && m_pending.front().seq <= seq)
        m_pending.pop_front();
    m_session.revision = revision;
    updateState();
}

void SessionDocument::onRejected(const QList<quint64> &seqs, const Error &error,
                                 const Session &stored)
{
    // The refused change leaves the session shown: what the database has, plus the changes
    // still on their way (those that no longer apply are refused by the database in turn).
    std::deque<PendingChange> remaining;
    for (const PendingChange &pending : m_pending) {
        if (seqs.contains(pending.seq))
            markObsolete(pending.commandId);
        else
            remaining.push_back(pending);
    }
    m_pending = std::move(remaining);
    Session rebuilt = stored;
    for (const PendingChange &pending : m_pending) {
        if (!SessionChanges::apply(rebuilt, pending.change))
            markObsolete(pending.commandId);
    }
    m_session = std::move(rebuilt);
    m_lastError = error;
    updateState();
    Q_EMIT sessionReset();
    Q_EMIT writeFailed(error);
}

void SessionDocument::onConflicted(const Error &error)
{
    m_lastError = error;
    setState(SaveState::Conflict);
    Q_EMIT writeFailed(error);
}

void SessionDocument::onReloaded(const Session &session)
{
    m_reloading = false;
    m_session = session;
    m_pending.clear();
    m_stalled = false;
    m_undoStack->clear();
    m_state = SaveState::Opening;
    m_open = true;
    updateState();
    Q_EMIT sessionReset();
}

void SessionDocument::markObsolete(quint64 commandId)
{
    for (int i = 0; i < m_undoStack->count(); ++i) {
        auto *command = const_cast<DocumentCommand *>(
            static_cast<const DocumentCommand *>(m_undoStack->command(i)));
        if (command->hasCommandId(commandId))
            command->setObsolete(true);
    }
}

void SessionDocument::retryNow()
{
    m_writer->retryNow();
}

void SessionDocument::reload()
{
    m_reloading = true;
    m_writer->reload();
    setState(SaveState::Opening);
}

const Pick *SessionDocument::findPick(const PickKey &key) const
{
    for (const Pick &pick : m_session.picks) {
        if (key.matches(pick))
            return &pick;
    }
    return nullptr;
}

Status SessionDocument::push(DocumentCommand *command)
{
    if (!m_open) {
        delete command;
        return notOpen();
    }
    // The command's redo() applies it; apply() leaves its verdict here.
    m_lastPush = success();
    m_undoStack->push(command);
    return m_lastPush;
}

Status SessionDocument::addPick(const Pick &pick)
{
    if (!m_open)
        return notOpen();
    const ValidationIssues issues = m_session.checkPick(pick);
    if (!issues.isEmpty())
        return Error(Error::Kind::InvalidInput, issues.first().message);
    return push(new AddPickCommand(this, pick, m_session.shownName(pick.participantId)));
}

Status SessionDocument::togglePick(const QUuid &roundId, const QUuid &participantId, int driveId,
                                   Polarity polarity)
{
    if (!m_open)
        return notOpen();
    const Round *round = m_session.round(roundId);
    const bool ranked = round && round->rule.ranked;
    const QList<Pick> own = m_session.picksOf(roundId, participantId);
    const auto existing =
        std::find_if(own.cbegin(), own.cend(), [&](const Pick &p) { return p.driveId == driveId; });
    const QString who = m_session.shownName(participantId);
    const QString card = m_session.cardName(roundId, driveId);

    Pick pick;
    pick.roundId = roundId;
    pick.participantId = participantId;
    pick.driveId = driveId;
    pick.polarity = polarity;
    pick.madeAt = QDateTime::currentDateTimeUtc();
    if (ranked && polarity == Polarity::Positive) {
        int positive = 0;
        for (const Pick &p : own)
            positive += p.isPositive() && p.driveId != driveId ? 1 : 0;
        pick.rank = positive + 1;
    }
    if (existing == own.cend())
        return addPick(pick);

    // Taking a pick back (or turning it around) changes the ranks after it too: one step.
    const bool turnAround = existing->polarity != polarity;
    if (!turnAround) {
        // Checked before anything is pushed, so that a refused step leaves no half macro.
        m_undoStack->beginMacro(tr("Take back %1 for %2").arg(card, who));
    } else {
        Session trial = m_session;
        trial.removePick(roundId, participantId, driveId);
        const ValidationIssues issues = trial.checkPick(pick);
        if (!issues.isEmpty())
            return Error(Error::Kind::InvalidInput, issues.first().message);
        m_undoStack->beginMacro(polarity == Polarity::Negative
                                    ? tr("Mark %1 as not me for %2").arg(card, who)
                                    : tr("Pick %1 for %2").arg(card, who));
    }
    Status status = removePick(PickKey{roundId, participantId, driveId});
    if (status && existing->rank) {
        for (const Pick &later : own) {
            if (!status)
                break;
            if (later.rank && *later.rank > *existing->rank)
                status = setPickRank(PickKey::of(later), *later.rank - 1);
        }
    }
    if (status && turnAround)
        status = addPick(pick);
    m_undoStack->endMacro();
    return status;
}

Status SessionDocument::removePick(const PickKey &key)
{
    const Pick *pick = findPick(key);
    if (!pick)
        return SessionChanges::pickGone();
    const int index = int(pick - m_session.picks.constData());
    return push(new RemovePickCommand(this, *pick, index, m_session.shownName(key.participantId)));
}

Status SessionDocument::setPickNote(const PickKey &key, const QString &note)
{
    const Pick *pick = findPick(key);
    if (!pick)
        return SessionChanges::pickGone();
    if (pick->note == note)
        return success();
    Pick after = *pick;
    after.note = note;
    return push(new SetPickNoteCommand(this, *pick, after));
}

Status SessionDocument::setPickRank(const PickKey &key, std::optional<int> rank)
{
    const Pick *pick = findPick(key);
    if (!pick)
        return SessionChanges::pickGone();
    if (pick->rank == rank)
        return success();
    Pick after = *pick;
    after.rank = rank;
    return push(new SetPickRankCommand(this, *pick, after));
}

Status SessionDocument::setPicksOf(const QUuid &roundId, const QUuid &participantId,
                                   const QList<Pick> &wanted)
{
    if (!m_open)
        return notOpen();
    if (!m_session.round(roundId))
        return SessionChanges::roundGone();
    if (!m_session.participant(participantId))
        return SessionChanges::participantGone();
    const QList<Pick> before = m_session.picksOf(roundId, participantId);
    auto sameAs = [](const Pick &a, const Pick &b) {
        return a.driveId == b.driveId && a.rank == b.rank && a.polarity == b.polarity;
    };
    // The whole new set is checked first: a refused entry leaves nothing half done.
    Session trial = m_session;
    for (const Pick &p : before)
        trial.removePick(roundId, participantId, p.driveId);
    for (const Pick &p : wanted) {
        if (p.roundId != roundId || p.participantId != participantId)
            return Error(Error::Kind::InvalidInput, tr("These picks belong to someone else."));
        if (const Status added = trial.addPick(p); !added)
            return added;
    }
    // Unchanged picks stay as they are, with their stories; changed ones are taken back and
    // made again (their story kept), so that no step gives one rank twice.
    QList<Pick> toRemove;
    QList<Pick> toAdd;
    for (const Pick &old : before) {
        const auto match = std::find_if(wanted.cbegin(), wanted.cend(),
                                        [&](const Pick &p) { return p.driveId == old.driveId; });
        if (match == wanted.cend() || !sameAs(*match, old))
            toRemove.append(old);
    }
    for (Pick p : wanted) {
        const auto match = std::find_if(before.cbegin(), before.cend(),
                                        [&](const Pick &old) { return old.driveId == p.driveId; });
        if (match != before.cend() && sameAs(*match, p))
            continue;
        if (match != before.cend()) {
            p.note = match->note;
            p.madeAt = match->madeAt;
        }
        toAdd.append(p);
    }
    if (toRemove.isEmpty() && toAdd.isEmpty())
        return success();
    m_undoStack->beginMacro(tr("Enter the picks of %1").arg(m_session.shownName(participantId)));
    Status status = success();
    for (const Pick &p : toRemove)
        if (status)
            status = removePick(PickKey::of(p));
    for (const Pick &p : toAdd)
        if (status)
            status = addPick(p);
    m_undoStack->endMacro();
    return status;
}

Status SessionDocument::movePickRank(const PickKey &key, int toRank)
{
    if (!m_open)
        return notOpen();
    const Pick *pick = findPick(key);
    if (!pick)
        return SessionChanges::pickGone();
    const Round *round = m_session.round(key.roundId);
    if (!round || !round->rule.ranked || !pick->rank)
        return Error(Error::Kind::InvalidInput,
                     tr("Only cards picked in a ranked round have a rank to change."));
    // The person's ranked picks in their order; the moved one takes its new place and the
    // others close up behind it.
    QList<Pick> ranked;
    for (const Pick &p : m_session.picksOf(key.roundId, key.participantId))
        if (p.rank && p.driveId != key.driveId)
            ranked.append(p);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Pick &a, const Pick &b) { return *a.rank < *b.rank; });
    const int place = std::clamp(toRank, 1, int(ranked.size()) + 1) - 1;
    ranked.insert(place, *pick);
    if (*pick->rank == place + 1)
        return success();
    m_undoStack->beginMacro(tr("Rank %1 as number %2 for %3")
                                .arg(m_session.cardName(key.roundId, key.driveId))
                                .arg(place + 1)
                                .arg(m_session.shownName(key.participantId)));
    // Each rank is given once at every step: the moved card lets go of its rank first, then
    // each other card moves into a rank that is free by then, and the moved card comes last.
    Status status = setPickRank(key, std::nullopt);
    QList<std::pair<PickKey, int>> pending;
    for (int i = 0; i < ranked.size(); ++i)
        if (ranked.at(i).driveId != key.driveId && *ranked.at(i).rank != i + 1)
            pending.append({PickKey::of(ranked.at(i)), i + 1});
    while (status && !pending.isEmpty()) {
        const auto free = std::find_if(pending.begin(), pending.end(), [&](const auto &move) {
            const QList<Pick> own = m_session.picksOf(key.roundId, key.participantId);
            return std::none_of(own.cbegin(), own.cend(),
                                [&](const Pick &p) { return p.rank == move.second; });
        });
        if (free == pending.end())
            break; // cannot happen for a shift within one list; never loop forever
        status = setPickRank(free->first, free->second);
        pending.erase(free);
    }
    if (status)
        status = setPickRank(key, place + 1);
    m_undoStack->endMacro();
    return status;
}

Status SessionDocument::setDetails(const SessionDetails &details)
{
    const SessionDetails before = SessionDetails::of(m_session);
    if (before == details)
        return success();
    return push(new EditDetailsCommand(this, before, details));
}

Status SessionDocument::setAnonymous(bool anonymous)
{
    SessionDetails details = SessionDetails::of(m_session);
    if (details.anonymous == anonymous)
        return success();
    details.anonymous = anonymous;
    QStringList taken;
    QList<int> missing;
    for (int i = 0; i < m_session.participants.size(); ++i) {
        const Participant &p = m_session.participants.at(i);
        if (p.alias.trimmed().isEmpty())
            missing.append(i);
        else
            taken.append(p.alias);
    }
    if (!anonymous || missing.isEmpty())
        return setDetails(details);
    const QStringList aliases = Aliases::generate(int(missing.size()), taken);
    m_undoStack->beginMacro(tr("Make the session anonymous"));
    Status status = setDetails(details);
    for (int i = 0; status && i < missing.size(); ++i) {
        Participant p = m_session.participants.at(missing.at(i));
        p.alias = aliases.at(i);
        status = updateParticipant(p);
    }
    m_undoStack->endMacro();
    return status;
}

Status SessionDocument::addParticipant(const Participant &participant,
                                       std::optional<QList<QUuid>> rounds)
{
    QList<RoundSeat> seats;
    for (const Round &round : m_session.rounds) {
        if (!rounds || rounds->contains(round.id))
            seats.append({round.id, int(round.participantIds.size())});
    }
    return push(
        new AddParticipantCommand(this, participant, int(m_session.participants.size()), seats));
}

Status SessionDocument::removeParticipant(const QUuid &participantId)
{
    const qsizetype index = m_session.indexOfParticipant(participantId);
    if (index < 0)
        return SessionChanges::participantGone();
    QList<RoundSeat> seats;
    for (const Round &round : m_session.rounds) {
        const qsizetype seat = round.participantIds.indexOf(participantId);
        if (seat >= 0)
            seats.append({round.id, int(seat)});
    }
    const QList<IndexedPick> picks = indexedPicks(
        m_session, [&](const Pick &pick) { return pick.participantId == participantId; });
    QList<ScanRun> scanRuns = m_session.scanRuns;
    scanRuns.removeIf([&](const ScanRun &run) { return run.participantId != participantId; });
    return push(new RemoveParticipantCommand(this, m_session.participants.at(index), int(index),
                                             seats, picks, scanRuns));
}

Status SessionDocument::updateParticipant(const Participant &participant)
{
    const qsizetype index = m_session.indexOfParticipant(participant.id);
    if (index < 0)
        return SessionChanges::participantGone();
    const Participant before = m_session.participants.at(index);
    if (before == participant)
        return success();
    return push(new EditParticipantCommand(this, before, participant));
}

Status SessionDocument::moveParticipant(const QUuid &participantId, int to)
{
    const qsizetype from = m_session.indexOfParticipant(participantId);
    if (from < 0)
        return SessionChanges::participantGone();
    if (from == to)
        return success();
    return push(new MoveParticipantCommand(this, m_session.participants.at(from), int(from), to));
}

Status SessionDocument::addRound(const Round &round)
{
    return push(new AddRoundCommand(this, round, int(m_session.rounds.size())));
}

Status SessionDocument::setScanRun(const ScanRun &run)
{
    const ScanRun *stored = m_session.scanRun(run.roundId, run.participantId);
    if (stored && *stored == run)
        return success();
    return push(new SetScanRunCommand(
        this, stored ? std::optional<ScanRun>(*stored) : std::optional<ScanRun>(), run));
}

Status SessionDocument::removeRound(const QUuid &roundId)
{
    const qsizetype index = m_session.indexOfRound(roundId);
    if (index < 0)
        return SessionChanges::roundGone();
    const QList<IndexedPick> picks =
        indexedPicks(m_session, [&](const Pick &pick) { return pick.roundId == roundId; });
    QList<ScanRun> scanRuns = m_session.scanRuns;
    scanRuns.removeIf([&](const ScanRun &run) { return run.roundId != roundId; });
    return push(
        new RemoveRoundCommand(this, m_session.rounds.at(index), int(index), picks, scanRuns));
}

Status SessionDocument::updateRound(const Round &round)
{
    const qsizetype index = m_session.indexOfRound(round.id);
    if (index < 0)
        return SessionChanges::roundGone();
    const Round before = m_session.rounds.at(index);
    if (before == round)
        return success();
    return push(new EditRoundCommand(this, before, round));
}

Status SessionDocument::addAgreement(const Agreement &agreement)
{
    return push(new AddAgreementCommand(this, agreement, int(m_session.agreements.size())));
}

Status SessionDocument::removeAgreement(const QUuid &agreementId)
{
    const qsizetype index = m_session.indexOfAgreement(agreementId);
    if (index < 0)
        return SessionChanges::agreementGone();
    return push(new RemoveAgreementCommand(this, m_session.agreements.at(index), int(index)));
}

Status SessionDocument::updateAgreement(const Agreement &agreement)
{
    const qsizetype index = m_session.indexOfAgreement(agreement.id);
    if (index < 0)
        return SessionChanges::agreementGone();
    const Agreement before = m_session.agreements.at(index);
    if (before == agreement)
        return success();
    return push(new EditAgreementCommand(this, before, agreement));
}

} // namespace DriveDeck
