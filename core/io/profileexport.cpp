#include "io/profileexport.h"

#include "domain/catalogue.h"
#include "profile/figures.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace DriveDeck {

namespace {

QJsonArray driveKeys(const QList<int> &ids)
{
    QJsonArray keys;
    for (int id : ids)
        keys.append(Catalogue::drive(id).key);
    return keys;
}

QJsonValue number(double value)
{
    return Figures::forExport(value);
}

QString joinedKeys(const QList<int> &ids)
{
    QStringList keys;
    for (int id : ids)
        keys.append(Catalogue::drive(id).key);
    return keys.join(QLatin1Char(' '));
}

qint64 peopleOf(const Profile &profile, const ProfileExport::Subject &subject)
{
    return subject.people >= 0 ? subject.people : profile.respondents();
}

QString csvLine(const QStringList &fields)
{
    return fields.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace

ProfileExport::RoundDetail ProfileExport::RoundDetail::of(const Session &session,
                                                          const QUuid &roundId)
{
    RoundDetail detail{Rejections::ofRound(session, roundId), {}};
    for (const DriveBuddies::Buddies &b : DriveBuddies::ofRound(session, roundId))
        detail.buddies.append({session.shownName(b.participant), session.shownName(b.mostSimilar),
                               session.shownName(b.mostComplementary)});
    return detail;
}

QJsonObject ProfileExport::profileJson(const Profile &profile, const Subject &subject,
                                       const RoundDetail *detail)
{
    QJsonObject json;
    if (subject.sessions >= 0) {
        json[QStringLiteral("session")] = QJsonValue::Null;
        json[QStringLiteral("sessions")] = subject.sessions;
        json[QStringLiteral("filter")] = subject.filter;
        json[QStringLiteral("round")] =
            subject.round.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(subject.round);
    } else {
        json[QStringLiteral("session")] = subject.sessionId;
        json[QStringLiteral("title")] = subject.sessionTitle;
        json[QStringLiteral("round")] = subject.round;
    }
    // "participants" is the older name of "respondents": a person once per round.
    json[QStringLiteral("participants")] = profile.respondents();
    json[QStringLiteral("respondents")] = profile.respondents();
    json[QStringLiteral("people")] = peopleOf(profile, subject);

    QJsonArray drives;
    for (const Drive &drive : Catalogue::drives()) {
        QJsonObject entry{{QStringLiteral("id"), drive.id},
                          {QStringLiteral("key"), drive.key},
                          {QStringLiteral("picks"), profile.picks(drive.id)},
                          {QStringLiteral("reach"), number(profile.reach(drive.id))},
                          {QStringLiteral("share"), number(profile.share(drive.id))}};
        if (detail)
            entry[QStringLiteral("rejections")] = detail->rejections.rejections(drive.id);
        drives.append(entry);
    }
    json[QStringLiteral("drives")] = drives;

    QJsonArray domains;
    for (const Domain &domain : Catalogue::domains()) {
        domains.append(
            QJsonObject{{QStringLiteral("key"), domain.key},
                        {QStringLiteral("picks"), profile.domainPicks(domain.id)},
                        {QStringLiteral("share"), number(profile.domainShare(domain.id))},
                        {QStringLiteral("affinity"), number(profile.affinity(domain.id))},
                        {QStringLiteral("affinityIndex"),
                         Figures::affinityIndex(profile.affinity(domain.id))}});
    }
    json[QStringLiteral("domains")] = domains;
    json[QStringLiteral("coverage")] = profile.coverage();
    json[QStringLiteral("domainsCovered")] = profile.domainsCovered();
    json[QStringLiteral("balance")] = number(profile.balance());
    json[QStringLiteral("topDrives")] = driveKeys(profile.topDrives());
    const auto dominant = profile.dominantDomain();
    json[QStringLiteral("dominantDomain")] =
        dominant ? QJsonValue(Catalogue::domain(*dominant).key) : QJsonValue(QJsonValue::Null);
    QJsonArray blindDomains;
    for (DomainId id : profile.blindSpotDomains())
        blindDomains.append(Catalogue::domain(id).key);
    json[QStringLiteral("blindSpots")] =
        QJsonObject{{QStringLiteral("drives"), driveKeys(profile.blindSpotDrives())},
                    {QStringLiteral("domains"), blindDomains}};
    json[QStringLiteral("sharedDrives")] = driveKeys(profile.sharedDrives());
    if (detail) {
        json[QStringLiteral("polarising")] = driveKeys(detail->rejections.polarising());
        QJsonArray buddies;
        for (const QStringList &b : detail->buddies)
            buddies.append(QJsonObject{{QStringLiteral("participant"), b.value(0)},
                                       {QStringLiteral("mostSimilar"), b.value(1)},
                                       {QStringLiteral("mostComplementary"), b.value(2)}});
        json[QStringLiteral("buddies")] = buddies;
    }
    return json;
}

QByteArray ProfileExport::profileCsv(const Profile &profile, const Subject &subject)
{
    QString out =
        csvLine({QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("picks"),
                 QStringLiteral("reach"), QStringLiteral("share"), QStringLiteral("affinity"),
                 QStringLiteral("value")});
    for (const Drive &drive : Catalogue::drives()) {
        out +=
            csvLine({QStringLiteral("drive"), drive.key, QString::number(profile.picks(drive.id)),
                     Figures::exportNumber(profile.reach(drive.id)),
                     Figures::exportNumber(profile.share(drive.id)), QString(), QString()});
    }
    for (const Domain &domain : Catalogue::domains()) {
        out += csvLine({QStringLiteral("domain"), domain.key,
                        QString::number(profile.domainPicks(domain.id)), QString(),
                        Figures::exportNumber(profile.domainShare(domain.id)),
                        Figures::exportNumber(profile.affinity(domain.id)), QString()});
    }
    const auto dominant = profile.dominantDomain();
    QStringList blindDomains;
    for (DomainId id : profile.blindSpotDomains())
        blindDomains.append(Catalogue::domain(id).key);
    const QList<QPair<QString, QString>> summary{
        {QStringLiteral("participants"), QString::number(profile.respondents())},
        {QStringLiteral("respondents"), QString::number(profile.respondents())},
        {QStringLiteral("people"), QString::number(peopleOf(profile, subject))},
        {QStringLiteral("sessions"),
         subject.sessions >= 0 ? QString::number(subject.sessions) : QStringLiteral("1")},
        {QStringLiteral("coverage"), QString::number(profile.coverage())},
        {QStringLiteral("domainsCovered"), QString::number(profile.domainsCovered())},
        {QStringLiteral("balance"), Figures::exportNumber(profile.balance())},
        {QStringLiteral("dominantDomain"), dominant ? Catalogue::domain(*dominant).key : QString()},
        {QStringLiteral("topDrives"), joinedKeys(profile.topDrives())},
        {QStringLiteral("blindSpotDrives"), joinedKeys(profile.blindSpotDrives())},
        {QStringLiteral("blindSpotDomains"), blindDomains.join(QLatin1Char(' '))},
        {QStringLiteral("sharedDrives"), joinedKeys(profile.sharedDrives())},
    };
    for (const auto &[key, value] : summary)
        out += csvLine(
            {QStringLiteral("summary"), key, QString(), QString(), QString(), QString(), value});
    return out.toUtf8();
}

QJsonObject ProfileExport::comparisonJson(const ProfileComparison &comparison, const Subject &a,
                                          const Subject &b)
{
    auto side = [](const Subject &s) {
        return QJsonObject{{QStringLiteral("session"), s.sessionId},
                           {QStringLiteral("title"), s.sessionTitle},
                           {QStringLiteral("round"), s.round}};
    };
    QJsonArray domains;
    for (const Domain &domain : Catalogue::domains()) {
        domains.append(
            QJsonObject{{QStringLiteral("key"), domain.key},
                        {QStringLiteral("delta"), number(comparison.domainDelta(domain.id))}});
    }
    QJsonArray drives;
    for (const Drive &drive : Catalogue::drives()) {
        drives.append(
            QJsonObject{{QStringLiteral("key"), drive.key},
                        {QStringLiteral("delta"), number(comparison.driveDelta(drive.id))}});
    }
    return QJsonObject{{QStringLiteral("a"), side(a)},
                       {QStringLiteral("b"), side(b)},
                       {QStringLiteral("alignment"), number(comparison.alignment())},
                       {QStringLiteral("domainDelta"), domains},
                       {QStringLiteral("driveDelta"), drives},
                       {QStringLiteral("biggestGaps"), driveKeys(comparison.biggestGaps())}};
}

QByteArray ProfileExport::comparisonCsv(const ProfileComparison &comparison)
{
    QString out = csvLine({QStringLiteral("section"), QStringLiteral("key"),
                           QStringLiteral("delta"), QStringLiteral("value")});
    for (const Domain &domain : Catalogue::domains())
        out += csvLine({QStringLiteral("domain"), domain.key,
                        Figures::exportNumber(comparison.domainDelta(domain.id)), QString()});
    for (const Drive &drive : Catalogue::drives())
        out += csvLine({QStringLiteral("drive"), drive.key,
                        Figures::exportNumber(comparison.driveDelta(drive.id)), QString()});
    out += csvLine({QStringLiteral("summary"), QStringLiteral("alignment"), QString(),
                    Figures::exportNumber(comparison.alignment())});
    out += csvLine({QStringLiteral("summary"), QStringLiteral("biggestGaps"), QString(),
                    joinedKeys(comparison.biggestGaps())});
    return out.toUtf8();
}

QByteArray ProfileExport::toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace DriveDeck
