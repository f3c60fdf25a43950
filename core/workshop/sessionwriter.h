#pragma once

#include "domain/result.h"
#include "domain/session.h"
#include "store/databaseconfig.h"
#include "workshop/sessionchange.h"

#include <QList>
#include <QObject>
#include <QUuid>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

class QThread;

namespace DriveDeck {

class SessionStore;

// The ordered write queue of one open session: a thread of its own with its own database
// connection, so the window never waits for the database. Changes are written one by one in the
// order they were made. When the database cannot be reached the change stays at the head of
// the queue and is tried again (with growing pauses, or at once on retryNow()); after
// reconnecting, the stored session tells whether the change in flight had landed, so nothing is
// lost or written twice. A change the database refuses is dropped and reported with the stored
// session as it is; a change someone else made first stops the queue until reload().
//
// Signals are emitted from the writer's thread; connect with the default (queued) connection.
class SessionWriter : public QObject
{
    Q_OBJECT

public:
    SessionWriter(const DatabaseConfig &config, const QUuid &sessionId, const QString &author,
                  QObject *parent = nullptr);
    // Finishes the write in flight, then stops; changes not yet written stay unwritten.
    ~SessionWriter() override;

    // Opens the database and loads the session: opened() or openFailed().
    void start();
    // seq numbers increase; written() and rejected() name them.
    void enqueue(quint64 seq, const SessionChange &change);
    // Ends a pause between attempts now.
    void retryNow();
    // Drops every change not yet written and loads the session anew: reloaded().
    void reload();
    // Changes not yet written (the one in flight included).
    int pendingCount() const;

Q_SIGNALS:
    void opened(const DriveDeck::Session &session);
    void openFailed(const DriveDeck::Error &error);
    // The changes up to and including seq are in the database; the session is at revision.
    void written(quint64 seq, qint64 revision);
    // The database refused these changes (one, or several merged note edits); stored is the
    // session as the database has it now.
    void rejected(const QList<quint64> &seqs, const DriveDeck::Error &error,
                  const DriveDeck::Session &stored);
    // The database cannot be reached; trying again in retryInMs.
    void stalled(const DriveDeck::Error &error, int retryInMs);
    // Reached again after stalled().
    void resumed();
    // Someone else changed the session first; the queue waits for reload().
    void conflicted(const DriveDeck::Error &error);
    void reloaded(const DriveDeck::Session &session);

private:
    struct Pending
    {
        QList<quint64> seqs;
        SessionChange change;
    };
    enum class Outcome
    {
        Written,
        Transient,
        Refused,
        Conflict,
    };

    void run();
    void writeUntilStopped();
    bool connect(std::unique_lock<std::mutex> &lock);
    bool loadStored(Error *error);
    Outcome write(const SessionChange &change, Error *error);
    // After a reconnect: did the change in flight land before the connection broke?
    Outcome reconcile(const SessionChange &change, Error *error);
    bool pause(std::unique_lock<std::mutex> &lock, const Error &error);

    const DatabaseConfig m_config;
    const QUuid m_sessionId;
    const QString m_author;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_queue; // the head is in flight while m_writing
    bool m_writing = false;
    bool m_stopping = false;
    bool m_retryNow = false;
    bool m_reloadRequested = false;
    bool m_conflicted = false;

    // Only the writer's thread touches these.
    std::unique_ptr<SessionStore> m_store;
    Session m_stored;
    int m_attempt = 0;

    QThread *m_thread = nullptr;
};

} // namespace DriveDeck
