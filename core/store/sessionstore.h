#pragma once

#include "domain/progress.h"
#include "domain/result.h"
#include "domain/session.h"
#include "domain/sessionsummary.h"
#include "profile/organisationprofile.h"
#include "profile/profile.h"
#include "store/databaseconfig.h"
#include "store/forgetreport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace DriveDeck {

// Sessions in a database: SQLite (the embedded default) or PostgreSQL (shared by an
// organisation), with one schema and one code path. Every write is its own transaction; every
// session carries a revision, so a stale copy is never saved over someone else's change.
class SessionStore
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::SessionStore)

public:
    // Opens (and for SQLite creates) the database and brings its schema up to date.
    static Result<std::unique_ptr<SessionStore>> open(const DatabaseConfig &config);
    ~SessionStore();
    SessionStore(const SessionStore &) = delete;
    SessionStore &operator=(const SessionStore &) = delete;

    const DatabaseConfig &config() const { return m_config; }
    // The name a change is made under (the facilitator's, when set): shown in the session list
    // and when a colleague's save conflicts with ours. Without one, the account's.
    void setAuthor(const QString &author) { m_author = author; }
    // Called when a write has to wait for another program writing to the same SQLite file
    // (a large import elsewhere): the command line says so on stderr.
    void setWaitingNotice(std::function<void()> notice) { m_waitingNotice = std::move(notice); }
    QString author() const { return m_author.isEmpty() ? m_account : m_author; }
    // Who makes the changes as the database knows it: the PostgreSQL role (current_user), or
    // the computer's user for an SQLite file. Stored with every change beside author().
    QString account() const { return m_account; }
    // The schema DriveDeck's tables are in (PostgreSQL: the first of the role's search_path);
    // empty for SQLite.
    Result<QString> schemaName() const;

    Result<QList<SessionSummary>> list() const;
    Result<Session> load(const QUuid &id) const;
    bool contains(const QUuid &id) const;
    // An id, an unambiguous id prefix, or an exact title.
    Result<QUuid> resolve(const QString &reference) const;

    // Stores the whole session: a new one (revision 0) is inserted, a known one replaced when
    // nobody changed it since it was loaded. On success session.revision is the new revision.
    // progress hears of the picks written and may cancel (then nothing is saved).
    Status save(Session &session, const ProgressCallback &progress = {});
    // Stores one pick the moment it is made, in its own transaction; then adds it to session,
    // last, or at index in session.picks (undo puts a pick back where it was).
    Status addPick(Session &session, const Pick &pick, qsizetype index = -1);
    Status removePick(Session &session, const QUuid &roundId, const QUuid &participantId,
                      int driveId);
    // Gives the stored pick of the same round, participant and drive pick's note and rank.
    Status updatePick(Session &session, const Pick &pick);
    Status remove(const QUuid &id);
    // A privacy request: everything of the person called name (any case, as participants are
    // matched) in every session, or in the one given. Their participant rows with their aliases,
    // picks and stories, scans and round places go; so do target rounds only they picked and
    // agreements they own; where another text names them (or their alias), the name is
    // replaced. One transaction for every session; each
    // changed session gets a new revision. With dryRun only says what would go.
    Result<ForgetReport> forgetParticipant(const QString &name, std::optional<QUuid> session,
                                           bool dryRun);

    // Aggregated inside the database, not by loading picks.
    Result<OrganisationProfile> organisationProfile(const ProfileFilter &filter) const;

private:
    SessionStore(const QString &connectionName, const DatabaseConfig &config);
    QSqlDatabase database() const;
    Status begin(bool write) const;
    Status commit() const;
    void rollback() const;
    Error conflictError(const Session &session) const;
    Status insertContents(const Session &session, qint64 sessionRow,
                          const ProgressCallback &progress);
    Status bumpRevision(Session &session);
    // After text was removed for good: what of it may still be in the database's files.
    QString wipeFreedSpace();
    // One change to a session's picks, in its own transaction with the revision check.
    Status writePickChange(Session &session, const std::function<Status()> &change);

    QString m_connectionName;
    DatabaseConfig m_config;
    QString m_author;
    QString m_account;
    std::function<void()> m_waitingNotice;
};

} // namespace DriveDeck
