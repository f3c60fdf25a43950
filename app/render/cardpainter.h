#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QRectF>

class QPainter;

namespace DriveDeck {

// What a card shows: its drive, its picture, and how much the room may see of it.
struct CardFace
{
    int driveId = 1;
    // While people pick in a blind round: a neutral card with the picture and its number, no
    // word and no domain colour.
    bool blind = false;
    // A photo deck's picture, already scaled; null for the default motif.
    QImage photo;
    // 1 the card as it is; towards 0 it pales, as a card few people picked at the reveal.
    qreal strength = 1.0;
    // A photo on its way: the card in its colours and words, without a picture yet.
    bool placeholder = false;
};

// The one painter of a card, for every surface: the deck, the card wall, pass the laptop, the
// scan, the projector, the report and chart exports. A rounded card in a gradient of its
// domain's colour, a soft glow behind the motif (or the photo filling the card), and a band
// with the two-word name; the domain and the number above. Crisp at any size and pixel ratio:
// on a screen the motif is drawn from a cached image at the device's pixels, on a PDF or SVG
// as vectors. On a screen at whole pixels, a card at full strength is painted once per size
// and then drawn from memory (or from its file, at the next start). Marks (picked, rank,
// "not me") are the caller's, on top.
class CardPainter
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::CardPainter)

public:
    static void paint(QPainter &painter, const QRectF &area, const CardFace &face,
                      const QFont &font);

    // The default deck's motif of a drive: one of Fluent Emoji's (MIT), compiled in.
    static QString motifPath(int driveId);
    // Works out the names the motifs' cached pictures and cards are kept under (a hash of each
    // motif's bytes), which the first card painted asks for otherwise. Thread-safe: a start
    // does it on its second core.
    static void nameMotifs();
    // The motif as an image of that many pixels, transparent around it; cached in memory, and
    // in folder when one is set (setMotifFolder).
    static QImage motif(int driveId, QSize pixels);
    // Where rendered motifs are kept between runs: reading 24 small pictures at the next start
    // is several times quicker than drawing 24 SVG files again. Empty (the default): memory
    // only, as for the command line and tests.
    static void setMotifFolder(const QString &folder);
    // The file a motif of that size is kept in; empty without a folder.
    static QString motifFile(int driveId, QSize pixels);
    // Where whole painted cards are kept between runs, as raw pixels: a wall's first paint
    // then reads 24 files instead of shaping and drawing 24 cards' words and pictures (a few
    // milliseconds each at start, fonts not yet loaded). Empty (the default): memory only.
    static void setCardFolder(const QString &folder);
    // The file a card face of that many pixels is kept in, for this font and language; empty
    // without a folder or for a face that is not kept (a photo, a paled card).
    static QString cardFile(const CardFace &face, QSize pixels, qreal pixelRatio,
                            const QFont &font);
    // While a window starts, kept cards are mapped from their files instead of read into memory:
    // its first frame copies nothing (about a third of a millisecond for a wall's 24). Turned
    // off once that frame is painted, which copies the mapped cards into memory, so that a file
    // removed or cut short later by another program (a cleaner, another computer sharing a
    // network home folder) cannot take the window down. Off by default. Thread-safe.
    static void mapKeptCards(bool map);
    // Writes the cards painted at the last size now, and waits until they are written (they are
    // written on their own once the sizes have settled for a moment, and when the application
    // quits; the sizes a window passed by while being resized are not).
    static void writeKeptCards();
    // Forgets the cards and motifs held in memory (the files stay): as a new start would.
    static void forgetImagesInMemory();
    // Where the picture sits on a card of that area (above the band; all of it when blind).
    static QRectF pictureArea(const QRectF &area, bool blind);
    // The text colour that reads best on a background.
    static QColor inkOn(const QColor &background);

private:
    // The card drawn stroke by stroke, on any device.
    static void paintFace(QPainter &painter, const QRectF &area, const CardFace &face,
                          const QFont &font);
};

} // namespace DriveDeck
