#include "workshop/sessionwriter.h"

#include "store/sessionstore.h"

#include <QLoggingCategory>
#include <QThread>

#include <algorithm>
#include <chrono>

namespace DriveDeck {

// Details for --verbose; a failure itself is said once, in the message the user sees.
Q_LOGGING_CATEGORY(lcWriter, "drivedeck.workshop.writer", QtInfoMsg)

namespace {

// The pause before attempt n after a failure: quick at first (a dropped Wi-Fi comes back in a
// second), then every few seconds.
int retryDelayMs(int attempt)
{
    return std::min(250 << std::min(attempt, 5), 5000);
}

// The same people, rounds and picks, whatever the revision.
bool sameContent(Session a, Session b)
{
    a.revision = 0;
    b.revision = 0;
    return a == b;
}

} // namespace

SessionWriter::SessionWriter(const DatabaseConfig &config, const QUuid &sessionId,
                             const QString &author, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_sessionId(sessionId)
    , m_author(author)
{}

SessionWriter::~SessionWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SessionWriter::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("SessionWriter"));
    m_thread->start();
}

void SessionWriter::enqueue(quint64 seq, const SessionChange &change)
{
    {
        const std::lock_guard lock(m_mutex);
        // A note typed in several goes is written once: merged into the last change not yet in
        // flight when that one edits the same pick.
        // Only note edits: a rank change keeps its own write, so that a refusal of one never
        // takes back the other.
        const auto *note = std::get_if<Change::UpdatePick>(&change);
        const bool lastInFlight = m_writing && m_queue.size() == 1;
        if (note && !m_queue.empty() && !lastInFlight) {
            Pending &last = m_queue.back();
            const auto *lastNote = std::get_if<Change::UpdatePick>(&last.change);
            if (lastNote && PickKey::of(lastNote->pick) == PickKey::of(note->pick) &&
                lastNote->pick.rank == note->pick.rank) {
                last.change = change;
                last.seqs.append(seq);
                return;
            }
        }
        m_queue.push_back({{seq}, change});
    }
    m_wake.notify_all();
}

void SessionWriter::retryNow()
{
    {
        const std::lock_guard lock(m_mutex);
        m_retryNow = true;
    }
    m_wake.notify_all();
}

void SessionWriter::reload()
{
    {
        const std::lock_guard lock(m_mutex);
        m_reloadRequested = true;
    }
    m_wake.notify_all();
}

int SessionWriter::pendingCount() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_queue.size());
}

bool SessionWriter::pause(std::unique_lock<std::mutex> &lock, const Error &error)
{
    const int delay = retryDelayMs(m_attempt++);
    lock.unlock();
    Q_EMIT stalled(error, delay);
    lock.lock();
    m_wake.wait_for(lock, std::chrono::milliseconds(delay),
                    [this] { return m_stopping || m_retryNow || m_reloadRequested; });
    m_retryNow = false;
    return !m_stopping;
}

void SessionWriter::run()
{
    writeUntilStopped();
    // The connection belongs to this thread: it closes here, not where the writer is deleted.
    m_store.reset();
}

bool SessionWriter::connect(std::unique_lock<std::mutex> &lock)
{
    for (;;) {
        lock.unlock();
        m_store.reset();
        Result<std::unique_ptr<SessionStore>> opened = SessionStore::open(m_config);
        Error error;
        bool loaded = false;
        if (opened) {
            m_store = std::move(opened).value();
            if (!m_author.isEmpty())
                m_store->setAuthor(m_author);
            loaded = loadStored(&error);
        } else {
            error = opened.error();
        }
        lock.lock();
        if (loaded) {
            m_attempt = 0;
            return true;
        }
        if (!error.isTransient()) {
            lock.unlock();
            Q_EMIT openFailed(error);
            lock.lock();
            // Nothing to do but wait: a reload() tries again.
            m_wake.wait(lock, [this] { return m_stopping || m_reloadRequested; });
            m_reloadRequested = false;
            if (m_stopping)
                return false;
            continue;
        }
        if (!pause(lock, error))
            return false;
        m_reloadRequested = false;
    }
}

bool SessionWriter::loadStored(Error *error)
{
    Result<Session> session = m_store->load(m_sessionId);
    if (!session) {
        *error = session.error();
        return false;
    }
    m_stored = std::move(session).value();
    return true;
}

