#include "reportwriter/reportoptions.h"
#include "sessionbuilder.h"

#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// Round indexes, from and to.
using Pairs = QList<QPair<int, int>>;

class TestReportOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usualComparisons_nextRoundAndEachTarget_data();
    void usualComparisons_nextRoundAndEachTarget();
    void defaults_followTheSession();
    void pairByTitles_findsTwoRoundsOrSaysWhy_data();
    void pairByTitles_findsTwoRoundsOrSaysWhy();
};

void TestReportOptions::usualComparisons_nextRoundAndEachTarget_data()
{
    QTest::addColumn<QList<bool>>("targets");
    QTest::addColumn<Pairs>("pairs");
    QTest::newRow("one round") << QList<bool>{false} << Pairs{};
    QTest::newRow("now and desired") << QList<bool>{false, false} << Pairs{{0, 1}};
    QTest::newRow("three rounds") << QList<bool>{false, false, false} << Pairs{{0, 1}, {1, 2}};
    QTest::newRow("team and target") << QList<bool>{false, true} << Pairs{{0, 1}};
    QTest::newRow("target first, two rounds")
        << QList<bool>{true, false, false} << Pairs{{1, 2}, {1, 0}};
    QTest::newRow("only a target") << QList<bool>{true} << Pairs{};
}

void TestReportOptions::usualComparisons_nextRoundAndEachTarget()
{
    QFETCH(QList<bool>, targets);
    QFETCH(Pairs, pairs);
    SessionBuilder builder;
    builder.participant(u"Anna"_s);
    for (qsizetype i = 0; i < targets.size(); ++i)
        builder.round(u"Round %1"_s.arg(i));
    Session session = builder.build();
    for (qsizetype i = 0; i < targets.size(); ++i)
        session.rounds[i].target = targets.at(i);
    QList<RoundPair> expected;
    for (const auto &[from, to] : pairs)
        expected.append(RoundPair{session.rounds.at(from).id, session.rounds.at(to).id});
    QCOMPARE(ReportOptions::usualComparisons(session), expected);
}

void TestReportOptions::defaults_followTheSession()
{
    SessionBuilder builder;
    builder.participant(u"Anna"_s).round(u"Nu"_s).round(u"Straks"_s);
    Session session = builder.build();
    session.language = u"nl"_s;
    session.anonymous = true;
    const ReportOptions options = ReportOptions::defaultsFor(session);
    QCOMPARE(options.language, u"nl"_s);
    QVERIFY(options.anonymous);
    QCOMPARE(options.rounds, (QList<QUuid>{session.rounds.at(0).id, session.rounds.at(1).id}));
    QVERIFY(!options.stories);
    QVERIFY(!options.pickGrid);
    session.language = u"fr"_s;
    QCOMPARE(ReportOptions::defaultsFor(session).language, u"en"_s);
}

void TestReportOptions::pairByTitles_findsTwoRoundsOrSaysWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("error");
    QTest::newRow("titles") << u"Now:Desired"_s << 0 << 1 << QString();
    QTest::newRow("any case, spaces") << u" desired : NOW "_s << 1 << 0 << QString();
    QTest::newRow("no colon") << u"Now"_s << -1 << -1
                              << u"\"Now\" is not two rounds: write them as \"Now:Desired\""_s;
    QTest::newRow("one empty") << u"Now:"_s << -1 << -1
                               << u"\"Now:\" is not two rounds: write them as \"Now:Desired\""_s;
    QTest::newRow("unknown") << u"Now:Later"_s << -1 << -1
                             << u"“Kick-off” has no round called “Later”"_s;
    QTest::newRow("itself") << u"Now:now"_s << -1 << -1
                            << u"A round cannot be compared with itself."_s;
}

void TestReportOptions::pairByTitles_findsTwoRoundsOrSaysWhy()
{
    QFETCH(QString, text);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, error);
    SessionBuilder builder(u"Kick-off"_s);
    builder.participant(u"Anna"_s).round(u"Now"_s).round(u"Desired"_s);
    const Session session = builder.build();
    const Result<RoundPair> pair = ReportOptions::pairByTitles(session, text);
    if (from < 0) {
        QVERIFY(!pair);
        QCOMPARE(pair.errorMessage(), error);
        return;
    }
    QVERIFY(pair);
    QCOMPARE(pair->from, session.rounds.at(from).id);
    QCOMPARE(pair->to, session.rounds.at(to).id);
}

QTEST_MAIN(TestReportOptions)
#include "tst_reportoptions.moc"
