#include "profile/profile.h"
#include "sessionbuilder.h"
#include "store/schemamigrator.h"
#include "store/sessionstore.h"
#include "storefixture.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace DriveDeck;
using DriveDeck::Testing::SessionBuilder;
using DriveDeck::Testing::StoreFixture;
using namespace Qt::StringLiterals;

namespace {

Session workshop(const QString &title = u"Kick-off 🚀"_s)
{
    SessionBuilder b(title);
    b.participant(u"Zoë"_s, u"Blue fox"_s).participant(u"Bram"_s).participant(u"李"_s);
    b.round(u"Now"_s, PickingRule::choose(1, 3, true, true)).round(u"Scan"_s, PickingRule::scan(5));
    // Participant and round ids need only be unique within a session; the session's own id
    // must differ between sessions in one database.
    b.session().id = QUuid::createUuid();
    b.session().rounds[1].participantIds.removeFirst();
    b.session().picks = {b.pick(0, 0, 1, Polarity::Positive, 1),
                         b.pick(0, 0, 2, Polarity::Positive, 2),
                         b.pick(0, 1, 24, Polarity::Negative), b.pick(0, 2, 13), b.pick(1, 1, 7)};
    Session s = b.build();
    s.facilitator = u"Kim"_s;
    s.notes = u"Two\nlines"_s;
    s.tags = {u"pilot"_s, u"sales"_s};
    s.language = u"nl"_s;
    s.picks[0].note = u"A story\nover lines"_s;
    s.picks[0].madeAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30, 0, 125), Qt::UTC); // ms kept
    s.picks[4].reactionTimeMs = 812;
    // Scans in the order they were started (not the people's order); the largest seed there is.
    s.scanRuns = {{s.rounds[1].id, s.participants[2].id, 4294967295u, {3, 9}},
                  {s.rounds[1].id, s.participants[1].id, 7, {}}};
    return s;
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void open_createsTheCurrentSchema();
    void open_newSqliteFile_isTheUsersAlone();
    void open_inASchemaOfItsOwn_worksOnEveryRun();
    void open_urlOptionsReachTheServer();
    void save_thenLoad_keepsEveryField();
    void save_replacesTheWholeSession();
    void list_summarisesEverySession();
    void resolve_byIdPrefixOrTitle();
    void addPick_isStoredAtOnceAndSeenByOthers();
    void addPick_invalidPickChangesNothing();
    void removePick_removesOnlyThatPick();
    void updatePick_changesNoteAndRank();
    void save_midWorkshop_keepsUnfinishedRounds();
    void save_reportsProgress_andCancelsLeavingNothing();
    void staleCopy_isRefusedNamingWhoAndWhen();
    void deletedByOther_isReported();
    void remove_deletesTheSessionAndItsPicks();
    void newerSchema_isRefusedAndLeftAlone();
    void failedMigrationStep_leavesTheOldVersion();
    void schemaStep2_upgradesAVersion1Database();
    void schemaStep3_upgradesAVersion2Database();
    void schemaStep4_upgradesAVersion3Database();
    void agreementsAndTargetRounds_roundTrip();
    void organisationProfile_matchesTheProfileMaths();
    void organisationProfile_filters_data();
    void organisationProfile_filters();
    void organisationProfile_countsPeopleAndRespondentsApart_data();
    void organisationProfile_countsPeopleAndRespondentsApart();
    void forgetParticipant_dryRun_listsWhatGoesAndChangesNothing();
    void forgetParticipant_leavesNoTraceInAnyTable();
    void forgetParticipant_inOneSession_leavesTheOthers();
    void forgetParticipant_nobodyOfThatName_changesNothing();
    void killedWriter_losesNoAcknowledgedPick();
    void lostServer_givesAClearMessage();

private:
    std::unique_ptr<SessionStore> openFresh();
    void seedOrganisation(SessionStore &store);
    // Sessions "Kick-off" and "Review" with Quintessa in them, "Sales day" without; saved.
    QList<Session> seedPrivacy(SessionStore &store);
    // How many rows of every text column of every table hold needle (ASCII, any case); the
    // columns searched in columns.
    qint64 hitsEverywhere(const QString &needle, QStringList *columns = nullptr);

    StoreFixture m_fixture;
    DatabaseConfig m_last;
};

void TestSessionStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString problem = m_fixture.setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    qInfo("engine: %s", qPrintable(m_fixture.engineName()));
}

void TestSessionStore::cleanupTestCase()
{
    m_fixture.tearDown();
}

std::unique_ptr<SessionStore> TestSessionStore::openFresh()
{
    QString problem;
    m_last = m_fixture.freshDatabase(&problem);
    if (!problem.isEmpty())
        qFatal("cannot create a database: %s", qPrintable(problem));
    auto store = SessionStore::open(m_last);
    if (!store)
        qFatal("cannot open %s: %s", qPrintable(m_last.displayUrl()),
               qPrintable(store.errorMessage()));
    return std::move(store).value();
}

void TestSessionStore::open_createsTheCurrentSchema()
{
    auto store = openFresh();
    QSqlDatabase raw = m_fixture.rawConnection(m_last, u"raw"_s);
    {
        QVERIFY(raw.isOpen());
        QCOMPARE(*SchemaMigrator::currentVersion(raw), SchemaMigrator::LatestVersion);
        for (const QString &table : {u"sessions"_s, u"participants"_s, u"rounds"_s, u"picks"_s,
                                     u"round_participants"_s, u"session_tags"_s, u"agreements"_s})
            QVERIFY2(raw.tables().contains(table), qPrintable(table));
        if (!m_fixture.isPostgres()) {
            QSqlQuery mode(u"PRAGMA journal_mode"_s, raw);
            QVERIFY(mode.next());
            QCOMPARE(mode.value(0).toString(), u"wal"_s);
        }
        raw.close();
    }
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"raw"_s);
    // Opening again migrates nothing and keeps working.
    store.reset();
    QVERIFY(SessionStore::open(m_last).ok());
}

void TestSessionStore::save_thenLoad_keepsEveryField()
{
    auto store = openFresh();
    Session session = workshop();
    session.deck = u"Mountains"_s;
    session.deckAtRandom = true;
    QVERIFY2(store->save(session).ok(), "save");
    QCOMPARE(session.revision, 1);
    const auto loaded = store->load(session.id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->participants, session.participants);
    QCOMPARE(loaded->rounds, session.rounds);
    QCOMPARE(loaded->picks, session.picks);
    QCOMPARE(loaded->tags, session.tags);
    QVERIFY(*loaded == session);
}

void TestSessionStore::save_replacesTheWholeSession()
{
    auto store = openFresh();
    Session session = workshop();
    QVERIFY(store->save(session).ok());
    Session edited = *store->load(session.id);
    edited.title = u"Renamed"_s;
    edited.participants[1].displayName = u"Bram de Vries"_s;
    edited.tags = {u"q4"_s};
    edited.picks.removeLast();
    edited.rounds.removeLast();
    edited.scanRuns.clear(); // they were in the round taken out
    const Status saved = store->save(edited);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(edited.revision, 2);
    QVERIFY(*store->load(session.id) == edited);
}

