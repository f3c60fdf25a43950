#pragma once

#include "domain/result.h"
#include "domain/scanrun.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace DriveDeck {

class SessionDocument;

// One person's turn at a yes/no scan, without widgets: the order of their cards (shuffled by a
// seed stored in the session the moment the scan starts), which card is next, and what an
// answer or a timeout records. The card shown next is always the first in the order that has
// neither an answer nor a timeout, so an undo, another screen or a restart simply picks up
// where the scan really is.
class ScanTurn
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::ScanTurn)

public:
    // Timeouts in a row after which the scan pauses and asks whether to go on: the person may
    // have walked away, or the time per card is too short for them.
    static constexpr int PauseAfterTimeouts = 3;

    ScanTurn(SessionDocument *document, const QUuid &roundId, const QUuid &participantId);

    // Stores a scan record with a fresh seed (or seed, for tests and benchmarks) unless the
    // person has one; the order follows the stored seed either way.
    Status start(std::optional<quint32> seed = std::nullopt);

    const QUuid &roundId() const { return m_roundId; }
    const QUuid &participantId() const { return m_participantId; }
    quint32 seed() const { return m_seed; }
    const QList<int> &order() const { return m_order; }
    // The card to show now, or 0 when every card has been seen.
    int currentDrive() const;
    // Cards seen (answered or timed out), and whether that is all of them.
    int seenCount() const;
    bool isFinished() const { return currentDrive() == 0; }
    int answeredYes() const;

    // The answer to the current card: "yes" is a pick, "no" a "not me" pick, each with the
    // time from the card appearing to the answer.
    Status answer(bool yes, std::optional<int> reactionTimeMs);
    // The current card's time ran out: recorded as no answer.
    Status timeOut();
    int timeoutsInARow() const { return m_timeoutsInARow; }
    bool shouldPause() const { return m_timeoutsInARow >= PauseAfterTimeouts; }
    // The person is back: count timeouts afresh.
    void resume() { m_timeoutsInARow = 0; }

private:
    bool isSeen(int driveId) const;

    SessionDocument *m_document;
    QUuid m_roundId;
    QUuid m_participantId;
    quint32 m_seed = 0;
    QList<int> m_order;
    int m_timeoutsInARow = 0;
};

} // namespace DriveDeck
