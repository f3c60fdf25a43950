#include "domain/catalogue.h"
#include "domain/pickentry.h"

#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DriveDeck::PickingRule)

// Typing a person's paper cards: "3 12 -17".
class TestPickEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parse_rejectsWhatIsNotACard_data();
    void parse_rejectsWhatIsNotACard();
    void format_isWhatParseReads();
};

namespace {

Round roundWith(const PickingRule &rule)
{
    Round round;
    round.id = QUuid::createUuid();
    round.title = u"Now"_s;
    round.rule = rule;
    return round;
}

// "3:1 12:2 -17" for picks 3 (rank 1), 12 (rank 2) and 17 "not me".
QString describe(const QList<Pick> &picks)
{
    QStringList parts;
    for (const Pick &p : picks)
        parts << (p.isPositive() ? QString() : u"-"_s) + QString::number(p.driveId) +
                     (p.rank ? u":%1"_s.arg(*p.rank) : QString());
    return parts.join(u' ');
}

} // namespace

void TestPickEntry::parse_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<PickingRule>("rule");
    QTest::addColumn<QString>("picks");
    const PickingRule plain = PickingRule::choose(1, 5, false, true);
    const PickingRule ranked = PickingRule::choose(1, 5, true, true);
    QTest::newRow("spaces") << u"3 12 17"_s << plain << u"3 12 17"_s;
    QTest::newRow("commas, semicolons, extra space") << u" 3,12 ; 17 "_s << plain << u"3 12 17"_s;
    QTest::newRow("not me, three ways") << u"-3 12- −17"_s << plain << u"-3 -12 -17"_s;
    QTest::newRow("ranked in the order typed") << u"21 4 9"_s << ranked << u"21:1 4:2 9:3"_s;
    QTest::newRow("ranked, not me has no rank") << u"21 -4 9"_s << ranked << u"21:1 -4 9:2"_s;
    QTest::newRow("keys") << u"loyalty IDEALISM"_s << plain << u"2 1"_s;
    QTest::newRow("nothing") << u"  "_s << plain << QString();
}

void TestPickEntry::parse()
{
    QFETCH(QString, typed);
    QFETCH(PickingRule, rule);
    QFETCH(QString, picks);
    const Round round = roundWith(rule);
    const QUuid person = QUuid::createUuid();
    const Result<QList<Pick>> parsed = PickEntry::parse(typed, round, person);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(describe(*parsed), picks);
    for (const Pick &p : *parsed) {
        QCOMPARE(p.roundId, round.id);
        QCOMPARE(p.participantId, person);
        QVERIFY(p.madeAt.isValid());
    }
}

void TestPickEntry::parse_rejectsWhatIsNotACard_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("25") << u"3 25"_s << u"“25” is not a card: type the cards' numbers, 1 to 24."_s;
    QTest::newRow("0") << u"0"_s << u"“0” is not a card: type the cards' numbers, 1 to 24."_s;
    QTest::newRow("a word") << u"3 loyal7y"_s
                            << u"“loyal7y” is not a card: type the cards' numbers, 1 to 24."_s;
    QTest::newRow("a lone minus") << u"3 -"_s
                                  << u"“” is not a card: type the cards' numbers, 1 to 24."_s;
    QTest::newRow("twice") << u"3 12 3"_s << u"Card 3 is typed twice."_s;
    QTest::newRow("twice, once as not me") << u"3 -3"_s << u"Card 3 is typed twice."_s;
}

void TestPickEntry::parse_rejectsWhatIsNotACard()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    const Result<QList<Pick>> parsed =
        PickEntry::parse(typed, roundWith(PickingRule::choose(1, 5)), QUuid::createUuid());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorKind(), Error::Kind::InvalidInput);
    QCOMPARE(parsed.errorMessage(), message);
}

void TestPickEntry::format_isWhatParseReads()
{
    const Round round = roundWith(PickingRule::choose(1, 5, true, true));
    const QUuid person = QUuid::createUuid();
    QList<Pick> picks = *PickEntry::parse(u"21 -4 9"_s, round, person);
    // Made in another order: the text still follows the ranks.
    std::reverse(picks.begin(), picks.end());
    QCOMPARE(PickEntry::format(picks), u"21 9 -4"_s);
    QCOMPARE(describe(*PickEntry::parse(PickEntry::format(picks), round, person)),
             u"21:1 9:2 -4"_s);
    QCOMPARE(PickEntry::format({}), QString());
}

QTEST_GUILESS_MAIN(TestPickEntry)
#include "tst_pickentry.moc"
