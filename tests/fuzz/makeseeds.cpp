// Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/): session files of a
// realistic workshop and of every feature a session file holds, and the deck manifests a maker
// writes. The CSV seeds are the test data's own files plus a few hand-written ones. Run when the
// formats change: makeseeds tests/fuzz/corpus
#include "io/sessionfile.h"
#include "sessionbuilder.h"
#include "workshop/samplesession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

namespace {

bool save(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Every feature of the format in one small session: aliases, a ranked round with "not me", a
// scan with its run, a blind round, a target round, agreements, tags, notes.
Session everyFeature()
{
    Testing::SessionBuilder b(u"Kick-off <Sales & \"Service\">"_s);
    b.participant(u"Zoë"_s, u"Blue fox"_s).participant(u"李小龍"_s).participant(u"Bram"_s);
    b.round(u"Wat drijft je nu?"_s, PickingRule::choose(1, 3, true, true));
    b.round(u"Scan"_s, PickingRule::scan(4));
    Session s = b.build();
    s.facilitator = u"Kim"_s;
    s.language = u"nl"_s;
    s.deck = u"Bergen"_s;
    s.notes = u"Line one\nLine two\t&"_s;
    s.tags = {u"pilot"_s, u"2026 Q4"_s};
    s.anonymous = true;
    s.rounds[0].blind = true;
    s.rounds[0].timeboxMinutes = 20;
    Pick ranked = b.pick(0, 0, 1, Polarity::Positive, 1);
    ranked.note = u"Because\nthe world can be better."_s;
    ranked.madeAt = QDateTime(QDate(2026, 11, 23), QTime(10, 15, 3, 250), Qt::UTC);
    Pick scan = b.pick(1, 1, 12);
    scan.reactionTimeMs = 1834;
    s.picks = {ranked, b.pick(0, 1, 24, Polarity::Negative), scan};
    ScanRun run;
    run.roundId = s.rounds[1].id;
    run.participantId = s.participants[1].id;
    run.seed = 99;
    run.unanswered = {3, 4};
    s.scanRuns = {run};
    const Participant brand{Testing::SessionBuilder::uuid(3333), u"Brand"_s, {}};
    s.participants.append(brand);
    Round intended;
    intended.id = Testing::SessionBuilder::uuid(4444);
    intended.title = u"What we promise"_s;
    intended.rule = PickingRule::choose(1, 2);
    intended.participantIds = {brand.id};
    intended.target = true;
    s.rounds.append(intended);
    s.picks.append({brand.id, intended.id, 7, std::nullopt, Polarity::Positive, {}, {}, {}});
    s.agreements = {{QUuid::createUuid(), u"Weekly stand-up"_s, u"Kim"_s, QDate(2027, 1, 15)}};
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: makeseeds CORPUS_DIR\n");
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    const QString sessions = corpus.filePath(u"sessionfile"_s);
    QDir().mkpath(sessions);
    Testing::SessionBuilder one(u"One"_s);
    one.participant(u"Anna"_s).round(u"Now"_s, PickingRule::choose(1, 1));
    Session tiny = one.build();
    tiny.picks = {one.pick(0, 0, 5)};
    const bool ok =
        save(sessions + u"/sample.drivedeck"_s, SessionFile::encode(SampleSession::create())) &&
        save(sessions + u"/every-feature.drivedeck"_s, SessionFile::encode(everyFeature())) &&
        save(sessions + u"/one-pick.drivedeck"_s, SessionFile::encode(tiny));
    return ok ? 0 : 1;
}
