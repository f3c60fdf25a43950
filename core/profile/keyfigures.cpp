#include "profile/keyfigures.h"

#include "profile/figures.h"

#include <QLocale>

#include <cmath>

namespace DriveDeck {

namespace {

QString driveList(const QList<int> &ids)
{
    QStringList names;
    for (int id : ids)
        names.append(Catalogue::drive(id).name());
    return QLocale().createSeparatedList(names);
}

} // namespace

QStringList KeyFigures::sentences(const Profile &profile, int minimumGroup)
{
    QStringList said;
    const int respondents = int(profile.respondents());
    if (respondents == 0) {
        said.append(tr("Nobody has picked a card in this round yet."));
        return said;
    }
    said.append(tr("%n people picked cards in this round.", nullptr, respondents));
    if (respondents < minimumGroup) {
        said.append(tr("A profile is shown from %1 people on: with fewer, it would say more "
                       "about the individuals than about the group.")
                        .arg(minimumGroup));
        return said;
    }

    if (const std::optional<DomainId> dominant = profile.dominantDomain()) {
        const Domain &domain = Catalogue::domain(*dominant);
        said.append(tr("%1 carries this group: %2 of all picks, affinity %3 (100 is what "
                       "picking at random would give).")
                        .arg(domain.name(), Figures::percentText(profile.domainShare(*dominant)))
                        .arg(Figures::affinityIndex(profile.affinity(*dominant))));
    }
    // The three most picked, and whatever ties with the third (up to six in all): a list that
    // stops in the middle of a tie would name one card where another has as many people.
    const QList<int> ranked = profile.topDrives();
    QList<int> top = ranked.mid(0, 3);
    if (top.size() == 3) {
        const qint64 third = profile.picks(top.last());
        qsizetype end = 3;
        while (end < ranked.size() && profile.picks(ranked.at(end)) == third)
            ++end;
        if (end <= 6) {
            top = ranked.mid(0, end);
        } else {
            // Too many alike to name: only those above the tie.
            top.removeIf([&](int id) { return profile.picks(id) == third; });
        }
    }
    if (!top.isEmpty())
        said.append(tr("The most picked: %1.").arg(driveList(top)));
    const QList<int> shared = profile.sharedDrives();
    if (shared.isEmpty())
        said.append(tr("No card was picked by half of the group or more."));
    else
        said.append(tr("Shared by at least half of the group: %1.").arg(driveList(shared)));

    const QList<DomainId> blindDomains = profile.blindSpotDomains();
    if (!blindDomains.isEmpty()) {
        QStringList names;
        for (DomainId id : blindDomains)
            names.append(Catalogue::domain(id).name());
        said.append(tr("Nobody picked a card from %1: a blind spot worth a question.")
                        .arg(QLocale().createSeparatedList(names)));
    }
    said.append(tr("Cards picked: %1 of the 24 drives, in %2 of the 5 domains.")
                    .arg(profile.coverage())
                    .arg(profile.domainsCovered()));
    const double balance = profile.balance();
    const QString balanceText = QLocale().toString(Figures::roundHalfAway(balance, 2), 'f', 2);
    if (balance >= 0.75)
        said.append(tr("Balance %1: the picks spread evenly across the colours.").arg(balanceText));
    else if (balance >= 0.4)
        said.append(tr("Balance %1: some colours lead, others follow.").arg(balanceText));
    else
        said.append(tr("Balance %1: the picks gather in few colours.").arg(balanceText));
    return said;
}

QStringList KeyFigures::polarising(const Rejections &rejections, int minimumGroup)
{
    const QList<int> ids = rejections.polarising();
    if (ids.isEmpty() || rejections.participants() < minimumGroup)
        return {};
    QStringList drives;
    for (int id : ids.mid(0, 3))
        drives << tr("%1 (picked by %2, “not me” from %3)")
                      .arg(Catalogue::drive(id).name())
                      .arg(rejections.picks(id))
                      .arg(rejections.rejections(id));
    return {tr("Where the group differs: %1; worth asking both sides for their story.")
                .arg(QLocale().createSeparatedList(drives))};
}

QStringList KeyFigures::comparison(const ProfileComparison &comparison, const QString &nameOfB)
{
    QStringList said;
    said.append(tr("Alignment with “%1”: %2 (100 % would be the same profile).")
                    .arg(nameOfB, Figures::percentText(comparison.alignment())));
    // The three biggest, and whatever ties with the third as the reader sees it (one
    // decimal), up to six; more alike than that are counted, not named: a list that stops in
    // the middle of a tie would pick one card over another that moved as much.
    const QList<int> gaps = comparison.biggestGaps();
    auto shown = [&comparison](int id) {
        return std::abs(Figures::roundHalfAway(comparison.driveDelta(id) * 100.0, 1));
    };
    QList<int> named = gaps.mid(0, 3);
    qsizetype more = 0;
    double tie = 0.0;
    if (named.size() == 3) {
        tie = shown(named.last());
        qsizetype end = 3;
        while (end < gaps.size() && shown(gaps.at(end)) == tie)
            ++end;
        if (end <= 6) {
            named = gaps.mid(0, end);
        } else {
            named.removeIf([&](int id) { return shown(id) == tie; });
            more = end - named.size();
        }
    }
    QStringList shifts;
    for (int id : std::as_const(named))
        shifts << tr("%1 %2").arg(Catalogue::drive(id).name(),
                                  Figures::pointsText(comparison.driveDelta(id)));
    const QString points = QLocale().toString(tie, 'f', 1);
    if (!shifts.isEmpty() && more > 0)
        said.append(tr("The biggest shifts towards “%1”: %2, and %n more card(s) by %3 "
                       "percentage points up or down.",
                       nullptr, int(more))
                        .arg(nameOfB, shifts.join(QStringLiteral(", ")), points));
    else if (!shifts.isEmpty())
        said.append(tr("The biggest shifts towards “%1”: %2.")
                        .arg(nameOfB, shifts.join(QStringLiteral(", "))));
    else if (more > 0)
        said.append(tr("The biggest shifts towards “%1”: %n card(s), each by %2 percentage "
                       "points up or down.",
                       nullptr, int(more))
                        .arg(nameOfB, points));
    return said;
}

} // namespace DriveDeck
