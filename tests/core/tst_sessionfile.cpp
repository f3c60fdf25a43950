#include "io/sessionfile.h"
#include "profile/profile.h"
#include "sessionbuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

using namespace DriveDeck;
using DriveDeck::Testing::SessionBuilder;
using namespace Qt::StringLiterals;

namespace {

const QString Name = u"team.drivedeck"_s;

Session richSession()
{
    SessionBuilder b(u"Kick-off 🚀 <Sales & \"Service\">"_s);
    b.participant(u"Zoë Ærøskøbing"_s, u"Blue fox"_s)
        .participant(u"李小龍"_s)
        .participant(u" Bram "_s);
    b.round(u"Wat drijft je nu?"_s, PickingRule::choose(1, 3, true, true));
    b.round(u"Scan"_s, PickingRule::scan(4));
    Session s = b.build();
    s.facilitator = u"Kim"_s;
    s.language = u"nl"_s;
    s.deck = u"Bergen & meren"_s;
    s.deckAtRandom = true;
    s.notes = u"Line one\nLine two\r\n\ttabbed & <escaped> \"quoted\" 'single'\n"_s;
    s.tags = {u"pilot"_s, u"sales"_s, u"2026 Q4"_s};
    s.anonymous = true;
    s.revision = 7;
    s.rounds[1].participantIds.removeLast();
    Pick ranked = b.pick(0, 0, 1, Polarity::Positive, 1);
    ranked.note = u"Because the world\ncan be better.\n"_s;
    ranked.madeAt = QDateTime(QDate(2026, 11, 23), QTime(10, 15, 3, 250), Qt::UTC);
    Pick notMe = b.pick(0, 1, 24, Polarity::Negative);
    notMe.note = u"  leading and trailing spaces  "_s;
    Pick scan = b.pick(1, 1, 12);
    scan.reactionTimeMs = 1834;
    Pick unknownTime = b.pick(0, 2, 5, Polarity::Positive, 2);
    unknownTime.madeAt = QDateTime();
    s.picks = {ranked, notMe, scan, unknownTime};
    // Format 2: a target round picked by "Brand", a timebox, agreements.
    const Participant brand{SessionBuilder::uuid(3333), u"Brand"_s, {}};
    s.participants.append(brand);
    Round intended;
    intended.id = SessionBuilder::uuid(4444);
    intended.title = u"What we promise"_s;
    intended.rule = PickingRule::choose(3, 5);
    intended.participantIds = {brand.id};
    intended.target = true;
    intended.timeboxMinutes = 12;
    s.rounds.append(intended);
    s.rounds[0].timeboxMinutes = 20;
    s.rounds[0].blind = true; // round version 3: a blind round
    s.agreements = {{SessionBuilder::uuid(5555), u"Tell one story a week <in> the stand-up"_s,
                     u"Zoë"_s, QDate(2026, 12, 18)},
                    {SessionBuilder::uuid(5556), u"Meet again in spring"_s, {}, {}}};
    // Session version 3: the seed of a yes/no scan and the cards that timed out.
    s.scanRuns = {{s.rounds[1].id, s.participants[1].id, 4000000000u, {7, 3}}};
    return s;
}

// A file with a valid header around any payload: what a hostile or foreign file looks like.
QByteArray wrap(const QByteArray &payload, quint32 version = SessionFile::FormatVersion)
{
    QByteArray header(SessionFile::HeaderSize, '\0');
    std::copy(SessionFile::Magic.cbegin(), SessionFile::Magic.cend(), header.begin());
    qToBigEndian<quint32>(version, header.data() + 8);
    qToBigEndian<quint64>(quint64(payload.size()), header.data() + 12);
    const QByteArray sum = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    std::copy(sum.cbegin(), sum.cend(), header.begin() + 20);
    return header + payload;
}

} // namespace

class TestSessionFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roundTrip_keepsEveryField();
    void write_refusesWhatItCouldNotReadBack();
    void roundTrip_throughAFile();
    void encode_isPortableXmlAfterTheHeader();
    void truncated_everyLengthIsRejected();
    void flippedBytes_areRejected();
    void hostile_data();
    void hostile();
    void read_checksTheSizeBeforeReading();
    void read_missingFileNamesIt();
    void read_format1File_stillWorks();
    void write_charactersXmlCannotHold_readBackAsReplacements();
    void roundTrip_aMillionPicks_sameSessionAndProfile();
};

void TestSessionFile::roundTrip_keepsEveryField()
{
    const Session original = richSession();
    QVERIFY(original.validate().isEmpty());
    const auto decoded = SessionFile::decode(SessionFile::encode(original), Name);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
    QCOMPARE(decoded->notes, original.notes);
    QCOMPARE(decoded->picks.at(1).note, original.picks.at(1).note);
    QCOMPARE(decoded->participants, original.participants);
    QCOMPARE(decoded->rounds, original.rounds);
    QCOMPARE(decoded->picks, original.picks);
    QVERIFY(*decoded == original);
}

