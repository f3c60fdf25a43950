#include "store/sessionstore.h"

#include "domain/text.h"
#include "io/privatefile.h"

#include "domain/catalogue.h"
#include "store/connectionproblem.h"
#include "store/schemamigrator.h"
#include "store/sqlstatement.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <numeric>

namespace DriveDeck {

// Details for --verbose; a failure itself is said once, in the message the user sees.
Q_LOGGING_CATEGORY(lcStore, "drivedeck.store", QtInfoMsg)

namespace {

std::atomic<int> s_connectionCounter{0};

// One pick of one session, by the uuids the model knows it by; bound with bindOnePick().
const QString OnePick =
    QStringLiteral("drive_id = ? AND round_id = (SELECT r.id FROM rounds r JOIN sessions s"
                   " ON s.id = r.session_id WHERE s.uuid = ? AND r.uuid = ?)"
                   " AND participant_id = (SELECT p.id FROM participants p JOIN sessions s"
                   " ON s.id = p.session_id WHERE s.uuid = ? AND p.uuid = ?)");

// How long a writer waits for another program's write lock on an SQLite file.
constexpr int SqliteLockWaitMs = 180'000;

// Runs its function when it goes out of scope (ends a read transaction on every return path).
struct ScopeExit
{
    std::function<void()> run;
    ~ScopeExit() { run(); }
};

constexpr qsizetype BulkSaveThreshold = 10000;

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullable(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

// Model text is never NULL in the database: an unset QString is stored as ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(value);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

void bindOnePick(Statement &statement, const QUuid &sessionId, const QUuid &roundId,
                 const QUuid &participantId, int driveId)
{
    statement.bind(driveId)
        .bind(uuidText(sessionId))
        .bind(uuidText(roundId))
        .bind(uuidText(sessionId))
        .bind(uuidText(participantId));
}

} // namespace

SessionStore::SessionStore(const QString &connectionName, const DatabaseConfig &config)
    : m_connectionName(connectionName)
    , m_config(config)
{
    // The account: on PostgreSQL the role, asked for once connected (open()).
    m_account = systemUserName();
    m_author = qEnvironmentVariable("DRIVEDECK_AUTHOR");
}

SessionStore::~SessionStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SessionStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<SessionStore>> SessionStore::open(const DatabaseConfig &config)
{
    const QString name = QStringLiteral("drivedeck-store-%1").arg(++s_connectionCounter);
    std::unique_ptr<SessionStore> store(new SessionStore(name, config));
    bool newFile = false;
    const QString driver =
        config.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error(
            Error::Kind::Unsupported,
            tr("DriveDeck cannot use %1 databases here: the Qt driver %2 is not "
               "installed (Debian package %3).")
                .arg(config.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                     driver,
                     config.isPostgres() ? QStringLiteral("libqt6sql6-psql")
                                         : QStringLiteral("libqt6sql6-sqlite")));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (config.isPostgres()) {
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setUserName(config.user);
        if (!config.password.isEmpty())
            db.setPassword(config.password);
        db.setDatabaseName(config.database);
        // The URL's options (TLS, time-outs, search_path) with DriveDeck's defaults.
        db.setConnectOptions(config.driverOptions());
    } else {
        const QFileInfo file(config.path);
        newFile = !file.exists();
        if (!PrivateFile::makeFolder(file.absolutePath())) {
            return Error(Error::Kind::FileAccess,
                         tr("Cannot create the folder for the database: %1")
                             .arg(QDir::toNativeSeparators(file.absolutePath())));
        }
        db.setDatabaseName(config.path);
        // Long enough for another DriveDeck's large import to finish (it holds the write lock
        // for its one transaction); a write that must wait says so first (begin()).
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteLockWaitMs));
    }
    if (!db.open()) {
        if (config.isPostgres())
            return ConnectionProblem::whenOpening(config, sqlErrorText(db.lastError()));
        return Error(Error::Kind::FileAccess,
                     tr("Cannot open the database %1: %2")
                         .arg(config.displayUrl(), sqlErrorText(db.lastError())));
    }
    if (!config.isPostgres()) {
        QSqlQuery pragma(db);
        // WAL: readers never block the writer. FULL: a committed pick survives a power cut.
        for (const char *statement : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                                      "PRAGMA synchronous = FULL"}) {
            // Switching a new file to WAL needs it alone for a moment, and SQLite answers "busy"
            // at once, without its busy timeout, while another DriveDeck is doing the same
            // (four imports into one new database): try again for as long as a writer waits.
            QDeadlineTimer patience(SqliteLockWaitMs);
            bool done = pragma.exec(QString::fromLatin1(statement));
            while (!done && sqlErrorKind(pragma.lastError(), db) == Error::Kind::Busy &&
                   !patience.hasExpired()) {
                QThread::msleep(20);
                done = pragma.exec(QString::fromLatin1(statement));
            }
            if (!done) {
                return Error(sqlErrorKind(pragma.lastError(), db),
                             tr("Cannot set up the database %1: %2")
                                 .arg(config.displayUrl(), sqlErrorText(pragma.lastError())));
            }
        }
    } else {
        // Who writes, as the server knows it: the role, not the computer's user name.
        QSqlQuery role(db);
        if (role.exec(QStringLiteral("SELECT current_user")) && role.next())
            store->m_account = role.value(0).toString();
        // A row lock left by a connection that died mid-write waits until the server notices;
        // give up after 10 s as "busy" (55P03) instead, and try again.
        QSqlQuery timeout(db);
        if (!timeout.exec(QStringLiteral("SET lock_timeout = '10s'")))
            qCDebug(lcStore) << "cannot set lock_timeout:" << timeout.lastError();
    }
    const Status migrated = SchemaMigrator::driveDeckSchema(config.isPostgres()).migrate(db);
    if (!migrated && migrated.errorKind() == Error::Kind::NotPermitted)
        return migrated.error(); // names the role and the right; the address adds nothing
    if (!migrated)
        return Error(migrated.errorKind(),
                     QStringLiteral("%1: %2").arg(config.displayUrl(), migrated.errorMessage()));
    // A database DriveDeck made is its user's alone; SQLite gives its journal files the same.
    if (newFile)
        QFile::setPermissions(config.path, PrivateFile::OwnerOnly);
    return store;
}

Status SessionStore::begin(bool write) const
{
    if (write && !m_config.isPostgres() && m_waitingNotice) {
        // A quick try first: when another program holds the lock, say that we wait for it.
        QSqlQuery quick(database());
        quick.exec(QStringLiteral("PRAGMA busy_timeout = 1000"));
        const bool taken = quick.exec(QStringLiteral("BEGIN IMMEDIATE"));
        const QSqlError error = quick.lastError();
        quick.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(SqliteLockWaitMs));
        if (taken)
            return success();
        if (sqlErrorKind(error, database()) == Error::Kind::Busy)
            m_waitingNotice();
    }
    QSqlQuery query(database());
    // SQLite: take the write lock up front, so two writers queue instead of deadlocking.
    // PostgreSQL: a consistent snapshot for reads.
    const QString sql = m_config.isPostgres()
                            ? (write ? QStringLiteral("BEGIN")
                                     : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"))
                            : (write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!query.exec(sql)) {
        const Error::Kind kind = sqlErrorKind(query.lastError(), database());
        if (kind == Error::Kind::Busy) {
            return Error(kind, tr("The database %1 is busy with another writer: %2. Nothing was "
                                  "changed.")
                                   .arg(m_config.displayUrl(), sqlErrorText(query.lastError())));
        }
        if (m_config.isPostgres() && kind != Error::Kind::NotPermitted)
            return ConnectionProblem::connectionLost(ConnectionProblem::serverName(m_config),
                                                     sqlErrorText(query.lastError()));
        return Error(kind == Error::Kind::Failed ? Error::Kind::Unreachable : kind,
                     tr("The database %1 cannot be reached: %2. Nothing was changed.")
                         .arg(m_config.displayUrl(), sqlErrorText(query.lastError())));
    }
    return success();
}

