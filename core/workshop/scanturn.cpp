#include "workshop/scanturn.h"

#include "workshop/sessiondocument.h"

#include <QRandomGenerator>

namespace DriveDeck {

ScanTurn::ScanTurn(SessionDocument *document, const QUuid &roundId, const QUuid &participantId)
    : m_document(document)
    , m_roundId(roundId)
    , m_participantId(participantId)
{}

Status ScanTurn::start(std::optional<quint32> seed)
{
    const Session &session = m_document->session();
    const Round *round = session.round(m_roundId);
    if (!round)
        return Error(Error::Kind::NotFound, tr("That round is no longer in the session."));
    if (!round->rule.isScan())
        return Error(Error::Kind::InvalidInput, tr("“%1” is not a yes/no scan.").arg(round->title));
    if (const ScanRun *run = session.scanRun(m_roundId, m_participantId)) {
        m_seed = run->seed;
    } else {
        ScanRun fresh{
            m_roundId, m_participantId, seed.value_or(QRandomGenerator::global()->generate()), {}};
        if (const Status stored = m_document->setScanRun(fresh); !stored)
            return stored;
        m_seed = fresh.seed;
    }
    m_order = ScanRun::orderFor(m_seed);
    m_timeoutsInARow = 0;
    return success();
}

bool ScanTurn::isSeen(int driveId) const
{
    const Session &session = m_document->session();
    if (session.indexOfPick(m_roundId, m_participantId, driveId) >= 0)
        return true;
    const ScanRun *run = session.scanRun(m_roundId, m_participantId);
    return run && run->unanswered.contains(driveId);
}

int ScanTurn::currentDrive() const
{
    for (int drive : m_order) {
        if (!isSeen(drive))
            return drive;
    }
    return 0;
}

int ScanTurn::seenCount() const
{
    return int(std::count_if(m_order.cbegin(), m_order.cend(),
                             [this](int drive) { return isSeen(drive); }));
}

int ScanTurn::answeredYes() const
{
    const QList<Pick> own = m_document->session().picksOf(m_roundId, m_participantId);
    return int(
        std::count_if(own.cbegin(), own.cend(), [](const Pick &p) { return p.isPositive(); }));
}

Status ScanTurn::answer(bool yes, std::optional<int> reactionTimeMs)
{
    const int drive = currentDrive();
    if (drive == 0)
        return Error(Error::Kind::InvalidInput, tr("Every card has been answered already."));
    Pick pick;
    pick.roundId = m_roundId;
    pick.participantId = m_participantId;
    pick.driveId = drive;
    pick.polarity = yes ? Polarity::Positive : Polarity::Negative;
    pick.madeAt = QDateTime::currentDateTimeUtc();
    pick.reactionTimeMs = reactionTimeMs;
    const Status added = m_document->addPick(pick);
    if (added)
        m_timeoutsInARow = 0;
    return added;
}

Status ScanTurn::timeOut()
{
    const int drive = currentDrive();
    if (drive == 0)
        return Error(Error::Kind::InvalidInput, tr("Every card has been answered already."));
    const ScanRun *stored = m_document->session().scanRun(m_roundId, m_participantId);
    ScanRun run = stored ? *stored : ScanRun{m_roundId, m_participantId, m_seed, {}};
    run.unanswered.append(drive);
    const Status recorded = m_document->setScanRun(run);
    if (recorded)
        ++m_timeoutsInARow;
    return recorded;
}

} // namespace DriveDeck
