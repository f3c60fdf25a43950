#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "workshop/pickwallmodel.h"
#include "workshop/sessiondocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// The 24 cards of one participant in one round, as the card wall paints them.
class TestPickWallModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void marksRanksAndStories_changeOneRow();
};

void TestPickWallModel::marksRanksAndStories_changeOneRow()
{
    QTemporaryDir dir;
    const DatabaseConfig config = DatabaseConfig::sqlite(dir.filePath(u"wall.sqlite"_s));
    SessionBuilder b;
    b.session().id = QUuid::createUuid();
    b.participant(u"Anouk"_s).participant(u"Bram"_s);
    b.round(u"Ranked"_s, PickingRule::choose(1, 3, true, true));
    {
        Session session = b.build();
        auto store = SessionStore::open(config);
        QVERIFY(store.ok() && (*store)->save(session).ok());
    }
    SessionDocument document(config, b.session().id);
    QTRY_VERIFY(document.isOpen());
    PickWallModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QUuid round = b.session().rounds.first().id;
    const QUuid anouk = b.session().participants.first().id;
    model.setSelection(round, anouk);
    QCOMPARE(model.rowCount(), 24);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(document.togglePick(round, anouk, 7).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 6);
    const QModelIndex seven = model.index(6);
    QCOMPARE(seven.data(PickWallModel::MarkRole).value<PickWallModel::Mark>(),
             PickWallModel::Mark::Picked);
    QCOMPARE(seven.data(PickWallModel::RankRole).toInt(), 1);
    QCOMPARE(seven.data(Qt::AccessibleDescriptionRole).toString(), u"Picked, rank 1"_s);
    QVERIFY(document.setPickNote({round, anouk, 7}, u"Calm"_s).ok());
    QCOMPARE(seven.data(PickWallModel::NoteRole).toString(), u"Calm"_s);
    QVERIFY(document.togglePick(round, anouk, 3, Polarity::Negative).ok());
    QCOMPARE(model.index(2).data(PickWallModel::MarkRole).value<PickWallModel::Mark>(),
             PickWallModel::Mark::NotMe);
    QVERIFY(!model.index(2).data(PickWallModel::RankRole).isValid());

    // Bram's picks do not touch Anouk's wall.
    changed.clear();
    QVERIFY(document.togglePick(round, b.session().participants.at(1).id, 7).ok());
    QCOMPARE(changed.size(), 0);
    model.setSelection(round, b.session().participants.at(1).id);
    QCOMPARE(seven.data(PickWallModel::RankRole).toInt(), 1);
    QCOMPARE(seven.data(PickWallModel::NoteRole).toString(), QString());
}

QTEST_GUILESS_MAIN(TestPickWallModel)
#include "tst_pickwallmodel.moc"
