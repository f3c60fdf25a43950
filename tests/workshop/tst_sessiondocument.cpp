#include "domain/catalogue.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "storefixture.h"
#include "workshop/sessiondocument.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

using Edit = std::function<Status(SessionDocument &)>;
Q_DECLARE_METATYPE(Edit)

// The one writer of an open session: every edit, its undo and its redo reach the database, and
// what the document shows is what a fresh load from the store gives. Runs on SQLite and on
// PostgreSQL (DRIVEDECK_TEST_ENGINE), like the store's tests.
class TestSessionDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_fixture.tearDown(); }
    void edit_undo_redo_matchTheStore_data();
    void edit_undo_redo_matchTheStore();
    void noteEdits_mergeIntoOneUndoStep();
    void brokenEdit_changesNothingAndSaysWhy();
    void pickSignals_areFineGrained();
    void refusedWrite_marksTheCommandObsoleteAndReports();
    void otherFacilitatorsChange_isAConflictNamingWhoAndWhen();
    void missingSession_failsToOpen();

private:
    // A fresh database holding sample(); the document opened on it.
    std::unique_ptr<SessionDocument> openSample();
    // Waits until every change is in the database, then loads the session afresh from it.
    Session stored(SessionDocument &document);
    static Session sample();
    static bool sameContent(Session a, Session b);

    StoreFixture m_fixture;
    DatabaseConfig m_config;
};

namespace {

Pick pickOf(const Session &s, int round, int participant, int drive,
            std::optional<int> rank = std::nullopt)
{
    Pick p;
    p.roundId = s.rounds.at(round).id;
    p.participantId = s.participants.at(participant).id;
    p.driveId = drive;
    p.rank = rank;
    p.madeAt = QDateTime(QDate(2026, 11, 26), QTime(10, 15, 0, 250), Qt::UTC);
    return p;
}

} // namespace

void TestSessionDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString problem = m_fixture.setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    qInfo("engine: %s", qPrintable(m_fixture.engineName()));
}

Session TestSessionDocument::sample()
{
    SessionBuilder b(u"Kick-off"_s);
    b.session().id = QUuid::createUuid();
    b.participant(u"Anna"_s).participant(u"Bram"_s, u"Blue fox"_s).participant(u"Chen"_s);
    b.round(u"Now"_s, PickingRule::choose(1, 3))
        .round(u"Ranked"_s, PickingRule::choose(1, 2, true));
    b.picks(0, 0, {1, 5}).picks(0, 1, {7});
    b.session().picks.append(b.pick(1, 0, 3, Polarity::Positive, 1));
    b.session().picks[0].note = u"My grandmother"_s;
    b.session().agreements = {
        {SessionBuilder::uuid(98), u"Share what we learn"_s, u"Anna"_s, QDate(2026, 12, 1)}};
    return b.build();
}

bool TestSessionDocument::sameContent(Session a, Session b)
{
    a.revision = b.revision = 0;
    return a == b;
}

std::unique_ptr<SessionDocument> TestSessionDocument::openSample()
{
    QString problem;
    m_config = m_fixture.freshDatabase(&problem);
    if (!problem.isEmpty())
        qFatal("cannot create a database: %s", qPrintable(problem));
    auto store = SessionStore::open(m_config);
    if (!store)
        qFatal("%s", qPrintable(store.errorMessage()));
    Session session = sample();
    if (!(*store)->save(session))
        qFatal("cannot save the sample");
    auto document = std::make_unique<SessionDocument>(m_config, session.id, u"Kim"_s);
    if (!QTest::qWaitFor([&] { return document->isOpen(); }, 15000))
        qFatal("the document did not open");
    return document;
}

Session TestSessionDocument::stored(SessionDocument &document)
{
    if (!QTest::qWaitFor([&] { return document.saveState() == SessionDocument::SaveState::Saved; },
                         15000))
        qWarning("not saved: %s", qPrintable(document.lastError().message()));
    auto store = SessionStore::open(m_config);
    return *(*store)->load(document.id());
}

