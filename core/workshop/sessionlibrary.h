#pragma once

#include "domain/result.h"
#include "domain/session.h"
#include "domain/sessionsummary.h"
#include "io/sessionexchange.h"
#include "profile/organisationprofile.h"
#include "store/databaseconfig.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace DriveDeck {

class SessionListModel;
class SessionStore;
class TaskProgress;

// The saved sessions, for the window: a thread of its own with its own database connection for
// opening the database, listing, importing, exporting and deleting, so that a slow or absent
// server never freezes the window. Each call returns at once; its answer comes back on the
// library's thread through the callback, in the order the calls were made. The list model is
// brought up to date after every change.
class SessionLibrary : public QObject
{
    Q_OBJECT

public:
    explicit SessionLibrary(QObject *parent = nullptr);
    ~SessionLibrary() override;

    SessionListModel *model() const { return m_model; }
    bool isOpen() const { return m_open; }
    // The database opened last has been listed at least once.
    bool isListed() const { return m_open && m_listed; }
    // The database in use, with the password it was opened with (kept in memory only), for the
    // documents' write queues.
    const DatabaseConfig &config() const { return m_config; }
    QString author() const { return m_author; }
    // Named when a colleague's save conflicts with ours.
    void setAuthor(const QString &author);

    // Opens (and for SQLite creates) the database; the list follows. On failure the library
    // keeps the database it had.
    void open(const DatabaseConfig &config, std::function<void(const Status &)> done = {});
    void refresh(std::function<void(const Status &)> done = {});
    // While held, an open does not list the database: at start the list kept from last time is
    // shown, and the database's own list (the library thread's longest job) waits until the
    // window is painted instead of taking a core from it. Letting go lists what was opened.
    void holdListing();
    void releaseListing();
    void remove(const QUuid &id, std::function<void(const Status &)> done = {});
    // Reads a .drivedeck or .csv file; alreadyStored says whether its id is in the database.
    // progress, when given, hears the stage and may cancel.
    void readFile(const QString &path,
                  std::function<void(const Result<Session> &, bool alreadyStored)> done,
                  const std::shared_ptr<TaskProgress> &progress = {});
    // Saves a session read from a file, all or nothing; the answer has the id it was saved
    // under. progress, when given, hears of the picks written and may cancel.
    void importSession(const Session &session, SessionExchange::WhenExists whenExists,
                       std::function<void(const Result<Session> &)> done,
                       const std::shared_ptr<TaskProgress> &progress = {});
    // A session that is not open elsewhere (an open one is renamed through its document).
    void rename(const QUuid &id, const QString &title,
                std::function<void(const Result<Session> &)> done);
    // A new session with the same people and rounds, no picks: the next workshop.
    void duplicateAsTemplate(const QUuid &id, const QString &title,
                             std::function<void(const Result<Session> &)> done);
    // Saves a new session (revision 0); the list follows, then the answer.
    void createSession(const Session &session, std::function<void(const Result<Session> &)> done);
    // A saved session as stored, to read (comparing with another team): not for editing, which
    // goes through the session's document.
    void load(const QUuid &id, std::function<void(const Result<Session> &)> done);
    // The profile over the saved sessions the filter lets through, aggregated in the database.
    void organisationProfile(const ProfileFilter &filter,
                             std::function<void(const Result<OrganisationProfile> &)> done);
    void exportSession(const QUuid &id, const QString &path,
                       std::function<void(const Result<Session> &)> done);

Q_SIGNALS:
    void opened();
    // The list of sessions is up to date with the database (after every refresh).
    void listed();
    // Listing failed (the database went away): say so, the list keeps what it showed.
    void problem(const DriveDeck::Error &error);

private:
    class Worker;
    // Loads a stored session, saves make(it, title) (the title checked first), answers after the
    // list is refreshed.
    void saveFrom(const QUuid &id, const QString &title,
                  std::function<Session(const Session &, const QString &)> make,
                  std::function<void(const Result<Session> &)> done);
    // Runs job(store) on the database thread, then done(result) on this object's thread.
    template<typename Job, typename Done>
    void run(Job job, Done done);

    SessionListModel *m_model = nullptr;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    DatabaseConfig m_config;
    QString m_author;
    bool m_open = false;
    bool m_listed = false;
    bool m_listingHeld = false;
    bool m_listingOwed = false;
};

} // namespace DriveDeck
