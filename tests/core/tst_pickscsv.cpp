#include "domain/catalogue.h"
#include "io/pickscsv.h"
#include "profile/profile.h"
#include "sessionbuilder.h"

#include <QFile>
#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;
using DriveDeck::Testing::SessionBuilder;

namespace {

Result<Session> importText(const QByteArray &text)
{
    return PicksCsv::import(text, {QStringLiteral("Imported"), QStringLiteral("Sales")});
}

struct PickView
{
    QString round;
    QString participant;
    int drive;
    int rank; // 0 = none
    bool positive;
    QString note;
    friend bool operator==(const PickView &, const PickView &) = default;
};

// The picks as a facilitator reads them, independent of generated ids.
QList<PickView> view(const Session &session)
{
    QList<PickView> result;
    for (const Pick &pick : session.picks)
        result.append({session.round(pick.roundId)->title,
                       session.participant(pick.participantId)->displayName, pick.driveId,
                       pick.rank.value_or(0), pick.isPositive(), pick.note});
    std::sort(result.begin(), result.end(), [](const PickView &a, const PickView &b) {
        return std::tie(a.round, a.participant, a.drive) <
               std::tie(b.round, b.participant, b.drive);
    });
    return result;
}

} // namespace

namespace QTest {
template<>
char *toString(const PickView &p)
{
    return qstrdup(qPrintable(QStringLiteral("%1/%2/%3/%4/%5/%6")
                                  .arg(p.round, p.participant)
                                  .arg(p.drive)
                                  .arg(p.rank)
                                  .arg(p.positive)
                                  .arg(p.note)));
}
} // namespace QTest

class TestPicksCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void import_readsEveryColumn();
    void import_acceptsSemicolonsBomAndAnyColumnOrder();
    void import_buildsRoundsAndRulesFromTheFile();
    void import_matchesNamesAsPeopleSeeThem();
    void import_rejectsBadInput_data();
    void import_rejectsBadInput();
    void import_listsEveryProblemUpToALimit();
    void export_writesTheDocumentedFormat();
    void export_anonymousSession_writesAliasesNotNames();
    void roundTrip_keepsEveryPick();
    void workshopFile_givesHandComputedProfile();
    void export_neutralisesFormulas_data();
    void export_neutralisesFormulas();
    void import_keepsAHandTypedApostrophe();
};

void TestPicksCsv::import_readsEveryColumn()
{
    const auto session = importText("participant,round,drive,rank,polarity,note\n"
                                    "Anna,Now,idealism,1,+,\"Because,\nreally\"\n"
                                    "Anna,Now,5,2,,\n"
                                    "Bram,Now,SENSUALITY,,-,not for me\n");
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    QCOMPARE(session->title, QStringLiteral("Imported"));
    QCOMPARE(session->team, QStringLiteral("Sales"));
    QCOMPARE(view(*session),
             (QList<PickView>{{u"Now"_s, u"Anna"_s, 1, 1, true, u"Because,\nreally"_s},
                              {u"Now"_s, u"Anna"_s, 5, 2, true, u""_s},
                              {u"Now"_s, u"Bram"_s, 24, 0, false, u"not for me"_s}}));
}

void TestPicksCsv::import_acceptsSemicolonsBomAndAnyColumnOrder()
{
    const auto session = importText("\xEF\xBB\xBF"
                                    "Drive;Note;ROUND;extra;Participant\n"
                                    "curiosity;a, b;Now;x;Zoë\n"
                                    "12;;Later;y;Zoë\n");
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    QCOMPARE(view(*session), (QList<PickView>{{u"Later"_s, u"Zoë"_s, 12, 0, true, u""_s},
                                              {u"Now"_s, u"Zoë"_s, 12, 0, true, u"a, b"_s}}));
}

void TestPicksCsv::import_buildsRoundsAndRulesFromTheFile()
{
    const auto session = importText("participant,round,drive,rank,polarity\n"
                                    "Anna,Desired,1,,\n"
                                    "Bram,Now,2,3,+\n"
                                    "bram,Now,3,1,+\n" // the same person, written otherwise
                                    "Anna,Now,4,,-\n"
                                    "Anna,Now,5,,-\n");
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    QCOMPARE(session->rounds.size(), 2);
    QCOMPARE(session->rounds.at(0).title, QStringLiteral("Desired"));
    QCOMPARE(session->participants.size(), 2);
    QCOMPARE(session->participants.at(1).displayName, QStringLiteral("Bram"));
    const Round &now = session->rounds.at(1);
    QCOMPARE(now.participantIds,
             (QList<QUuid>{session->participants.at(1).id, session->participants.at(0).id}));
    QVERIFY(now.rule.ranked);
    QVERIFY(now.rule.allowNegative);
    QCOMPARE(now.rule.maxPicks, 3); // rank 3 was given
    QVERIFY(!session->rounds.at(0).rule.ranked);
    QCOMPARE(session->rounds.at(0).rule.maxPicks, 1);
}

