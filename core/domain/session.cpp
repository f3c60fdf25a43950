#include "domain/session.h"

#include "domain/catalogue.h"
#include "domain/text.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace DriveDeck {

namespace {

// Names and titles come from files too: cleaned and cut before a message repeats them.
QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(Text::shown(text));
}

using IssueCode = ValidationIssue::Code;

// Look-ups for validating many picks: a session imported from CSV can hold 80,000 people.
class SessionIndex
{
public:
    explicit SessionIndex(const Session &session)
        : m_session(session)
    {
        m_participants.reserve(session.participants.size());
        for (qsizetype i = 0; i < session.participants.size(); ++i)
            m_participants.insert(session.participants.at(i).id, i);
        for (qsizetype i = 0; i < session.rounds.size(); ++i) {
            const Round &r = session.rounds.at(i);
            m_rounds.insert(r.id, i);
            QSet<QUuid> &members = m_members[r.id];
            members.reserve(r.participantIds.size());
            for (const QUuid &id : r.participantIds)
                members.insert(id);
        }
    }

    const Participant *participant(const QUuid &id) const
    {
        const qsizetype i = participantIndex(id);
        return i < 0 ? nullptr : &m_session.participants.at(i);
    }
    const Round *round(const QUuid &id) const
    {
        const qsizetype i = roundIndex(id);
        return i < 0 ? nullptr : &m_session.rounds.at(i);
    }
    qsizetype participantIndex(const QUuid &id) const { return m_participants.value(id, -1); }
    qsizetype roundIndex(const QUuid &id) const { return m_rounds.value(id, -1); }
    bool takesPart(const QUuid &roundId, const QUuid &participantId) const
    {
        return m_members.value(roundId).contains(participantId);
    }
    QString shownName(const QUuid &participantId) const
    {
        const Participant *p = participant(participantId);
        return p ? Text::shown(p->shownName(m_session.anonymous)) : Session::tr("Someone");
    }

private:
    const Session &m_session;
    QHash<QUuid, qsizetype> m_participants;
    QHash<QUuid, qsizetype> m_rounds;
    QHash<QUuid, QSet<QUuid>> m_members;
};

// The rules that tie one pick to the other picks of the same person in the same round.
void checkAgainstOwnPicks(const SessionIndex &index, const Round &round, const Pick &pick,
                          const QList<const Pick *> &ownPicks, ValidationIssues &issues)
{
    // Names are looked up only for a message: most picks have none.
    const auto who = [&] { return index.shownName(pick.participantId); };
    const auto roundTitle = [&] { return quoted(round.title); };
    const PickingRule &rule = round.rule;

    for (const Pick *other : ownPicks) {
        if (other->driveId == pick.driveId) {
            issues.append(
                {IssueCode::DuplicateDrive,
                 Session::tr("%1 already picked %2 in %3; each card can be picked once.")
                     .arg(who(), quoted(Session::cardName(round, pick.driveId)), roundTitle())});
            break;
        }
    }

    if (!rule.isScan()) {
        const auto sameKind = std::count_if(ownPicks.cbegin(), ownPicks.cend(), [&](const Pick *p) {
            return p->polarity == pick.polarity && p->driveId != pick.driveId;
        });
        if (sameKind >= rule.maxPicks) {
            const QString text =
                pick.isPositive()
                    ? Session::tr(
                          "%1 already has %2 cards in %3, the most this round allows. Remove one "
                          "first.")
                    : Session::tr(
                          "%1 already has %2 “not me” cards in %3, the most this round allows. "
                          "Remove one first.");
            issues.append(
                {IssueCode::TooManyPicks, text.arg(who()).arg(sameKind).arg(roundTitle())});
        }
    }

    if (pick.rank) {
        for (const Pick *other : ownPicks) {
            if (other->driveId != pick.driveId && other->rank == pick.rank) {
                issues.append(
                    {IssueCode::RepeatedRank,
                     Session::tr(
                         "%1 already gave rank %2 to %3 in %4; each rank can be given once.")
                         .arg(who())
                         .arg(*pick.rank)
                         .arg(quoted(Session::cardName(round, other->driveId)), roundTitle())});
                break;
            }
        }
    }
}

