#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList Keys{u"idealism"_s,     u"loyalty"_s,     u"connection"_s, u"caring"_s,
                       u"order"_s,        u"security"_s,    u"relaxation"_s, u"play"_s,
                       u"independence"_s, u"creativity"_s,  u"uniqueness"_s, u"curiosity"_s,
                       u"talent"_s,       u"achievement"_s, u"winning"_s,    u"pride"_s,
                       u"recognition"_s,  u"prestige"_s,    u"possession"_s, u"leadership"_s,
                       u"fitness"_s,      u"health"_s,      u"beauty"_s,     u"sensuality"_s};

using Run = DriveDeck::Testing::ProgramRun;
using DriveDeck::Testing::runProgram;

} // namespace

// `drivedeck deck` as a person runs it: no display, no database, decks in a data folder of its
// own.
class TestDeckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importListRemove_roundTrip();
    void badDeck_failsWithOneLineAndLeavesNothing();
    void wrongUsage_exitsWith2();

private:
    Run run(const QStringList &arguments);
    QString decksFolder() const { return m_dir.filePath(u"data/DriveDeck/DriveDeck/decks"_s); }

    QTemporaryDir m_dir;
    QString m_deck;
};

void TestDeckCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_deck = m_dir.filePath(u"Forest"_s);
    QDir().mkpath(m_deck);
    for (qsizetype i = 0; i < Keys.size(); ++i) {
        QImage image(120, 80, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(int(i) * 15, 160, 200));
        QVERIFY(image.save(QDir(m_deck).filePath(Keys.at(i) + u".jpg"_s)));
    }
}

Run TestDeckCommand::run(const QStringList &arguments)
{
    // No database is given: decks need none.
    return runProgram(QStringLiteral(DRIVEDECK_BINARY), arguments, m_dir.path());
}

void TestDeckCommand::importListRemove_roundTrip()
{
    Run result = run({u"deck"_s, u"list"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(u"No photo decks yet"_s));

    result = run({u"deck"_s, u"import"_s, m_deck, u"--name"_s, u"Forest walk"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, u"Imported the deck “Forest walk”.\n"_s);
    QVERIFY(QFile::exists(QDir(decksFolder()).filePath(u"forest-walk/deck.json"_s)));

    result = run({u"deck"_s, u"list"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"Forest walk: 24 pictures\n"_s);

    result = run({u"deck"_s, u"remove"_s, u"forest WALK"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QDir(decksFolder()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestDeckCommand::badDeck_failsWithOneLineAndLeavesNothing()
{
    const QString bad = m_dir.filePath(u"Incomplete"_s);
    QDir().mkpath(bad);
    QVERIFY(
        QFile::copy(QDir(m_deck).filePath(u"loyalty.jpg"_s), QDir(bad).filePath(u"loyalty.jpg"_s)));
    const Run result = run({u"deck"_s, u"import"_s, bad});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.count(u'\n') == 1, qPrintable(result.err));
    QVERIFY2(result.err.startsWith(u"drivedeck deck: No picture for 23 drives: idealism (1), "_s),
             qPrintable(result.err));
    QVERIFY(QDir(decksFolder())
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                .isEmpty());
}

void TestDeckCommand::wrongUsage_exitsWith2()
{
    for (const QStringList &arguments :
         {QStringList{u"deck"_s}, QStringList{u"deck"_s, u"import"_s},
          QStringList{u"deck"_s, u"shuffle"_s}}) {
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"use deck import PATH, deck list or deck remove NAME"_s));
    }
}

QTEST_MAIN(TestDeckCommand)
#include "tst_deckcommand.moc"
