#include "workshop/samplesession.h"

#include <QDateTime>

namespace DriveDeck {

namespace {

struct SamplePick
{
    int driveId;
    const char *story; // translated in the SampleSession context; may be null
};

} // namespace

Session SampleSession::create()
{
    Session session = Session::create(tr("Sample: Customer Service team day"));
    session.team = tr("Customer Service");
    session.facilitator = tr("Sam (trainer)");
    session.tags = {tr("sample")};
    session.notes = tr("A sample session: explore the card wall, the profile and the report "
                       "without real people's data.");
    session.language = QCoreApplication::translate("DriveDeck::SampleSession", "en",
                                                   "the sample's language code: en or nl");

    const QStringList names{tr("Anouk"), tr("Bram"),  tr("Chen"), tr("Dewi"),
                            tr("Emre"),  tr("Fleur"), tr("Gijs"), tr("Hanna")};
    const QStringList aliases{tr("Blue fox"),    tr("Red kite"),   tr("Green owl"),
                              tr("Amber hare"),  tr("Grey heron"), tr("Pink finch"),
                              tr("Violet moth"), tr("Teal otter")};
    for (int i = 0; i < names.size(); ++i)
        session.participants.append({QUuid::createUuid(), names.at(i), aliases.at(i)});

    Round now;
    now.id = QUuid::createUuid();
    now.title = tr("Now");
    now.question = tr("What drives you now?");
    now.rule = PickingRule::choose(1, 3, false, true);
    now.timeboxMinutes = 20;
    Round desired;
    desired.id = QUuid::createUuid();
    desired.title = tr("In a year");
    desired.question = tr("What should drive us in a year?");
    desired.rule = PickingRule::choose(3, 3, true);
    desired.timeboxMinutes = 15;
    for (const Participant &p : std::as_const(session.participants)) {
        now.participantIds.append(p.id);
        desired.participantIds.append(p.id);
    }
    session.rounds = {now, desired};

    // What each person picked, with some of their stories. Drive ids as in the catalogue.
    const QList<QList<SamplePick>> nowPicks{
        {{4, QT_TR_NOOP("I became a service agent because I like helping people out of a "
                        "mess.")},
         {3, nullptr}},
        {{5, QT_TR_NOOP("Clear procedures mean I can promise the customer something and keep "
                        "it.")},
         {6, nullptr},
         {14, nullptr}},
        {{12, QT_TR_NOOP("Every call is a puzzle; I like finding out what is really going on.")},
         {4, nullptr}},
        {{2, QT_TR_NOOP("This team has my back, and I have theirs.")}, {3, nullptr}, {22, nullptr}},
        {{15, QT_TR_NOOP("Beating last month's waiting times felt great.")}, {14, nullptr}},
        {{4, nullptr},
         {1, QT_TR_NOOP("I want our customers to be a bit better off after "
                        "talking to us.")}},
        {{7, QT_TR_NOOP("After a hard shift I need the evening to be mine.")}, {6, nullptr}},
        {{3, QT_TR_NOOP("The Friday coffee keeps us together.")}, {4, nullptr}, {12, nullptr}},
    };
    const QList<QList<int>> desiredPicks{{4, 1, 12},   {5, 14, 4}, {12, 10, 14}, {2, 4, 3},
                                         {14, 13, 12}, {1, 4, 10}, {6, 4, 7},    {3, 12, 10}};

    QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
    auto add = [&](const Round &round, int person, int driveId, std::optional<int> rank,
                   Polarity polarity, const char *story) {
        Pick pick;
        pick.roundId = round.id;
        pick.participantId = session.participants.at(person).id;
        pick.driveId = driveId;
        pick.rank = rank;
        pick.polarity = polarity;
        pick.note = story ? tr(story) : QString();
        pick.madeAt = at;
        at = at.addSecs(17);
        session.picks.append(pick);
    };
    for (int person = 0; person < nowPicks.size(); ++person) {
        for (const SamplePick &p : nowPicks.at(person))
            add(now, person, p.driveId, std::nullopt, Polarity::Positive, p.story);
    }
    // Two honest "not me" cards.
    add(now, 4, 24, std::nullopt, Polarity::Negative, QT_TR_NOOP("Not what work is about for me."));
    add(now, 6, 18, std::nullopt, Polarity::Negative, nullptr);
    for (int person = 0; person < desiredPicks.size(); ++person) {
        int rank = 1;
        for (int driveId : desiredPicks.at(person))
            add(desired, person, driveId, rank++, Polarity::Positive, nullptr);
    }

    session.agreements = {
        {QUuid::createUuid(), tr("Share one customer story in every Monday stand-up"), tr("Dewi"),
         QDate::currentDate().addDays(7)},
        {QUuid::createUuid(), tr("Try a quiet hour for complex cases every afternoon"), tr("Chen"),
         QDate::currentDate().addMonths(1)},
    };
    return session;
}

} // namespace DriveDeck
