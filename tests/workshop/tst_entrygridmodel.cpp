#include "domain/catalogue.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "workshop/entrygridmodel.h"
#include "workshop/sessiondocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// The entry grid: a round's people against the 24 cards, for copying paper cards.
class TestEntryGridModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void typedCards_becomePicks_oneUndoStepARow();
    void retyping_keepsTheStoriesOfCardsThatStay();
    void brokenRule_isSaidAndChangesNothing_data();
    void brokenRule_isSaidAndChangesNothing();
    void cells_toggleAndShowRanks();
    void paste_fromASpreadsheet();
    void storedPicks_matchTheGrid();

private:
    QString row(int person) const;

    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    SessionBuilder m_builder;
    std::unique_ptr<SessionDocument> m_document;
    std::unique_ptr<EntryGridModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_counter = 0;
};

void TestEntryGridModel::init()
{
    // Four people, of whom Dewi sits out the ranked round; "Now": 1 to 3 cards, "not me" too.
    m_builder = SessionBuilder(u"Paper cards"_s);
    m_builder.session().id = QUuid::createUuid();
    for (const QString &name : {u"Anouk"_s, u"Bram"_s, u"Cas"_s, u"Dewi"_s})
        m_builder.participant(name, name == u"Bram"_s ? u"Blue Heron"_s : QString());
    m_builder.round(u"Now"_s, PickingRule::choose(1, 3, false, true));
    m_builder.round(u"Ranked"_s, PickingRule::choose(2, 3, true));
    Session session = m_builder.build();
    session.rounds[1].participantIds.removeLast();
    m_config = DatabaseConfig::sqlite(m_dir.filePath(u"grid%1.sqlite"_s.arg(++m_counter)));
    auto store = SessionStore::open(m_config);
    QVERIFY(store.ok() && (*store)->save(session).ok());
    m_document = std::make_unique<SessionDocument>(m_config, session.id);
    QTRY_VERIFY(m_document->isOpen());
    m_model = std::make_unique<EntryGridModel>(m_document.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setRound(session.rounds.at(0).id);
}

void TestEntryGridModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_document.reset();
}

QString TestEntryGridModel::row(int person) const
{
    QStringList cells;
    for (int column = 0; column < m_model->columnCount(); ++column)
        cells << m_model->index(person, column).data().toString();
    return cells.join(u'|');
}

void TestEntryGridModel::typedCards_becomePicks_oneUndoStepARow()
{
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), 27);
    QCOMPARE(m_model->index(0, EntryGridModel::CheckColumn).data().toString(), u"1 more to pick"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(0, EntryGridModel::EntryColumn), u"3 12 -17"_s));
    QCOMPARE(m_model->index(0, EntryGridModel::EntryColumn).data().toString(), u"3 12 -17"_s);
    QCOMPARE(m_model->index(0, EntryGridModel::columnOf(3)).data().toString(), u"✓"_s);
    QCOMPARE(m_model->index(0, EntryGridModel::columnOf(17)).data().toString(), u"✕"_s);
    QCOMPARE(m_model->index(0, EntryGridModel::CheckColumn).data().toString(), u"✓"_s);
    QVERIFY(m_model->index(0, 0).data(EntryGridModel::DoneRole).toBool());
    // Only Anouk's row changed, and the model was not reset.
    for (const QList<QVariant> &signal : std::as_const(changed))
        QCOMPARE(signal.at(0).toModelIndex().row(), 0);
    QCOMPARE(m_document->undoStack()->undoText(), u"Enter the picks of Anouk"_s);
    m_document->undoStack()->undo();
    QCOMPARE(m_model->index(0, EntryGridModel::EntryColumn).data().toString(), QString());
    m_document->undoStack()->redo();
    QCOMPARE(m_model->index(0, EntryGridModel::EntryColumn).data().toString(), u"3 12 -17"_s);
    // Typing nothing takes the row's picks back.
    QVERIFY(m_model->setData(m_model->index(0, EntryGridModel::EntryColumn), QString()));
    QCOMPARE(
        m_document->session()
            .picksOf(m_builder.session().rounds.at(0).id, m_builder.session().participants.at(0).id)
            .size(),
        0);
}

void TestEntryGridModel::retyping_keepsTheStoriesOfCardsThatStay()
{
    const QUuid round = m_builder.session().rounds.at(0).id;
    const QUuid anouk = m_builder.session().participants.at(0).id;
    QVERIFY(m_model->setData(m_model->index(0, EntryGridModel::EntryColumn), u"3 12"_s));
    QVERIFY(m_document->setPickNote({round, anouk, 12}, u"My grandmother's farm"_s).ok());
    QVERIFY(m_model->setData(m_model->index(0, EntryGridModel::EntryColumn), u"12 20"_s));
    const QList<Pick> picks = m_document->session().picksOf(round, anouk);
    QCOMPARE(picks.size(), 2);
    for (const Pick &p : picks)
        QCOMPARE(p.note, p.driveId == 12 ? u"My grandmother's farm"_s : QString());
}

void TestEntryGridModel::brokenRule_isSaidAndChangesNothing_data()
{
    QTest::addColumn<int>("round");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("a fourth card")
        << 0 << u"1 2 3 4"_s
        << u"Anouk already has 3 cards in “Now”, the most this round allows."_s;
    QTest::newRow("not a card")
        << 0 << u"3 31"_s << u"Anouk: “31” is not a card: type the cards' numbers, 1 to 24."_s;
    QTest::newRow("not me where not allowed") << 1 << u"5 -6"_s << u"Anouk: "_s;
}