void TestPicksCsv::import_rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    const QByteArray header = "participant,round,drive,rank,polarity,note\n";

    QTest::newRow("unknown drive")
        << header + "Anna,Now,1\nAnna,Now,idealsm\n"
        << "line 3, column \"drive\": unknown drive \"idealsm\": use a drive id from 1 to 24 or a "
           "key such as \"idealism\"";
    QTest::newRow("drive 0") << header + "Anna,Now,0\n"
                             << "line 2, column \"drive\": unknown drive \"0\": use a drive id "
                                "from 1 to 24 or a key such as \"idealism\"";
    QTest::newRow("same drive twice")
        << header + "Anna,Now,1\nBram,Now,1\nanna,now,IDEALISM\n"
        << "line 4, column \"drive\": anna already picked \"idealism\" in \"now\" on line 2";
    QTest::newRow("rank repeats") << header + "Anna,Now,1,1\nAnna,Now,2,1\n"
                                  << "line 3, column \"rank\": Anna already gave rank 1 in \"Now\" "
                                     "on line 2";
    QTest::newRow("rank not a number") << header + "Anna,Now,1,first\n"
                                       << "line 2, column \"rank\": \"first\" is not a positive "
                                          "whole number";
    QTest::newRow("rank zero") << header + "Anna,Now,1,0\n"
                               << "line 2, column \"rank\": \"0\" is not a positive whole number";
    QTest::newRow("polarity") << header + "Anna,Now,1,,yes\n"
                              << "line 2, column \"polarity\": \"yes\" should be + (appeals) or - "
                                 "(not me)";
    // Numbers hold digits only, and what a message repeats is cleaned and cut short.
    QTest::newRow("a drive with a NUL in it")
        << header + QByteArray("Anna,Now,2\0junk\n", 16)
        << "line 2, column \"drive\": unknown drive \"2\uFFFDjunk\": use a drive id from 1 to 24 "
           "or a key such as \"idealism\"";
    QTest::newRow("a rank with a NUL in it")
        << header + QByteArray("Anna,Now,1,1\0999\n", 17)
        << "line 2, column \"rank\": \"1\uFFFD999\" is not a positive whole number";
    QTest::newRow("terminal escapes")
        << header + "Anna,Now,\x1b]0;owned\x07\x1b[2J\n"
        << "line 2, column \"drive\": unknown drive \"\uFFFD]0;owned\uFFFD\uFFFD[2J\": use a drive "
           "id from 1 to 24 or a key such as \"idealism\"";
    QTest::newRow("a very long value")
        << header + "Anna,Now," + QByteArray(5000, 'x') + "\n"
        << u"line 2, column \"drive\": unknown drive \"%1\u2026\": use a drive id from 1 to 24 "
           "or a key such as \"idealism\""_s.arg(QString(60, u'x'));
    QTest::newRow("no participant") << header + " ,Now,1\n"
                                    << "line 2, column \"participant\": no participant name";
    QTest::newRow("no round") << header + "Anna,,1\n"
                              << "line 2, column \"round\": no round title";
    QTest::newRow("too many fields")
        << header + "Anna,Now,1,,,a note, with a comma\n"
        << "line 2: 7 fields where the header has 6; is a note with a comma missing its quotes?";
    QTest::newRow("missing column") << QByteArray("participant,round,card\nAnna,Now,1\n")
                                    << "line 1: the header has no \"drive\" column (it has: "
                                       "participant, round, card)";
    QTest::newRow("header only") << header
                                 << "no picks found: the file has a header but no lines with picks";
    QTest::newRow("header and blank lines")
        << header + "\n,,,,,\n"
        << "no picks found: the file has a header but no lines with picks";
    QTest::newRow("empty file") << QByteArray()
                                << "the file is empty; it needs a header line with the columns "
                                   "participant, round and drive, and one line per pick";
    QTest::newRow("not utf-8") << header + "Anna,Now,1\nZo\xEB,Now,1\n"
                               << "line 3, byte 3: the file is not UTF-8 text; save it as \"CSV "
                                  "UTF-8\" and try again";
    QTest::newRow("utf-8 cut short") << header + "Zo\xC3"
                                     << "line 2, byte 3: the file is not UTF-8 text; save it as "
                                        "\"CSV UTF-8\" and try again";
    QTest::newRow("cut off in a quote") << header + "Anna,Now,1,,,\"a story that\n"
                                        << "line 2: a quoted field is never closed; the file may "
                                           "be cut off";
    QTest::newRow("duplicate column") << QByteArray("participant,round,drive,Drive\nA,B,1,2\n")
                                      << "line 1: the column \"drive\" appears twice";
}

