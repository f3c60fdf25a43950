#pragma once

#include "domain/pick.h"
#include "domain/result.h"
#include "domain/round.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUuid>

namespace DriveDeck {

// What a facilitator types for one person's picks in a round when copying paper cards: card
// numbers (or the cards' keys) separated by spaces, commas or semicolons, most important first
// in a ranked round; a minus before a card ("-7") marks it "not me". "3 12 -17".
class PickEntry
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::PickEntry)

public:
    // The picks the text describes (ranks in the order typed for a ranked round), or why not:
    // an unknown card, a card typed twice. Whether the round's rule allows them is the
    // session's to say.
    static Result<QList<Pick>> parse(QStringView text, const Round &round,
                                     const QUuid &participantId);
    // The picks as they would be typed: by rank, then in the order made; "-" for "not me".
    static QString format(const QList<Pick> &picks);
};

} // namespace DriveDeck
