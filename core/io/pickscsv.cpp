#include "io/pickscsv.h"

#include "domain/catalogue.h"
#include "domain/text.h"
#include "io/csvreader.h"

#include <QHash>
#include <QSet>

#include <algorithm>
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

// Problems collected while reading, so the facilitator can fix them all in one go.
class Problems
{
public:
    void add(int line, const QString &text) { m_items.append({line, text}); }
    bool isEmpty() const { return m_items.isEmpty(); }
    Error toError() const
    {
        QStringList lines;
        const qsizetype shown = std::min<qsizetype>(m_items.size(), PicksCsv::MaxListedProblems);
        for (qsizetype i = 0; i < shown; ++i)
            lines.append(m_items.at(i).second);
        if (m_items.size() > shown)
            lines.append(
                PicksCsv::tr("… and %n more problem(s).", nullptr, int(m_items.size() - shown)));
        return Error(Error::Kind::InvalidInput, lines.join(QLatin1Char('\n')));
    }

private:
    QList<QPair<int, QString>> m_items;
};

QString at(int line, int column)
{
    return PicksCsv::tr("line %1, column \"%2\"").arg(line).arg(columnName(column));
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
    const Result<QString> text = CsvReader::decodeUtf8(bytes);
    if (!text)
        return text.error();
    const Result<QList<CsvRecord>> parsed = CsvReader::parse(*text);
    if (!parsed)
        return parsed.error();
    const QList<CsvRecord> &records = *parsed;
    if (records.isEmpty())
        return Error(Error::Kind::InvalidInput,
                     tr("the file is empty; it needs a header line with the columns participant, "
                        "round and drive, and one line per pick"));

    // The header: names in any order and case; unknown columns are ignored.
    const CsvRecord &header = records.first();
    int columnIndex[6] = {-1, -1, -1, -1, -1, -1};
    Problems problems;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        for (int column = 0; column < 6; ++column) {
            if (name != columnName(column))
                continue;
            if (columnIndex[column] >= 0)
                problems.add(
                    header.line,
                    tr("line %1: the column \"%2\" appears twice").arg(header.line).arg(name));
            columnIndex[column] = i;
        }
    }
    for (int column : {ParticipantColumn, RoundColumn, DriveColumn}) {
        if (columnIndex[column] < 0)
            problems.add(header.line,
                         tr("line %1: the header has no \"%2\" column (it has: %3)")
                             .arg(header.line)
                             .arg(columnName(column),
                                  Text::shown(header.fields.join(QStringLiteral(", ")), 200)));
    }
    if (!problems.isEmpty())
        return problems.toError();
    if (records.size() == 1)
        return Error(Error::Kind::InvalidInput,
                     tr("no picks found: the file has a header but no lines with picks"));

    Session session = Session::create(options.title);
    session.team = options.team;
    session.picks.reserve(records.size() - 1);

    QHash<QString, qsizetype> participantByName; // case-folded name -> index
    QHash<QString, qsizetype> roundByTitle;
    struct Seen
    {
        int line;
        int driveId;
        std::optional<int> rank;
    };
    QHash<QPair<qsizetype, qsizetype>, QList<Seen>> seen; // (round, participant) -> picks
    QList<QSet<qsizetype>> roundMembers;

    auto field = [&](const CsvRecord &record, int column) -> QString {
        const int index = columnIndex[column];
        return index >= 0 && index < record.fields.size() ? record.fields.at(index) : QString();
    };

    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        const int line = record.line;
        if (record.fields.size() > header.fields.size()) {
            problems.add(line, tr("line %1: %2 fields where the header has %3; is a note with a "
                                  "comma missing its quotes?")
                                   .arg(line)
                                   .arg(record.fields.size())
                                   .arg(header.fields.size()));
            continue;
        }

        // Names are matched as people see them: "Anna" and "An\u200bna\u200d" are one person.
        const QString name = Text::normalName(field(record, ParticipantColumn));
        const QString roundTitle = Text::normalName(field(record, RoundColumn));
        const QString driveText = field(record, DriveColumn);
        const QString rankText = field(record, RankColumn).trimmed();
        const QString polarityText = field(record, PolarityColumn).trimmed();
        bool ok = true;

        if (name.isEmpty()) {
            problems.add(line, tr("%1: no participant name").arg(at(line, ParticipantColumn)));
            ok = false;
        }
        if (roundTitle.isEmpty()) {
            problems.add(line, tr("%1: no round title").arg(at(line, RoundColumn)));
            ok = false;
        }
        const Result<int> drive = Catalogue::findDrive(driveText);
        if (!drive) {
            problems.add(line,
                         QStringLiteral("%1: %2").arg(at(line, DriveColumn), drive.errorMessage()));
            ok = false;
        }
        std::optional<int> rank;
        if (!rankText.isEmpty()) {
            // Digits only: "1\0999" is not rank 1.
            const bool isNumber = Text::isDigits(rankText) && rankText.size() <= 3;
            const int value = isNumber ? rankText.toInt() : 0;
            if (!isNumber || value < 1) {
                problems.add(line, tr("%1: \"%2\" is not a positive whole number")
                                       .arg(at(line, RankColumn), Text::shown(rankText)));
                ok = false;
            } else if (value > DriveCount) {
                problems.add(line, tr("%1: rank %2 is higher than the %3 cards in the deck")
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
            problems.add(line, tr("%1: \"%2\" should be + (appeals) or - (not me)")
                                   .arg(at(line, PolarityColumn), Text::shown(polarityText)));
            ok = false;
        }
        if (rank && polarity == Polarity::Negative) {
            problems.add(line,
                         tr("%1: a \"not me\" pick cannot have a rank").arg(at(line, RankColumn)));
            ok = false;
        }
        if (!ok)
            continue;

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
            roundMembers.append(QSet<qsizetype>());
        }

        QList<Seen> &own = seen[qMakePair(roundIndex, participantIndex)];
        bool duplicate = false;
        for (const Seen &earlier : own) {
            if (earlier.driveId == *drive) {
                problems.add(line, tr("%1: %2 already picked \"%3\" in \"%4\" on line %5")
                                       .arg(at(line, DriveColumn), name,
                                            Catalogue::drive(*drive).key, roundTitle)
                                       .arg(earlier.line));
                duplicate = true;
                break;
            }
            if (rank && earlier.rank == rank) {
                problems.add(line, tr("%1: %2 already gave rank %3 in \"%4\" on line %5")
                                       .arg(at(line, RankColumn), name)
                                       .arg(*rank)
                                       .arg(roundTitle)
                                       .arg(earlier.line));
                duplicate = true;
                break;
            }
        }
        if (duplicate)
            continue;
        own.append({line, *drive, rank});

        if (!roundMembers[roundIndex].contains(participantIndex)) {
            roundMembers[roundIndex].insert(participantIndex);
            session.rounds[roundIndex].participantIds.append(
                session.participants.at(participantIndex).id);
        }
        Pick pick;
        pick.roundId = session.rounds.at(roundIndex).id;
        pick.participantId = session.participants.at(participantIndex).id;
        pick.driveId = *drive;
        pick.rank = rank;
        pick.polarity = polarity;
        pick.note = field(record, NoteColumn);
        session.picks.append(pick);
    }
    if (!problems.isEmpty())
        return problems.toError();

    // Each round's rule is what the file shows: as many cards as the most anyone picked,
    // ranked when any pick has a rank, "not me" when any pick is one.
    QHash<QPair<QUuid, QUuid>, QPair<int, int>> counts; // positive, negative
    for (const Pick &pick : session.picks) {
        QPair<int, int> &c = counts[qMakePair(pick.roundId, pick.participantId)];
        (pick.isPositive() ? c.first : c.second) += 1;
        Round *round = session.round(pick.roundId);
        PickingRule &rule = round->rule;
        rule.maxPicks = std::max({rule.maxPicks, c.first, c.second, pick.rank.value_or(0)});
        rule.ranked = rule.ranked || pick.rank.has_value();
        rule.allowNegative = rule.allowNegative || !pick.isPositive();
    }

    const ValidationIssues issues = session.validate();
    if (!issues.isEmpty())
        return Error(Error::Kind::InvalidInput, issues.first().message);
    return session;
}

QByteArray PicksCsv::write(const Session &session)
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

    QString out = QStringLiteral("round,participant,drive,rank,polarity,note\n");
    for (qsizetype index : order) {
        const Pick &pick = session.picks.at(index);
        const qsizetype roundIndex = roundOrder.value(pick.roundId, -1);
        const qsizetype participantIndex = participantOrder.value(pick.participantId, -1);
        if (roundIndex < 0 || participantIndex < 0 || !Catalogue::isValidDriveId(pick.driveId))
            continue;
        out += needsQuotes(session.rounds.at(roundIndex).title) + u',' +
               needsQuotes(session.participants.at(participantIndex).shownName(session.anonymous)) +
               u',' + Catalogue::drive(pick.driveId).key + u',' +
               (pick.rank ? QString::number(*pick.rank) : QString()) + u',' +
               (pick.isPositive() ? u'+' : u'-') + u',' + needsQuotes(pick.note) + u'\n';
    }
    return out.toUtf8();
}

} // namespace DriveDeck