void TestPicksCsv::import_matchesNamesAsPeopleSeeThem()
{
    // A zero-width space and joiner, a decomposed "e" with its accent, doubled spaces: one
    // person each time, named as written first, in NFC.
    const QByteArray text = QByteArray("participant,round,drive\n") +
                            u"Anna,Now,1\nAn\u200bna\u200d,Now,2\nRene\u0301e  Smit,Now,3\n"
                            u"Ren\u00e9e Smit,Now,4\n"_s.toUtf8();
    const auto session = importText(text);
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    QCOMPARE(session->participants.size(), 2);
    QCOMPARE(session->participants.at(0).displayName, u"Anna"_s);
    QCOMPARE(session->participants.at(1).displayName, u"Ren\u00e9e Smit"_s);
    QCOMPARE(session->picks.size(), 4);
}

void TestPicksCsv::import_rejectsBadInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const auto session = importText(text);
    QVERIFY(!session.ok());
    QCOMPARE(session.errorMessage(), message);
}

void TestPicksCsv::import_listsEveryProblemUpToALimit()
{
    QByteArray text = "participant,round,drive\nAnna,Now,x\nBram,Now,1\nCas,,2\n";
    auto session = importText(text);
    QVERIFY(!session.ok());
    QCOMPARE(session.errorMessage().split(QLatin1Char('\n')).size(), 2);
    QVERIFY(session.errorMessage().startsWith(QStringLiteral("line 2, column \"drive\"")));
    QVERIFY(session.errorMessage().contains(QStringLiteral("\nline 4, column \"round\"")));

    text = "participant,round,drive\n";
    for (int i = 0; i < 30; ++i)
        text += "P" + QByteArray::number(i) + ",Now,99\n";
    session = importText(text);
    const QStringList lines = session.errorMessage().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), PicksCsv::MaxListedProblems + 1);
    QCOMPARE(lines.last(), QStringLiteral("… and 10 more problem(s)."));
}

void TestPicksCsv::export_writesTheDocumentedFormat()
{
    SessionBuilder b;
    b.participant(QStringLiteral("Bram")).participant(QStringLiteral("Anna, de \"Vries\""));
    b.round(QStringLiteral("Now"), PickingRule::choose(1, 3, true, true));
    b.round(QStringLiteral("Team; later"));
    Session session = b.build();
    session.picks = {b.pick(1, 0, 7), b.pick(0, 1, 2, Polarity::Positive, 2),
                     b.pick(0, 1, 24, Polarity::Negative), b.pick(0, 1, 1, Polarity::Positive, 1),
                     b.pick(0, 0, 3)};
    session.picks[1].note = QStringLiteral("two\nlines");
    QCOMPARE(QString::fromUtf8(PicksCsv::write(session)),
             QStringLiteral("round,participant,drive,rank,polarity,note\n"
                            "Now,Bram,connection,,+,\n"
                            "Now,\"Anna, de \"\"Vries\"\"\",idealism,1,+,\n"
                            "Now,\"Anna, de \"\"Vries\"\"\",loyalty,2,+,\"two\nlines\"\n"
                            "Now,\"Anna, de \"\"Vries\"\"\",sensuality,,-,\n"
                            "\"Team; later\",Bram,relaxation,,+,\n"));
    QVERIFY(!PicksCsv::write(session).startsWith("\xEF\xBB\xBF"));
}

void TestPicksCsv::export_anonymousSession_writesAliasesNotNames()
{
    SessionBuilder b;
    b.participant(QStringLiteral("Bram")).participant(QStringLiteral("Anna"));
    b.round(QStringLiteral("Now"));
    Session session = b.build();
    session.participants[0].alias = QStringLiteral("Blue Heron");
    session.participants[1].alias = QStringLiteral("Green Otter");
    session.picks = {b.pick(0, 0, 7), b.pick(0, 1, 2)};
    const QString named = QStringLiteral("round,participant,drive,rank,polarity,note\n"
                                         "Now,Bram,relaxation,,+,\n"
                                         "Now,Anna,loyalty,,+,\n");
    QCOMPARE(QString::fromUtf8(PicksCsv::write(session)), named);
    session.anonymous = true;
    const QString csv = QString::fromUtf8(PicksCsv::write(session));
    QCOMPARE(csv, QStringLiteral("round,participant,drive,rank,polarity,note\n"
                                 "Now,Blue Heron,relaxation,,+,\n"
                                 "Now,Green Otter,loyalty,,+,\n"));
    QVERIFY(!csv.contains(QStringLiteral("Bram")) && !csv.contains(QStringLiteral("Anna")));
}