void TestSessionDocument::edit_undo_redo_matchTheStore_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("undoText");
    const Session s = sample();

    QTest::newRow("add a pick") << Edit([s](SessionDocument &d) {
        return d.addPick(pickOf(s, 0, 2, 24));
    }) << u"Pick %1 for Chen"_s.arg(Catalogue::drive(24).name());
    QTest::newRow("remove a pick with its story")
        << Edit([s](SessionDocument &d) { return d.removePick(PickKey::of(s.picks.at(0))); })
        << u"Take back %1 for Anna"_s.arg(Catalogue::drive(1).name());
    QTest::newRow("write a story") << Edit([s](SessionDocument &d) {
        return d.setPickNote(PickKey::of(s.picks.at(2)), u"Loyal to my team\nalways"_s);
    }) << u"Write the story of %1"_s.arg(Catalogue::drive(7).name());
    QTest::newRow("rank a pick") << Edit([s](SessionDocument &d) {
        return d.setPickRank(PickKey::of(s.picks.at(3)), 2);
    }) << u"Rank %1"_s.arg(Catalogue::drive(3).name());
    QTest::newRow("edit the details") << Edit([s](SessionDocument &d) {
        SessionDetails details = SessionDetails::of(s);
        details.title = u"Kick-off, day 2"_s;
        details.tags = {u"pilot"_s};
        details.anonymous = true;
        return d.setDetails(details);
    }) << u"Edit the session details"_s;
    QTest::newRow("add a participant to every round") << Edit([](SessionDocument &d) {
        return d.addParticipant({SessionBuilder::uuid(77), u"Dirk"_s, u"Red kite"_s});
    }) << u"Add Dirk"_s;
    QTest::newRow("remove a participant with picks")
        << Edit([s](SessionDocument &d) { return d.removeParticipant(s.participants.at(0).id); })
        << u"Remove Anna"_s;
    QTest::newRow("rename a participant") << Edit([s](SessionDocument &d) {
        Participant renamed = s.participants.at(1);
        renamed.displayName = u"Bram de Vries"_s;
        return d.updateParticipant(renamed);
    }) << u"Rename Bram"_s;
    QTest::newRow("move a participant")
        << Edit([s](SessionDocument &d) { return d.moveParticipant(s.participants.at(0).id, 2); })
        << u"Move Anna"_s;
    QTest::newRow("add a round") << Edit([s](SessionDocument &d) {
        Round desired;
        desired.id = SessionBuilder::uuid(88);
        desired.title = u"Desired"_s;
        desired.question = u"What should drive us in a year?"_s;
        desired.rule = PickingRule::scan(4);
        desired.participantIds = {s.participants.at(2).id, s.participants.at(0).id};
        return d.addRound(desired);
    }) << u"Add the round Desired"_s;
    QTest::newRow("remove a round with picks")
        << Edit([s](SessionDocument &d) { return d.removeRound(s.rounds.at(0).id); })
        << u"Remove the round Now"_s;
    QTest::newRow("add an agreement") << Edit([](SessionDocument &d) {
        return d.addAgreement({SessionBuilder::uuid(99), u"Lunch together once a month"_s,
                               u"Bram"_s, QDate(2026, 12, 31)});
    }) << u"Add the agreement “Lunch together once a month”"_s;
    QTest::newRow("remove an agreement")
        << Edit([s](SessionDocument &d) { return d.removeAgreement(s.agreements.first().id); })
        << u"Remove the agreement “Share what we learn”"_s;
    QTest::newRow("edit an agreement") << Edit([s](SessionDocument &d) {
        Agreement a = s.agreements.first();
        a.owner = u"Chen"_s;
        a.due = {};
        return d.updateAgreement(a);
    }) << u"Edit the agreement “Share what we learn”"_s;
    QTest::newRow("make a round a timed target round") << Edit([s](SessionDocument &d) {
        Round round = s.rounds.at(1);
        round.participantIds = {s.participants.at(0).id}; // Anna speaks for the brand here
        round.target = true;
        round.timeboxMinutes = 10;
        return d.updateRound(round);
    }) << u"Edit the round Ranked"_s;
    QTest::newRow("edit a round's rule and members") << Edit([s](SessionDocument &d) {
        Round round = s.rounds.at(1);
        round.question = u"Which two matter most?"_s;
        round.rule.maxPicks = 1;
        round.participantIds.removeAll(s.participants.at(2).id);
        return d.updateRound(round);
    }) << u"Edit the round Ranked"_s;
}