Status SessionStore::commit() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString error = sqlErrorText(query.lastError());
        const Error::Kind kind = sqlErrorKind(query.lastError(), database());
        rollback();
        return Error(kind, tr("The change could not be saved: %1").arg(error));
    }
    return success();
}

void SessionStore::rollback() const
{
    QSqlQuery query(database());
    query.exec(QStringLiteral("ROLLBACK"));
}

Result<QString> SessionStore::schemaName() const
{
    if (!m_config.isPostgres())
        return QString();
    Statement st(database(), QStringLiteral("SELECT current_schema()"));
    if (const Status ok = st.exec(); !ok)
        return ok.error();
    return st.query().next() ? st.query().value(0).toString() : QString();
}

bool SessionStore::contains(const QUuid &id) const
{
    Statement st(database(), QStringLiteral("SELECT 1 FROM sessions WHERE uuid = ?"));
    st.bind(uuidText(id));
    return st.exec().ok() && st.query().next();
}

Result<QList<SessionSummary>> SessionStore::list() const
{
    Statement st(
        database(),
        QStringLiteral("SELECT s.uuid, s.title, s.team, s.session_date, s.revision, s.updated_at,"
                       " s.updated_by,"
                       " (SELECT COUNT(*) FROM participants p WHERE p.session_id = s.id),"
                       " (SELECT COUNT(*) FROM rounds r WHERE r.session_id = s.id), s.id,"
                       " s.updated_by_account"
                       " FROM sessions s ORDER BY s.session_date DESC, s.title, s.id"));
    if (const Status ok = st.exec(); !ok)
        return ok.error();
    QList<SessionSummary> sessions;
    QHash<qint64, qsizetype> byRow;
    while (st.query().next()) {
        const QSqlQuery &q = st.query();
        SessionSummary s;
        s.id = QUuid(q.value(0).toString());
        s.title = q.value(1).toString();
        s.team = q.value(2).toString();
        s.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        s.revision = q.value(4).toLongLong();
        s.updatedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        s.updatedBy = q.value(6).toString();
        s.participants = q.value(7).toInt();
        s.rounds = q.value(8).toInt();
        byRow.insert(q.value(9).toLongLong(), sessions.size());
        s.updatedByAccount = q.value(10).toString();
        sessions.append(s);
    }
    Statement tags(
        database(),
        QStringLiteral("SELECT session_id, tag FROM session_tags ORDER BY session_id, position"));
    if (const Status ok = tags.exec(); !ok)
        return ok.error();
    while (tags.query().next()) {
        const qsizetype index = byRow.value(tags.query().value(0).toLongLong(), -1);
        if (index >= 0)
            sessions[index].tags.append(tags.query().value(1).toString());
    }
    return sessions;
}

Result<QUuid> SessionStore::resolve(const QString &reference) const
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return Error(Error::Kind::InvalidInput,
                     tr("No session given: use its id, the start of its id, or its title."));
    const Result<QList<SessionSummary>> all = list();
    if (!all)
        return all.error();
    const QString lowered = ref.toLower().remove(u'{').remove(u'}');
    QList<SessionSummary> byId;
    QList<SessionSummary> byTitle;
    for (const SessionSummary &s : *all) {
        const QString id = uuidText(s.id);
        if (id == lowered)
            return s.id;
        if (lowered.size() >= 4 && id.startsWith(lowered))
            byId.append(s);
        if (s.title == ref)
            byTitle.append(s);
    }
    const QList<SessionSummary> &matches = byId.isEmpty() ? byTitle : byId;
    if (matches.size() == 1)
        return matches.first().id;
    if (matches.isEmpty())
        return Error(Error::Kind::NotFound,
                     tr("No session matches \"%1\". \"drivedeck list\" shows the saved sessions.")
                         .arg(Text::shown(ref)));
    QStringList candidates;
    for (const SessionSummary &s : matches)
        candidates.append(QStringLiteral("%1 (%2)").arg(uuidText(s.id).left(8), s.title));
    return Error(Error::Kind::InvalidInput,
                 tr("\"%1\" matches %2 sessions: %3. Use more of the id.")
                     .arg(ref)
                     .arg(matches.size())
                     .arg(candidates.join(QStringLiteral(", "))));
}

