#include "profile/profile.h"
#include "store/sessionstore.h"
#include "workshop/samplesession.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

// The sample workshop: valid, realistic, and saved like any other.
class TestSampleSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sample_isACompleteValidWorkshop();
    void sample_isSavedAndLoadedWhole();
};

void TestSampleSession::sample_isACompleteValidWorkshop()
{
    const Session s = SampleSession::create();
    QVERIFY2(s.validate().isEmpty(), qPrintable(s.validate().value(0).message));
    QCOMPARE(s.participants.size(), 8);
    QCOMPARE(s.rounds.size(), 2);
    QCOMPARE(s.rounds.at(0).question, u"What drives you now?"_s);
    QCOMPARE(s.rounds.at(1).question, u"What should drive us in a year?"_s);
    QVERIFY(s.rounds.at(1).rule.ranked);
    // Everyone answered both rounds; three ranked cards each in the second.
    for (const Participant &p : s.participants) {
        QVERIFY(!s.picksOf(s.rounds.at(0).id, p.id).isEmpty());
        QList<int> ranks;
        for (const Pick &pick : s.picksOf(s.rounds.at(1).id, p.id))
            ranks.append(*pick.rank);
        QCOMPARE(ranks, (QList<int>{1, 2, 3}));
    }
    const qsizetype stories = std::count_if(s.picks.cbegin(), s.picks.cend(),
                                            [](const Pick &p) { return !p.note.isEmpty(); });
    QVERIFY(stories >= 8);
    QCOMPARE(s.agreements.size(), 2);
    // A profile with something to talk about: 8 respondents, more than one domain.
    const Profile now = Profile::ofRound(s, s.rounds.at(0).id);
    QCOMPARE(now.respondents(), 8);
    // Fresh every time.
    QVERIFY(SampleSession::create().id != s.id);
}

void TestSampleSession::sample_isSavedAndLoadedWhole()
{
    QTemporaryDir dir;
    auto store = SessionStore::open(DatabaseConfig::sqlite(dir.filePath(u"s.sqlite"_s)));
    QVERIFY(store.ok());
    Session s = SampleSession::create();
    QVERIFY((*store)->save(s).ok());
    QCOMPARE(*(*store)->load(s.id), s);
}

QTEST_GUILESS_MAIN(TestSampleSession)
#include "tst_samplesession.moc"