// The rules that concern the pick alone.
void checkPickItself(const SessionIndex &index, const Pick &pick, const Round *&roundOut,
                     ValidationIssues &issues)
{
    roundOut = nullptr;
    if (!Catalogue::isValidDriveId(pick.driveId)) {
        issues.append(
            {IssueCode::UnknownDrive,
             Session::tr("There is no drive %1: drives are numbered 1 to 24.").arg(pick.driveId)});
        return;
    }
    const Round *round = index.round(pick.roundId);
    if (!round) {
        issues.append({IssueCode::UnknownRound,
                       Session::tr("The pick belongs to a round that is not in this session.")});
        return;
    }
    if (!index.participant(pick.participantId)) {
        issues.append(
            {IssueCode::UnknownParticipant,
             Session::tr("The pick belongs to a participant who is not in this session.")});
        return;
    }
    const auto roundTitle = [round] { return quoted(round->title); };
    if (!index.takesPart(round->id, pick.participantId)) {
        issues.append({IssueCode::NotInRound,
                       Session::tr("%1 does not take part in %2. Add them to the round first.")
                           .arg(index.shownName(pick.participantId), roundTitle())});
        return;
    }
    const PickingRule &rule = round->rule;
    if (!pick.isPositive() && !rule.negativeAllowed()) {
        issues.append({IssueCode::NegativeNotAllowed,
                       Session::tr("%1 does not allow “not me” picks.").arg(roundTitle())});
    }
    if (pick.rank) {
        if (!rule.ranked) {
            issues.append({IssueCode::RankNotAllowed,
                           Session::tr("%1 is not a ranked round, so its picks have no rank.")
                               .arg(roundTitle())});
        } else if (!pick.isPositive()) {
            issues.append({IssueCode::RankNotAllowed,
                           Session::tr("Only cards that appeal are ranked, not “not me” cards.")});
        } else if (*pick.rank < 1 || *pick.rank > rule.maxPicks) {
            issues.append({IssueCode::RankOutOfRange,
                           Session::tr("Rank %1 is out of range: %2 ranks cards from 1 to %3.")
                               .arg(*pick.rank)
                               .arg(roundTitle())
                               .arg(rule.maxPicks)});
        }
    }
    roundOut = round;
}

} // namespace

Session Session::create(const QString &title)
{
    Session session;
    session.id = QUuid::createUuid();
    session.title = title;
    session.date = QDate::currentDate();
    return session;
}

Session Session::asTemplate(const QString &newTitle) const
{
    Session copy = *this;
    copy.id = QUuid::createUuid();
    copy.title = newTitle;
    copy.date = QDate::currentDate();
    copy.revision = 0;
    copy.picks.clear();
    copy.agreements.clear();
    copy.scanRuns.clear();
    QHash<QUuid, QUuid> renamed;
    for (Participant &p : copy.participants) {
        const QUuid fresh = QUuid::createUuid();
        renamed.insert(p.id, fresh);
        p.id = fresh;
    }
    for (Round &r : copy.rounds) {
        r.id = QUuid::createUuid();
        for (QUuid &member : r.participantIds)
            member = renamed.value(member);
    }
    return copy;
}

const Participant *Session::participant(const QUuid &participantId) const
{
    for (const Participant &p : participants) {
        if (p.id == participantId)
            return &p;
    }
    return nullptr;
}

