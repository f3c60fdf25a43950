#include "workshop/sessionlibrary.h"

#include "store/sessionstore.h"
#include "workshop/librarycache.h"
#include "workshop/sessionlistmodel.h"
#include "workshop/taskprogress.h"

#include <QThread>

#include <utility>

namespace DriveDeck {

// Lives on the database thread and owns the connection there (Qt SQL connections belong to the
// thread that made them).
class SessionLibrary::Worker : public QObject
{
public:
    std::unique_ptr<SessionStore> store;

    Error notOpen() const
    {
        return Error(Error::Kind::Unreachable, SessionLibrary::tr("No database is open."));
    }
};

SessionLibrary::SessionLibrary(QObject *parent)
    : QObject(parent)
    , m_model(new SessionListModel(this))
    , m_thread(new QThread(this))
    , m_worker(new Worker)
{
    m_thread->setObjectName(QStringLiteral("SessionLibrary"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SessionLibrary::~SessionLibrary()
{
    // The job in flight finishes; the connection closes on its own thread.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->store.reset(); });
    m_thread->quit();
    m_thread->wait();
}

template<typename Job, typename Done>
void SessionLibrary::run(Job job, Done done)
{
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, job, done] {
        auto result = job(*worker);
        // Back on the library's thread; dropped if the library is gone by then.
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

void SessionLibrary::setAuthor(const QString &author)
{
    m_author = author;
    if (author.isEmpty())
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, author] {
        if (worker->store)
            worker->store->setAuthor(author);
    });
}

void SessionLibrary::open(const DatabaseConfig &config, std::function<void(const Status &)> done)
{
    // At start, the sessions as they were last time, read on the worker while the window is
    // being built and there before the database has answered; the database's own list follows.
    if (!m_open) {
        run([config](Worker &) { return LibraryCache::read(config); },
            [this](const QList<SessionSummary> &kept) {
                if (!m_listed)
                    m_model->setSessions(kept);
            });
    }
    const QString author = m_author;
    run(
        [config, author](Worker &worker) -> Status {
            Result<std::unique_ptr<SessionStore>> opened = SessionStore::open(config);
            if (!opened)
                return opened.error();
            worker.store = std::move(opened).value();
            if (!author.isEmpty())
                worker.store->setAuthor(author);
            return success();
        },
        [this, config, done](const Status &status) {
            if (status) {
                m_config = config;
                m_open = true;
                m_listed = false;
                Q_EMIT opened();
                if (m_listingHeld)
                    m_listingOwed = true;
                else
                    refresh();
            } else if (!m_open) {
                m_model->setSessions({}); // not the sessions of a database that did not open
            }
            if (done)
                done(status);
        });
}

void SessionLibrary::refresh(std::function<void(const Status &)> done)
{
    run(
        [config = m_config](Worker &worker) -> Result<QList<SessionSummary>> {
            if (!worker.store)
                return worker.notOpen();
            Result<QList<SessionSummary>> sessions = worker.store->list();
            // For the next start; a cache that cannot be written is no reason to complain.
            if (sessions)
                LibraryCache::write(config, *sessions);
            return sessions;
        },
        [this, done](const Result<QList<SessionSummary>> &sessions) {
            if (sessions) {
                m_model->setSessions(*sessions);
                m_listed = true;
                Q_EMIT listed();
            } else
                Q_EMIT problem(sessions.error());
            if (done)
                done(sessions ? success() : Status(sessions.error()));
        });
}

void SessionLibrary::holdListing()
{
    m_listingHeld = true;
}

void SessionLibrary::releaseListing()
{
    m_listingHeld = false;
    if (std::exchange(m_listingOwed, false) && m_open)
        refresh();
}

void SessionLibrary::remove(const QUuid &id, std::function<void(const Status &)> done)
{
    run(
        [id](Worker &worker) -> Status {
            if (!worker.store)
                return worker.notOpen();
            return worker.store->remove(id);
        },
        [this, done](const Status &status) {
            refresh();
            if (done)
                done(status);
        });
}

void SessionLibrary::readFile(const QString &path,
                              std::function<void(const Result<Session> &, bool)> done,
                              const std::shared_ptr<TaskProgress> &progress)
{
    struct Read
    {
        Result<Session> session;
        bool stored = false;
    };
    run(
        [path, progress](Worker &worker) -> Read {
            if (progress)
                progress->setStage(tr("Reading the file"));
            Result<Session> session = SessionExchange::read(path);
            if (progress && progress->isCancelled())
                return {Error(Error::Kind::Cancelled, tr("Cancelled; nothing was imported.")),
                        false};
            const bool stored = session && worker.store && worker.store->contains(session->id);
            return {std::move(session), stored};
        },
        [done](const Read &read) { done(read.session, read.stored); });
}

void SessionLibrary::importSession(const Session &session, SessionExchange::WhenExists whenExists,
                                   std::function<void(const Result<Session> &)> done,
                                   const std::shared_ptr<TaskProgress> &progress)
{
    run(
        [session, whenExists, progress](Worker &worker) -> Result<Session> {
            if (!worker.store)
                return worker.notOpen();
            Session imported = session;
            const ProgressCallback callback =
                progress ? progress->callback(
                               tr("Saving %n pick(s)", nullptr, int(session.picks.size())))
                         : ProgressCallback();
            const Status saved =
                SessionExchange::store(*worker.store, imported, whenExists, callback);
            if (!saved)
                return saved.error();
            return imported;
        },
        [this, done](const Result<Session> &imported) {
            // The list first, so the new session can be selected when the answer arrives.
            refresh([done, imported](const Status &) { done(imported); });
        });
}

void SessionLibrary::saveFrom(const QUuid &id, const QString &title,
                              std::function<Session(const Session &, const QString &)> make,
                              std::function<void(const Result<Session> &)> done)
{
    run(
        [id, title, make](Worker &worker) -> Result<Session> {
            if (!worker.store)
                return worker.notOpen();
            if (title.trimmed().isEmpty())
                return Error(Error::Kind::InvalidInput, tr("A session needs a title."));
            const Result<Session> stored = worker.store->load(id);
            if (!stored)
                return stored;
            Session made = make(*stored, title.trimmed());
            if (const Status saved = worker.store->save(made); !saved)
                return saved.error();
            return made;
        },
        [this, done](const Result<Session> &made) {
            // The list first, so that the answer can select the session.
            refresh([done, made](const Status &) { done(made); });
        });
}

void SessionLibrary::rename(const QUuid &id, const QString &title,
                            std::function<void(const Result<Session> &)> done)
{
    saveFrom(
        id, title,
        [](const Session &stored, const QString &newTitle) {
            Session renamed = stored;
            renamed.title = newTitle;
            return renamed;
        },
        std::move(done));
}

void SessionLibrary::duplicateAsTemplate(const QUuid &id, const QString &title,
                                         std::function<void(const Result<Session> &)> done)
{
    saveFrom(
        id, title,
        [](const Session &stored, const QString &newTitle) { return stored.asTemplate(newTitle); },
        std::move(done));
}

void SessionLibrary::createSession(const Session &session,
                                   std::function<void(const Result<Session> &)> done)
{
    run(
        [session](Worker &worker) -> Result<Session> {
            if (!worker.store)
                return worker.notOpen();
            Session created = session;
            created.revision = 0;
            if (const Status saved = worker.store->save(created); !saved)
                return saved.error();
            return created;
        },
        [this, done](const Result<Session> &created) {
            refresh([done, created](const Status &) { done(created); });
        });
}

void SessionLibrary::load(const QUuid &id, std::function<void(const Result<Session> &)> done)
{
    run(
        [id](Worker &worker) -> Result<Session> {
            if (!worker.store)
                return worker.notOpen();
            return worker.store->load(id);
        },
        done);
}

void SessionLibrary::organisationProfile(
    const ProfileFilter &filter, std::function<void(const Result<OrganisationProfile> &)> done)
{
    run(
        [filter](Worker &worker) -> Result<OrganisationProfile> {
            if (!worker.store)
                return worker.notOpen();
            return worker.store->organisationProfile(filter);
        },
        done);
}

void SessionLibrary::exportSession(const QUuid &id, const QString &path,
                                   std::function<void(const Result<Session> &)> done)
{
    run(
        [id, path](Worker &worker) -> Result<Session> {
            if (!worker.store)
                return worker.notOpen();
            Result<Session> session = worker.store->load(id);
            if (!session)
                return session;
            if (const Status written = SessionExchange::write(*session, path); !written)
                return written.error();
            return session;
        },
        done);
}

} // namespace DriveDeck
