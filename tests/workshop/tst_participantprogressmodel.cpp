#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "workshop/participantprogressmodel.h"
#include "workshop/sessiondocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// The card wall's list of people and how far each is.
class TestParticipantProgressModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void progress_followsThePicks_oneRowAtATime();
    void scanRound_countsAnswers();
    void data_eachRole_data();
    void data_eachRole();

private:
    std::unique_ptr<SessionDocument> open(const Session &session);
    QTemporaryDir m_dir;
    int m_counter = 0;
};

std::unique_ptr<SessionDocument> TestParticipantProgressModel::open(const Session &session)
{
    const DatabaseConfig config =
        DatabaseConfig::sqlite(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter)));
    Session copy = session;
    auto store = SessionStore::open(config);
    if (!store || !(*store)->save(copy))
        qFatal("cannot save");
    auto document = std::make_unique<SessionDocument>(config, session.id);
    if (!QTest::qWaitFor([&] { return document->isOpen(); }, 10000))
        qFatal("not open");
    return document;
}

void TestParticipantProgressModel::progress_followsThePicks_oneRowAtATime()
{
    SessionBuilder b;
    b.session().id = QUuid::createUuid();
    b.participant(u"Anouk"_s).participant(u"Bram"_s, u"Red kite"_s).participant(u"Cas"_s);
    b.round(u"Now"_s, PickingRule::choose(2, 2));
    auto document = open(b.build());
    ParticipantProgressModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRound(b.session().rounds.first().id);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, 0).data().toString(), u"Bram"_s);
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.index(1, 0).data(ParticipantProgressModel::ProgressTextRole).toString(),
             u"0 of 2"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(document->addPick(b.pick(0, 1, 4)).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, 0).data(ParticipantProgressModel::ProgressTextRole).toString(),
             u"1 of 2"_s);
    QVERIFY(!model.index(1, 0).data(ParticipantProgressModel::DoneRole).toBool());
    QVERIFY(document->addPick(b.pick(0, 1, 9)).ok());
    QCOMPARE(model.index(1, 0).data(ParticipantProgressModel::ProgressTextRole).toString(),
             u"2 of 2 ✓"_s);
    QVERIFY(model.index(1, 0).data(ParticipantProgressModel::DoneRole).toBool());
    QCOMPARE(model.index(1, 0).data(Qt::AccessibleTextRole).toString(), u"Bram, 2 of 2, done"_s);

    // Anonymous: aliases, in every row at once.
    SessionDetails details = SessionDetails::of(document->session());
    details.anonymous = true;
    QVERIFY(document->setDetails(details).ok());
    QCOMPARE(model.index(1, 0).data().toString(), u"Red kite"_s);
    QCOMPARE(reset.size(), 0);
}

void TestParticipantProgressModel::data_eachRole_data()
{
    // Anouk has 1 of 1 to 3 cards (done), Bram none; a view asks for more roles than are shown.
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("name") << 0 << int(Qt::DisplayRole) << QVariant(u"Anouk"_s);
    QTest::newRow("cards, done") << 0 << int(ParticipantProgressModel::ProgressTextRole)
                                 << QVariant(u"1 (1 to 3) ✓"_s);
    QTest::newRow("cards, not done")
        << 1 << int(ParticipantProgressModel::ProgressTextRole) << QVariant(u"0 (1 to 3)"_s);
    QTest::newRow("screen reader, done")
        << 0 << int(Qt::AccessibleTextRole) << QVariant(u"Anouk, 1 (1 to 3), done"_s);
    QTest::newRow("screen reader, not done")
        << 1 << int(Qt::AccessibleTextRole) << QVariant(u"Bram, 0 (1 to 3)"_s);
    QTest::newRow("done") << 0 << int(ParticipantProgressModel::DoneRole) << QVariant(true);
    QTest::newRow("not done") << 1 << int(ParticipantProgressModel::DoneRole) << QVariant(false);
    QTest::newRow("count") << 0 << int(ParticipantProgressModel::PickCountRole) << QVariant(1);
    QTest::newRow("no alignment of its own") << 0 << int(Qt::TextAlignmentRole) << QVariant();
    QTest::newRow("no tool tip") << 0 << int(Qt::ToolTipRole) << QVariant();
    QTest::newRow("no font of its own") << 1 << int(Qt::FontRole) << QVariant();
}

void TestParticipantProgressModel::data_eachRole()
{
    QFETCH(int, row);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    SessionBuilder b;
    b.session().id = QUuid::createUuid();
    b.participant(u"Anouk"_s).participant(u"Bram"_s);
    b.round(u"Now"_s, PickingRule::choose(1, 3));
    b.picks(0, 0, {7});
    auto document = open(b.build());
    ParticipantProgressModel model(document.get());
    model.setRound(b.session().rounds.first().id);
    QCOMPARE(model.index(row, 0).data(role), expected);
    QCOMPARE(model.index(row, 0).data(ParticipantProgressModel::ParticipantIdRole).toUuid(),
             b.session().participants.at(row).id);
    // One column: a list of people.
    QVERIFY(!model.index(row, 1).isValid());
}

void TestParticipantProgressModel::scanRound_countsAnswers()
{
    SessionBuilder b;
    b.session().id = QUuid::createUuid();
    b.participant(u"Anouk"_s).round(u"Scan"_s, PickingRule::scan(4));
    auto document = open(b.build());
    ParticipantProgressModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRound(b.session().rounds.first().id);
    QVERIFY(document->addPick(b.pick(0, 0, 1)).ok());
    QVERIFY(document->addPick(b.pick(0, 0, 2, Polarity::Negative)).ok());
    QCOMPARE(model.index(0, 0).data(ParticipantProgressModel::ProgressTextRole).toString(),
             u"2 of 24"_s);
}

QTEST_GUILESS_MAIN(TestParticipantProgressModel)
#include "tst_participantprogressmodel.moc"