void TestPicksCsv::roundTrip_keepsEveryPick()
{
    const QByteArray original = "participant,round,drive,rank,polarity,note\n"
                                "Zoë 🌷,Wat drijft je nu?,1,1,+,\"Regel één\nregel \"\"twee\"\"\"\n"
                                "Zoë 🌷,Wat drijft je nu?,2,2,+,\n"
                                "Zoë 🌷,Wat drijft je nu?,24,,-,\" spaties \"\n"
                                "Ærøskøbing,Team,13,,+,a;b,c\n";
    QByteArray text = original;
    text.replace("a;b,c", "\"a;b,c\"");
    const auto first = importText(text);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    const QByteArray exported = PicksCsv::write(*first);
    const auto second = importText(exported);
    QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    QCOMPARE(view(*second), view(*first));
    QCOMPARE(view(*first).size(), 4);
    QCOMPARE(PicksCsv::write(*second), exported);
}

void TestPicksCsv::workshopFile_givesHandComputedProfile()
{
    QFile file(QStringLiteral(DRIVEDECK_TEST_DATA_DIR "/workshop.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto session = importText(file.readAll());
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    // Round "Now": Anna 1 card, Bram 4, Cas 2 (+1 "not me"), Dewi only "not me" (absent).
    const Profile now = Profile::ofRound(*session, session->rounds.at(0).id);
    QCOMPARE(now.respondents(), 3);
    // idealism: Anna 1 + Bram 1/4 + Cas 1/2 = 1.75 / 3.
    QCOMPARE(now.picks(1), 3);
    QVERIFY(qAbs(now.share(1) - 1.75 / 3) < 1e-12);
}

// csv-format.md, "Spreadsheet safety": a cell that a spreadsheet would run as a formula is
// written with a leading ', and reads back exactly.
void TestPicksCsv::export_neutralisesFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << u"=HYPERLINK(\"http://x\",\"click\")"_s
                            << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""_s;
    QTest::newRow("plus") << u"+1 for this"_s << u"'+1 for this"_s;
    QTest::newRow("minus") << u"-not me"_s << u"'-not me"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\tindented"_s << u"'\tindented"_s;
    QTest::newRow("carriage return") << u"\rx"_s << u"\"'\rx\""_s;
    QTest::newRow("apostrophe") << u"'tis so"_s << u"''tis so"_s;
    QTest::newRow("two apostrophes") << u"''=x"_s << u"'''=x"_s;
    QTest::newRow("plain") << u"Because"_s << u"Because"_s;
    QTest::newRow("formula later") << u"a=b"_s << u"a=b"_s;
}

void TestPicksCsv::export_neutralisesFormulas()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    Testing::SessionBuilder b(u"Safe"_s);
    b.participant(u"Anna"_s).participant(u"=cmd|' /C calc'!A0"_s);
    b.round(u"@Now"_s, PickingRule::choose(1, 1));
    Session session = b.build();
    Pick pick = b.pick(0, 0, 1);
    pick.note = text;
    session.picks = {pick, b.pick(0, 1, 2)};
    const QString csv = QString::fromUtf8(PicksCsv::write(session));
    QVERIFY2(csv.contains(u"'@Now,Anna,idealism,,+,"_s + written + u'\n'), qPrintable(csv));
    QVERIFY2(csv.contains(u"\n'@Now,'=cmd|' /C calc'!A0,"_s), qPrintable(csv));
    // And back, exactly.
    const auto again = PicksCsv::import(csv.toUtf8(), {u"Again"_s, {}});
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again->rounds.first().title, u"@Now"_s);
    QCOMPARE(again->participants.at(1).displayName, u"=cmd|' /C calc'!A0"_s);
    QCOMPARE(again->picks.first().note, text);
}

void TestPicksCsv::import_keepsAHandTypedApostrophe()
{
    const auto session = importText("participant,round,drive,note\n"
                                    "'Anna,Now,1,'tis the season\n"
                                    "Bram,Now,2,'=1+1\n");
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    QCOMPARE(session->participants.first().displayName, u"'Anna"_s);
    QCOMPARE(session->picks.at(0).note, u"'tis the season"_s);
    QCOMPARE(session->picks.at(1).note, u"=1+1"_s);
}

QTEST_GUILESS_MAIN(TestPicksCsv)
#include "tst_pickscsv.moc"
