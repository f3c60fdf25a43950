#pragma once

#include "profile/reveal.h"

#include <QCoreApplication>
#include <QImage>
#include <QSet>
#include <QString>

#include <functional>

class QColor;
class QFont;
class QPainter;
class QRect;

namespace DriveDeck {

// The reveal of a round as the room sees it: the 24 cards laid out as on the wall, each filled
// in its domain colour as strongly as people picked it, with the number of people; the shared
// drives, blind spots and polarising drives marked; and the domains' shares with their affinity
// in a band below. Paints on any device: the projector window, a picture, a report page.
class RevealPainter
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::RevealPainter)

public:
    // One person's own picks, marked on the cards: only for someone who agreed to show them.
    struct PersonalPicks
    {
        QSet<int> me;
        QSet<int> notMe;
    };

    // A photo deck's picture of a drive at that many pixels, or null while it is on its way.
    using PhotoOf = std::function<QImage(int driveId, QSize pixels)>;

    // With photoOf, the cards show the session's photos (DriveDeck's motifs without it).
    static void paint(QPainter &painter, const QRect &area, const Reveal &reveal, const QFont &font,
                      const QColor &textColour, const PersonalPicks *person = nullptr,
                      const PhotoOf &photoOf = {});
    // One card in words, for a screen reader: "Loyal · Moral: 3 people, shared by the group".
    static QString describe(const Reveal::Card &card);
};

} // namespace DriveDeck