void TestSessionStore::list_summarisesEverySession()
{
    auto store = openFresh();
    Session a = workshop(u"Alpha"_s);
    a.date = QDate(2026, 1, 5);
    a.team = u"Sales"_s;
    Session b = workshop(u"Beta"_s);
    b.date = QDate(2026, 3, 1);
    QVERIFY(store->save(a).ok());
    QVERIFY(store->save(b).ok());
    store->setAuthor(u"Kim"_s);
    const auto list = store->list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).title, u"Beta"_s); // newest first
    QCOMPARE(list->at(1).team, u"Sales"_s);
    QCOMPARE(list->at(1).participants, 3);
    QCOMPARE(list->at(1).rounds, 2);
    QCOMPARE(list->at(1).tags, (QStringList{u"pilot"_s, u"sales"_s}));
    QCOMPARE(list->at(1).date, QDate(2026, 1, 5));
}

void TestSessionStore::resolve_byIdPrefixOrTitle()
{
    auto store = openFresh();
    Session a = workshop(u"Alpha"_s);
    a.id = QUuid(u"aaaa1111-0000-0000-0000-000000000001"_s);
    Session b = workshop(u"Beta"_s);
    b.id = QUuid(u"aaaa2222-0000-0000-0000-000000000002"_s);
    Session c = workshop(u"Beta"_s);
    c.id = QUuid(u"cccc3333-0000-0000-0000-000000000003"_s);
    QVERIFY(store->save(a).ok() && store->save(b).ok() && store->save(c).ok());
    QCOMPARE(*store->resolve(u"aaaa1111-0000-0000-0000-000000000001"_s), a.id);
    QCOMPARE(*store->resolve(u"{AAAA1111-0000-0000-0000-000000000001}"_s), a.id);
    QCOMPARE(*store->resolve(u"aaaa2"_s), b.id);
    QCOMPARE(*store->resolve(u"Alpha"_s), a.id);
    QCOMPARE(
        store->resolve(u"aaaa"_s).errorMessage(),
        u"\"aaaa\" matches 2 sessions: aaaa1111 (Alpha), aaaa2222 (Beta). Use more of the id."_s);
    QCOMPARE(
        store->resolve(u"Beta"_s).errorMessage(),
        u"\"Beta\" matches 2 sessions: aaaa2222 (Beta), cccc3333 (Beta). Use more of the id."_s);
    QCOMPARE(store->resolve(u"Gamma"_s).errorMessage(),
             u"No session matches \"Gamma\". \"drivedeck list\" shows the saved sessions."_s);
}

void TestSessionStore::addPick_isStoredAtOnceAndSeenByOthers()
{
    auto store = openFresh();
    Session session = workshop();
    QVERIFY(store->save(session).ok());
    auto other = SessionStore::open(m_last);
    QVERIFY(other.ok());

    Pick pick;
    pick.roundId = session.rounds.at(0).id;
    pick.participantId = session.participants.at(1).id;
    pick.driveId = 9;
    pick.rank = 1;
    pick.note = u"Freedom"_s;
    pick.madeAt = QDateTime(QDate(2026, 11, 23), QTime(9, 31), Qt::UTC);
    const Status added = store->addPick(session, pick);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QCOMPARE(session.revision, 2);
    QCOMPARE(session.picks.last(), pick);

    // Another connection sees it immediately: it is committed, not buffered.
    const auto seen = (*other)->load(session.id);
    QVERIFY(seen.ok());
    QVERIFY(*seen == session);
}

void TestSessionStore::addPick_invalidPickChangesNothing()
{
    auto store = openFresh();
    Session session = workshop();
    QVERIFY(store->save(session).ok());
    Pick twice = session.picks.first();
    twice.rank = std::nullopt;
    const Status added = store->addPick(session, twice);
    QVERIFY(!added.ok());
    QCOMPARE(
        added.errorMessage(),
        u"Blue fox already picked “Idealism · Better world” in “Now”; each card can be picked once."_s
            .replace(u"Blue fox"_s, u"Zoë"_s));
    QCOMPARE(session.revision, 1);
    QVERIFY(*store->load(session.id) == session);
}

void TestSessionStore::removePick_removesOnlyThatPick()
{
    auto store = openFresh();
    Session session = workshop();
    QVERIFY(store->save(session).ok());
    QVERIFY(
        store->removePick(session, session.rounds.at(0).id, session.participants.at(0).id, 2).ok());
    QCOMPARE(session.picks.size(), 4);
    QVERIFY(*store->load(session.id) == session);
}

void TestSessionStore::updatePick_changesNoteAndRank()
{
    auto store = openFresh();
    Session session = workshop();
    QVERIFY(store->save(session).ok());
    Pick edited = session.picks.at(1); // Zoë's second, rank 2
    edited.note = u"Ik wil iets betekenen"_s;
    edited.rank = 3;
    QVERIFY(store->updatePick(session, edited).ok());
    QCOMPARE(session.revision, 2);
    QCOMPARE(session.picks.at(1).note, u"Ik wil iets betekenen"_s);
    QCOMPARE(session.picks.at(1).rank, std::optional<int>(3));
    QVERIFY(*store->load(session.id) == session);

    edited.rank = 1; // Zoë's first pick has rank 1
    const Status twice = store->updatePick(session, edited);
    QCOMPARE(twice.errorKind(), Error::Kind::InvalidInput);
    QCOMPARE(session.revision, 2);

    Pick nobodys = edited;
    nobodys.driveId = 20;
    QCOMPARE(store->updatePick(session, nobodys).errorKind(), Error::Kind::NotFound);
    QVERIFY(*store->load(session.id) == session);
}

void TestSessionStore::save_midWorkshop_keepsUnfinishedRounds()
{
    // Bram has one card of the three a round asks for: the workshop is still going on.
    auto store = openFresh();
    SessionBuilder b;
    b.session().id = QUuid::createUuid();
    b.participant(u"Anna"_s).participant(u"Bram"_s).round(u"Now"_s, PickingRule::choose(3, 3));
    b.picks(0, 0, {1, 2, 3}).picks(0, 1, {4});
    Session session = b.build();
    QCOMPARE(session.validate().size(), 1);
    QVERIFY(session.blockingIssues().isEmpty());
    QVERIFY(store->save(session).ok());
    QVERIFY(*store->load(session.id) == session);
}

void TestSessionStore::save_reportsProgress_andCancelsLeavingNothing()
{
    // 60 people with 20 cards each: 1,200 picks, written in batches of 500.
    auto store = openFresh();
    SessionBuilder b;
    b.session().id = QUuid::createUuid();
    for (int p = 0; p < 60; ++p)
        b.participant(u"P%1"_s.arg(p));
    b.round(u"Now"_s, PickingRule::choose(1, 24));
    for (int p = 0; p < 60; ++p)
        b.picks(0, p, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});
    Session session = b.build();

    QList<QPair<qint64, qint64>> reports;
    Status saved = store->save(session, [&](qint64 done, qint64 total) {
        reports.append({done, total});
        return reports.size() < 2; // cancel after the second batch
    });
    QCOMPARE(saved.errorKind(), Error::Kind::Cancelled);
    QCOMPARE(saved.errorMessage(), u"Cancelled; nothing was saved."_s);
    QCOMPARE(reports, (QList<QPair<qint64, qint64>>{{500, 1200}, {1000, 1200}}));
    QVERIFY(!store->contains(session.id));
    QCOMPARE(session.revision, 0);
    QCOMPARE(store->list()->size(), 0);

    reports.clear();
    saved = store->save(session, [&](qint64 done, qint64 total) {
        reports.append({done, total});
        return true;
    });
    QVERIFY(saved.ok());
    QCOMPARE(reports.last(), (QPair<qint64, qint64>{1200, 1200}));
    QCOMPARE(store->load(session.id)->picks.size(), 1200);
}

