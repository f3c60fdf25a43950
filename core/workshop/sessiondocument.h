#pragma once

#include "domain/result.h"
#include "domain/session.h"
#include "store/databaseconfig.h"
#include "workshop/sessionchange.h"

#include <QList>
#include <QObject>

#include <deque>

class QUndoStack;

namespace DriveDeck {

class SessionWriter;

// The one writer of an open session in the process: every screen edits through it, and every
// view reads from it. An edit is an undo command (workshop/commands/) that applies a
// SessionChange here: the session shown changes at once and the fine-grained signals below
// tell the models which cells changed, while the write queue carries the change to the
// database on a thread of its own. The save state tells the facilitator where the writes are.
class SessionDocument : public QObject
{
    Q_OBJECT

public:
    enum class SaveState
    {
        Opening,   // loading the session
        Saved,     // everything shown is in the database
        Saving,    // changes on their way
        Retrying,  // the database cannot be reached; changes are kept and tried again
        Conflict,  // someone else changed the session first; reload to go on
        OpenFailed // the session could not be loaded
    };
    Q_ENUM(SaveState)

    // Opens the session with this id from the database; opened() or openFailed() follows.
    SessionDocument(const DatabaseConfig &config, const QUuid &sessionId,
                    const QString &author = {}, QObject *parent = nullptr);
    ~SessionDocument() override;

    const QUuid &id() const { return m_id; }
    const Session &session() const { return m_session; }
    bool isOpen() const { return m_open; }
    QUndoStack *undoStack() const { return m_undoStack; }

    SaveState saveState() const { return m_state; }
    // Changes shown but not yet confirmed by the database.
    int unsavedChanges() const { return int(m_pending.size()); }
    // Why the state is Retrying, Conflict or OpenFailed, or what the last refused write was.
    const Error &lastError() const { return m_lastError; }

    // Edits, each an undoable command; an edit that breaks a rule changes nothing and says why.
    Status addPick(const Pick &pick);
    // What a click on the card wall means: picks the card (ranked rounds: next rank), takes it
    // back when it is picked already (later ranks move up), or turns a pick into "not me" and
    // back. One undo step either way.
    Status togglePick(const QUuid &roundId, const QUuid &participantId, int driveId,
                      Polarity polarity = Polarity::Positive);
    Status removePick(const PickKey &key);
    // Consecutive note edits of one pick are one undo step.
    Status setPickNote(const PickKey &key, const QString &note);
    Status setPickRank(const PickKey &key, std::optional<int> rank);
    // All of one person's picks in a round at once (the entry grid, a paste): checked as a whole
    // first, then one undo step; picks that stay keep their stories.
    Status setPicksOf(const QUuid &roundId, const QUuid &participantId, const QList<Pick> &wanted);
    // In a ranked round: moves a pick to rank toRank (1 is first), the person's other picks
    // closing up around it. One undo step.
    Status movePickRank(const PickKey &key, int toRank);
    Status setDetails(const SessionDetails &details);
    // The anonymity switch: on, people without an alias get one (a colour and an animal), in
    // the same undo step.
    Status setAnonymous(bool anonymous);
    // A new participant joins every round unless rounds says otherwise.
    Status addParticipant(const Participant &participant,
                          std::optional<QList<QUuid>> rounds = std::nullopt);
    Status removeParticipant(const QUuid &participantId);
    Status updateParticipant(const Participant &participant);
    // To place `to` (0-based) in the list of people.
    Status moveParticipant(const QUuid &participantId, int to);
    Status addRound(const Round &round);
    Status removeRound(const QUuid &roundId);
    Status updateRound(const Round &round);
    // What the team agreed: added last, removed, or changed (text, owner, due date).
    Status addAgreement(const Agreement &agreement);
    Status removeAgreement(const QUuid &agreementId);
    Status updateAgreement(const Agreement &agreement);
    // A person's scan record in a scan round: started with its seed, a card timed out.
    Status setScanRun(const ScanRun &run);

    // After Retrying: try now instead of after the pause.
    void retryNow();
    // After a Conflict (or to see others' changes): drops the unsaved changes and the undo
    // history and loads the session as the database has it.
    void reload();

    // For the undo commands: applies change to the session shown and queues it for the
    // database. commandId names the command, so that a refused write can mark it obsolete.
    Status apply(const SessionChange &change, quint64 commandId);
    static quint64 nextCommandId();

Q_SIGNALS:
    void opened();
    void openFailed(const DriveDeck::Error &error);

    void detailsChanged();
    void participantInserted(int index);
    void participantRemoved(int index, const QUuid &participantId);
    void participantChanged(int index);
    void participantMoved(int from, int to);
    void roundInserted(int index);
    void roundRemoved(int index, const QUuid &roundId);
    void roundChanged(int index);
    void agreementInserted(int index);
    void agreementRemoved(int index, const QUuid &agreementId);
    void agreementChanged(int index);
    void pickAdded(const DriveDeck::Pick &pick);
    void pickRemoved(const DriveDeck::Pick &pick);
    void pickChanged(const DriveDeck::Pick &pick);
    void scanRunChanged(const QUuid &roundId, const QUuid &participantId);
    // The whole session was replaced (reload, or a refused write taken back): read it anew.
    void sessionReset();

    void saveStateChanged(DriveDeck::SessionDocument::SaveState state);
    void unsavedChangesChanged(int count);
    // A write failed for good (refused, or a conflict): say so to the facilitator.
    void writeFailed(const DriveDeck::Error &error);

private:
    struct PendingChange
    {
        quint64 seq = 0;
        quint64 commandId = 0;
        SessionChange change;
    };

    // What a removal takes away, gathered before it is applied.
    struct Removed
    {
        QList<Pick> picks;
        int index = -1;
        QList<int> rounds; // rounds a removed participant sat in
    };

    Status push(class DocumentCommand *command);
    Removed whatRemoves(const SessionChange &change) const;
    Status applyChange(const SessionChange &change, quint64 commandId);
    void emitChange(const SessionChange &change, const Removed &removed);
    void setState(SaveState state);
    void updateState();
    void onOpened(const Session &session);
    void onWritten(quint64 seq, qint64 revision);
    void onRejected(const QList<quint64> &seqs, const Error &error, const Session &stored);
    void onConflicted(const Error &error);
    void onReloaded(const Session &session);
    void markObsolete(quint64 commandId);
    const Pick *findPick(const PickKey &key) const;

    QUuid m_id;
    Session m_session;
    bool m_open = false;
    QUndoStack *m_undoStack = nullptr;
    SessionWriter *m_writer = nullptr;
    std::deque<PendingChange> m_pending;
    quint64 m_nextSeq = 1;
    SaveState m_state = SaveState::Opening;
    Error m_lastError;
    bool m_stalled = false;
    Status m_lastPush = success();
    int m_reportedUnsaved = 0;
    bool m_reloading = false;
};

} // namespace DriveDeck
