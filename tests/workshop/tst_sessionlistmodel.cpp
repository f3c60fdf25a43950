#include "workshop/sessionlistmodel.h"

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
    void setSessions_changesRowsNotTheModel();
    void data_showsEachColumn();
    void rowOf_findsSessionsById();
    void setSessions_anIdTwice_keepsTheFirst();
    void setSessions_firstList_isOneInsertion_data();
    void setSessions_firstList_isOneInsertion();
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
    model.setSessions(sample());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 6);
    model.setSessions({});
    QCOMPARE(model.rowCount(), 0);
}

void TestSessionListModel::setSessions_changesRowsNotTheModel()
{
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<SessionSummary> sessions = sample();
    SessionSummary c = sessions.first();
    c.id = QUuid::createUuid();
    c.title = u"Third"_s;
    sessions.append(c);
    model.setSessions(sessions);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // One renamed, one gone, one new, and the order turned around.
    SessionSummary renamed = sessions.at(0);
    renamed.title = u"Kick-off (renamed)"_s;
    SessionSummary added = c;
    added.id = QUuid::createUuid();
    added.title = u"New"_s;
    const QList<SessionSummary> next{sessions.at(2), added, renamed};
    model.setSessions(next);

    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(model.sessions(), next);

    // The same list again changes nothing.
    changed.clear();
    model.setSessions(next);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reset.size(), 0);
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
    QCOMPARE(model.data(model.index(0, SessionListModel::TagsColumn)).toString(), u"pilot"_s);
    // Raw values to sort on, and the text a search looks in.
    QCOMPARE(model.data(model.index(0, SessionListModel::DateColumn), SessionListModel::SortRole)
                 .toDate(),
             QDate(2026, 11, 23));
    QCOMPARE(
        model.data(model.index(0, SessionListModel::ParticipantsColumn), SessionListModel::SortRole)
            .toInt(),
        12);
    QCOMPARE(model.data(model.index(0, 0), SessionListModel::SearchRole).toString(),
             u"Kick-off Sales pilot"_s);
}

void TestSessionListModel::rowOf_findsSessionsById()
{
    SessionListModel model;
    model.setSessions(sample());
    QCOMPARE(model.rowOf(model.sessions().at(1).id), 1);
    QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
}

void TestSessionListModel::setSessions_anIdTwice_keepsTheFirst()
{
    // A damaged kept list: the second "Kick-off" has the first one's id.
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSessions(sample());
    SessionSummary again = model.sessions().at(0);
    again.title = u"Kick-off again"_s;
    model.setSessions({model.sessions().at(1), model.sessions().at(0), again});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.sessions().at(0).title, u"Follow-up"_s);
    QCOMPARE(model.sessions().at(1).title, u"Kick-off"_s);
}

void TestSessionListModel::setSessions_firstList_isOneInsertion_data()
{
    QTest::addColumn<bool>("anIdTwice");
    QTest::newRow("each id once") << false;
    QTest::newRow("an id twice (a damaged kept list)") << true;
}

void TestSessionListModel::setSessions_firstList_isOneInsertion()
{
    // The first list at a start, into an empty model: all rows in one insertion, once known.
    QFETCH(bool, anIdTwice);
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy known(&model, &SessionListModel::knownChanged);
    const QList<SessionSummary> sessions = sample();
    QList<SessionSummary> given = sessions;
    if (anIdTwice) {
        SessionSummary again = given.at(0);
        again.title = u"Kick-off again"_s;
        given.append(again);
    }
    model.setSessions(given);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(model.sessions(), sessions);
    QCOMPARE(known.size(), 1);
    // Known once: an empty list later tells nothing new.
    model.setSessions({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(known.size(), 1);
}

QTEST_GUILESS_MAIN(TestSessionListModel)
#include "tst_sessionlistmodel.moc"
