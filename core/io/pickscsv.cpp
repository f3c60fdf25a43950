#include "io/pickscsv.h"

#include "domain/catalogue.h"
#include "domain/text.h"
#include "io/csvreader.h"

#include <QBuffer>
#include <QHash>
#include <QIODevice>
#include <QSet>

#include <algorithm>
#include <climits>
#include <numeric>
#include <tuple>

namespace DriveDeck {

namespace {

enum Column
{
    ParticipantColumn,
    RoundColumn,
    DriveColumn,
    RankColumn,
    PolarityColumn,
    NoteColumn
};

constexpr const char *ColumnNames[] = {"participant", "round", "drive", "rank", "polarity", "note"};

QString columnName(int column)
{
    return QString::fromLatin1(ColumnNames[column]);
}

// Problems collected while reading, so the facilitator can fix them all in one go. Only the
// first few are kept: a file of a million bad lines costs a count, not a million messages.
class Problems
{
public:
    void add(const QString &text)
    {
        if (m_items.size() < PicksCsv::MaxListedProblems)
            m_items.append(text);
        ++m_count;
    }
    bool isEmpty() const { return m_count == 0; }
    Error toError() const
    {
        QStringList lines = m_items;
        if (m_count > m_items.size())
            lines.append(PicksCsv::tr("… and %n more problem(s).", nullptr,
                                      int(std::min<qint64>(m_count - m_items.size(), INT_MAX))));
        return Error(Error::Kind::InvalidInput, lines.join(QLatin1Char('\n')));
    }

private:
    QStringList m_items;
    qint64 m_count = 0;
};

QString at(int line, int column)
{
    return PicksCsv::tr("line %1, column \"%2\"").arg(line).arg(columnName(column));
}

// Spreadsheets run a cell that begins with one of these as a formula (csv-format.md,
// "Spreadsheet safety").
bool startsLikeAFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Free text as the export writes it: a leading ' keeps a spreadsheet from running it, and a
// text that begins with ' gets one more, so that the import gives back exactly what was written.
QString spreadsheetSafe(const QString &text)
{
    return startsLikeAFormula(text) || text.startsWith(u'\'') ? u'\'' + text : text;
}

// The import's side: one leading ' goes where the export would have put it.
QString fromSpreadsheetSafe(const QString &text)
{
    if (text.size() >= 2 && text.front() == u'\'' &&
        (startsLikeAFormula(QStringView(text).mid(1)) || text.at(1) == u'\''))
        return text.mid(1);
    return text;
}

QString needsQuotes(const QString &field)
{
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
                       field.contains(u'\r') || field.contains(u';') ||
                       (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!quote)
        return field;
    QString escaped = field;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

Result<Session> PicksCsv::import(const QByteArray &bytes, const ImportOptions &options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return import(buffer, options);
}

Result<Session> PicksCsv::import(QIODevice &device, const ImportOptions &options)
{
    // The file is read record by record, each pick kept once, in the session it builds.
    std::optional<CsvRecord> header;
    int columnIndex[6] = {-1, -1, -1, -1, -1, -1};
    Problems problems;

    Session session = Session::create(options.title);
    session.team = options.team;

    // Kept small, for files of millions of picks: per (round, participant) the drives and ranks
    // seen as bit sets and a chain through the lines read, followed only to name the earlier
    // line of a duplicate.
    QHash<QString, qsizetype> participantByName; // case-folded name -> index
    QHash<QString, qsizetype> roundByTitle;
    struct PairState
    {
        quint32 drives = 0; // bit d: drive d picked
        quint32 ranks = 0;  // bit r: rank r given
        int positive = 0;
        int negative = 0;
        qint64 lastEntry = -1; // into entryLine/entryBefore
    };
    QHash<quint64, PairState> pairs; // round index << 32 | participant index
    QList<int> entryLine;            // per pick read: its line
    QList<qint64> entryBefore;       // per pick read: the same pair's pick before it, or -1
    QList<int> entryDrive;
    QList<qint8> entryRank;

    auto field = [&](const CsvRecord &record, int column) -> QString {
        const int index = columnIndex[column];
        return index >= 0 && index < record.fields.size() ? record.fields.at(index) : QString();
    };

    auto readHeader = [&](const CsvRecord &record) {
        // The header: names in any order and case; unknown columns are ignored.
        header = record;
        for (int i = 0; i < record.fields.size(); ++i) {
            const QString name = record.fields.at(i).trimmed().toLower();
            for (int column = 0; column < 6; ++column) {
                if (name != columnName(column))
                    continue;
                if (columnIndex[column] >= 0)
                    problems.add(
                        tr("line %1: the column \"%2\" appears twice").arg(record.line).arg(name));
                columnIndex[column] = i;
            }
        }
        for (int column : {ParticipantColumn, RoundColumn, DriveColumn}) {
            if (columnIndex[column] < 0)
                problems.add(tr("line %1: the header has no \"%2\" column (it has: %3)")
                                 .arg(record.line)
                                 .arg(columnName(column),
                                      Text::shown(record.fields.join(QStringLiteral(", ")), 200)));
        }
        // Without the columns, no line can be read: stop here.
        return problems.isEmpty();
    };

    auto readPick = [&](const CsvRecord &record) {
        const int line = record.line;
        if (record.fields.size() > header->fields.size()) {
            problems.add(tr("line %1: %2 fields where the header has %3; is a note with a "
                            "comma missing its quotes?")
                             .arg(line)
                             .arg(record.fields.size())
                             .arg(header->fields.size()));
            return;
        }

        // Names are matched as people see them: "Anna" and "An\u200bna\u200d" are one person.
        const QString name =
            Text::normalName(fromSpreadsheetSafe(field(record, ParticipantColumn)));
        const QString roundTitle =
            Text::normalName(fromSpreadsheetSafe(field(record, RoundColumn)));
        const QString driveText = field(record, DriveColumn);
        const QString rankText = field(record, RankColumn).trimmed();
        const QString polarityText = field(record, PolarityColumn).trimmed();
        bool ok = true;

        if (name.isEmpty()) {
            problems.add(tr("%1: no participant name").arg(at(line, ParticipantColumn)));
            ok = false;
        }
        if (roundTitle.isEmpty()) {
            problems.add(tr("%1: no round title").arg(at(line, RoundColumn)));
            ok = false;
        }
        const Result<int> drive = Catalogue::findDrive(driveText);
        if (!drive) {
            problems.add(QStringLiteral("%1: %2").arg(at(line, DriveColumn), drive.errorMessage()));
            ok = false;
        }
        std::optional<int> rank;
        if (!rankText.isEmpty()) {
            // Digits only: "1\0999" is not rank 1.
            const bool isNumber = Text::isDigits(rankText) && rankText.size() <= 3;
            const int value = isNumber ? rankText.toInt() : 0;
            if (!isNumber || value < 1) {
                problems.add(tr("%1: \"%2\" is not a positive whole number")
                                 .arg(at(line, RankColumn), Text::shown(rankText)));
                ok = false;
            } else if (value > DriveCount) {
                problems.add(tr("%1: rank %2 is higher than the %3 cards in the deck")
                                 .arg(at(line, RankColumn))
                                 .arg(value)
                                 .arg(DriveCount));
                ok = false;
            } else {
                rank = value;
            }
        }
        Polarity polarity = Polarity::Positive;
        if (polarityText == QLatin1String("-")) {
            polarity = Polarity::Negative;
        } else if (!polarityText.isEmpty() && polarityText != QLatin1String("+")) {
            problems.add(tr("%1: \"%2\" should be + (appeals) or - (not me)")
                             .arg(at(line, PolarityColumn), Text::shown(polarityText)));
            ok = false;
        }
        if (rank && polarity == Polarity::Negative) {
            problems.add(tr("%1: a \"not me\" pick cannot have a rank").arg(at(line, RankColumn)));
            ok = false;
        }
        if (!ok)
            return;

        const QString nameKey = name.toCaseFolded();
        qsizetype participantIndex = participantByName.value(nameKey, -1);
        if (participantIndex < 0) {
            participantIndex = session.participants.size();
            participantByName.insert(nameKey, participantIndex);
            session.participants.append({QUuid::createUuid(), name, {}});
        }
        const QString titleKey = roundTitle.toCaseFolded();
        qsizetype roundIndex = roundByTitle.value(titleKey, -1);
        if (roundIndex < 0) {
            roundIndex = session.rounds.size();
            roundByTitle.insert(titleKey, roundIndex);
            Round round;
            round.id = QUuid::createUuid();
            round.title = roundTitle;
            round.rule = PickingRule::choose(1, 1);
            session.rounds.append(round);
        }

        const quint64 pairKey = (quint64(roundIndex) << 32) | quint64(participantIndex);
        auto pair = pairs.find(pairKey);
        if (pair == pairs.end()) {
            pair = pairs.insert(pairKey, PairState());
            // The first pick of someone in a round makes them a member of it.
            session.rounds[roundIndex].participantIds.append(
                session.participants.at(participantIndex).id);
        }
        const quint32 driveBit = 1u << *drive;
        const quint32 rankBit = rank ? 1u << *rank : 0u;
        if ((pair->drives & driveBit) || (pair->ranks & rankBit)) {
            // Which line came first: followed back through the pair's own picks.
            const bool sameDrive = pair->drives & driveBit;
            qint64 entry = pair->lastEntry;
            while (entry >= 0 &&
                   (sameDrive ? entryDrive.at(entry) != *drive : entryRank.at(entry) != *rank))
                entry = entryBefore.at(entry);
            const int earlierLine = entry >= 0 ? entryLine.at(entry) : 0;
            if (sameDrive)
                problems.add(tr("%1: %2 already picked \"%3\" in \"%4\" on line %5")
                                 .arg(at(line, DriveColumn), Text::shown(name),
                                      Catalogue::drive(*drive).key, Text::shown(roundTitle))
                                 .arg(earlierLine));
            else
                problems.add(tr("%1: %2 already gave rank %3 in \"%4\" on line %5")
                                 .arg(at(line, RankColumn), Text::shown(name))
                                 .arg(*rank)
                                 .arg(Text::shown(roundTitle))
                                 .arg(earlierLine));
            return;
        }
        pair->drives |= driveBit;
        pair->ranks |= rankBit;
        (polarity == Polarity::Positive ? pair->positive : pair->negative) += 1;
        entryLine.append(line);
        entryBefore.append(pair->lastEntry);
        entryDrive.append(*drive);
        entryRank.append(qint8(rank.value_or(0)));
        pair->lastEntry = entryLine.size() - 1;

        // Each round's rule is what the file shows: as many cards as the most anyone picked,
        // ranked when any pick has a rank, "not me" when any pick is one.
        PickingRule &rule = session.rounds[roundIndex].rule;
        rule.maxPicks = std::max({rule.maxPicks, pair->positive, pair->negative, rank.value_or(0)});
        rule.ranked = rule.ranked || rank.has_value();
        rule.allowNegative = rule.allowNegative || polarity == Polarity::Negative;

        // Once a problem is found nothing will be stored; the rest is only read for its problems.
        if (!problems.isEmpty())
            return;
        Pick pick;
        pick.roundId = session.rounds.at(roundIndex).id;
        pick.participantId = session.participants.at(participantIndex).id;
        pick.driveId = *drive;
        pick.rank = rank;
        pick.polarity = polarity;
        pick.note = fromSpreadsheetSafe(field(record, NoteColumn));
        session.picks.append(std::move(pick));
    };

    const Status read = CsvReader::read(device, [&](const CsvRecord &record) {
        if (!header)
            return readHeader(record);
        readPick(record);
        return true;
    });
    if (!read)
        return read.error();
    if (!header)
        return Error(Error::Kind::InvalidInput,
                     tr("the file is empty; it needs a header line with the columns participant, "
                        "round and drive, and one line per pick"));
    if (problems.isEmpty() && session.picks.isEmpty() && entryLine.isEmpty())
        return Error(Error::Kind::InvalidInput,
                     tr("no picks found: the file has a header but no lines with picks"));
    if (!problems.isEmpty())
        return problems.toError();

    // What only reading needed goes before the session is checked whole.
    participantByName = {};
    roundByTitle = {};
    pairs = {};
    entryLine = {};
    entryBefore = {};
    entryDrive = {};
    entryRank = {};
    session.picks.squeeze();
    session.participants.squeeze();
    for (Round &round : session.rounds)
        round.participantIds.squeeze();

    const ValidationIssues issues = session.validate();
    if (!issues.isEmpty())
        return Error(Error::Kind::InvalidInput, issues.first().message);
    return session;
}

QByteArray PicksCsv::write(const Session &session)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(session, buffer);
    return buffer.data();
}

bool PicksCsv::write(const Session &session, QIODevice &device)
{
    QHash<QUuid, qsizetype> participantOrder;
    for (qsizetype i = 0; i < session.participants.size(); ++i)
        participantOrder.insert(session.participants.at(i).id, i);
    QHash<QUuid, qsizetype> roundOrder;
    for (qsizetype i = 0; i < session.rounds.size(); ++i)
        roundOrder.insert(session.rounds.at(i).id, i);

    // Round order, then participant order, then rank (unranked last), then the order made.
    QList<qsizetype> order(session.picks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const Pick &x = session.picks.at(a);
        const Pick &y = session.picks.at(b);
        const auto key = [&](const Pick &p) {
            return std::make_tuple(roundOrder.value(p.roundId),
                                   participantOrder.value(p.participantId),
                                   p.rank.value_or(DriveCount + 1));
        };
        return key(x) < key(y);
    });

    // Written a megabyte at a time: a session of millions of picks is never held twice as text.
    QByteArray chunk = "round,participant,drive,rank,polarity,note\n";
    QString line;
    for (qsizetype index : order) {
        const Pick &pick = session.picks.at(index);
        const qsizetype roundIndex = roundOrder.value(pick.roundId, -1);
        const qsizetype participantIndex = participantOrder.value(pick.participantId, -1);
        if (roundIndex < 0 || participantIndex < 0 || !Catalogue::isValidDriveId(pick.driveId))
            continue;
        line = needsQuotes(spreadsheetSafe(session.rounds.at(roundIndex).title)) + u',' +
               needsQuotes(spreadsheetSafe(
                   session.participants.at(participantIndex).shownName(session.anonymous))) +
               u',' + Catalogue::drive(pick.driveId).key + u',' +
               (pick.rank ? QString::number(*pick.rank) : QString()) + u',' +
               (pick.isPositive() ? u'+' : u'-') + u',' + needsQuotes(spreadsheetSafe(pick.note)) +
               u'\n';
        chunk += line.toUtf8();
        if (chunk.size() >= (1 << 20)) {
            if (device.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return device.write(chunk) == chunk.size();
}

} // namespace DriveDeck
