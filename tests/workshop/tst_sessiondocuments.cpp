#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "workshop/sessiondocument.h"
#include "workshop/sessiondocuments.h"

#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// One document per open session in the process.
class TestSessionDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void twoScreens_shareOneDocument_andBothPicksLand();
    void close_forgetsAndDeletesTheDocument();

private:
    Session saved(const DatabaseConfig &config);
    QTemporaryDir m_dir;
};

Session TestSessionDocuments::saved(const DatabaseConfig &config)
{
    SessionBuilder b(u"Shared"_s);
    b.session().id = QUuid::createUuid();
    b.participant(u"Anna"_s).participant(u"Bram"_s).round(u"Now"_s);
    Session session = b.build();
    auto store = SessionStore::open(config);
    if (!store || !(*store)->save(session))
        qFatal("cannot save the session");
    return session;
}

void TestSessionDocuments::twoScreens_shareOneDocument_andBothPicksLand()
{
    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir.filePath(u"shared.sqlite"_s));
    const Session session = saved(config);
    SessionDocuments documents;
    SessionDocument *kiosk = documents.open(config, session.id, u"Kim"_s);
    SessionDocument *projector = documents.open(config, session.id, u"Kim"_s);
    QCOMPARE(kiosk, projector);
    QCOMPARE(documents.documents().size(), 1);
    QTRY_VERIFY(kiosk->isOpen());

    SessionBuilder b;
    b.participant(u"Anna"_s).participant(u"Bram"_s).round(u"Now"_s);
    Pick anna = b.pick(0, 0, 3);
    Pick bram = b.pick(0, 1, 17);
    anna.roundId = bram.roundId = session.rounds.first().id;
    anna.participantId = session.participants.at(0).id;
    bram.participantId = session.participants.at(1).id;
    QVERIFY(kiosk->addPick(anna).ok());
    QVERIFY(projector->addPick(bram).ok());
    QTRY_COMPARE(kiosk->saveState(), SessionDocument::SaveState::Saved);
    auto store = SessionStore::open(config);
    QCOMPARE((*store)->load(session.id)->picks, (QList<Pick>{anna, bram}));
}

void TestSessionDocuments::close_forgetsAndDeletesTheDocument()
{
    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir.filePath(u"close.sqlite"_s));
    const Session session = saved(config);
    SessionDocuments documents;
    QPointer<SessionDocument> document = documents.open(config, session.id, {});
    QSignalSpy closing(&documents, &SessionDocuments::aboutToClose);
    documents.close(session.id);
    QCOMPARE(closing.size(), 1);
    QCOMPARE(documents.find(session.id), nullptr);
    QTRY_VERIFY(document.isNull());
    QVERIFY(documents.open(config, session.id, {}) != nullptr);
}

QTEST_GUILESS_MAIN(TestSessionDocuments)
#include "tst_sessiondocuments.moc"
