#pragma once

#include "domain/catalogue.h"

#include <QCoreApplication>
#include <QList>
#include <QRect>

class QColor;
class QFont;
class QPainter;
class QPaintDevice;

namespace DriveDeck {

// Where the 24 cards and the five domain headings go in a given width: blocks of one domain,
// flowed left to right and centred, with the largest cards that fit the height (a projector
// shows the whole deck at once). A value without windows, so the deck view, a projector view, a
// report or an exported picture all lay the deck out the same way.
class DeckLayout
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::DeckLayout)

public:
    static constexpr int Margin = 16;
    static constexpr int CardGap = 10;
    static constexpr int BlockGap = 28;
    static constexpr int MinCardWidth = 120;
    static constexpr int MaxCardWidth = 320;
    static constexpr double CardAspect = 0.66; // height / width

    QList<QRect> cards;    // by drive index (drive id - 1)
    QList<QRect> headings; // by domain index
    int height = 0;

    // Blocks of one domain rowsPerBlock cards high (when the width allows). headingWidths (by
    // domain index, optional) is what each heading needs: a block is never narrower, so that a
    // one-card block keeps "Aantrekkingskracht" whole.
    static DeckLayout compute(int width, int cardWidth, int rowsPerBlock, int headingHeight,
                              const QList<int> &headingWidths = {});
    // The layout with the largest cards that fits width x height; the smallest cards when
    // nothing fits (the view then scrolls). height <= 0 means "any height".
    static DeckLayout best(int width, int height, int headingHeight,
                           const QList<int> &headingWidths = {});
    // What each domain's name needs as paintHeadings() draws it with font, by domain index.
    static QList<int> headingWidths(const QFont &font, const QPaintDevice *device = nullptr);

    // A blind round: one even grid in the cards' numbers, no headings and no gaps between
    // domains (a gap would tell which cards belong together). The largest cards that fit, as
    // best() does.
    static DeckLayout grid(int width, int height);

    QRect card(int driveId) const { return cards.value(driveId - 1); }

    // Draws each domain's heading: a bar in the domain colour and its name (with its card count
    // when there is room), in font's family at 1.25 times its size. width is the whole
    // surface's, so a name may run into free space beside a narrow block.
    void paintHeadings(QPainter &painter, const QFont &font, const QColor &textColour,
                       int width) const;
};

} // namespace DriveDeck
