#pragma once

#include <QList>
#include <QString>

namespace DriveDeck {

// One rule a pick or a session breaks, with a message a facilitator understands.
struct ValidationIssue
{
    enum class Code : quint8
    {
        UnknownParticipant,
        UnknownRound,
        UnknownDrive,
        NotInRound,
        DuplicateDrive,
        TooManyPicks,
        TooFewPicks,
        RepeatedRank,
        RankNotAllowed,
        RankOutOfRange,
        NegativeNotAllowed,
        InvalidRule,
        MissingName,
        DuplicateName,
        EmptyAgreement,
        DuplicateId, // two participants, rounds, picks or agreements with one id
    };

    Code code;
    QString message;

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace DriveDeck