void TestSessionFile::roundTrip_throughAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"session.drivedeck"_s);
    QVERIFY(SessionFile::write(richSession(), path).ok());
    // The user's alone (0600): the file holds participants' stories.
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                         QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const auto read = SessionFile::read(path);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QVERIFY(*read == richSession());
}

void TestSessionFile::encode_isPortableXmlAfterTheHeader()
{
    const QByteArray bytes = SessionFile::encode(richSession());
    QCOMPARE(bytes.left(8), QByteArray::fromHex("8944444b0d0a1a0a"));
    QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + 8), 2u);
    QCOMPARE(qFromBigEndian<quint64>(bytes.constData() + 12), quint64(bytes.size() - 52));
    const QByteArray payload = bytes.mid(52);
    QVERIFY(payload.contains("<boost_serialization"));
    QVERIFY(payload.contains("<session class_id="));
    QVERIFY(payload.contains("version=\"3\""));
    QVERIFY(payload.contains("<agreements") ||
            payload.contains("<text>Meet again in spring</text>"));
}

void TestSessionFile::truncated_everyLengthIsRejected()
{
    const QByteArray bytes = SessionFile::encode(richSession());
    for (qsizetype length = 0; length < bytes.size(); ++length) {
        const auto decoded = SessionFile::decode(bytes.left(length), Name);
        QVERIFY2(!decoded.ok(), qPrintable(QString::number(length)));
        const QString message = decoded.errorMessage();
        QVERIFY2(message.startsWith(u"\"team.drivedeck\" is "_s), qPrintable(message));
        if (length == 0)
            QVERIFY(message.contains(u"is empty"_s));
        else
            QVERIFY2(message.contains(u"is cut off"_s), qPrintable(message));
    }
}

void TestSessionFile::flippedBytes_areRejected()
{
    const QByteArray bytes = SessionFile::encode(richSession());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QByteArray damaged = bytes;
        damaged[i] = char(damaged.at(i) ^ 0x20);
        const auto decoded = SessionFile::decode(damaged, Name);
        QVERIFY2(!decoded.ok(), qPrintable(QString::number(i)));
        QVERIFY(decoded.errorMessage().startsWith(u"\"team.drivedeck\""_s));
    }
}