void TestSessionDocument::edit_undo_redo_matchTheStore()
{
    QFETCH(Edit, edit);
    QFETCH(QString, undoText);
    auto document = openSample();
    const Session before = document->session();
    QVERIFY(sameContent(stored(*document), before));

    const Status status = edit(*document);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    const Session after = document->session();
    QVERIFY(!sameContent(after, before));
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), undoText);
    Session inStore = stored(*document);
    QVERIFY(sameContent(inStore, after));
    QCOMPARE(inStore.revision, document->session().revision);

    document->undoStack()->undo();
    QVERIFY(sameContent(document->session(), before));
    inStore = stored(*document);
    QVERIFY(sameContent(inStore, before));
    QCOMPARE(inStore.revision, document->session().revision);

    document->undoStack()->redo();
    QVERIFY(sameContent(document->session(), after));
    inStore = stored(*document);
    QVERIFY(sameContent(inStore, after));
    QCOMPARE(inStore.revision, before.revision + 3);
}

void TestSessionDocument::noteEdits_mergeIntoOneUndoStep()
{
    auto document = openSample();
    const Session original = document->session();
    const PickKey key = PickKey::of(document->session().picks.at(2));
    for (const QString &note : {u"I"_s, u"I stay"_s, u"I stay loyal"_s})
        QVERIFY(document->setPickNote(key, note).ok());
    QVERIFY(document->setPickRank(PickKey::of(document->session().picks.at(3)), 2).ok());
    QVERIFY(document->setPickNote(key, u"I stay loyal to my team"_s).ok());
    // Note, rank, note: the rank in between starts a new step.
    QCOMPARE(document->undoStack()->count(), 3);
    QCOMPARE(stored(*document).picks.at(2).note, u"I stay loyal to my team"_s);

    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(document->session().picks.at(2).note, u"I stay loyal"_s);
    document->undoStack()->undo();
    QCOMPARE(document->session().picks.at(2).note, QString());
    QVERIFY(sameContent(stored(*document), original));

    // Typed and deleted again: nothing to undo.
    document->undoStack()->clear();
    QVERIFY(document->setPickNote(key, u"x"_s).ok());
    QVERIFY(document->setPickNote(key, QString()).ok());
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(sameContent(stored(*document), original));
}

void TestSessionDocument::brokenEdit_changesNothingAndSaysWhy()
{
    auto document = openSample();
    const Session before = document->session();
    const Status fourth = document->addPick(pickOf(before, 0, 0, 9));
    QVERIFY(fourth.ok());
    const Status tooMany = document->addPick(pickOf(before, 0, 0, 10));
    QCOMPARE(tooMany.errorKind(), Error::Kind::InvalidInput);
    QVERIFY2(tooMany.errorMessage().contains(u"Anna"_s), qPrintable(tooMany.errorMessage()));
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->session().picks.size(), before.picks.size() + 1);
    Participant twin = before.participants.at(2);
    twin.displayName = u"anna"_s;
    QCOMPARE(document->updateParticipant(twin).errorKind(), Error::Kind::InvalidInput);
    QCOMPARE(document->undoStack()->count(), 1);
    QVERIFY(sameContent(stored(*document), document->session()));
}

void TestSessionDocument::pickSignals_areFineGrained()
{
    auto document = openSample();
    QSignalSpy added(document.get(), &SessionDocument::pickAdded);
    QSignalSpy removed(document.get(), &SessionDocument::pickRemoved);
    QSignalSpy changed(document.get(), &SessionDocument::pickChanged);
    QSignalSpy reset(document.get(), &SessionDocument::sessionReset);
    const Pick pick = pickOf(document->session(), 0, 2, 11);
    QVERIFY(document->addPick(pick).ok());
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().value<Pick>(), pick);
    QVERIFY(document->setPickNote(PickKey::of(pick), u"Curious"_s).ok());
    QCOMPARE(changed.size(), 1);
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 2);
    (void)stored(*document);
    QCOMPARE(reset.size(), 0);
}

