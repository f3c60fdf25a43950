#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace DriveDeck {

enum class Polarity : quint8
{
    Positive, // picked because it appeals (in a scan: "yes")
    Negative, // picked as "not me" (in a scan: "no")
};

struct Pick
{
    QUuid participantId;
    QUuid roundId;
    int driveId = 0;
    std::optional<int> rank; // 1 = most important; empty when unranked
    Polarity polarity = Polarity::Positive;
    QString note;                      // the story behind the pick
    QDateTime madeAt;                  // UTC
    std::optional<int> reactionTimeMs; // where the app measured it (scan rounds)

    bool isPositive() const { return polarity == Polarity::Positive; }

    friend bool operator==(const Pick &, const Pick &) = default;
};

} // namespace DriveDeck

// Moved as bytes when a list grows: a list of millions of picks grows in place, never copied.
Q_DECLARE_TYPEINFO(DriveDeck::Pick, Q_RELOCATABLE_TYPE);
