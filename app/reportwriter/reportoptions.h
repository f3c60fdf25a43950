#pragma once

#include "domain/session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace DriveDeck {

// Two rounds of a session compared in the report, from the first to the second (now to
// desired, the team to its target, before to after).
struct RoundPair
{
    QUuid from;
    QUuid to;

    friend bool operator==(const RoundPair &, const RoundPair &) = default;
};

// What goes into a report and how it is said: the facilitator's choices on the Report page or
// the command line's options.
struct ReportOptions
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::ReportOptions)

public:
    QString language = QStringLiteral("en"); // "en" or "nl", whatever the window's language
    QList<QUuid> rounds;                     // a section each, in the session's order
    QList<RoundPair> comparisons;
    bool stories = false;   // appendix: the stories told with the picks, without names
    bool pickGrid = false;  // appendix: who picked what (aliases when anonymous)
    bool anonymous = false; // aliases whatever the session says
    int minimumGroup = 5;   // fewer people than this: a round is not characterised

    // Every round, the usual comparisons, no appendices, the session's language and anonymity.
    static ReportOptions defaultsFor(const Session &session);
    // What a facilitator compares first: each round with the next one (now and desired, before
    // and after) and the first round with each target round (the team and its target).
    static QList<RoundPair> usualComparisons(const Session &session);
    // The pair "From:To" by the rounds' titles, or why it does not name two rounds.
    static Result<RoundPair> pairByTitles(const Session &session, const QString &text);
};

} // namespace DriveDeck