Result<Session> SessionStore::load(const QUuid &id) const
{
    if (const Status ok = begin(false); !ok)
        return ok.error();
    // Whatever happens below, the read transaction ends.
    const ScopeExit endRead{[this] { rollback(); }};

    const QSqlDatabase db = database();
    Statement head(db, QStringLiteral("SELECT id, title, team, facilitator, session_date, language,"
                                      " notes, anonymous, revision, deck, deck_at_random"
                                      " FROM sessions WHERE uuid = ?"));
    head.bind(uuidText(id));
    if (const Status ok = head.exec(); !ok)
        return ok.error();
    if (!head.query().next())
        return Error(Error::Kind::NotFound,
                     tr("There is no session %1 in the database.").arg(uuidText(id)));
    const QSqlQuery &h = head.query();
    const qint64 row = h.value(0).toLongLong();
    Session session;
    session.id = id;
    session.title = h.value(1).toString();
    session.team = h.value(2).toString();
    session.facilitator = h.value(3).toString();
    session.date = QDate::fromString(h.value(4).toString(), Qt::ISODate);
    session.language = h.value(5).toString();
    session.notes = h.value(6).toString();
    session.anonymous = h.value(7).toInt() != 0;
    session.revision = h.value(8).toLongLong();
    session.deck = h.value(9).toString();
    session.deckAtRandom = h.value(10).toInt() != 0;

    Statement tags(
        db, QStringLiteral("SELECT tag FROM session_tags WHERE session_id = ? ORDER BY position"));
    tags.bind(row);
    if (const Status ok = tags.exec(); !ok)
        return ok.error();
    while (tags.query().next())
        session.tags.append(tags.query().value(0).toString());

    Statement agreements(db, QStringLiteral("SELECT uuid, text, owner, due_date FROM agreements"
                                            " WHERE session_id = ? ORDER BY position"));
    agreements.bind(row);
    if (const Status ok = agreements.exec(); !ok)
        return ok.error();
    while (agreements.query().next()) {
        const QSqlQuery &q = agreements.query();
        session.agreements.append({QUuid(q.value(0).toString()), q.value(1).toString(),
                                   q.value(2).toString(),
                                   QDate::fromString(q.value(3).toString(), Qt::ISODate)});
    }

    QHash<qint64, QUuid> participantIds;
    Statement people(db, QStringLiteral("SELECT id, uuid, display_name, alias FROM participants"
                                        " WHERE session_id = ? ORDER BY position"));
    people.bind(row);
    if (const Status ok = people.exec(); !ok)
        return ok.error();
    while (people.query().next()) {
        const QSqlQuery &q = people.query();
        Participant p{QUuid(q.value(1).toString()), q.value(2).toString(), q.value(3).toString()};
        participantIds.insert(q.value(0).toLongLong(), p.id);
        session.participants.append(p);
    }

    QHash<qint64, qsizetype> roundIndex;
    Statement rounds(db,
                     QStringLiteral("SELECT id, uuid, title, question, mode, min_picks, max_picks,"
                                    " ranked, allow_negative, seconds_per_card, target,"
                                    " timebox_minutes, blind FROM rounds"
                                    " WHERE session_id = ? ORDER BY position"));
    rounds.bind(row);
    if (const Status ok = rounds.exec(); !ok)
        return ok.error();
    while (rounds.query().next()) {
        const QSqlQuery &q = rounds.query();
        Round r;
        r.id = QUuid(q.value(1).toString());
        r.title = q.value(2).toString();
        r.question = q.value(3).toString();
        r.rule.mode = q.value(4).toString() == QLatin1String("scan") ? PickingRule::Mode::Scan
                                                                     : PickingRule::Mode::Choose;
        r.rule.minPicks = q.value(5).toInt();
        r.rule.maxPicks = q.value(6).toInt();
        r.rule.ranked = q.value(7).toInt() != 0;
        r.rule.allowNegative = q.value(8).toInt() != 0;
        r.rule.secondsPerCard = q.value(9).toInt();
        r.target = q.value(10).toInt() != 0;
        r.timeboxMinutes = q.value(11).toInt();
        r.blind = q.value(12).toInt() != 0;
        roundIndex.insert(q.value(0).toLongLong(), session.rounds.size());
        session.rounds.append(r);
    }
    // Members and picks are read round by round: a range of the primary key, whatever the
    // planner's statistics say about other, much larger sessions in the same database.
    QList<qint64> positions; // of session.picks, as stored
    for (auto it = roundIndex.cbegin(); it != roundIndex.cend(); ++it) {
        Round &round = session.rounds[it.value()];
        Statement members(db, QStringLiteral("SELECT participant_id FROM round_participants"
                                             " WHERE round_id = ? ORDER BY position"));
        members.bind(it.key());
        if (const Status ok = members.exec(); !ok)
            return ok.error();
        while (members.query().next())
            round.participantIds.append(
                participantIds.value(members.query().value(0).toLongLong()));

        Statement roundPicks(db, QStringLiteral("SELECT participant_id, drive_id, rank, positive,"
                                                " note, made_at, reaction_ms, position FROM picks"
                                                " WHERE round_id = ?"));
        roundPicks.bind(it.key());
        if (const Status ok = roundPicks.exec(); !ok)
            return ok.error();
        while (roundPicks.query().next()) {
            const QSqlQuery &q = roundPicks.query();
            Pick pick;
            pick.roundId = round.id;
            pick.participantId = participantIds.value(q.value(0).toLongLong());
            pick.driveId = q.value(1).toInt();
            pick.rank = optionalInt(q.value(2));
            pick.polarity = q.value(3).toInt() != 0 ? Polarity::Positive : Polarity::Negative;
            pick.note = q.value(4).toString();
            const QString madeAt = q.value(5).toString();
            pick.madeAt =
                madeAt.isEmpty() ? QDateTime() : QDateTime::fromString(madeAt, Qt::ISODateWithMs);
            pick.reactionTimeMs = optionalInt(q.value(6));
            session.picks.append(std::move(pick));
            positions.append(q.value(7).toLongLong());
        }
    }
    Statement scans(db, QStringLiteral("SELECT s.round_id, s.participant_id, s.seed, s.unanswered"
                                       " FROM scan_runs s JOIN rounds r ON r.id = s.round_id"
                                       " WHERE r.session_id = ? ORDER BY s.position"));
    scans.bind(row);
    if (const Status ok = scans.exec(); !ok)
        return ok.error();
    while (scans.query().next()) {
        const QSqlQuery &q = scans.query();
        ScanRun run;
        run.roundId = session.rounds.at(roundIndex.value(q.value(0).toLongLong())).id;
        run.participantId = participantIds.value(q.value(1).toLongLong());
        run.seed = quint32(q.value(2).toLongLong());
        const QStringList unanswered =
            q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &drive : unanswered)
            run.unanswered.append(drive.toInt());
        session.scanRuns.append(run);
    }

    // The order the picks were made in, sorted in place: a million picks are never held twice.
    QList<qsizetype> order(session.picks.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&positions](qsizetype a, qsizetype b) { return positions.at(a) < positions.at(b); });
    positions = {};
    // order[k] is the pick that belongs at k; each cycle of the permutation is walked once.
    for (qsizetype k = 0; k < order.size(); ++k) {
        if (order.at(k) == k)
            continue;
        Pick held = std::move(session.picks[k]);
        qsizetype j = k;
        for (;;) {
            const qsizetype from = order.at(j);
            order[j] = j;
            if (from == k) {
                session.picks[j] = std::move(held);
                break;
            }
            session.picks[j] = std::move(session.picks[from]);
            j = from;
        }
    }
    return session;
}