void TestSessionStore::staleCopy_isRefusedNamingWhoAndWhen()
{
    auto mine = openFresh();
    mine->setAuthor(u"Kim"_s);
    Session session = workshop();
    QVERIFY(mine->save(session).ok());

    auto theirs = SessionStore::open(m_last);
    QVERIFY(theirs.ok());
    (*theirs)->setAuthor(u"Bram"_s);
    Session theirCopy = *(*theirs)->load(session.id);
    Pick pick;
    pick.roundId = theirCopy.rounds.at(0).id;
    pick.participantId = theirCopy.participants.at(1).id;
    pick.driveId = 3;
    QVERIFY((*theirs)->addPick(theirCopy, pick).ok());

    // My copy is stale now: saving it, or adding a pick to it, is refused.
    session.title = u"My title"_s;
    const Status saved = mine->save(session);
    QVERIFY(!saved.ok());
    const QString message = saved.errorMessage();
    QVERIFY2(message.startsWith(u"“My title” was changed by Bram on "_s), qPrintable(message));
    QVERIFY2(message.contains(u"(their version 2, yours 1)"_s), qPrintable(message));
    QCOMPARE(saved.errorKind(), Error::Kind::Conflict);
    QVERIFY(message.contains(QDate::currentDate().toString(Qt::ISODate)));

    Pick mineToo = pick;
    mineToo.participantId = session.participants.at(2).id;
    const Status added = mine->addPick(session, mineToo);
    QVERIFY(!added.ok());
    QVERIFY(added.errorMessage().contains(u"was changed by Bram"_s));
    QCOMPARE(added.errorKind(), Error::Kind::Conflict);

    // Their change stands; nothing of mine was written.
    const Session stored = *mine->load(session.id);
    QVERIFY(stored == theirCopy);
    QCOMPARE(stored.title, u"Kick-off 🚀"_s);
    QCOMPARE(session.revision, 1);
}

void TestSessionStore::deletedByOther_isReported()
{
    auto mine = openFresh();
    Session session = workshop();
    QVERIFY(mine->save(session).ok());
    auto theirs = SessionStore::open(m_last);
    QVERIFY((*theirs)->remove(session.id).ok());
    const Status saved = mine->save(session);
    QCOMPARE(
        saved.errorMessage(),
        u"“Kick-off 🚀” was deleted from the database by someone else, so your change was not saved."_s);
}

void TestSessionStore::remove_deletesTheSessionAndItsPicks()
{
    auto store = openFresh();
    Session a = workshop(u"A"_s);
    Session b = workshop(u"B"_s);
    QVERIFY(store->save(a).ok() && store->save(b).ok());
    QVERIFY(store->remove(a.id).ok());
    QVERIFY(!store->contains(a.id));
    QVERIFY(store->load(b.id).ok());
    QCOMPARE(store->remove(a.id).errorMessage(),
             u"There is no session %1 in the database."_s.arg(a.id.toString(QUuid::WithoutBraces)));
    const auto everyone = store->organisationProfile({});
    QCOMPARE(everyone->sessions, 1); // only B's picks are left
}

