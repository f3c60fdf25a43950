#pragma once

#include "decks/photodeck.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace DriveDeck {

// How much a photo deck may hold: a bomb of a zip or a picture stops at these.
struct DeckLimits
{
    qint64 pixels = 50'000'000;        // a picture's width × height (a 24-megapixel photo fits)
    int side = 20'000;                 // a picture's width or height
    qint64 fileBytes = 100'000'000;    // one file, unpacked
    qint64 totalBytes = 1'000'000'000; // the whole deck, unpacked
    int files = 1'000;                 // files in a zip or folder
};

// The photo decks a facilitator imported, each a folder of its own in DriveDeck's data folder
// with a deck.json that DriveDeck wrote. Imports a folder or a .zip, with or without a deck.json
// of its maker (name, author, licence, attribution, pictures per drive), or with pictures named
// by drive (loyalty.jpg, 02-b.png). An import is all or nothing: it is unpacked and checked in a
// staging folder beside the decks, which becomes the deck only when everything holds and is
// removed otherwise. Checked: every drive has a picture; every picture can be read and is not
// too large to decode (its size is read from the header, never by decoding it); zip entries stay
// inside the deck (no "../", no absolute paths, no links) and unpack to a bounded size, counted
// as they are written, whatever the archive claims.
class DeckLibrary
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::DeckLibrary)

public:
    using Limits = DeckLimits;
    // Unpacks a zip archive into a folder within the limits (DeckZip::unzip). Kept apart, and
    // set by the program (DeckZip::install, or the window's outputs module): QuaZip and the
    // libraries it needs would otherwise load at every start. Without one, a zip is refused
    // with a message; a folder is imported as ever.
    using ZipReader = Status (*)(const QString &zipPath, const QString &into,
                                 const DeckLimits &limits);
    static void setZipReader(ZipReader reader);
    // A name in a zip or deck.json as a path inside the deck, or empty when it would land
    // elsewhere (an absolute path, a drive letter, "..").
    static QString pathInsideDeck(QString name);

    // Decks in folder; by default "decks" in DriveDeck's data folder.
    explicit DeckLibrary(const QString &folder = defaultFolder());
    static QString defaultFolder();

    QString folder() const { return m_folder; }
    // Every imported deck, by name.
    QList<PhotoDeck> decks() const;
    Result<PhotoDeck> find(const QString &name) const;
    // Imports the folder or .zip at path, under name (else the maker's name, else the file's).
    Result<PhotoDeck> import(const QString &path, const QString &name = {},
                             const Limits &limits = Limits()) const;
    Status remove(const QString &name) const;

    // The picture files DriveDeck reads, by extension.
    static QStringList imageSuffixes();

    // deck.json as a deck's maker or DriveDeck wrote it: name, credits and pictures per drive
    // (the deck's folder is left empty). Names and credits come back as one clean line each.
    static constexpr qint64 MaxManifestSize = 1'000'000;
    static Result<PhotoDeck> parseManifest(const QByteArray &json);

private:
    QString m_folder;
};

} // namespace DriveDeck