void TestSessionDocument::refusedWrite_marksTheCommandObsoleteAndReports()
{
    auto document = openSample();
    // The database itself refuses new picks from now on (as a constraint of an IT department's
    // own might); the window cannot know until it tries.
    {
        QSqlDatabase db = m_fixture.rawConnection(m_config, u"tamper"_s);
        QSqlQuery query(db);
        if (m_fixture.isPostgres()) {
            QVERIFY(query.exec(u"CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE "
                               "EXCEPTION 'no new picks today'; END $$ LANGUAGE plpgsql"_s));
            QVERIFY(query.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON picks FOR EACH ROW "
                               "EXECUTE FUNCTION refuse()"_s));
        } else {
            QVERIFY(query.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON picks BEGIN SELECT "
                               "RAISE(ABORT, 'no new picks today'); END"_s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);

    QSignalSpy failed(document.get(), &SessionDocument::writeFailed);
    const Session before = document->session();
    QVERIFY(document->addPick(pickOf(before, 0, 2, 12)).ok());
    QCOMPARE(document->session().picks.size(), before.picks.size() + 1); // shown at once
    QVERIFY(failed.wait(15000));
    const Error error = failed.first().first().value<Error>();
    QVERIFY2(error.message().contains(u"no new picks today"_s), qPrintable(error.message()));
    QCOMPARE(document->lastError(), error);
    // Taken back from the screen, and gone from the history.
    QVERIFY(sameContent(document->session(), before));
    QCOMPARE(document->undoStack()->count(), 1);
    QVERIFY(document->undoStack()->command(0)->isObsolete());
    document->undoStack()->undo();
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(sameContent(stored(*document), before));
    QCOMPARE(document->saveState(), SessionDocument::SaveState::Saved);
}

void TestSessionDocument::otherFacilitatorsChange_isAConflictNamingWhoAndWhen()
{
    auto document = openSample();
    {
        auto theirs = SessionStore::open(m_config);
        QVERIFY(theirs.ok());
        (*theirs)->setAuthor(u"Bram"_s);
        Session copy = *(*theirs)->load(document->id());
        copy.title = u"Their title"_s;
        QVERIFY((*theirs)->save(copy).ok());
    }
    QSignalSpy failed(document.get(), &SessionDocument::writeFailed);
    QVERIFY(document->addPick(pickOf(document->session(), 0, 2, 13)).ok());
    QVERIFY(failed.wait(15000));
    QCOMPARE(document->saveState(), SessionDocument::SaveState::Conflict);
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.kind(), Error::Kind::Conflict);
    QVERIFY2(error.message().contains(u"was changed by Bram on "_s +
                                      QDate::currentDate().toString(Qt::ISODate)),
             qPrintable(error.message()));
    // Nothing more is written until the facilitator reloads.
    QCOMPARE(document->addPick(pickOf(document->session(), 0, 2, 14)).errorKind(),
             Error::Kind::Conflict);

    QSignalSpy reset(document.get(), &SessionDocument::sessionReset);
    document->reload();
    // Until the reload is done, an edit would be written and then vanish: it waits.
    QCOMPARE(document->saveState(), SessionDocument::SaveState::Opening);
    QCOMPARE(document->addPick(pickOf(document->session(), 0, 2, 15)).errorKind(),
             Error::Kind::Busy);
    QVERIFY(reset.wait(15000));
    QCOMPARE(document->saveState(), SessionDocument::SaveState::Saved);
    QCOMPARE(document->session().title, u"Their title"_s);
    QCOMPARE(document->session().picks.size(), sample().picks.size());
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(document->addPick(pickOf(document->session(), 0, 2, 13)).ok());
    QCOMPARE(stored(*document).picks.size(), sample().picks.size() + 1);
}

void TestSessionDocument::missingSession_failsToOpen()
{
    QString problem;
    m_config = m_fixture.freshDatabase(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    SessionDocument document(m_config, QUuid::createUuid());
    QSignalSpy failed(&document, &SessionDocument::openFailed);
    QVERIFY(failed.wait(15000));
    QCOMPARE(document.saveState(), SessionDocument::SaveState::OpenFailed);
    QCOMPARE(failed.first().first().value<Error>().kind(), Error::Kind::NotFound);
    QCOMPARE(document.addPick(Pick()).errorMessage(), u"The session is not open yet."_s);
}

QTEST_GUILESS_MAIN(TestSessionDocument)
#include "tst_sessiondocument.moc"