void TestSessionStore::newerSchema_isRefusedAndLeftAlone()
{
    auto store = openFresh();
    Session session = workshop();
    QVERIFY(store->save(session).ok());
    store.reset();
    // Pretend a future DriveDeck wrote this database.
    {
        QSqlDatabase raw = m_fixture.rawConnection(m_last, u"raw2"_s);
        QVERIFY(raw.isOpen());
        QSqlQuery query(raw);
        QVERIFY(query.exec(u"UPDATE drivedeck_schema SET version = 7"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw2"_s);

    const auto refused = SessionStore::open(m_last);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorMessage(),
             m_last.displayUrl() +
                 u": This database was written by a newer DriveDeck (schema version 7; this "
                 "version knows up to %1). Update DriveDeck to use it; nothing was changed."_s.arg(
                     SchemaMigrator::LatestVersion));
}

void TestSessionStore::failedMigrationStep_leavesTheOldVersion()
{
    QString problem;
    m_last = m_fixture.freshDatabase(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString connection = u"migration-test"_s;
    {
        QSqlDatabase db = m_fixture.rawConnection(m_last, connection);
        QVERIFY(db.isOpen());
        QVERIFY(SchemaMigrator::driveDeckSchema(m_fixture.isPostgres(), 1).migrate(db).ok());
        // Version 1 exists; a step 2 whose second statement fails must leave no trace.
        const SchemaMigrator broken({{1, {}},
                                     {2,
                                      {u"CREATE TABLE notes_v2 (id INTEGER)"_s,
                                       u"ALTER TABLE no_such_table ADD COLUMN x INTEGER"_s}}});
        const Status migrated = broken.migrate(db);
        QVERIFY(!migrated.ok());
        QVERIFY2(
            migrated.errorMessage().startsWith(
                u"Updating the database to schema version 2 failed, so it was left at version 1: "_s),
            qPrintable(migrated.errorMessage()));
        QCOMPARE(*SchemaMigrator::currentVersion(db), 1);
        QVERIFY(!db.tables().contains(u"notes_v2"_s));

        // And a good step 2 applies on top of version 1.
        const SchemaMigrator good({{1, {}}, {2, {u"CREATE TABLE notes_v2 (id INTEGER)"_s}}});
        QVERIFY(good.migrate(db).ok());
        QCOMPARE(*SchemaMigrator::currentVersion(db), 2);
        QVERIFY(db.tables().contains(u"notes_v2"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestSessionStore::schemaStep2_upgradesAVersion1Database()
{
    QString problem;
    m_last = m_fixture.freshDatabase(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString id = u"5e551011-0000-4000-8000-000000000001"_s;
    // A database as DriveDeck with schema 1 left it: its tables, its columns, one session.
    {
        QSqlDatabase db = m_fixture.rawConnection(m_last, u"v1"_s);
        QVERIFY(SchemaMigrator::driveDeckSchema(m_fixture.isPostgres(), 1).migrate(db).ok());
        QSqlQuery q(db);
        const QStringList statements{
            u"INSERT INTO sessions (id, uuid, title, team, facilitator, session_date, language,"
            " notes, anonymous, revision, updated_at, updated_by) VALUES (1, '%1', 'Kick-off',"
            " 'Sales', 'Kim', '2026-03-02', 'nl', '', 0, 4, '2026-03-02T10:00:00.000Z', 'Kim')"_s
                .arg(id),
            u"INSERT INTO participants (id, uuid, session_id, position, display_name, alias)"
            " VALUES (1, '00000001-0000-0000-0000-000000000000', 1, 0, 'Anna', ''),"
            " (2, '00000002-0000-0000-0000-000000000000', 1, 1, 'Bram', 'Blue fox')"_s,
            u"INSERT INTO rounds (id, uuid, session_id, position, title, question, mode,"
            " min_picks, max_picks, ranked, allow_negative, seconds_per_card) VALUES (1,"
            " '00000003-0000-0000-0000-000000000000', 1, 0, 'Now', 'What drives you now?',"
            " 'choose', 1, 3, 0, 0, 0)"_s,
            u"INSERT INTO round_participants (round_id, participant_id, position)"
            " VALUES (1, 1, 0), (1, 2, 1)"_s,
            u"INSERT INTO picks (round_id, participant_id, drive_id, position, rank, positive,"
            " note, made_at, reaction_ms) VALUES (1, 1, 3, 0, NULL, 1, 'My team',"
            " '2026-03-02T10:05:00.000Z', NULL), (1, 2, 17, 1, NULL, 1, '', NULL, NULL)"_s,
        };
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    auto store = SessionStore::open(m_last);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    const auto loaded = (*store)->load(QUuid(id));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->title, u"Kick-off"_s);
    QCOMPARE(loaded->revision, 4);
    QCOMPARE(loaded->participants.size(), 2);
    QCOMPARE(loaded->participants.at(1).alias, u"Blue fox"_s);
    QCOMPARE(loaded->rounds.size(), 1);
    QCOMPARE(loaded->rounds.first().target, false);
    QCOMPARE(loaded->rounds.first().timeboxMinutes, 0);
    QCOMPARE(loaded->rounds.first().blind, false);
    QCOMPARE(loaded->rounds.first().participantIds.size(), 2);
    QCOMPARE(loaded->picks.size(), 2);
    QCOMPARE(loaded->picks.first().note, u"My team"_s);
    QCOMPARE(loaded->picks.at(1).driveId, 17);
    QVERIFY(loaded->agreements.isEmpty());
    {
        QSqlDatabase raw = m_fixture.rawConnection(m_last, u"v2"_s);
        QCOMPARE(*SchemaMigrator::currentVersion(raw), SchemaMigrator::LatestVersion);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v2"_s);

    // Version 2's and 3's fields are stored from now on.
    Session session = *loaded;
    session.rounds.first().timeboxMinutes = 15;
    session.rounds.first().blind = true;
    session.agreements.append({QUuid::createUuid(), u"Monthly lunch"_s, u"Bram"_s, {}});
    QVERIFY((*store)->save(session).ok());
    QCOMPARE(*(*store)->load(session.id), session);
}

void TestSessionStore::schemaStep3_upgradesAVersion2Database()
{
    QString problem;
    m_last = m_fixture.freshDatabase(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString id = u"5e551011-0000-4000-8000-000000000002"_s;
    // A database as DriveDeck with schema 2 left it: a target round with a timebox.
    {
        QSqlDatabase db = m_fixture.rawConnection(m_last, u"v2only"_s);
        QVERIFY(SchemaMigrator::driveDeckSchema(m_fixture.isPostgres(), 2).migrate(db).ok());
        QSqlQuery q(db);
        const QStringList statements{
            u"INSERT INTO sessions (id, uuid, title, team, facilitator, session_date, language,"
            " notes, anonymous, revision, updated_at, updated_by) VALUES (1, '%1', 'Brand day',"
            " 'Sales', 'Kim', '2026-06-02', 'en', '', 0, 2, '2026-06-02T10:00:00.000Z', 'Kim')"_s
                .arg(id),
            u"INSERT INTO participants (id, uuid, session_id, position, display_name, alias)"
            " VALUES (1, '00000001-0000-0000-0000-000000000000', 1, 0, 'Brand', '')"_s,
            u"INSERT INTO rounds (id, uuid, session_id, position, title, question, mode,"
            " min_picks, max_picks, ranked, allow_negative, seconds_per_card, target,"
            " timebox_minutes) VALUES (1, '00000003-0000-0000-0000-000000000000', 1, 0,"
            " 'Intended', 'What should drive us?', 'choose', 1, 3, 0, 0, 0, 1, 10)"_s,
            u"INSERT INTO round_participants (round_id, participant_id, position)"
            " VALUES (1, 1, 0)"_s,
        };
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v2only"_s);

    auto store = SessionStore::open(m_last);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    auto loaded = (*store)->load(QUuid(id));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->rounds.first().target, true);
    QCOMPARE(loaded->rounds.first().timeboxMinutes, 10);
    QCOMPARE(loaded->rounds.first().blind, false); // as it was: an open round
    {
        QSqlDatabase raw = m_fixture.rawConnection(m_last, u"v3"_s);
        QCOMPARE(*SchemaMigrator::currentVersion(raw), SchemaMigrator::LatestVersion);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v3"_s);
    Session session = *loaded;
    session.rounds.first().blind = true;
    QVERIFY((*store)->save(session).ok());
    QCOMPARE((*store)->load(session.id)->rounds.first().blind, true);
}

void TestSessionStore::schemaStep4_upgradesAVersion3Database()
{
    QString problem;
    m_last = m_fixture.freshDatabase(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A database as schema 3 left it: a scan round with one "no" answer.
    const QString id = u"5e551011-0000-4000-8000-000000000003"_s;
    {
        QSqlDatabase db = m_fixture.rawConnection(m_last, u"v3only"_s);
        QVERIFY(SchemaMigrator::driveDeckSchema(m_fixture.isPostgres(), 3).migrate(db).ok());
        QSqlQuery q(db);
        const QStringList statements{
            u"INSERT INTO sessions (id, uuid, title, team, facilitator, session_date, language,"
            " notes, anonymous, revision, updated_at, updated_by) VALUES (1, '%1', 'Scan day',"
            " 'Sales', 'Kim', '2026-06-02', 'en', '', 0, 2, '2026-06-02T10:00:00.000Z', 'Kim')"_s
                .arg(id),
            u"INSERT INTO participants (id, uuid, session_id, position, display_name, alias)"
            " VALUES (1, '00000001-0000-0000-0000-000000000000', 1, 0, 'Zoë', '')"_s,
            u"INSERT INTO participants (id, uuid, session_id, position, display_name, alias)"
            " VALUES (2, '00000002-0000-0000-0000-000000000000', 1, 1, 'Bram', '')"_s,
            u"INSERT INTO rounds (id, uuid, session_id, position, title, question, mode,"
            " min_picks, max_picks, ranked, allow_negative, seconds_per_card, target,"
            " timebox_minutes, blind) VALUES (1, '00000003-0000-0000-0000-000000000000', 1, 0,"
            " 'Quick scan', 'Me or not me?', 'scan', 0, 24, 0, 1, 5, 0, 10, 0)"_s,
            u"INSERT INTO round_participants (round_id, participant_id, position)"
            " VALUES (1, 1, 0)"_s,
            u"INSERT INTO round_participants (round_id, participant_id, position)"
            " VALUES (1, 2, 1)"_s,
            u"INSERT INTO picks (round_id, participant_id, drive_id, position, rank, positive,"
            " note, made_at, reaction_ms) VALUES (1, 1, 5, 0, NULL, 0, '', NULL, 640)"_s,
        };
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v3only"_s);

    auto store = SessionStore::open(m_last);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    Session loaded = *(*store)->load(QUuid(id));
    QVERIFY(loaded.scanRuns.isEmpty()); // scans before version 4 kept no seed
    QCOMPARE(loaded.picks.size(), 1);
    QCOMPARE(loaded.picks.first().reactionTimeMs, 640);
    {
        QSqlDatabase raw = m_fixture.rawConnection(m_last, u"v4"_s);
        QCOMPARE(*SchemaMigrator::currentVersion(raw), SchemaMigrator::LatestVersion);
        QVERIFY(raw.tables().contains(u"scan_runs"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v4"_s);
    const QUuid roundId = loaded.rounds.first().id;
    const QUuid zoe = loaded.participants.at(0).id, bram = loaded.participants.at(1).id;
    const QList<ScanRun> scans{{roundId, bram, 4294967295u, {}}, {roundId, zoe, 12, {17, 2}}};
    loaded.scanRuns = scans;
    QVERIFY((*store)->save(loaded).ok());
    QCOMPARE((*store)->load(loaded.id)->scanRuns, scans);

    // Taking someone out of the session takes their scan with them, and only theirs.
    Session without = *(*store)->load(loaded.id);
    without.participants.removeAt(0);
    without.rounds.first().participantIds.removeAll(zoe);
    without.picks.clear();
    without.scanRuns.removeLast();
    QVERIFY((*store)->save(without).ok());
    QCOMPARE((*store)->load(loaded.id)->scanRuns, QList<ScanRun>{scans.first()});
}

void TestSessionStore::agreementsAndTargetRounds_roundTrip()
{
    auto store = openFresh();
    Session session = workshop();
    Participant brand{QUuid::createUuid(), u"Brand"_s, {}};
    session.participants.append(brand);
    Round intended;
    intended.id = QUuid::createUuid();
    intended.title = u"What the brand promises"_s;
    intended.rule = PickingRule::choose(3, 5);
    intended.participantIds = {brand.id};
    intended.target = true;
    intended.timeboxMinutes = 10;
    session.rounds.append(intended);
    session.agreements = {
        {QUuid::createUuid(), u"Share one story a week in the stand-up"_s, u"Zoë"_s,
         QDate(2026, 12, 18)},
        {QUuid::createUuid(), u"Repeat the session in spring"_s, {}, {}},
    };
    QVERIFY(store->save(session).ok());
    const Session loaded = *store->load(session.id);
    QCOMPARE(loaded, session);
    QCOMPARE(loaded.rounds.last().target, true);
    QCOMPARE(loaded.agreements.first().due, QDate(2026, 12, 18));
    QVERIFY(!loaded.agreements.last().due.isValid());

    // A target round with two pickers, or an agreement without words, is refused.
    Session twoPickers = loaded;
    twoPickers.rounds.last().participantIds.append(session.participants.first().id);
    const Status refused = store->save(twoPickers);
    QCOMPARE(refused.errorKind(), Error::Kind::InvalidInput);
    QVERIFY2(refused.errorMessage().contains(u"exactly one participant"_s),
             qPrintable(refused.errorMessage()));
    Session empty = loaded;
    empty.agreements.first().text = u"  "_s;
    QCOMPARE(store->save(empty).errorMessage(), u"An agreement has no text."_s);
}

void TestSessionStore::seedOrganisation(SessionStore &store)
{
    // Three sessions: two teams, tags, dates, rounds with shared titles.
    auto make = [](const QString &title, const QString &team, QDate date, QStringList tags,
                   const QList<QList<int>> &now, const QList<QList<int>> &desired) {
        SessionBuilder b(title);
        for (qsizetype i = 0; i < std::max(now.size(), desired.size()); ++i)
            b.participant(u"P%1"_s.arg(i));
        b.round(u"Now"_s).round(u"Desired"_s);
        for (qsizetype i = 0; i < now.size(); ++i)
            b.picks(0, int(i), now.at(i));
        for (qsizetype i = 0; i < desired.size(); ++i)
            b.picks(1, int(i), desired.at(i));
        Session s = b.build();
        s.team = team;
        s.date = date;
        s.tags = tags;
        s.id = QUuid::createUuid();
        return s;
    };
    Session a = make(u"Sales Jan"_s, u"Sales"_s, QDate(2026, 1, 10), {u"pilot"_s},
                     {{1}, {1, 2, 13, 21}, {}}, {{7}});
    Session b =
        make(u"Sales Jun"_s, u"Sales"_s, QDate(2026, 6, 10), {}, {{23, 24}, {5}}, {{7, 8}, {9}});
    Session c = make(u"Care Mar"_s, u"Care"_s, QDate(2026, 3, 10), {u"pilot"_s}, {{4, 3}}, {});
    // P2 in January's "Now" only said "not me": not a respondent.
    a.rounds[0].rule.allowNegative = true;
    Pick notMe;
    notMe.roundId = a.rounds.at(0).id;
    notMe.participantId = a.participants.at(2).id;
    notMe.driveId = 6;
    notMe.polarity = Polarity::Negative;
    a.picks.append(notMe);
    for (Session *s : {&a, &b, &c}) {
        const Status saved = store.save(*s);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    }
}

void TestSessionStore::organisationProfile_matchesTheProfileMaths()
{
    auto store = openFresh();
    seedOrganisation(*store);
    const auto all = store->organisationProfile({});
    QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
    // Respondents: every (round, participant) with a positive pick; the "not me"-only one
    // is not a respondent.
    const QList<QList<int>> selections{{1}, {1, 2, 13, 21}, {7}, {23, 24},
                                       {5}, {7, 8},         {9}, {4, 3}};
    QList<DriveSet> sets;
    for (const auto &ids : selections) {
        DriveSet set;
        for (int id : ids)
            set.insert(id);
        sets.append(set);
    }
    const Profile expected =
        Profile::fromSelections(std::span<const DriveSet>(sets.constData(), sets.size()));
    QCOMPARE(all->sessions, 3);
    QCOMPARE(all->profile.respondents(), 8);
    for (int id = 1; id <= 24; ++id) {
        QCOMPARE(all->profile.picks(id), expected.picks(id));
        QCOMPARE(all->profile.share(id), expected.share(id)); // the same digits, not just close
    }
    QCOMPARE(all->profile.balance(), expected.balance());
    QCOMPARE(all->profile.topDrives(), expected.topDrives());
    // 1: 1 + 1/4 over 8 respondents.
    QCOMPARE(all->profile.share(1), 1.25 / 8);
}

void TestSessionStore::organisationProfile_filters_data()
{
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("round");
    QTest::addColumn<qint64>("sessions");
    QTest::addColumn<qint64>("respondents");
    QTest::addColumn<qint64>("picksOf7");

    QTest::newRow("everything") << ""
                                << "" << QDate() << QDate() << "" << 3LL << 8LL << 2LL;
    QTest::newRow("team") << "Sales"
                          << "" << QDate() << QDate() << "" << 2LL << 7LL << 2LL;
    QTest::newRow("tag") << ""
                         << "pilot" << QDate() << QDate() << "" << 2LL << 4LL << 1LL;
    QTest::newRow("round") << ""
                           << "" << QDate() << QDate() << "Now" << 3LL << 5LL << 0LL;
    QTest::newRow("from") << ""
                          << "" << QDate(2026, 3, 10) << QDate() << "" << 2LL << 5LL << 1LL;
    QTest::newRow("to") << ""
                        << "" << QDate() << QDate(2026, 3, 9) << "" << 1LL << 3LL << 1LL;
    QTest::newRow("all filters") << "Sales"
                                 << "pilot" << QDate(2026, 1, 1) << QDate(2026, 12, 31) << "Desired"
                                 << 1LL << 1LL << 1LL;
    QTest::newRow("nothing matches") << "Nobody"
                                     << "" << QDate() << QDate() << "" << 0LL << 0LL << 0LL;
}

void TestSessionStore::organisationProfile_filters()
{
    QFETCH(QString, team);
    QFETCH(QString, tag);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, round);
    QFETCH(qint64, sessions);
    QFETCH(qint64, respondents);
    QFETCH(qint64, picksOf7);
    auto store = openFresh();
    seedOrganisation(*store);
    const auto result = store->organisationProfile({team, tag, from, to, round});
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->sessions, sessions);
    QCOMPARE(result->profile.respondents(), respondents);
    QCOMPARE(result->profile.picks(7), picksOf7);
}

void TestSessionStore::organisationProfile_countsPeopleAndRespondentsApart_data()
{
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("round");
    QTest::addColumn<bool>("includeTargets");
    QTest::addColumn<qint64>("sessions");
    QTest::addColumn<qint64>("people");
    QTest::addColumn<qint64>("respondents");
    // Launch (Sales): Anna, Bram and Cas pick in Now and Desired, Brand in its target round.
    // Care day (Care): Anna (another person: another session) and Dewi pick in Now.
    QTest::newRow("everything") << ""
                                << "" << false << 2LL << 5LL << 8LL;
    QTest::newRow("with targets") << ""
                                  << "" << true << 2LL << 6LL << 9LL;
    QTest::newRow("team") << "Sales"
                          << "" << false << 1LL << 3LL << 6LL;
    QTest::newRow("team with targets") << "Sales"
                                       << "" << true << 1LL << 4LL << 7LL;
    QTest::newRow("one round") << ""
                               << "Now" << false << 2LL << 5LL << 5LL;
    QTest::newRow("a target round, left out") << ""
                                              << "Brand" << false << 0LL << 0LL << 0LL;
    QTest::newRow("a target round, asked for") << ""
                                               << "Brand" << true << 1LL << 1LL << 1LL;
}

void TestSessionStore::organisationProfile_countsPeopleAndRespondentsApart()
{
    QFETCH(QString, team);
    QFETCH(QString, round);
    QFETCH(bool, includeTargets);
    QFETCH(qint64, sessions);
    QFETCH(qint64, people);
    QFETCH(qint64, respondents);
    auto store = openFresh();
    SessionBuilder launch(u"Launch"_s);
    launch.participant(u"Anna"_s).participant(u"Bram"_s).participant(u"Cas"_s);
    launch.round(u"Now"_s).round(u"Desired"_s);
    launch.participant(u"Brand"_s).round(u"Brand"_s);
    launch.session().rounds[2].target = true;
    launch.session().rounds[2].participantIds = {launch.session().participants.at(3).id};
    launch.picks(0, 0, {1, 2}).picks(0, 1, {3}).picks(0, 2, {4});
    launch.picks(1, 0, {5}).picks(1, 1, {6}).picks(1, 2, {7, 8});
    launch.picks(2, 3, {9, 10});
    launch.session().team = u"Sales"_s;
    launch.session().id = QUuid::createUuid();
    SessionBuilder care(u"Care day"_s);
    care.participant(u"Anna"_s).participant(u"Dewi"_s).round(u"Now"_s);
    care.picks(0, 0, {1}).picks(0, 1, {2});
    care.session().team = u"Care"_s;
    care.session().id = QUuid::createUuid();
    for (Session session : {launch.build(), care.build()}) {
        const Status saved = store->save(session);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    }
    ProfileFilter filter;
    filter.team = team;
    filter.roundTitle = round;
    filter.includeTargets = includeTargets;
    const auto result = store->organisationProfile(filter);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->sessions, sessions);
    QCOMPARE(result->people, people);
    QCOMPARE(result->profile.respondents(), respondents);
}

QList<Session> TestSessionStore::seedPrivacy(SessionStore &store)
{
    // Distinctive words, so that a search of every column finds only what is meant.
    SessionBuilder a(u"Kick-off"_s);
    a.participant(u"Quintessa"_s, u"Velvet Otter"_s).participant(u"Bram"_s).participant(u"Cas"_s);
    a.round(u"Now"_s, PickingRule::choose(1, 3, false, true))
        .round(u"Scan"_s, PickingRule::scan(5));
    a.session().picks = {a.pick(0, 0, 1), a.pick(0, 0, 2, Polarity::Negative),
                         a.pick(0, 1, 3), a.pick(0, 2, 4),
                         a.pick(1, 0, 5), a.pick(1, 1, 6)};
    a.session().picks[0].note = u"Zephyrine harbour story"_s;
    a.session().picks[2].note = u"Bram walked with quintessa"_s; // another's story names her
    a.session().picks[3].note = u"Cas keeps this story"_s;
    Session kickOff = a.build();
    kickOff.id = QUuid::createUuid();
    kickOff.facilitator = u"Kim"_s;
    kickOff.tags = {u"pilot"_s};
    kickOff.notes = u"Quintessa arrived late; Velvet Otter is her alias"_s;
    kickOff.scanRuns = {{kickOff.rounds[1].id, kickOff.participants[0].id, 11, {}},
                        {kickOff.rounds[1].id, kickOff.participants[1].id, 12, {}}};
    kickOff.agreements = {{QUuid::createUuid(), u"Quintessa books the room"_s, u"Bram"_s, {}},
                          {QUuid::createUuid(), u"Xylograph minutes"_s, u" quintessa "_s, {}}};

    // Her name in capitals here; a target round only she picked.
    SessionBuilder b(u"Review"_s);
    b.participant(u"QUINTESSA"_s).participant(u"Dewi"_s).round(u"Now"_s).round(u"Her ideal"_s);
    b.session().rounds[1].target = true;
    b.session().rounds[1].participantIds = {b.session().participants.at(0).id};
    b.session().picks = {b.pick(0, 0, 7), b.pick(0, 1, 8), b.pick(1, 0, 9)};
    b.session().picks[0].note = u"Zephyrine second story"_s;
    b.session().picks[1].note = u"Dewi's own words"_s;
    Session review = b.build();
    review.id = QUuid::createUuid();

    SessionBuilder c(u"Sales day"_s);
    c.participant(u"Eve"_s).participant(u"Finn"_s).round(u"Now"_s);
    c.session().picks = {c.pick(0, 0, 10), c.pick(0, 1, 11)};
    c.session().picks[0].note = u"Eve's story"_s;
    Session sales = c.build();
    sales.id = QUuid::createUuid();

    QList<Session> sessions{kickOff, review, sales};
    for (Session &session : sessions) {
        const Status saved = store.save(session);
        if (!saved)
            qFatal("cannot save %s: %s", qPrintable(session.title),
                   qPrintable(saved.errorMessage()));
    }
    return sessions;
}

qint64 TestSessionStore::hitsEverywhere(const QString &needle, QStringList *columns)
{
    qint64 hits = 0;
    {
        QSqlDatabase db = m_fixture.rawConnection(m_last, u"search"_s);
        // The tables and their text columns as the database itself lists them, so that a
        // column added later is searched too.
        QList<QPair<QString, QString>> found;
        if (m_fixture.isPostgres()) {
            QSqlQuery q(db);
            if (!q.exec(u"SELECT table_name, column_name FROM information_schema.columns"
                        " WHERE table_schema = current_schema()"
                        " AND data_type IN ('text', 'character varying', 'character')"
                        " ORDER BY table_name, ordinal_position"_s))
                qFatal("cannot list the columns: %s", qPrintable(q.lastError().text()));
            while (q.next())
                found.append({q.value(0).toString(), q.value(1).toString()});
        } else {
            QStringList tables;
            QSqlQuery q(db);
            if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"
                        " AND name NOT LIKE 'sqlite_%' ORDER BY name"_s))
                qFatal("cannot list the tables: %s", qPrintable(q.lastError().text()));
            while (q.next())
                tables.append(q.value(0).toString());
            for (const QString &table : tables) {
                QSqlQuery info(db);
                if (!info.exec(u"PRAGMA table_info(\"%1\")"_s.arg(table)))
                    qFatal("cannot read %s: %s", qPrintable(table),
                           qPrintable(info.lastError().text()));
                while (info.next()) {
                    const QString type = info.value(2).toString().toUpper();
                    if (type.contains(u"TEXT"_s) || type.contains(u"CHAR"_s) || type.isEmpty())
                        found.append({table, info.value(1).toString()});
                }
            }
        }
        for (const auto &[table, column] : found) {
            if (columns)
                columns->append(table + u'.' + column);
            QSqlQuery q(db);
            q.prepare(
                u"SELECT COUNT(*) FROM \"%1\" WHERE lower(\"%2\") LIKE ?"_s.arg(table, column));
            q.addBindValue(u"%"_s + needle.toLower() + u"%"_s);
            if (!q.exec() || !q.next())
                qFatal("cannot search %s.%s: %s", qPrintable(table), qPrintable(column),
                       qPrintable(q.lastError().text()));
            hits += q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"search"_s);
    return hits;
}

void TestSessionStore::forgetParticipant_dryRun_listsWhatGoesAndChangesNothing()
{
    auto store = openFresh();
    const QList<Session> saved = seedPrivacy(*store);
    const auto report = store->forgetParticipant(u"  quintessa "_s, std::nullopt, true);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->name, u"quintessa"_s);
    QCOMPARE(report->replacement, u"[name removed]"_s);
    // Kick-off: two picks in Now (one with a story, one "not me"), one in the scan; the
    // agreement she owns; the session's notes, Bram's story and an agreement name her.
    // Review: one pick in Now with a story, one in her target round.
    const QList<ForgetReport::Part> expected{{saved[0].id, u"Kick-off"_s, 3, 1, 1, 0, 3},
                                             {saved[1].id, u"Review"_s, 2, 1, 0, 1, 0}};
    QCOMPARE(report->sessions, expected);
    QVERIFY(report->residue.isEmpty());
    for (const Session &session : saved)
        QVERIFY(*store->load(session.id) == session);
    // Her two names, Bram's story, two agreements, the session's notes.
    QCOMPARE(hitsEverywhere(u"quintessa"_s), 6);
}

void TestSessionStore::forgetParticipant_leavesNoTraceInAnyTable()
{
    auto store = openFresh();
    const QList<Session> saved = seedPrivacy(*store);
    store->setAuthor(u"Privacy officer"_s);
    const auto report = store->forgetParticipant(u"Quintessa"_s, std::nullopt, false);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->sessions.size(), 2);
    QCOMPARE(report->sessions[0].mentions, 3);
    QCOMPARE(report->sessions[1].rounds, 1);

    // Nothing of hers in any text column of any table: her name in any case, her alias, her
    // stories, the agreement she owned.
    QStringList columns;
    for (const QString &needle :
         {u"quintessa"_s, u"velvet otter"_s, u"zephyrine"_s, u"xylograph"_s})
        QCOMPARE(hitsEverywhere(needle, &columns), 0);
    for (const QString &column : {u"participants.display_name"_s, u"participants.alias"_s,
                                  u"picks.note"_s, u"agreements.text"_s, u"agreements.owner"_s,
                                  u"sessions.notes"_s, u"rounds.question"_s, u"session_tags.tag"_s})
        QVERIFY2(columns.contains(column), qPrintable(column));
    // Everyone else's stays, with her name taken out where they named her.
    for (const QString &kept :
         {u"Bram walked with [name removed]"_s, u"Cas keeps this story"_s, u"Dewi's own words"_s,
          u"Eve's story"_s, u"[name removed] books the room"_s,
          u"[name removed] arrived late; [name removed] is her alias"_s})
        QVERIFY2(hitsEverywhere(kept) == 1, qPrintable(kept));

    const auto kickOff = store->load(saved[0].id);
    QVERIFY2(kickOff.ok(), qPrintable(kickOff.errorMessage()));
    QCOMPARE(kickOff->validate(), ValidationIssues{});
    QCOMPARE(kickOff->revision, 2);
    const QUuid bram = saved[0].participants[1].id;
    const QUuid cas = saved[0].participants[2].id;
    QCOMPARE(kickOff->participants,
             (QList<Participant>{saved[0].participants[1], saved[0].participants[2]}));
    for (const Round &round : kickOff->rounds)
        QCOMPARE(round.participantIds, (QList<QUuid>{bram, cas}));
    QList<Pick> left{saved[0].picks[2], saved[0].picks[3], saved[0].picks[5]};
    left[0].note = u"Bram walked with [name removed]"_s;
    QCOMPARE(kickOff->picks, left);
    QCOMPARE(kickOff->scanRuns, QList<ScanRun>{saved[0].scanRuns[1]});
    QCOMPARE(kickOff->agreements.size(), 1);
    QCOMPARE(kickOff->agreements[0].owner, u"Bram"_s);
    QCOMPARE(kickOff->facilitator, u"Kim"_s);

    const auto review = store->load(saved[1].id);
    QVERIFY2(review.ok(), qPrintable(review.errorMessage()));
    QCOMPARE(review->validate(), ValidationIssues{});
    QCOMPARE(review->revision, 2);
    QCOMPARE(review->participants, QList<Participant>{saved[1].participants[1]});
    QCOMPARE(review->rounds.size(), 1); // her target round went with her
    QCOMPARE(review->picks, QList<Pick>{saved[1].picks[1]});

    QVERIFY(*store->load(saved[2].id) == saved[2]); // revision 1: untouched
    const auto listed = store->list();
    QVERIFY(listed.ok());
    for (const SessionSummary &summary : *listed)
        QCOMPARE(summary.updatedBy == u"Privacy officer"_s, summary.id != saved[2].id);

    if (m_fixture.isPostgres()) {
        // The server's own files are its administrator's: the report says so.
        QVERIFY2(report->residue.contains(u"VACUUM"_s), qPrintable(report->residue));
    } else {
        // Nor in the file's free pages or its write-ahead log.
        QVERIFY2(report->residue.isEmpty(), qPrintable(report->residue));
        QByteArray bytes;
        for (const QString &path : {m_last.path, m_last.path + u"-wal"_s}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.contains("Cas keeps this story"));
        for (const char *gone : {"uintessa", "UINTESSA", "Zephyrine", "Velvet Otter", "Xylograph"})
            QVERIFY2(!bytes.contains(gone), gone);
    }
}

void TestSessionStore::forgetParticipant_inOneSession_leavesTheOthers()
{
    auto store = openFresh();
    const QList<Session> saved = seedPrivacy(*store);
    const auto report = store->forgetParticipant(u"Quintessa"_s, saved[1].id, false);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    const QList<ForgetReport::Part> expected{{saved[1].id, u"Review"_s, 2, 1, 0, 1, 0}};
    QCOMPARE(report->sessions, expected);
    QVERIFY(*store->load(saved[0].id) == saved[0]);
    QCOMPARE(store->load(saved[1].id)->revision, 2);
    QCOMPARE(hitsEverywhere(u"Zephyrine second"_s), 0);
    QCOMPARE(hitsEverywhere(u"Zephyrine harbour"_s), 1);
}

void TestSessionStore::forgetParticipant_nobodyOfThatName_changesNothing()
{
    auto store = openFresh();
    const QList<Session> saved = seedPrivacy(*store);
    for (bool dryRun : {true, false}) {
        const auto nobody = store->forgetParticipant(u"Zed"_s, std::nullopt, dryRun);
        QVERIFY2(nobody.ok(), qPrintable(nobody.errorMessage()));
        QVERIFY(nobody->isEmpty());
        // Not a participant, but named: "Kim" facilitated the kick-off.
        const auto named = store->forgetParticipant(u"kim"_s, std::nullopt, true);
        QVERIFY(named.ok());
        const QList<ForgetReport::Part> expected{{saved[0].id, u"Kick-off"_s, 0, 0, 0, 0, 1}};
        QCOMPARE(named->sessions, expected);
    }
    QCOMPARE(store->forgetParticipant(u" \u200b "_s, std::nullopt, false).errorKind(),
             Error::Kind::InvalidInput);
    const auto unknown = store->forgetParticipant(u"Quintessa"_s, QUuid::createUuid(), false);
    QCOMPARE(unknown.errorKind(), Error::Kind::NotFound);
    for (const Session &session : saved)
        QVERIFY(*store->load(session.id) == session);
}

void TestSessionStore::killedWriter_losesNoAcknowledgedPick()
{
    auto store = openFresh();
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QStringLiteral(DRIVEDECK_PICKWRITER),
                 {m_fixture.isPostgres() ? m_fixture.server()->url(m_last.database) : m_last.path});
    QVERIFY(writer.waitForStarted());

    QUuid sessionId;
    QList<QPair<int, int>> acknowledged;
    QByteArray pending;
    while (acknowledged.size() < 60) {
        if (!writer.waitForReadyRead(30000))
            QFAIL(qPrintable(u"writer stopped: "_s +
                             QString::fromLocal8Bit(writer.readAllStandardError())));
        pending += writer.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = pending.left(newline).split(' ');
            pending.remove(0, newline + 1);
            if (words.value(0) == "session")
                sessionId = QUuid(QString::fromLatin1(words.value(1)));
            else if (words.value(0) == "ack")
                acknowledged.append({words.value(1).toInt(), words.value(2).toInt()});
        }
    }
    // Mid-stream, without warning: no destructor, no commit, no flush runs.
    ::kill(pid_t(writer.processId()), SIGKILL);
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    const auto reopened = SessionStore::open(m_last);
    QVERIFY(reopened.ok());
    const auto session = (*reopened)->load(sessionId);
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    QSet<QPair<int, int>> stored;
    for (const Pick &pick : session->picks) {
        for (qsizetype p = 0; p < session->participants.size(); ++p) {
            if (session->participants.at(p).id == pick.participantId)
                stored.insert({int(p), pick.driveId});
        }
    }
    for (const auto &ack : std::as_const(acknowledged))
        QVERIFY2(stored.contains(ack),
                 qPrintable(u"lost pick %1/%2"_s.arg(ack.first).arg(ack.second)));
    // At most the one pick in flight when it died went in without its acknowledgement.
    QVERIFY(stored.size() <= acknowledged.size() + 1);
    QVERIFY(session->validate().isEmpty());
}

void TestSessionStore::lostServer_givesAClearMessage()
{
    if (!m_fixture.isPostgres())
        QSKIP("SQLite has no server to lose");
    auto store = openFresh();
    Session session = workshop();
    QVERIFY(store->save(session).ok());
    m_fixture.server()->stop();
    Pick pick;
    pick.roundId = session.rounds.at(0).id;
    pick.participantId = session.participants.at(1).id;
    pick.driveId = 3;
    const Status added = store->addPick(session, pick);
    QVERIFY(!added.ok());
    // One line with the next step; the server's own words are for --verbose.
    QCOMPARE(added.errorMessage(),
             u"The database server %1:%2 cannot be reached: check the network and that the server "
             "is running, then try again. Nothing was changed."_s.arg(m_last.host)
                 .arg(m_last.port));
    // The kind is set where the driver's error is seen: a write queue tries again on it.
    QCOMPARE(added.errorKind(), Error::Kind::Unreachable);
    QVERIFY(added.error().isTransient());
    QCOMPARE(session.picks.size(), 5);
    QCOMPARE(session.revision, 1);
}

// The database holds participants' stories: a folder DriveDeck makes for it is 0700 and the
// file 0600, whatever the umask (created 0644 in 0755 folders before).
void TestSessionStore::open_newSqliteFile_isTheUsersAlone()
{
    if (m_fixture.isPostgres())
        QSKIP("a PostgreSQL server keeps its own files");
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"new/data"_s);
    const QString path = folder + u"/drivedeck.sqlite"_s;
    {
        auto store = SessionStore::open(DatabaseConfig::sqlite(path));
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        Session session = SessionBuilder(u"Private"_s).participant(u"Anna"_s).build();
        QVERIFY((*store)->save(session));
    }
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                      QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                      QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(path) & mask, ownerOnly);
    QCOMPARE(QFile::permissions(folder) & mask, ownerOnly | QFileDevice::ExeOwner);
    QCOMPARE(QFile::permissions(dir.filePath(u"new"_s)) & mask, ownerOnly | QFileDevice::ExeOwner);
    // An existing database keeps what its owner chose.
    QVERIFY(QFile::setPermissions(path, ownerOnly | QFileDevice::ReadGroup));
    QVERIFY(SessionStore::open(DatabaseConfig::sqlite(path)).ok());
    QCOMPARE(QFile::permissions(path) & mask, ownerOnly | QFileDevice::ReadGroup);
}

// An organisation's database with DriveDeck in a schema of its own (the role's search_path):
// the first run made it, and every later run failed with "relation drivedeck_schema already
// exists", as the version table was looked up by its bare name among Qt's schema-qualified ones.
void TestSessionStore::open_inASchemaOfItsOwn_worksOnEveryRun()
{
    if (!m_fixture.isPostgres())
        QSKIP("SQLite has no schemas");
    Testing::PostgresServer *server = m_fixture.server();
    const QString database = u"own_schema"_s;
    QCOMPARE(server->createDatabase(database), QString());
    QCOMPARE(
        server->execute(database, {u"CREATE SCHEMA drivedeck"_s,
                                   u"ALTER DATABASE own_schema SET search_path = drivedeck"_s}),
        QString());
    const DatabaseConfig config = *DatabaseConfig::fromUrl(server->url(database));
    for (int run = 1; run <= 3; ++run) {
        auto store = SessionStore::open(config);
        QVERIFY2(store.ok(), qPrintable(u"run %1: "_s.arg(run) + store.errorMessage()));
        Session session = SessionBuilder(u"Run %1"_s.arg(run)).participant(u"Anna"_s).build();
        session.id = QUuid::createUuid();
        const Status saved = (*store)->save(session);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE((*store)->list()->size(), run);
    }
    // Everything is in the schema, nothing in public.
    QCOMPARE(
        server->execute(database, {u"DO $$ BEGIN IF (SELECT count(*) FROM information_schema.tables"
                                   " WHERE table_schema = 'public') > 0 OR (SELECT count(*) FROM"
                                   " information_schema.tables WHERE table_schema = 'drivedeck' AND"
                                   " table_name = 'picks') <> 1 THEN RAISE EXCEPTION 'misplaced';"
                                   " END IF; END $$"_s}),
        QString());
}

// The URL's libpq options are used: TLS required of a server without it fails instead of
// connecting in plain text, and options=-csearch_path=… puts DriveDeck in that schema.
void TestSessionStore::open_urlOptionsReachTheServer()
{
    if (!m_fixture.isPostgres())
        QSKIP("libpq's options are PostgreSQL's");
    Testing::PostgresServer *server = m_fixture.server();
    const QString database = u"url_options"_s;
    QCOMPARE(server->createDatabase(database), QString());
    QCOMPARE(server->execute(database, {u"CREATE SCHEMA elsewhere"_s}), QString());

    const auto tls =
        SessionStore::open(*DatabaseConfig::fromUrl(server->url(database) + u"?sslmode=require"_s));
    QVERIFY(!tls.ok());
    QVERIFY2(tls.errorMessage().contains(u"(TLS)"_s), qPrintable(tls.errorMessage()));

    auto store = SessionStore::open(*DatabaseConfig::fromUrl(
        server->url(database) + u"?sslmode=disable&options=-csearch_path%3Delsewhere"_s));
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    QCOMPARE(server->execute(database,
                             {u"DO $$ BEGIN IF (SELECT count(*) FROM information_schema.tables"
                              " WHERE table_schema = 'elsewhere' AND table_name = 'picks') <> 1"
                              " THEN RAISE EXCEPTION 'not in elsewhere'; END IF; END $$"_s}),
             QString());
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