void TestSessionFile::hostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QByteArray good = SessionFile::encode(richSession());
    QByteArray huge = good;
    qToBigEndian<quint64>(quint64(1) << 62, huge.data() + 12);
    QByteArray newer = good;
    qToBigEndian<quint32>(3, newer.data() + 8);
    QByteArray zeroVersion = good;
    qToBigEndian<quint32>(0, zeroVersion.data() + 8);
    QByteArray extra = good + "trailing";

    QTest::newRow("empty") << QByteArray()
                           << u"\"team.drivedeck\" is empty: it is not a DriveDeck session file."_s;
    QTest::newRow("wrong magic")
        << QByteArray("participant,round,drive\nAnna,Now,1\n" + good.mid(40))
        << u"\"team.drivedeck\" is not a DriveDeck session file (it does not start like one). "
           "CSV files are imported as CSV."_s;
    QTest::newRow("huge declared length")
        << huge
        << u"\"team.drivedeck\" is damaged: it declares 4611686018427387904 bytes of session "
           "data, more than any session file holds."_s;
    QTest::newRow("newer format")
        << newer
        << u"\"team.drivedeck\" was written by a newer DriveDeck (file format 3; this version "
           "reads format 2). Update DriveDeck to open it."_s;
    QTest::newRow("format 0") << zeroVersion
                              << u"\"team.drivedeck\" is damaged: its format version is 0."_s;
    QTest::newRow("extra bytes")
        << extra << u"\"team.drivedeck\" is damaged: it has 8 bytes more than it declares."_s;

    const QString Unreadable = u"\"team.drivedeck\" cannot be read: it is damaged or was written "
                               "by another program. Ask for a new export from DriveDeck."_s;

    // A valid Boost archive with a valid header, but of something else entirely.
    const QByteArray foreign =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>\n"
        "<!DOCTYPE boost_serialization>\n"
        "<boost_serialization signature=\"serialization::archive\" version=\"19\">\n"
        "<inventory class_id=\"0\" tracking_level=\"0\" version=\"0\">\n"
        "<count>2</count><item>hammer</item><item>saw</item></inventory>\n"
        "</boost_serialization>\n";
    QTest::newRow("archive from another program") << wrap(foreign) << Unreadable;
    QTest::newRow("not an archive at all") << wrap("hello world") << Unreadable;

    // A session class of a newer version than this DriveDeck writes: not read as an older one.
    QByteArray newerClass = good.mid(SessionFile::HeaderSize);
    const qsizetype sessionTag = newerClass.indexOf("<session ");
    const qsizetype versionAt = newerClass.indexOf("version=\"3\"", sessionTag);
    QVERIFY(sessionTag > 0 && versionAt > sessionTag);
    newerClass.replace(versionAt, 11, "version=\"4\"");
    QTest::newRow("newer session class") << wrap(newerClass) << Unreadable;

    // A scan that claims a million unanswered cards: refused before reading them.
    QByteArray longScan = good.mid(SessionFile::HeaderSize);
    const qsizetype unansweredAt = longScan.indexOf("<unanswered>2</unanswered>");
    QVERIFY(unansweredAt > 0);
    longScan.replace(unansweredAt, 26, "<unanswered>1000000</unanswered>");
    QTest::newRow("scan with a million unanswered cards") << wrap(longScan) << Unreadable;

    // A count of a billion picks in a tiny file: read item by item, it fails at the end of the
    // data instead of reserving memory for a billion.
    QByteArray payload = good.mid(SessionFile::HeaderSize);
    const qsizetype picksCount = payload.lastIndexOf("<count>4</count>");
    QVERIFY(picksCount > 0);
    payload.replace(picksCount, 16, "<count>1000000000</count>");
    QTest::newRow("hostile count") << wrap(payload) << Unreadable;

    // End tags Boost would compare past its own string: a crash with a long one. Refused before
    // Boost reads them.
    QByteArray mismatched = good.mid(SessionFile::HeaderSize);
    const qsizetype idEnd = mismatched.indexOf("</id>");
    QVERIFY(idEnd > 0);
    mismatched.replace(idEnd, 5, "</identifier>");
    QTest::newRow("end tag that does not match") << wrap(mismatched) << Unreadable;
    QByteArray longEnd = good.mid(SessionFile::HeaderSize);
    longEnd.replace(longEnd.indexOf("</id>"), 5, "</" + QByteArray(128 * 1024, 'x') + ">");
    QTest::newRow("end tag of 128 KB") << wrap(longEnd) << Unreadable;
    // Well-formed, but with a name DriveDeck never writes.
    QByteArray renamed = good.mid(SessionFile::HeaderSize);
    const qsizetype idStart = renamed.indexOf("<id>");
    renamed.replace(renamed.indexOf("</id>", idStart), 5, "</identifier>");
    renamed.replace(idStart, 4, "<identifier>");
    QTest::newRow("unknown element") << wrap(renamed) << Unreadable;
    // Nesting a thousand deep, and entities declared to expand.
    QByteArray deep = good.mid(SessionFile::HeaderSize);
    const qsizetype titleAt = deep.indexOf("<title>");
    deep.insert(titleAt,
                QByteArray("<item>").repeated(1000) + QByteArray("</item>").repeated(1000));
    QTest::newRow("nested a thousand deep") << wrap(deep) << Unreadable;
    QByteArray entities = good.mid(SessionFile::HeaderSize);
    entities.replace("<!DOCTYPE boost_serialization>",
                     "<!DOCTYPE boost_serialization [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                     "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>");
    entities.replace(entities.indexOf("<title>") + 7, 0, "&b;");
    QTest::newRow("entity declarations") << wrap(entities) << Unreadable;

    QByteArray invalid = good.mid(SessionFile::HeaderSize);
    invalid.replace("<drive>12</drive>", "<drive>99</drive>");
    QTest::newRow("invalid session")
        << wrap(invalid)
        << u"\"team.drivedeck\" holds a session that is not valid: There is no "
           "drive 99: drives are numbered 1 to 24."_s;
}

void TestSessionFile::hostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    // The message is the one line a user sees: nothing else is printed (--verbose shows more).
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    const auto decoded = SessionFile::decode(bytes, Name);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.errorMessage(), message);
}

void TestSessionFile::write_refusesWhatItCouldNotReadBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.drivedeck"_s);
    const Session session = richSession();
    const qint64 payload = SessionFile::encode(session).size() - SessionFile::HeaderSize;
    // One byte over the limit: refused, and no file.
    const Status refused = SessionFile::write(session, path, payload - 1);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(u"is too big for a DriveDeck session file"_s),
             qPrintable(refused.errorMessage()));
    QVERIFY(refused.errorMessage().contains(u"Export its picks as CSV instead"_s));
    QVERIFY(!QFile::exists(path));
    // At the limit: written, and read back whole.
    QVERIFY(SessionFile::write(session, path, payload));
    const auto read = SessionFile::read(path);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QVERIFY(*read == session);
}