Error SessionStore::conflictError(const Session &session) const
{
    Statement st(
        database(),
        QStringLiteral("SELECT revision, updated_by, updated_at FROM sessions WHERE uuid = ?"));
    st.bind(uuidText(session.id));
    if (!st.exec().ok() || !st.query().next()) {
        return Error(Error::Kind::Conflict,
                     tr("“%1” was deleted from the database by someone else, so your change was "
                        "not saved.")
                         .arg(session.title));
    }
    const QDateTime when =
        QDateTime::fromString(st.query().value(2).toString(), Qt::ISODateWithMs).toLocalTime();
    return Error(Error::Kind::Conflict,
                 tr("“%1” was changed by %2 on %3 since you opened it (their version %4, yours "
                    "%5). Your change was not saved: reload the session to see theirs, then try "
                    "again.")
                     .arg(session.title, st.query().value(1).toString(),
                          when.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .arg(st.query().value(0).toLongLong())
                     .arg(session.revision));
}

Status SessionStore::save(Session &session, const ProgressCallback &progress)
{
    const ValidationIssues issues = session.blockingIssues();
    if (!issues.isEmpty())
        return Error(Error::Kind::InvalidInput, issues.first().message);
    if (const Status ok = begin(true); !ok)
        return ok;

    const QSqlDatabase db = database();
    Statement existing(db, QStringLiteral("SELECT id, revision FROM sessions WHERE uuid = ?"));
    existing.bind(uuidText(session.id));
    if (const Status ok = existing.exec(); !ok) {
        rollback();
        return ok;
    }
    const bool known = existing.query().next();
    const qint64 storedRow = known ? existing.query().value(0).toLongLong() : -1;
    const qint64 storedRevision = known ? existing.query().value(1).toLongLong() : 0;
    existing.query().finish();

    if (known != (session.revision > 0) || storedRevision != session.revision) {
        if (!known && session.revision > 0) {
            rollback();
            return Error(Error::Kind::Conflict,
                         tr("“%1” was deleted from the database by someone else, so your change "
                            "was not saved.")
                             .arg(session.title));
        }
        if (known && session.revision == 0) {
            rollback();
            return Error(Error::Kind::Conflict,
                         tr("A session with the id %1 is already in the database (“%2”).")
                             .arg(uuidText(session.id), session.title));
        }
        const Error conflict = conflictError(session);
        rollback();
        return conflict;
    }

    const qint64 newRevision = storedRevision + 1;
    qint64 row = storedRow;
    const QVariantList fields{text(session.title),
                              text(session.team),
                              text(session.facilitator),
                              text(session.date.toString(Qt::ISODate)),
                              text(session.language),
                              text(session.notes),
                              int(session.anonymous),
                              text(session.deck),
                              int(session.deckAtRandom),
                              newRevision,
                              nowText(),
                              text(author()),
                              text(m_account)};
    if (known) {
        Statement update(db,
                         QStringLiteral("UPDATE sessions SET title = ?, team = ?, facilitator = ?,"
                                        " session_date = ?, language = ?, notes = ?, anonymous = ?,"
                                        " deck = ?, deck_at_random = ?,"
                                        " revision = ?, updated_at = ?, updated_by = ?,"
                                        " updated_by_account = ? WHERE id = ? AND revision = ?"));
        for (const QVariant &v : fields)
            update.bind(v);
        update.bind(storedRow).bind(storedRevision);
        Status ok = update.exec();
        if (ok && update.query().numRowsAffected() != 1) {
            const Error conflict = conflictError(session);
            rollback();
            return conflict;
        }
        for (const char *table : {"session_tags", "participants", "rounds", "agreements"}) {
            if (!ok)
                break;
            Statement clear(db, QStringLiteral("DELETE FROM %1 WHERE session_id = ?")
                                    .arg(QString::fromLatin1(table)));
            ok = clear.bind(storedRow).exec();
        }
        if (!ok) {
            rollback();
            return ok;
        }
    } else {
        Statement insert(db, QStringLiteral("INSERT INTO sessions (title, team, facilitator,"
                                            " session_date, language, notes, anonymous, deck,"
                                            " deck_at_random, revision, updated_at, updated_by,"
                                            " updated_by_account, uuid)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                            " RETURNING id"));
        for (const QVariant &v : fields)
            insert.bind(v);
        insert.bind(uuidText(session.id));
        const Status ok = insert.exec();
        if (!ok || !insert.query().next()) {
            rollback();
            return ok ? Error(tr("The database did not return the new session's row.")) : ok;
        }
        row = insert.query().value(0).toLongLong();
    }

    if (const Status ok = insertContents(session, row, progress); !ok) {
        rollback();
        return ok;
    }
    if (const Status ok = commit(); !ok)
        return ok;
    session.revision = newRevision;
    // After a bulk import PostgreSQL's statistics are stale (it would guess a few hundred picks
    // and sort 400,000 on disk); refresh them now rather than at autovacuum's pace. Not on
    // SQLite: its statistics are averages, and an average round of 200,000 picks would make it
    // scan every pick to open a small session instead of seeking its rounds.
    if (m_config.isPostgres() && session.picks.size() >= BulkSaveThreshold) {
        QSqlQuery analyze(db);
        if (!analyze.exec(QStringLiteral("ANALYZE")))
            qCDebug(lcStore) << "ANALYZE failed:" << analyze.lastError();
    }
    return success();
}

Status SessionStore::insertContents(const Session &session, qint64 sessionRow,
                                    const ProgressCallback &progress)
{
    const QSqlDatabase db = database();
    QList<QVariantList> rows;
    for (qsizetype i = 0; i < session.tags.size(); ++i)
        rows.append({sessionRow, text(session.tags.at(i)), int(i)});
    if (const Status ok = insertRows(
            db, QStringLiteral("session_tags"),
            {QStringLiteral("session_id"), QStringLiteral("tag"), QStringLiteral("position")},
            rows);
        !ok)
        return ok;

    QHash<QString, qint64> participantRows;
    rows.clear();
    rows.reserve(session.participants.size());
    for (qsizetype i = 0; i < session.participants.size(); ++i) {
        const Participant &p = session.participants.at(i);
        rows.append({uuidText(p.id), sessionRow, int(i), text(p.displayName), text(p.alias)});
    }
    if (const Status ok = insertRows(
            db, QStringLiteral("participants"),
            {QStringLiteral("uuid"), QStringLiteral("session_id"), QStringLiteral("position"),
             QStringLiteral("display_name"), QStringLiteral("alias")},
            rows, QStringLiteral("id, uuid"),
            [&](const QSqlQuery &q) {
                participantRows.insert(q.value(1).toString(), q.value(0).toLongLong());
            });
        !ok)
        return ok;

    QHash<QString, qint64> roundRows;
    rows.clear();
    for (qsizetype i = 0; i < session.rounds.size(); ++i) {
        const Round &r = session.rounds.at(i);
        rows.append({uuidText(r.id), sessionRow, int(i), text(r.title), text(r.question),
                     r.rule.isScan() ? QStringLiteral("scan") : QStringLiteral("choose"),
                     r.rule.minPicks, r.rule.maxPicks, int(r.rule.ranked),
                     int(r.rule.allowNegative), r.rule.secondsPerCard, int(r.target),
                     r.timeboxMinutes, int(r.blind)});
    }
    if (const Status ok = insertRows(
            db, QStringLiteral("rounds"),
            {QStringLiteral("uuid"), QStringLiteral("session_id"), QStringLiteral("position"),
             QStringLiteral("title"), QStringLiteral("question"), QStringLiteral("mode"),
             QStringLiteral("min_picks"), QStringLiteral("max_picks"), QStringLiteral("ranked"),
             QStringLiteral("allow_negative"), QStringLiteral("seconds_per_card"),
             QStringLiteral("target"), QStringLiteral("timebox_minutes"), QStringLiteral("blind")},
            rows, QStringLiteral("id, uuid"),
            [&](const QSqlQuery &q) {
                roundRows.insert(q.value(1).toString(), q.value(0).toLongLong());
            });
        !ok)
        return ok;

    rows.clear();
    for (const Round &r : session.rounds) {
        const qint64 roundRow = roundRows.value(uuidText(r.id));
        for (qsizetype i = 0; i < r.participantIds.size(); ++i)
            rows.append(
                {roundRow, participantRows.value(uuidText(r.participantIds.at(i))), int(i)});
    }
    if (const Status ok = insertRows(db, QStringLiteral("round_participants"),
                                     {QStringLiteral("round_id"), QStringLiteral("participant_id"),
                                      QStringLiteral("position")},
                                     rows);
        !ok)
        return ok;

    rows.clear();
    for (qsizetype i = 0; i < session.agreements.size(); ++i) {
        const Agreement &a = session.agreements.at(i);
        rows.append({uuidText(a.id), sessionRow, int(i), text(a.text), text(a.owner),
                     text(a.due.isValid() ? a.due.toString(Qt::ISODate) : QString())});
    }
    if (const Status ok = insertRows(db, QStringLiteral("agreements"),
                                     {QStringLiteral("uuid"), QStringLiteral("session_id"),
                                      QStringLiteral("position"), QStringLiteral("text"),
                                      QStringLiteral("owner"), QStringLiteral("due_date")},
                                     rows);
        !ok)
        return ok;

    rows.clear();
    for (qsizetype i = 0; i < session.scanRuns.size(); ++i) {
        const ScanRun &run = session.scanRuns.at(i);
        QStringList unanswered;
        for (int drive : run.unanswered)
            unanswered.append(QString::number(drive));
        rows.append({roundRows.value(uuidText(run.roundId)),
                     participantRows.value(uuidText(run.participantId)), int(i), qint64(run.seed),
                     text(unanswered.join(QLatin1Char(',')))});
    }
    if (const Status ok = insertRows(db, QStringLiteral("scan_runs"),
                                     {QStringLiteral("round_id"), QStringLiteral("participant_id"),
                                      QStringLiteral("position"), QStringLiteral("seed"),
                                      QStringLiteral("unanswered")},
                                     rows);
        !ok)
        return ok;

    // Row ids by QUuid (not by text) for the picks: 400,000 look-ups.
    QHash<QUuid, qint64> participantById;
    participantById.reserve(session.participants.size());
    for (const Participant &p : session.participants)
        participantById.insert(p.id, participantRows.value(uuidText(p.id)));
    QHash<QUuid, qint64> roundById;
    for (const Round &r : session.rounds)
        roundById.insert(r.id, roundRows.value(uuidText(r.id)));

    rows.clear();
    rows.squeeze();
    return insertRows(
        db, QStringLiteral("picks"),
        {QStringLiteral("round_id"), QStringLiteral("participant_id"), QStringLiteral("drive_id"),
         QStringLiteral("position"), QStringLiteral("rank"), QStringLiteral("positive"),
         QStringLiteral("note"), QStringLiteral("made_at"), QStringLiteral("reaction_ms")},
        session.picks.size(),
        [&](qsizetype i, QVariantList &values) {
            const Pick &p = session.picks.at(i);
            values << roundById.value(p.roundId) << participantById.value(p.participantId)
                   << p.driveId << qint64(i) << nullable(p.rank) << int(p.isPositive())
                   << text(p.note)
                   << (p.madeAt.isValid() ? QVariant(p.madeAt.toUTC().toString(Qt::ISODateWithMs))
                                          : QVariant(QMetaType::fromType<QString>()))
                   << nullable(p.reactionTimeMs);
        },
        progress);
}

Status SessionStore::bumpRevision(Session &session)
{
    Statement bump(database(), QStringLiteral("UPDATE sessions SET revision = revision + 1,"
                                              " updated_at = ?, updated_by = ?,"
                                              " updated_by_account = ?"
                                              " WHERE uuid = ? AND revision = ?"));
    bump.bind(nowText())
        .bind(text(author()))
        .bind(text(m_account))
        .bind(uuidText(session.id))
        .bind(session.revision);
    if (const Status ok = bump.exec(); !ok)
        return ok;
    if (bump.query().numRowsAffected() != 1)
        return conflictError(session);
    return success();
}

Status SessionStore::writePickChange(Session &session, const std::function<Status()> &change)
{
    if (const Status ok = begin(true); !ok)
        return ok;
    Status ok = bumpRevision(session);
    if (ok)
        ok = change();
    if (!ok) {
        rollback();
        return ok;
    }
    if (const Status committed = commit(); !committed)
        return committed;
    session.revision += 1;
    return success();
}

Status SessionStore::addPick(Session &session, const Pick &pick, qsizetype index)
{
    const ValidationIssues issues = session.checkPick(pick);
    if (!issues.isEmpty())
        return Error(Error::Kind::InvalidInput, issues.first().message);
    const bool last = index < 0 || index >= session.picks.size();
    const Status written = writePickChange(session, [&]() -> Status {
        // The position: after every other pick, or the place of the pick now at index, whose
        // followers move up one.
        QVariant position;
        if (!last) {
            const Pick &next = session.picks.at(index);
            Statement find(database(),
                           QStringLiteral("SELECT x.position FROM picks x"
                                          " JOIN rounds r ON r.id = x.round_id"
                                          " JOIN participants p ON p.id = x.participant_id"
                                          " JOIN sessions s ON s.id = r.session_id"
                                          " WHERE s.uuid = ? AND r.uuid = ? AND p.uuid = ?"
                                          " AND x.drive_id = ?"));
            find.bind(uuidText(session.id))
                .bind(uuidText(next.roundId))
                .bind(uuidText(next.participantId))
                .bind(next.driveId);
            if (const Status ok = find.exec(); !ok)
                return ok;
            if (!find.query().next())
                return Error(Error::Kind::NotFound,
                             tr("The pick's place in “%1” is gone.").arg(session.title));
            position = find.query().value(0).toLongLong();
            Statement shift(database(),
                            QStringLiteral("UPDATE picks SET position = position + 1"
                                           " WHERE position >= ? AND round_id IN (SELECT r.id"
                                           " FROM rounds r JOIN sessions s ON s.id = r.session_id"
                                           " WHERE s.uuid = ?)"));
            shift.bind(position).bind(uuidText(session.id));
            if (const Status ok = shift.exec(); !ok)
                return ok;
        }
        Statement insert(
            database(),
            QStringLiteral("INSERT INTO picks (round_id, participant_id, drive_id, position, rank,"
                           " positive, note, made_at, reaction_ms)"
                           " SELECT r.id, p.id, ?, %1, ?, ?, ?, ?, ?"
                           " FROM sessions s JOIN rounds r ON r.session_id = s.id"
                           " JOIN participants p ON p.session_id = s.id"
                           " WHERE s.uuid = ? AND r.uuid = ? AND p.uuid = ?")
                .arg(last ? QStringLiteral(
                                "(SELECT COALESCE(MAX(x.position), -1) + 1 FROM picks x"
                                " JOIN rounds xr ON xr.id = x.round_id WHERE xr.session_id = s.id)")
                          : QStringLiteral("?")));
        insert.bind(pick.driveId);
        if (!last)
            insert.bind(position);
        insert.bind(nullable(pick.rank))
            .bind(int(pick.isPositive()))
            .bind(text(pick.note))
            .bind(pick.madeAt.isValid() ? QVariant(pick.madeAt.toUTC().toString(Qt::ISODateWithMs))
                                        : QVariant(QMetaType::fromType<QString>()))
            .bind(nullable(pick.reactionTimeMs))
            .bind(uuidText(session.id))
            .bind(uuidText(pick.roundId))
            .bind(uuidText(pick.participantId));
        const Status ok = insert.exec();
        if (ok && insert.query().numRowsAffected() != 1)
            return Error(
                Error::Kind::InvalidInput,
                tr("The pick's round or participant is not saved yet; save the session first."));
        return ok;
    });
    if (written) {
        if (last)
            session.picks.append(pick);
        else
            session.picks.insert(index, pick);
    }
    return written;
}

Status SessionStore::removePick(Session &session, const QUuid &roundId, const QUuid &participantId,
                                int driveId)
{
    const Status written = writePickChange(session, [&] {
        Statement remove(database(), QStringLiteral("DELETE FROM picks WHERE ") + OnePick);
        bindOnePick(remove, session.id, roundId, participantId, driveId);
        return remove.exec();
    });
    if (written)
        session.removePick(roundId, participantId, driveId);
    return written;
}

Status SessionStore::updatePick(Session &session, const Pick &pick)
{
    const qsizetype index = session.indexOfPick(pick.roundId, pick.participantId, pick.driveId);
    if (index < 0)
        return Error(Error::Kind::NotFound,
                     tr("That pick is no longer in “%1”.").arg(session.title));
    // Checked as if the pick were made anew with its new rank.
    Session trial = session;
    trial.picks.removeAt(index);
    const ValidationIssues issues = trial.checkPick(pick);
    if (!issues.isEmpty())
        return Error(Error::Kind::InvalidInput, issues.first().message);
    const Status written = writePickChange(session, [&] {
        Statement update(database(),
                         QStringLiteral("UPDATE picks SET note = ?, rank = ? WHERE ") + OnePick);
        update.bind(text(pick.note)).bind(nullable(pick.rank));
        bindOnePick(update, session.id, pick.roundId, pick.participantId, pick.driveId);
        return update.exec();
    });
    if (written) {
        Pick &changed = session.picks[index];
        changed.note = pick.note;
        changed.rank = pick.rank;
    }
    return written;
}

Status SessionStore::remove(const QUuid &id)
{
    if (const Status ok = begin(true); !ok)
        return ok;
    Statement remove(database(), QStringLiteral("DELETE FROM sessions WHERE uuid = ?"));
    remove.bind(uuidText(id));
    if (const Status ok = remove.exec(); !ok) {
        rollback();
        return ok;
    }
    if (remove.query().numRowsAffected() != 1) {
        rollback();
        return Error(Error::Kind::NotFound,
                     tr("There is no session %1 in the database.").arg(uuidText(id)));
    }
    return commit();
}

QString SessionStore::wipeFreedSpace()
{
    if (m_config.isPostgres()) {
        return tr("The server keeps old versions of the changed rows in its files until its "
                  "VACUUM reuses the space, and in its write-ahead log and backups for as long "
                  "as those are kept: ask the database's administrator if the request must "
                  "reach them too.");
    }
    // SQLite leaves deleted rows in the file's free pages and in its write-ahead log: rebuild
    // the file from what is left, then empty the log.
    QSqlQuery vacuum(database());
    const bool rebuilt = vacuum.exec(QStringLiteral("VACUUM"));
    if (!rebuilt)
        qCWarning(lcStore) << "VACUUM after forgetting failed:" << vacuum.lastError();
    vacuum.finish();
    QSqlQuery checkpoint(database());
    const bool emptied = checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
                         checkpoint.next() && checkpoint.value(0).toInt() == 0;
    if (rebuilt && emptied)
        return {};
    const QString path = QDir::toNativeSeparators(m_config.path);
    return tr("Another program was using the database %1, so the removed text may stay in the "
              "file's unused space until SQLite reuses it. To clear it now, close the other "
              "programs and run: sqlite3 \"%1\" VACUUM")
        .arg(path);
}

Result<ForgetReport> SessionStore::forgetParticipant(const QString &name,
                                                     std::optional<QUuid> session, bool dryRun)
{
    ForgetReport report;
    report.name = Text::normalName(name);
    if (report.name.isEmpty())
        return Error(Error::Kind::InvalidInput,
                     tr("No name given: say whose picks and notes to forget."));
    const QString wanted = report.name.toCaseFolded();
    report.replacement = tr("[name removed]");
    const QString &replacement = report.replacement;

    if (const Status ok = begin(!dryRun); !ok)
        return ok.error();
    bool committed = false;
    const ScopeExit endTransaction{[this, &committed] {
        if (!committed)
            rollback();
    }};
    const QSqlDatabase db = database();

    struct InSession
    {
        qint64 row = 0;
        qint64 revision = 0;
        QString fields[4];    // title, team, facilitator, notes
        QList<qint64> people; // their participant rows
        QStringList names;    // how the session's texts may name them: the name, their aliases
        QRegularExpression pattern;
        ForgetReport::Part part;
    };
    QList<InSession> sessions;
    QHash<qint64, qsizetype> byRow;
    auto in = [&](const QVariant &sessionRow) -> InSession * {
        const qsizetype index = byRow.value(sessionRow.toLongLong(), -1);
        return index < 0 ? nullptr : &sessions[index];
    };

    // The sessions asked about, in the order `list` shows them.
    {
        Statement st(db, QStringLiteral("SELECT id, uuid, title, team, facilitator, notes, revision"
                                        " FROM sessions%1 ORDER BY session_date DESC, title, id")
                             .arg(session ? QStringLiteral(" WHERE uuid = ?") : QString()));
        if (session)
            st.bind(uuidText(*session));
        if (const Status ok = st.exec(); !ok)
            return ok.error();
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            InSession s;
            s.row = q.value(0).toLongLong();
            s.part.sessionId = QUuid(q.value(1).toString());
            s.part.title = q.value(2).toString();
            for (int i = 0; i < 4; ++i)
                s.fields[i] = q.value(2 + i).toString();
            s.revision = q.value(6).toLongLong();
            s.names = QStringList{report.name};
            byRow.insert(s.row, sessions.size());
            sessions.append(s);
        }
    }
    if (session && sessions.isEmpty())
        return Error(Error::Kind::NotFound,
                     tr("There is no session %1 in the database.").arg(uuidText(*session)));
    // Every query below reads the sessions asked about: all, or the one by its row.
    auto scoped = [&](const QString &sql, const QString &column) {
        return sql.arg(session ? QStringLiteral(" WHERE %1 = ?").arg(column) : QString());
    };
    auto bindScope = [&](Statement &statement) {
        if (session)
            statement.bind(sessions.first().row);
    };

    // Matched as participants are told apart (Session::validate): normalised, in any case.
    QSet<qint64> theirs;
    {
        Statement st(db, scoped(QStringLiteral("SELECT id, session_id, display_name, alias"
                                               " FROM participants%1"),
                                QStringLiteral("session_id")));
        bindScope(st);
        if (const Status ok = st.exec(); !ok)
            return ok.error();
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            if (Text::normalName(q.value(2).toString()).toCaseFolded() != wanted)
                continue;
            InSession *s = in(q.value(1));
            if (!s)
                continue;
            const qint64 row = q.value(0).toLongLong();
            s->people.append(row);
            theirs.insert(row);
            const QString alias = Text::normalName(q.value(3).toString());
            if (!alias.isEmpty() && !s->names.contains(alias, Qt::CaseInsensitive))
                s->names.append(alias);
        }
    }
    for (InSession &s : sessions) {
        s.pattern = Text::namePattern(s.names);
        for (const qint64 person : std::as_const(s.people)) {
            Statement count(db, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN note <> ''"
                                               " THEN 1 ELSE 0 END), 0) FROM picks"
                                               " WHERE participant_id = ?"));
            count.bind(person);
            if (const Status ok = count.exec(); !ok)
                return ok.error();
            if (count.query().next()) {
                s.part.picks += count.query().value(0).toLongLong();
                s.part.notes += count.query().value(1).toLongLong();
            }
        }
    }

    // Every other text that may name them: redacted in place, counted once per text changed.
    auto redact = [&](InSession &s, const QString &text) {
        QString changed = text;
        changed.replace(s.pattern, replacement);
        if (changed != text)
            ++s.part.mentions;
        return changed;
    };
    QList<qsizetype> sessionFieldsChanged;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        InSession &s = sessions[i];
        const qint64 before = s.part.mentions;
        for (QString &field : s.fields)
            field = redact(s, field);
        if (s.part.mentions != before)
            sessionFieldsChanged.append(i);
    }
    struct TagChange
    {
        qint64 session;
        QString from;
        QString to;
        int position;
    };
    QList<TagChange> tagChanges;
    QHash<qint64, QSet<QString>> tagsKept;
    {
        Statement st(db, scoped(QStringLiteral("SELECT session_id, tag, position FROM session_tags"
                                               "%1 ORDER BY session_id, position"),
                                QStringLiteral("session_id")));
        bindScope(st);
        if (const Status ok = st.exec(); !ok)
            return ok.error();
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            InSession *s = in(q.value(0));
            if (!s)
                continue;
            const QString tag = q.value(1).toString();
            const QString redacted = redact(*s, tag);
            if (redacted == tag)
                tagsKept[s->row].insert(tag);
            else
                tagChanges.append({s->row, tag, redacted, q.value(2).toInt()});
        }
    }
    struct TextsChange
    {
        qint64 row;
        QString first;
        QString second;
    };
    // A target round is one person's (Round::problem): when that person is theirs, the round
    // goes with them rather than stay with nobody to pick it.
    QSet<qint64> roundsGone;
    {
        QHash<qint64, bool> onlyTheirs;
        Statement st(db, scoped(QStringLiteral("SELECT m.round_id, m.participant_id"
                                               " FROM round_participants m"
                                               " JOIN rounds r ON r.id = m.round_id%1"),
                                QStringLiteral("r.session_id")) +
                             (session ? QStringLiteral(" AND") : QStringLiteral(" WHERE")) +
                             QStringLiteral(" r.target = 1"));
        bindScope(st);
        if (const Status ok = st.exec(); !ok)
            return ok.error();
        while (st.query().next()) {
            const qint64 round = st.query().value(0).toLongLong();
            const bool theirRow = theirs.contains(st.query().value(1).toLongLong());
            onlyTheirs[round] = onlyTheirs.value(round, true) && theirRow;
        }
        for (auto it = onlyTheirs.cbegin(); it != onlyTheirs.cend(); ++it) {
            if (it.value())
                roundsGone.insert(it.key());
        }
    }
    QList<TextsChange> roundChanges;
    {
        Statement st(db,
                     scoped(QStringLiteral("SELECT id, session_id, title, question FROM rounds%1"),
                            QStringLiteral("session_id")));
        bindScope(st);
        if (const Status ok = st.exec(); !ok)
            return ok.error();
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            InSession *s = in(q.value(1));
            if (!s)
                continue;
            if (roundsGone.contains(q.value(0).toLongLong())) {
                ++s->part.rounds;
                continue;
            }
            const QString title = redact(*s, q.value(2).toString());
            const QString question = redact(*s, q.value(3).toString());
            if (title != q.value(2).toString() || question != q.value(3).toString())
                roundChanges.append({q.value(0).toLongLong(), title, question});
        }
    }
    QList<qint64> agreementsGone;
    QList<TextsChange> agreementChanges;
    {
        Statement st(db,
                     scoped(QStringLiteral("SELECT id, session_id, text, owner FROM agreements%1"),
                            QStringLiteral("session_id")));
        bindScope(st);
        if (const Status ok = st.exec(); !ok)
            return ok.error();
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            InSession *s = in(q.value(1));
            if (!s)
                continue;
            const QString owner = Text::normalName(q.value(3).toString());
            if (!owner.isEmpty() && s->names.contains(owner, Qt::CaseInsensitive)) {
                agreementsGone.append(q.value(0).toLongLong());
                ++s->part.agreements;
                continue;
            }
            const QString text = redact(*s, q.value(2).toString());
            const QString redactedOwner = redact(*s, q.value(3).toString());
            if (text != q.value(2).toString() || redactedOwner != q.value(3).toString())
                agreementChanges.append({q.value(0).toLongLong(), text, redactedOwner});
        }
    }
    struct NoteChange
    {
        qint64 round;
        qint64 participant;
        int drive;
        QString note;
    };
    QList<NoteChange> noteChanges;
    {
        Statement st(db, scoped(QStringLiteral("SELECT r.session_id, x.round_id, x.participant_id,"
                                               " x.drive_id, x.note FROM picks x"
                                               " JOIN rounds r ON r.id = x.round_id%1"),
                                QStringLiteral("r.session_id")) +
                             (session ? QStringLiteral(" AND") : QStringLiteral(" WHERE")) +
                             QStringLiteral(" x.note <> ''"));
        bindScope(st);
        if (const Status ok = st.exec(); !ok)
            return ok.error();
        while (st.query().next()) {
            const QSqlQuery &q = st.query();
            InSession *s = in(q.value(0));
            if (!s || theirs.contains(q.value(2).toLongLong()))
                continue;
            const QString note = redact(*s, q.value(4).toString());
            if (note != q.value(4).toString())
                noteChanges.append(
                    {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt(), note});
        }
    }

    for (const InSession &s : std::as_const(sessions)) {
        if (!s.people.isEmpty() || s.part.agreements > 0 || s.part.mentions > 0)
            report.sessions.append(s.part);
    }
    if (dryRun || report.isEmpty())
        return report;

    auto run = [&](const QString &sql, const QVariantList &values) -> Status {
        Statement st(db, sql);
        for (const QVariant &value : values)
            st.bind(value);
        return st.exec();
    };
    const QString now = nowText();
    for (const InSession &s : std::as_const(sessions)) {
        if (!s.people.isEmpty() || s.part.agreements > 0 || s.part.mentions > 0) {
            Statement bump(db,
                           QStringLiteral("UPDATE sessions SET revision = revision + 1,"
                                          " updated_at = ?, updated_by = ?, updated_by_account = ?"
                                          " WHERE id = ? AND revision = ?"));
            bump.bind(now).bind(text(author())).bind(text(m_account)).bind(s.row).bind(s.revision);
            if (const Status ok = bump.exec(); !ok)
                return ok.error();
            if (bump.query().numRowsAffected() != 1)
                return Error(Error::Kind::Conflict,
                             tr("“%1” was changed by someone else meanwhile, so nothing was "
                                "forgotten. Try again.")
                                 .arg(s.part.title));
        }
        for (const qint64 person : s.people) {
            for (const char *table : {"picks", "scan_runs", "round_participants"}) {
                if (const Status ok = run(QStringLiteral("DELETE FROM %1 WHERE participant_id = ?")
                                              .arg(QLatin1String(table)),
                                          {person});
                    !ok)
                    return ok.error();
            }
            if (const Status ok =
                    run(QStringLiteral("DELETE FROM participants WHERE id = ?"), {person});
                !ok)
                return ok.error();
        }
    }
    for (const qint64 round : std::as_const(roundsGone)) {
        for (const char *table : {"picks", "scan_runs", "round_participants"}) {
            if (const Status ok = run(
                    QStringLiteral("DELETE FROM %1 WHERE round_id = ?").arg(QLatin1String(table)),
                    {round});
                !ok)
                return ok.error();
        }
        if (const Status ok = run(QStringLiteral("DELETE FROM rounds WHERE id = ?"), {round}); !ok)
            return ok.error();
    }
    for (const qsizetype i : std::as_const(sessionFieldsChanged)) {
        const InSession &s = sessions.at(i);
        if (const Status ok = run(QStringLiteral("UPDATE sessions SET title = ?, team = ?,"
                                                 " facilitator = ?, notes = ? WHERE id = ?"),
                                  {text(s.fields[0]), text(s.fields[1]), text(s.fields[2]),
                                   text(s.fields[3]), s.row});
            !ok)
            return ok.error();
    }
    for (const TagChange &change : std::as_const(tagChanges)) {
        if (const Status ok =
                run(QStringLiteral("DELETE FROM session_tags WHERE session_id = ? AND tag = ?"),
                    {change.session, change.from});
            !ok)
            return ok.error();
        // Two tags that now read the same are one.
        QSet<QString> &kept = tagsKept[change.session];
        if (change.to.trimmed().isEmpty() || kept.contains(change.to))
            continue;
        kept.insert(change.to);
        if (const Status ok = run(QStringLiteral("INSERT INTO session_tags (session_id, tag,"
                                                 " position) VALUES (?, ?, ?)"),
                                  {change.session, change.to, change.position});
            !ok)
            return ok.error();
    }
    for (const TextsChange &change : std::as_const(roundChanges)) {
        if (const Status ok = run(QStringLiteral("UPDATE rounds SET title = ?, question = ?"
                                                 " WHERE id = ?"),
                                  {text(change.first), text(change.second), change.row});
            !ok)
            return ok.error();
    }
    for (const qint64 agreement : std::as_const(agreementsGone)) {
        if (const Status ok =
                run(QStringLiteral("DELETE FROM agreements WHERE id = ?"), {agreement});
            !ok)
            return ok.error();
    }
    for (const TextsChange &change : std::as_const(agreementChanges)) {
        if (const Status ok = run(QStringLiteral("UPDATE agreements SET text = ?, owner = ?"
                                                 " WHERE id = ?"),
                                  {text(change.first), text(change.second), change.row});
            !ok)
            return ok.error();
    }
    for (const NoteChange &change : std::as_const(noteChanges)) {
        if (const Status ok =
                run(QStringLiteral("UPDATE picks SET note = ? WHERE round_id = ?"
                                   " AND participant_id = ? AND drive_id = ?"),
                    {text(change.note), change.round, change.participant, change.drive});
            !ok)
            return ok.error();
    }
    if (const Status ok = commit(); !ok)
        return ok.error();
    committed = true;
    report.residue = wipeFreedSpace();
    return report;
}