qsizetype Session::indexOfParticipant(const QUuid &id) const
{
    for (qsizetype i = 0; i < participants.size(); ++i) {
        if (participants.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype Session::indexOfRound(const QUuid &id) const
{
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        if (rounds.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype Session::indexOfAgreement(const QUuid &id) const
{
    for (qsizetype i = 0; i < agreements.size(); ++i) {
        if (agreements.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype Session::indexOfPick(const QUuid &roundId, const QUuid &participantId, int driveId) const
{
    for (qsizetype i = 0; i < picks.size(); ++i) {
        const Pick &pick = picks.at(i);
        if (pick.driveId == driveId && pick.participantId == participantId &&
            pick.roundId == roundId)
            return i;
    }
    return -1;
}

const Round *Session::round(const QUuid &roundId) const
{
    for (const Round &r : rounds) {
        if (r.id == roundId)
            return &r;
    }
    return nullptr;
}

Round *Session::round(const QUuid &roundId)
{
    for (Round &r : rounds) {
        if (r.id == roundId)
            return &r;
    }
    return nullptr;
}

QString Session::shownName(const QUuid &participantId) const
{
    const qsizetype index = indexOfParticipant(participantId);
    if (index < 0)
        return tr("Someone");
    const Participant &p = participants.at(index);
    // Anonymous and no alias yet (a file or an import made elsewhere): a neutral number, never
    // the name.
    if (anonymous && p.alias.trimmed().isEmpty())
        return tr("Person %1").arg(index + 1);
    return p.shownName(anonymous);
}

QList<Pick> Session::picksOf(const QUuid &roundId, const QUuid &participantId) const
{
    QList<Pick> result;
    for (const Pick &pick : picks) {
        if (pick.roundId == roundId && pick.participantId == participantId)
            result.append(pick);
    }
    return result;
}

int Session::progressCount(const QUuid &roundId, const QUuid &participantId) const
{
    const Round *r = round(roundId);
    const QList<Pick> own = picksOf(roundId, participantId);
    if (r && r->rule.isScan()) {
        int seen = int(own.size());
        if (const ScanRun *run = scanRun(roundId, participantId)) {
            for (int drive : run->unanswered) {
                if (indexOfPick(roundId, participantId, drive) < 0)
                    ++seen;
            }
        }
        return seen;
    }
    return int(
        std::count_if(own.cbegin(), own.cend(), [](const Pick &p) { return p.isPositive(); }));
}

bool Session::isDone(const QUuid &roundId, const QUuid &participantId) const
{
    const Round *r = round(roundId);
    if (!r)
        return false;
    const int counted = progressCount(roundId, participantId);
    return r->rule.isScan() ? counted >= DriveCount : counted >= r->rule.minPicks;
}

QString Session::cardName(const Round &round, int driveId)
{
    return round.blind ? tr("card %1").arg(driveId) : Catalogue::drive(driveId).name();
}

QString Session::cardName(const QUuid &roundId, int driveId) const
{
    const Round *r = round(roundId);
    return r ? cardName(*r, driveId) : Catalogue::drive(driveId).name();
}

qsizetype Session::indexOfScanRun(const QUuid &roundId, const QUuid &participantId) const
{
    for (qsizetype i = 0; i < scanRuns.size(); ++i) {
        if (scanRuns.at(i).matches(roundId, participantId))
            return i;
    }
    return -1;
}

const ScanRun *Session::scanRun(const QUuid &roundId, const QUuid &participantId) const
{
    const qsizetype index = indexOfScanRun(roundId, participantId);
    return index < 0 ? nullptr : &scanRuns.at(index);
}

int Session::respondentCount(const QUuid &roundId) const
{
    QSet<QUuid> respondents;
    for (const Pick &pick : picks) {
        if (pick.roundId == roundId && pick.isPositive())
            respondents.insert(pick.participantId);
    }
    return int(respondents.size());
}

ValidationIssues Session::checkPick(const Pick &pick) const
{
    ValidationIssues issues;
    const SessionIndex index(*this);
    const Round *pickRound = nullptr;
    checkPickItself(index, pick, pickRound, issues);
    if (pickRound) {
        QList<const Pick *> own;
        for (const Pick &other : picks) {
            if (other.roundId == pick.roundId && other.participantId == pick.participantId)
                own.append(&other);
        }
        checkAgainstOwnPicks(index, *pickRound, pick, own, issues);
    }
    return issues;
}

Status Session::addPick(const Pick &pick)
{
    const ValidationIssues issues = checkPick(pick);
    if (!issues.isEmpty())
        return Error(Error::Kind::InvalidInput, issues.first().message);
    picks.append(pick);
    return success();
}

bool Session::removePick(const QUuid &roundId, const QUuid &participantId, int driveId)
{
    for (qsizetype i = 0; i < picks.size(); ++i) {
        const Pick &pick = picks.at(i);
        if (pick.roundId == roundId && pick.participantId == participantId &&
            pick.driveId == driveId) {
            picks.removeAt(i);
            return true;
        }
    }
    return false;
}

ValidationIssues Session::validate() const
{
    ValidationIssues issues;
    const SessionIndex index(*this);

    // Each check's look-ups live in a block of their own: a session of 800,000 people holds
    // each set once, never all at the same time.
    {
        QSet<QString> names;
        for (const Participant &p : participants) {
            const QString name = p.displayName.trimmed();
            if (name.isEmpty()) {
                issues.append({IssueCode::MissingName, tr("A participant has no name.")});
                continue;
            }
            if (names.contains(name.toCaseFolded())) {
                issues.append({IssueCode::DuplicateName,
                               tr("Two participants are called %1; give them different names.")
                                   .arg(quoted(name))});
            }
            names.insert(name.toCaseFolded());
        }
    }

    // What only the database would otherwise catch (as "UNIQUE constraint failed"): ids used
    // twice, and round members who are not participants or are listed twice.
    {
        QSet<QUuid> ids;
        for (const Participant &p : participants) {
            if (ids.contains(p.id))
                issues.append({IssueCode::DuplicateId,
                               tr("Two participants share one id (%1 is one of them).")
                                   .arg(quoted(p.displayName.trimmed()))});
            ids.insert(p.id);
        }
        QSet<QUuid> roundIds;
        for (const Round &r : rounds) {
            if (roundIds.contains(r.id))
                issues.append(
                    {IssueCode::DuplicateId,
                     tr("Two rounds share one id (%1 is one of them).").arg(quoted(r.title))});
            roundIds.insert(r.id);
            QSet<QUuid> members;
            for (const QUuid &member : r.participantIds) {
                if (!ids.contains(member)) {
                    issues.append({IssueCode::UnknownParticipant,
                                   tr("%1 lists someone who is not a participant of the session.")
                                       .arg(quoted(r.title))});
                } else if (members.contains(member)) {
                    issues.append(
                        {IssueCode::DuplicateName,
                         tr("%1 lists %2 twice.").arg(quoted(r.title), index.shownName(member))});
                }
                members.insert(member);
            }
        }
    }
    QSet<QUuid> agreementIds;
    for (const Agreement &agreement : agreements) {
        if (agreementIds.contains(agreement.id))
            issues.append({IssueCode::DuplicateId, tr("Two agreements share one id.")});
        agreementIds.insert(agreement.id);
    }

    for (const Round &r : rounds) {
        if (r.title.trimmed().isEmpty())
            issues.append({IssueCode::MissingName, tr("A round has no title.")});
        const QString roundProblem = r.problem();
        if (!roundProblem.isEmpty())
            issues.append({IssueCode::InvalidRule,
                           QStringLiteral("%1: %2").arg(quoted(r.title), roundProblem)});
    }

    for (const Agreement &agreement : agreements) {
        if (agreement.text.trimmed().isEmpty())
            issues.append({IssueCode::EmptyAgreement, tr("An agreement has no text.")});
    }

    QSet<QPair<QUuid, QUuid>> scanned;
    for (const ScanRun &run : scanRuns) {
        const Round *runRound = index.round(run.roundId);
        if (!runRound) {
            issues.append({IssueCode::UnknownRound, tr("A scan belongs to a round that is not in "
                                                       "the session.")});
            continue;
        }
        if (!index.participant(run.participantId)) {
            issues.append({IssueCode::UnknownParticipant,
                           tr("A scan in %1 belongs to someone who is not in the session.")
                               .arg(quoted(runRound->title))});
            continue;
        }
        if (scanned.contains(qMakePair(run.roundId, run.participantId))) {
            issues.append({IssueCode::DuplicateDrive,
                           tr("%1 has two scans in %2.")
                               .arg(index.shownName(run.participantId), quoted(runRound->title))});
        }
        scanned.insert(qMakePair(run.roundId, run.participantId));
        QSet<int> seen;
        for (int drive : run.unanswered) {
            if (!Catalogue::isValidDriveId(drive) || seen.contains(drive)) {
                issues.append({IssueCode::UnknownDrive,
                               tr("The scan of %1 in %2 lists card %3 as unanswered more than "
                                  "once or does not know it.")
                                   .arg(index.shownName(run.participantId), quoted(runRound->title))
                                   .arg(drive)});
                break;
            }
            seen.insert(drive);
        }
    }

    // Each pick is checked against the picks of the same person in the same round that came
    // before it, so the messages read as if the picks were made one by one. The picks are grouped
    // by a stable sort of their indexes (16 bytes a pick, where lists per person took ten times
    // that), and the issues found put back in the order of the picks they concern.
    struct Found
    {
        qsizetype pick;
        int pass; // the pick's own checks come first
        ValidationIssue issue;
    };
    QList<Found> found;
    constexpr quint64 Skipped = ~quint64(0);
    QList<quint64> groupOf(picks.size(), Skipped); // round index << 32 | participant index
    for (qsizetype i = 0; i < picks.size(); ++i) {
        const Pick &pick = picks.at(i);
        const Round *pickRound = nullptr;
        ValidationIssues own;
        checkPickItself(index, pick, pickRound, own);
        for (ValidationIssue &issue : own)
            found.append({i, 0, std::move(issue)});
        if (pickRound)
            groupOf[i] = (quint64(index.roundIndex(pick.roundId)) << 32) |
                         quint64(index.participantIndex(pick.participantId));
    }
    QList<qsizetype> order(picks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&groupOf](qsizetype a, qsizetype b) { return groupOf[a] < groupOf[b]; });
    struct TooFew
    {
        qsizetype round;
        QUuid participantId;
        qsizetype positive;
    };
    QList<TooFew> tooFew;
    QList<const Pick *> earlier;
    for (qsizetype start = 0; start < order.size();) {
        const quint64 group = groupOf[order[start]];
        qsizetype end = start;
        while (end < order.size() && groupOf[order[end]] == group)
            ++end;
        if (group != Skipped) {
            const qsizetype roundIndex = qsizetype(group >> 32);
            const Round &round = rounds.at(roundIndex);
            earlier.clear();
            qsizetype positive = 0;
            for (qsizetype k = start; k < end; ++k) {
                const Pick &pick = picks.at(order[k]);
                ValidationIssues own;
                checkAgainstOwnPicks(index, round, pick, earlier, own);
                for (ValidationIssue &issue : own)
                    found.append({order[k], 1, std::move(issue)});
                earlier.append(&pick);
                positive += pick.isPositive() ? 1 : 0;
            }
            // No pick at all means "did not take part", which is allowed.
            if (!round.rule.isScan() && positive > 0 && positive < round.rule.minPicks)
                tooFew.append({roundIndex, picks.at(order[start]).participantId, positive});
        }
        start = end;
    }
    order = {};
    groupOf = {};
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return std::tie(a.pick, a.pass) < std::tie(b.pick, b.pass);
    });
    for (Found &f : found)
        issues.append(std::move(f.issue));

    // Who picked too few, round by round in the order the round lists its people.
    std::stable_sort(tooFew.begin(), tooFew.end(), [this](const TooFew &a, const TooFew &b) {
        if (a.round != b.round)
            return a.round < b.round;
        const QList<QUuid> &members = rounds.at(a.round).participantIds;
        return members.indexOf(a.participantId) < members.indexOf(b.participantId);
    });
    for (const TooFew &t : tooFew) {
        const Round &r = rounds.at(t.round);
        issues.append(
            {IssueCode::TooFewPicks, tr("%1 picked %2 cards in %3, fewer than the %4 it asks for.")
                                         .arg(index.shownName(t.participantId))
                                         .arg(t.positive)
                                         .arg(quoted(r.title))
                                         .arg(r.rule.minPicks)});
    }
    return issues;
}

ValidationIssues Session::blockingIssues() const
{
    ValidationIssues issues = validate();
    issues.removeIf(
        [](const ValidationIssue &issue) { return issue.code == IssueCode::TooFewPicks; });
    return issues;
}

} // namespace DriveDeck
