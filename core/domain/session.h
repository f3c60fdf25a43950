#pragma once

#include "domain/agreement.h"
#include "domain/participant.h"
#include "domain/pick.h"
#include "domain/result.h"
#include "domain/round.h"
#include "domain/scanrun.h"
#include "domain/validationissue.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace DriveDeck {

// One workshop: who took part, the rounds asked and every pick made. A plain value: cheap to
// copy, comparable and testable without a database.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::Session)

public:
    QUuid id;
    QString title;
    QString team;
    QString facilitator;
    QDate date;
    QString language = QStringLiteral("en"); // "en" or "nl": the language the cards were shown in
    QString notes;
    QStringList tags;
    bool anonymous = false; // show aliases instead of names
    QString deck; // the photo deck the cards show, by name; empty for DriveDeck's own motifs
    // With several pictures per drive: a different one at random for each round (the same
    // whenever the round is shown), else one after the other, round by round.
    bool deckAtRandom = false;
    QList<Participant> participants;
    QList<Round> rounds;
    QList<Pick> picks;
    QList<Agreement> agreements; // what the team agreed, in order
    QList<ScanRun> scanRuns;     // seeds and timed-out cards of the yes/no scans
    qint64 revision = 0; // bumped by the store on every save; guards against stale overwrites

    // A new session with a fresh id and today's date.
    static Session create(const QString &title);
    // The same people and rounds under new ids, for the next workshop: no picks, no agreements,
    // today's date, revision 0.
    Session asTemplate(const QString &newTitle) const;

    const Participant *participant(const QUuid &id) const;
    // Where it is in its list, or -1.
    qsizetype indexOfParticipant(const QUuid &id) const;
    qsizetype indexOfRound(const QUuid &id) const;
    qsizetype indexOfAgreement(const QUuid &id) const;
    qsizetype indexOfPick(const QUuid &roundId, const QUuid &participantId, int driveId) const;
    const Round *round(const QUuid &id) const;
    Round *round(const QUuid &id);
    // The name, or when the session is anonymous the alias ("Person 3" while there is none).
    QString shownName(const QUuid &participantId) const;
    // How a card is named in a round's messages: its drive, or in a blind round only its number
    // ("card 12"), so that no message gives away what the cards hide.
    QString cardName(const QUuid &roundId, int driveId) const;
    static QString cardName(const Round &round, int driveId);
    // The person's scan in the round, or null before they started it.
    const ScanRun *scanRun(const QUuid &roundId, const QUuid &participantId) const;
    qsizetype indexOfScanRun(const QUuid &roundId, const QUuid &participantId) const;

    // The picks of one participant in one round, in the order they were made.
    QList<Pick> picksOf(const QUuid &roundId, const QUuid &participantId) const;
    // Participants with at least one positive pick in the round.
    int respondentCount(const QUuid &roundId) const;
    // How far a participant is in a round: cards picked as "me" (a scan: cards answered or timed
    // out), and whether that is what the round's rule asks (a scan: every card seen). One
    // definition for the card wall's list, the entry grid, the projector and passing the laptop.
    int progressCount(const QUuid &roundId, const QUuid &participantId) const;
    bool isDone(const QUuid &roundId, const QUuid &participantId) const;

    // What is wrong with adding this pick to the session as it is now; empty when it may be added.
    ValidationIssues checkPick(const Pick &pick) const;
    // Adds the pick when checkPick() finds nothing, else returns the first issue's message.
    Status addPick(const Pick &pick);
    // Removes the pick of that drive by that participant in that round; false when there is none.
    bool removePick(const QUuid &roundId, const QUuid &participantId, int driveId);

    // Everything wrong with the session as a whole (for imports and before saving); also reports
    // participants with fewer picks than a round's minimum.
    ValidationIssues validate() const;
    // What makes the session unusable, as validate() but without the rounds people have not
    // finished yet (fewer picks than the minimum): a session mid-workshop is saved as it is.
    ValidationIssues blockingIssues() const;

    friend bool operator==(const Session &, const Session &) = default;
};

} // namespace DriveDeck
