#pragma once

#include "decks/photodeck.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QUuid>

namespace DriveDeck {

// The photos a session's cards show, at the size each card is painted. A photo is decoded off
// the window's thread, never at full size (a 24-megapixel JPEG is scaled while it is decoded),
// and kept twice: in memory for the next paint, and on disk in DriveDeck's cache, keyed by the
// file's size, its first and last 64 KiB and the size asked, so that the next workshop starts
// sharp at once. Until a photo is ready the card is painted without it, in its domain's colour.
class CardPictures : public QObject
{
    Q_OBJECT

public:
    explicit CardPictures(QObject *parent = nullptr);
    ~CardPictures() override;

    // The deck of that name from the decks folder (DriveDeck's own motifs when empty or not on
    // this computer), and which of several pictures per drive: round by round, or at random
    // per round (the same every time the round is shown).
    void setDeck(const QString &deckName, const QString &decksFolder = {});
    void setRound(int roundIndex, const QUuid &roundId, bool atRandom);
    bool hasPhotos() const { return m_hasPhotos; }
    const PhotoDeck &deck() const { return m_deck; }

    // The drive's photo at that many pixels, or a null image while it loads (it is asked for
    // now; pictureReady follows).
    QImage picture(int driveId, QSize pixels);
    // The file a drive's card shows now.
    QString pathOf(int driveId) const;
    // Where the scaled photos are kept between runs.
    static QString cacheFolder();
    // Photos being decoded now.
    int pending() const { return int(m_pending.size()); }

Q_SIGNALS:
    void pictureReady(int driveId);

private:
    PhotoDeck m_deck;
    bool m_hasPhotos = false;
    int m_roundIndex = 0;
    QUuid m_roundId;
    bool m_atRandom = false;
    QHash<QString, QImage> m_images; // by path and size
    QSet<QString> m_pending;
    quint64 m_generation = 0; // a deck changed while photos were loading: their answers are old
};

} // namespace DriveDeck