SessionWriter::Outcome SessionWriter::write(const SessionChange &change, Error *error)
{
    if (!m_store) {
        *error = Error(Error::Kind::Unreachable, tr("The database is not connected."));
        return Outcome::Transient;
    }
    Status status = success();
    if (const auto *add = std::get_if<Change::AddPick>(&change)) {
        status = m_store->addPick(m_stored, add->pick, add->index);
    } else if (const auto *remove = std::get_if<Change::RemovePick>(&change)) {
        status = m_store->removePick(m_stored, remove->key.roundId, remove->key.participantId,
                                     remove->key.driveId);
    } else if (const auto *update = std::get_if<Change::UpdatePick>(&change)) {
        status = m_store->updatePick(m_stored, update->pick);
    } else {
        // Set-up edits: the whole session, checked against its revision.
        Session changed = m_stored;
        status = SessionChanges::apply(changed, change);
        if (status) {
            status = m_store->save(changed);
            if (status)
                m_stored = std::move(changed);
        }
    }
    if (status)
        return Outcome::Written;
    *error = status.error();
    if (error->isTransient())
        return Outcome::Transient;
    if (error->kind() == Error::Kind::Conflict)
        return Outcome::Conflict;
    return Outcome::Refused;
}

SessionWriter::Outcome SessionWriter::reconcile(const SessionChange &change, Error *error)
{
    const Session before = m_stored;
    if (!loadStored(error))
        return error->isTransient() ? Outcome::Transient : Outcome::Conflict;
    const qint64 nowRevision = m_stored.revision;
    if (nowRevision == before.revision && sameContent(m_stored, before))
        return write(change, error); // it never arrived: write it now
    Session expected = before;
    if (nowRevision == before.revision + 1 && SessionChanges::apply(expected, change) &&
        sameContent(m_stored, expected)) {
        qCInfo(lcWriter) << "a change whose answer was lost had been written";
        return Outcome::Written;
    }
    m_stored = before;
    *error = Error(Error::Kind::Conflict,
                   tr("“%1” was changed by someone else while the database could not be reached "
                      "(now version %2, yours %3). Reload the session to see their change.")
                       .arg(before.title)
                       .arg(nowRevision)
                       .arg(before.revision));
    return Outcome::Conflict;
}

void SessionWriter::writeUntilStopped()
{
    std::unique_lock lock(m_mutex);
    if (!connect(lock))
        return;
    {
        const Session stored = m_stored;
        lock.unlock();
        Q_EMIT opened(stored);
        lock.lock();
    }
    for (;;) {
        m_wake.wait(lock, [this] {
            return m_stopping || m_reloadRequested || (!m_queue.empty() && !m_conflicted);
        });
        if (m_stopping)
            return;
        if (m_reloadRequested) {
            m_reloadRequested = false;
            m_conflicted = false;
            m_queue.clear();
            lock.unlock();
            Error error;
            const bool loaded = m_store && loadStored(&error);
            lock.lock();
            if (!loaded && !connect(lock))
                return;
            const Session stored = m_stored;
            lock.unlock();
            Q_EMIT reloaded(stored);
            lock.lock();
            continue;
        }

        const SessionChange change = m_queue.front().change;
        m_writing = true;
        lock.unlock();
        Error error;
        Outcome outcome = write(change, &error);
        lock.lock();
        bool stalledOnce = false;
        while (outcome == Outcome::Transient) {
            stalledOnce = true;
            if (!pause(lock, error) || m_reloadRequested)
                break;
            lock.unlock();
            m_store.reset();
            Result<std::unique_ptr<SessionStore>> opened = SessionStore::open(m_config);
            if (opened) {
                m_store = std::move(opened).value();
                if (!m_author.isEmpty())
                    m_store->setAuthor(m_author);
                outcome = reconcile(change, &error);
            } else {
                // Whatever keeps the database closed now (a password changed meanwhile, a
                // folder gone), the change stays at the head and is tried again: it may have
                // landed already, and dropping it would take it off the screen.
                error = opened.error();
                outcome = Outcome::Transient;
            }
            lock.lock();
        }
        m_writing = false;
        if (m_stopping)
            return;
        if (outcome == Outcome::Transient)
            continue; // a reload was asked for while waiting
        if (stalledOnce) {
            m_attempt = 0;
            lock.unlock();
            Q_EMIT resumed();
            lock.lock();
        }
        if (outcome == Outcome::Conflict) {
            m_conflicted = true;
            lock.unlock();
            Q_EMIT conflicted(error);
            lock.lock();
            continue;
        }
        const Pending done = m_queue.front();
        m_queue.pop_front();
        const Session stored = outcome == Outcome::Refused ? m_stored : Session();
        const qint64 revision = m_stored.revision;
        lock.unlock();
        if (outcome == Outcome::Written)
            Q_EMIT written(done.seqs.last(), revision);
        else
            Q_EMIT rejected(done.seqs, error, stored);
        lock.lock();
    }
}

} // namespace DriveDeck
