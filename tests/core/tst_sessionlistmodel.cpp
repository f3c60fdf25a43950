#include "sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

class TestSessionListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void model_passesTheModelTester();
    void data_showsEachColumn();
    void rowOf_findsSessionsById();
};

namespace {

QList<SessionSummary> sample()
{
    SessionSummary a;
    a.id = QUuid::createUuid();
    a.title = u"Kick-off"_s;
    a.team = u"Sales"_s;
    a.date = QDate(2026, 11, 23);
    a.participants = 12;
    a.rounds = 3;
    a.updatedBy = u"Kim"_s;
    a.tags = {u"pilot"_s};
    SessionSummary b = a;
    b.id = QUuid::createUuid();
    b.title = u"Follow-up"_s;
    return {a, b};
}

} // namespace

void TestSessionListModel::model_passesTheModelTester()
{
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSessions(sample());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 5);
    model.setSessions({});
    QCOMPARE(model.rowCount(), 0);
}

void TestSessionListModel::data_showsEachColumn()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    SessionListModel model;
    model.setSessions(sample());
    QCOMPARE(model.data(model.index(0, SessionListModel::TitleColumn)).toString(), u"Kick-off"_s);
    QCOMPARE(model.data(model.index(0, SessionListModel::TeamColumn)).toString(), u"Sales"_s);
    QCOMPARE(model.data(model.index(0, SessionListModel::DateColumn)).toString(), u"23/11/2026"_s);
    QCOMPARE(model.data(model.index(0, SessionListModel::ParticipantsColumn)).toInt(), 12);
    QCOMPARE(model.data(model.index(1, 0), SessionListModel::IdRole).toUuid(),
             model.sessions().at(1).id);
    QVERIFY(model.data(model.index(0, 0), Qt::ToolTipRole).toString().contains(u"Tags: pilot"_s));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Session"_s);
}

void TestSessionListModel::rowOf_findsSessionsById()
{
    SessionListModel model;
    model.setSessions(sample());
    QCOMPARE(model.rowOf(model.sessions().at(1).id), 1);
    QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
}

QTEST_GUILESS_MAIN(TestSessionListModel)
#include "tst_sessionlistmodel.moc"