void TestEntryGridModel::brokenRule_isSaidAndChangesNothing()
{
    QFETCH(int, round);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    m_model->setRound(m_builder.session().rounds.at(round).id);
    QVERIFY(m_model->setData(m_model->index(0, EntryGridModel::EntryColumn), u"7 8"_s));
    QSignalSpy refused(m_model.get(), &EntryGridModel::refused);
    const int steps = m_document->undoStack()->count();
    QVERIFY(!m_model->setData(m_model->index(0, EntryGridModel::EntryColumn), typed));
    QCOMPARE(refused.size(), 1);
    const QString said = refused.first().first().toString();
    QVERIFY2(said.startsWith(message) && said.size() > 10, qPrintable(said));
    QCOMPARE(m_document->undoStack()->count(), steps);
    QCOMPARE(m_model->index(0, EntryGridModel::EntryColumn).data().toString(), u"7 8"_s);
}

void TestEntryGridModel::cells_toggleAndShowRanks()
{
    m_model->setRound(m_builder.session().rounds.at(1).id);
    QCOMPARE(m_model->rowCount(), 3); // Dewi sits this round out
    QVERIFY(m_model->toggle(m_model->index(1, EntryGridModel::columnOf(9)), false));
    QVERIFY(m_model->toggle(m_model->index(1, EntryGridModel::columnOf(2)), false));
    QCOMPARE(m_model->index(1, EntryGridModel::columnOf(9)).data().toString(), u"1"_s);
    QCOMPARE(m_model->index(1, EntryGridModel::columnOf(2)).data().toString(), u"2"_s);
    QCOMPARE(m_model->index(1, EntryGridModel::EntryColumn).data().toString(), u"9 2"_s);
    QCOMPARE(m_model->index(1, EntryGridModel::columnOf(2)).data(Qt::AccessibleTextRole).toString(),
             u"%1: picked, rank 2"_s.arg(Catalogue::drive(2).name()));
    // Again: taken back, the next card moves up.
    QVERIFY(m_model->toggle(m_model->index(1, EntryGridModel::columnOf(9)), false));
    QCOMPARE(m_model->index(1, EntryGridModel::columnOf(2)).data().toString(), u"1"_s);
    // The name and check columns are not cards.
    QVERIFY(!m_model->toggle(m_model->index(1, EntryGridModel::NameColumn), false));
    QCOMPARE(m_model->headerData(EntryGridModel::columnOf(24), Qt::Horizontal).toString(), u"24"_s);
}

void TestEntryGridModel::paste_fromASpreadsheet()
{
    m_document->setAnonymous(true).ok();
    const QString sheet = u"Name\tCard 1\tCard 2\tCard 3\r\n"
                          "anouk\t3\t12\t\r\n"
                          "Blue Heron\t5 6\r\n"
                          "Zoë\t1\r\n"
                          "Cas\t1\t2\t3\t4\r\n"_s;
    const QStringList problems = m_model->paste(sheet);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0), u"Line 4: “Zoë” does not take part in this round."_s);
    QVERIFY2(problems.at(1).startsWith(u"Line 5, Cas: "_s), qPrintable(problems.at(1)));
    QCOMPARE(m_model->index(0, EntryGridModel::EntryColumn).data().toString(), u"3 12"_s);
    QCOMPARE(m_model->index(1, EntryGridModel::EntryColumn).data().toString(), u"5 6"_s);
    QCOMPARE(m_model->index(2, EntryGridModel::EntryColumn).data().toString(), QString());
    // The rows that fitted are one step.
    QCOMPARE(m_document->undoStack()->undoText(), u"Paste picks"_s);
    m_document->undoStack()->undo();
    QCOMPARE(m_model->index(0, EntryGridModel::EntryColumn).data().toString(), QString());
    QCOMPARE(m_model->index(1, EntryGridModel::EntryColumn).data().toString(), QString());
}

void TestEntryGridModel::storedPicks_matchTheGrid()
{
    m_model->setRound(m_builder.session().rounds.at(1).id);
    QVERIFY(m_model->setData(m_model->index(0, EntryGridModel::EntryColumn), u"21 4 9"_s));
    QVERIFY(m_model->setData(m_model->index(2, EntryGridModel::EntryColumn), u"1 2"_s));
    const QString anouk = row(0);
    const QString cas = row(2);
    QTRY_COMPARE(m_document->saveState(), SessionDocument::SaveState::Saved);
    const QUuid id = m_document->id();
    m_tester.reset();
    m_model.reset();
    m_document.reset();
    // A fresh document from the store shows the same grid.
    SessionDocument again(m_config, id);
    QTRY_VERIFY(again.isOpen());
    EntryGridModel model(&again);
    model.setRound(m_builder.session().rounds.at(1).id);
    m_model.reset(); // row() reads m_model
    auto rowOf = [&model](int person) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(person, column).data().toString();
        return cells.join(u'|');
    };
    QCOMPARE(rowOf(0), anouk);
    QCOMPARE(rowOf(2), cas);
    QVERIFY(anouk.startsWith(u"Anouk|21 4 9|✓|"_s));
}

QTEST_MAIN(TestEntryGridModel)
#include "tst_entrygridmodel.moc"
