#include "domain/pickentry.h"

#include "domain/catalogue.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace DriveDeck {

Result<QList<Pick>> PickEntry::parse(QStringView text, const Round &round,
                                     const QUuid &participantId)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList tokens = text.toString().split(separators, Qt::SkipEmptyParts);
    QList<Pick> picks;
    QSet<int> seen;
    int rank = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (QString token : tokens) {
        Polarity polarity = Polarity::Positive;
        // "-7", "−7" (a typographic minus) and "7-" all mean "not me".
        if (token.startsWith(u'-') || token.startsWith(QChar(0x2212))) {
            polarity = Polarity::Negative;
            token.remove(0, 1);
        } else if (token.endsWith(u'-')) {
            polarity = Polarity::Negative;
            token.chop(1);
        }
        const Result<int> drive = Catalogue::findDrive(token);
        if (token.isEmpty() || !drive)
            return Error(Error::Kind::InvalidInput,
                         tr("“%1” is not a card: type the cards' numbers, 1 to 24.").arg(token));
        if (seen.contains(*drive))
            return Error(Error::Kind::InvalidInput, tr("Card %1 is typed twice.").arg(*drive));
        seen.insert(*drive);
        Pick pick;
        pick.roundId = round.id;
        pick.participantId = participantId;
        pick.driveId = *drive;
        pick.polarity = polarity;
        pick.madeAt = now;
        if (round.rule.ranked && polarity == Polarity::Positive)
            pick.rank = ++rank;
        picks.append(pick);
    }
    return picks;
}

QString PickEntry::format(const QList<Pick> &picks)
{
    QList<Pick> ordered = picks;
    // Ranked picks first, by rank; the rest keep the order they were made in.
    std::stable_sort(ordered.begin(), ordered.end(), [](const Pick &a, const Pick &b) {
        if (a.rank.has_value() != b.rank.has_value())
            return a.rank.has_value();
        return a.rank && b.rank && *a.rank < *b.rank;
    });
    QStringList typed;
    for (const Pick &pick : ordered)
        typed.append((pick.isPositive() ? QString() : QStringLiteral("-")) +
                     QString::number(pick.driveId));
    return typed.join(u' ');
}

} // namespace DriveDeck
