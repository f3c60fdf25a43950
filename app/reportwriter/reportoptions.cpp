#include "reportwriter/reportoptions.h"

#include "translator.h"

namespace DriveDeck {

ReportOptions ReportOptions::defaultsFor(const Session &session)
{
    ReportOptions options;
    options.language = Translations::availableLanguages().contains(session.language)
                           ? session.language
                           : QStringLiteral("en");
    for (const Round &round : session.rounds)
        options.rounds.append(round.id);
    options.comparisons = usualComparisons(session);
    options.anonymous = session.anonymous;
    return options;
}

QList<RoundPair> ReportOptions::usualComparisons(const Session &session)
{
    QList<const Round *> people;
    QList<const Round *> targets;
    for (const Round &round : session.rounds)
        (round.target ? targets : people).append(&round);
    QList<RoundPair> pairs;
    for (qsizetype i = 1; i < people.size(); ++i)
        pairs.append({people.at(i - 1)->id, people.at(i)->id});
    if (!people.isEmpty()) {
        for (const Round *target : std::as_const(targets))
            pairs.append({people.first()->id, target->id});
    }
    return pairs;
}

Result<RoundPair> ReportOptions::pairByTitles(const Session &session, const QString &text)
{
    const QStringList titles = text.split(u':');
    if (titles.size() != 2 || titles.first().trimmed().isEmpty() ||
        titles.last().trimmed().isEmpty())
        return Error(Error::Kind::InvalidInput,
                     tr("\"%1\" is not two rounds: write them as \"Now:Desired\"").arg(text));
    RoundPair pair;
    for (int side = 0; side < 2; ++side) {
        const QString title = titles.at(side).trimmed();
        const Round *found = nullptr;
        for (const Round &round : session.rounds) {
            if (round.title.compare(title, Qt::CaseInsensitive) == 0) {
                found = &round;
                break;
            }
        }
        if (!found)
            return Error(Error::Kind::NotFound,
                         tr("“%1” has no round called “%2”").arg(session.title, title));
        (side == 0 ? pair.from : pair.to) = found->id;
    }
    if (pair.from == pair.to)
        return Error(Error::Kind::InvalidInput, tr("A round cannot be compared with itself."));
    return pair;
}

} // namespace DriveDeck