Result<OrganisationProfile> SessionStore::organisationProfile(const ProfileFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.team.isEmpty()) {
        conditions.append(QStringLiteral("s.team = ?"));
        values.append(filter.team);
    }
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("s.session_date >= ?"));
        values.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("s.session_date <= ?"));
        values.append(filter.to.toString(Qt::ISODate));
    }
    if (!filter.roundTitle.isEmpty()) {
        conditions.append(QStringLiteral("r.title = ?"));
        values.append(filter.roundTitle);
    }
    if (!filter.tag.isEmpty()) {
        conditions.append(QStringLiteral(
            "EXISTS (SELECT 1 FROM session_tags t WHERE t.session_id = s.id AND t.tag = ?)"));
        values.append(filter.tag);
    }
    if (!filter.includeTargets)
        conditions.append(QStringLiteral("r.target = 0"));
    const QString where = conditions.isEmpty()
                              ? QString()
                              : QStringLiteral(" AND ") + conditions.join(QStringLiteral(" AND "));

    // Each (round, participant) with positive picks is one respondent; its size is how many
    // cards it picked. The counts per drive and size are all Profile needs, so no pick leaves
    // the database. Picks are read in key order, already grouped by respondent.
    const QString sql =
        QStringLiteral("WITH sized AS (SELECT p.drive_id,"
                       "  COUNT(*) OVER (PARTITION BY p.round_id, p.participant_id) AS size"
                       "  FROM picks p JOIN rounds r ON r.id = p.round_id"
                       "  JOIN sessions s ON s.id = r.session_id WHERE p.positive = 1%1)"
                       " SELECT drive_id, size, COUNT(*) FROM sized GROUP BY drive_id, size")
            .arg(where);
    const QString sessionsSql =
        QStringLiteral("SELECT COUNT(DISTINCT r.session_id) FROM rounds r"
                       " JOIN sessions s ON s.id = r.session_id"
                       " WHERE EXISTS (SELECT 1 FROM picks p WHERE p.round_id = r.id"
                       " AND p.positive = 1)%1")
            .arg(where);
    // A participant row belongs to one session, so its id counts a person once per session
    // however many rounds they picked in.
    const QString peopleSql =
        QStringLiteral("SELECT COUNT(DISTINCT p.participant_id) FROM picks p"
                       " JOIN rounds r ON r.id = p.round_id JOIN sessions s ON s.id = r.session_id"
                       " WHERE p.positive = 1%1")
            .arg(where);

    // One snapshot for every query; on PostgreSQL enough memory to sort the picks by
    // respondent without spilling to disk, for this query only (SET LOCAL).
    if (const Status ok = begin(false); !ok)
        return ok.error();
    const ScopeExit endRead{[this] { rollback(); }};
    if (m_config.isPostgres()) {
        QSqlQuery memory(database());
        if (!memory.exec(QStringLiteral("SET LOCAL work_mem = '64MB'")))
            qCDebug(lcStore) << "cannot raise work_mem:" << memory.lastError();
    }

    OrganisationProfile result;
    Statement sessions(database(), sessionsSql);
    for (const QVariant &v : values)
        sessions.bind(v);
    if (const Status ok = sessions.exec(); !ok)
        return ok.error();
    if (sessions.query().next())
        result.sessions = sessions.query().value(0).toLongLong();

    Statement people(database(), peopleSql);
    for (const QVariant &v : values)
        people.bind(v);
    if (const Status ok = people.exec(); !ok)
        return ok.error();
    if (people.query().next())
        result.people = people.query().value(0).toLongLong();

    Statement st(database(), sql);
    for (const QVariant &v : values)
        st.bind(v);
    if (const Status ok = st.exec(); !ok)
        return ok.error();
    Profile::SizeCounts counts{};
    while (st.query().next()) {
        const QSqlQuery &q = st.query();
        const int drive = q.value(0).toInt();
        const int size = q.value(1).toInt();
        const qint64 count = q.value(2).toLongLong();
        if (!Catalogue::isValidDriveId(drive) || size < 1 || size > DriveCount)
            continue;
        counts[std::size_t(drive - 1)][std::size_t(size)] += count;
    }
    // A respondent with k cards appears in k (drive, k) counts: exact integers, no rounding.
    qint64 respondents = 0;
    for (std::size_t size = 1; size <= DriveCount; ++size) {
        qint64 appearances = 0;
        for (const auto &bySize : counts)
            appearances += bySize[size];
        respondents += appearances / qint64(size);
    }
    result.profile = Profile::fromCounts(respondents, counts);
    return result;
}

} // namespace DriveDeck