void TestSessionFile::read_checksTheSizeBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.drivedeck"_s);
    QByteArray bytes = SessionFile::encode(richSession());
    qToBigEndian<quint64>(quint64(200) * 1024 * 1024, bytes.data() + 12);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const auto read = SessionFile::read(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(u"is cut off: it should hold 209715200 bytes"_s),
             qPrintable(read.errorMessage()));
    QVERIFY(read.errorMessage().contains(QDir::toNativeSeparators(path)));
}

void TestSessionFile::read_missingFileNamesIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.drivedeck"_s);
    const auto read = SessionFile::read(path);
    QVERIFY(!read.ok());
    QCOMPARE(read.errorMessage(), u"Cannot open \"%1\": No such file or directory"_s.arg(path));
}

void TestSessionFile::read_format1File_stillWorks()
{
    // Written by DriveDeck before format 2 (exported from tests/data/workshop.csv).
    const auto session =
        SessionFile::read(QStringLiteral(DRIVEDECK_TEST_DATA_DIR "/session-format1.drivedeck"));
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    QCOMPARE(session->title, u"Kick-off 2026"_s);
    QCOMPARE(session->team, u"Sales"_s);
    QCOMPARE(session->participants.size(), 4);
    QCOMPARE(session->rounds.size(), 2);
    QCOMPARE(session->picks.size(), 14);
    QCOMPARE(session->picks.first().note, u"I want my work to matter,\neven on a Monday."_s);
    for (const Round &round : session->rounds) {
        QCOMPARE(round.target, false);
        QCOMPARE(round.timeboxMinutes, 0);
        QCOMPARE(round.blind, false);
    }
    QVERIFY(session->agreements.isEmpty());
}

// A NUL or a terminal escape pasted into a story: XML cannot hold them, so the file holds "�"
// instead, and the file reads back (before, the export was a file DriveDeck refused).
void TestSessionFile::write_charactersXmlCannotHold_readBackAsReplacements()
{
    Session session = richSession();
    session.title = u"Team\x01"
                    "day"_s;
    session.picks[0].note = u"a\0b\x1b[2J c 🌷 \xd800 end"_s;
    const auto read = SessionFile::decode(SessionFile::encode(session), Name);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(read->title, u"Team\ufffdday"_s);
    QCOMPARE(read->picks.at(0).note, u"a\ufffdb\ufffd[2J c 🌷 \ufffd end"_s);
    QCOMPARE(read->picks.at(1), session.picks.at(1));
}

// A million picks: more than the 256 MiB a file once held. Written and read a chunk at a time,
// the same session comes back, with the same profile.
void TestSessionFile::roundTrip_aMillionPicks_sameSessionAndProfile()
{
    Session session = Session::create(u"Organisation survey"_s);
    for (int p = 0; p < 100'000; ++p)
        session.participants.append({QUuid::createUuid(), u"Person %1"_s.arg(p), {}});
    for (const QString &title : {u"Now"_s, u"In a year"_s}) {
        Round round;
        round.id = QUuid::createUuid();
        round.title = title;
        round.rule = PickingRule::choose(1, 5, true);
        for (const Participant &p : std::as_const(session.participants))
            round.participantIds.append(p.id);
        session.rounds.append(round);
    }
    session.picks.reserve(1'000'000);
    for (int r = 0; r < 2; ++r) {
        for (int p = 0; p < 100'000; ++p) {
            for (int rank = 1; rank <= 5; ++rank) {
                Pick pick;
                pick.roundId = session.rounds.at(r).id;
                pick.participantId = session.participants.at(p).id;
                pick.driveId = (p * 5 + rank * 7 + r) % DriveCount + 1;
                pick.rank = rank;
                if (p % 10 == 0)
                    pick.note = u"Story %1"_s.arg(p);
                session.picks.append(pick);
            }
        }
    }
    QCOMPARE(session.picks.size(), 1'000'000);
    QVERIFY(session.validate().isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"survey.drivedeck"_s);
    const Status written = SessionFile::write(session, path);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QVERIFY2(QFileInfo(path).size() > 256LL * 1024 * 1024,
             qPrintable(QString::number(QFileInfo(path).size())));
    const auto read = SessionFile::read(path);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(read->picks.size(), session.picks.size());
    QVERIFY(*read == session);
    for (const Round &round : std::as_const(session.rounds)) {
        const Profile before = Profile::ofRound(session, round.id);
        const Profile after = Profile::ofRound(*read, round.id);
        QCOMPARE(after.respondents(), 100'000);
        for (const Drive &drive : Catalogue::drives())
            QCOMPARE(after.share(drive.id), before.share(drive.id));
        for (const Domain &domain : Catalogue::domains())
            QCOMPARE(after.affinity(domain.id), before.affinity(domain.id));
    }
}

QTEST_GUILESS_MAIN(TestSessionFile)
#include "tst_sessionfile.moc"
