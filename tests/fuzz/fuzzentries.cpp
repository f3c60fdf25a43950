#include "fuzzentries.h"

#include "decks/decklibrary.h"
#include "io/pickscsv.h"
#include "io/sessionfile.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>

namespace DriveDeck::Fuzz {

namespace {

// A refused file's name, as messages repeat it.
const QString FileName = QStringLiteral("input.drivedeck");
// Long enough for a problem naming a file, a line, a column and two cut values.
constexpr qsizetype MaxLineLength = 600;

} // namespace

QString messageProblem(const QString &message)
{
    if (message.trimmed().isEmpty())
        return QStringLiteral("an empty message");
    for (const QStringView line : QStringView(message).split(u'\n')) {
        if (line.size() > MaxLineLength)
            return QStringLiteral("a message line of %1 characters: %2…")
                .arg(line.size())
                .arg(line.left(120));
        for (const QChar c : line) {
            if (c.category() == QChar::Other_Control)
                return QStringLiteral("a control character U+%1 in the message: %2")
                    .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                    .arg(line.left(120));
        }
    }
    return {};
}

namespace {

QString decodedSessionFile(const QByteArray &bytes)
{
    const Result<Session> session = SessionFile::decode(bytes, FileName);
    if (!session)
        return messageProblem(session.errorMessage());
    if (const ValidationIssues issues = session->blockingIssues(); !issues.isEmpty())
        return QStringLiteral("read a session that is not valid: ") + issues.first().message;
    // What was read is written and read back the same.
    const Result<Session> again = SessionFile::decode(SessionFile::encode(*session), FileName);
    if (!again)
        return QStringLiteral("a session read cannot be read again once written: ") +
               again.errorMessage();
    if (!(*again == *session))
        return QStringLiteral("a session changed when written and read again");
    return {};
}

// The payload behind a header that holds: anyone can write one, so the checksum is no defence
// and the fuzzer must reach the XML reader with every mutation, not only the rare one whose
// checksum happens to match.
QByteArray withValidHeader(QByteArrayView payload)
{
    QByteArray header(SessionFile::HeaderSize, '\0');
    std::copy(SessionFile::Magic.cbegin(), SessionFile::Magic.cend(), header.begin());
    qToBigEndian<quint32>(SessionFile::FormatVersion, header.data() + 8);
    qToBigEndian<quint64>(quint64(payload.size()), header.data() + 12);
    const QByteArray checksum = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    std::copy(checksum.cbegin(), checksum.cend(), header.begin() + 20);
    return header + payload.toByteArray();
}

} // namespace

QString sessionFile(QByteArrayView data)
{
    // The input as a whole file (the header's checks), and its payload (everything after a
    // header, or all of it) behind a valid header.
    if (const QString problem = decodedSessionFile(data.toByteArray()); !problem.isEmpty())
        return problem;
    const bool hasHeader =
        data.startsWith(SessionFile::Magic) && data.size() >= SessionFile::HeaderSize;
    return decodedSessionFile(
        withValidHeader(hasHeader ? data.sliced(SessionFile::HeaderSize) : data));
}

QString picksCsv(QByteArrayView data)
{
    const PicksCsv::ImportOptions options{QStringLiteral("Fuzz"), QString()};
    const Result<Session> session = PicksCsv::import(data.toByteArray(), options);
    if (!session) {
        if (const QString problem = messageProblem(session.errorMessage()); !problem.isEmpty())
            return problem;
        const qsizetype lines = session.errorMessage().count(u'\n') + 1;
        if (lines > PicksCsv::MaxListedProblems + 1)
            return QStringLiteral("%1 lines of problems").arg(lines);
        return {};
    }
    if (const ValidationIssues issues = session->validate(); !issues.isEmpty())
        return QStringLiteral("imported a session that is not valid: ") + issues.first().message;
    // Exported and imported again, the picks are the same (csv-format.md: "Importing an
    // exported file gives back the same picks").
    const QByteArray exported = PicksCsv::write(*session);
    const Result<Session> again = PicksCsv::import(exported, options);
    if (!again)
        return QStringLiteral("an export cannot be imported again: ") + again.errorMessage();
    // The same picks; their order may differ, as people are numbered by their first line.
    const auto sortedLines = [](const QByteArray &csv) {
        QList<QByteArray> lines = csv.split('\n');
        std::sort(lines.begin(), lines.end());
        return lines;
    };
    if (sortedLines(PicksCsv::write(*again)) != sortedLines(exported))
        return QStringLiteral("the picks changed when exported and imported again");
    return {};
}

QString deckManifest(QByteArrayView data)
{
    const Result<PhotoDeck> deck = DeckLibrary::parseManifest(data.toByteArray());
    if (!deck)
        return messageProblem(deck.errorMessage());
    // Names and credits are printed on one line each.
    for (const QString &line : {deck->name, deck->author, deck->licence, deck->attribution}) {
        if (line.contains(u'\n') || !messageProblem(line + u'.').isEmpty())
            return QStringLiteral("a deck's name or credit that is not one clean line: ") +
                   line.left(120);
    }
    for (const QStringList &files : deck->images) {
        for (const QString &file : files) {
            if (file.isEmpty() || file.startsWith(u'/') ||
                file.split(u'/').contains(QStringLiteral("..")))
                return QStringLiteral("a picture outside the deck: ") + file.left(120);
        }
    }
    return {};
}

} // namespace DriveDeck::Fuzz
