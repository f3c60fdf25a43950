#include "workshop/cardpictures.h"

#include "decks/decklibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace DriveDeck {

namespace {

constexpr qint64 Sample = 64 * 1024;
// The memory a photo may take while it is decoded: a card is never bigger than a screen.
constexpr int AllocationLimitMb = 64;

QString keyOf(const QString &path, QSize pixels)
{
    return path + u'@' + QString::number(pixels.width()) + u'x' + QString::number(pixels.height());
}

// The cache file of a photo at a size: named by what the file holds, so an edited photo with
// the same name is decoded again, and a copy of it elsewhere is not.
QString cacheFileOf(const QString &path, QSize pixels)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const qint64 size = file.size();
    hash.addData(QByteArray::number(size));
    hash.addData(file.read(Sample));
    if (size > 2 * Sample && file.seek(size - Sample))
        hash.addData(file.read(Sample));
    hash.addData(QByteArray::number(pixels.width()) + 'x' + QByteArray::number(pixels.height()));
    return QDir(CardPictures::cacheFolder())
        .filePath(QString::fromLatin1(hash.result().toHex()) + QStringLiteral(".png"));
}

// Off the window's thread: from the cache, else decoded at the size it is shown (covering it,
// as the card crops the middle), then kept in the cache.
QImage load(const QString &path, QSize pixels)
{
    const QString cached = cacheFileOf(path, pixels);
    if (!cached.isEmpty()) {
        QImage image(cached);
        if (!image.isNull())
            return image;
    }
    QImageReader reader(path);
    reader.setAllocationLimit(AllocationLimitMb);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (!full.isValid())
        return {};
    const QSize scaled = full.scaled(pixels, Qt::KeepAspectRatioByExpanding);
    reader.setScaledSize(scaled.boundedTo(full));
    const QImage image = reader.read();
    if (image.isNull() || cached.isEmpty())
        return image;
    QDir().mkpath(CardPictures::cacheFolder());
    QSaveFile out(cached);
    if (out.open(QIODevice::WriteOnly) && image.save(&out, "PNG", 90))
        out.commit();
    return image;
}

} // namespace

CardPictures::CardPictures(QObject *parent)
    : QObject(parent)
{}

CardPictures::~CardPictures() = default;

QString CardPictures::cacheFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("card-pictures"));
}

void CardPictures::setDeck(const QString &deckName, const QString &decksFolder)
{
    if (deckName == m_deck.name && m_hasPhotos == !deckName.isEmpty())
        return;
    ++m_generation;
    m_images.clear();
    m_pending.clear();
    m_deck = PhotoDeck();
    m_hasPhotos = false;
    if (deckName.isEmpty())
        return;
    const DeckLibrary library(decksFolder.isEmpty() ? DeckLibrary::defaultFolder() : decksFolder);
    if (const Result<PhotoDeck> found = library.find(deckName)) {
        m_deck = *found;
        m_hasPhotos = true;
    }
}

void CardPictures::setRound(int roundIndex, const QUuid &roundId, bool atRandom)
{
    m_roundIndex = roundIndex;
    m_roundId = roundId;
    m_atRandom = atRandom;
}

QString CardPictures::pathOf(int driveId) const
{
    if (!m_hasPhotos || !Catalogue::isValidDriveId(driveId))
        return {};
    const qsizetype count = m_deck.imagesOf(driveId).size();
    if (count <= 1)
        return m_deck.imagePath(driveId, 0);
    // At random, but the same for a round every time it is shown.
    const int turn =
        m_atRandom ? int(qHash(m_roundId, size_t(driveId)) % size_t(count)) : m_roundIndex;
    return m_deck.imagePath(driveId, turn);
}

QImage CardPictures::picture(int driveId, QSize pixels)
{
    const QString path = pathOf(driveId);
    if (path.isEmpty() || pixels.isEmpty())
        return {};
    const QString key = keyOf(path, pixels);
    const auto found = m_images.constFind(key);
    if (found != m_images.cend())
        return *found;
    if (m_pending.contains(key))
        return {};
    m_pending.insert(key);
    auto *watcher = new QFutureWatcher<QImage>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<QImage>::finished, this,
            [this, watcher, key, driveId, generation] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_pending.remove(key);
                m_images.insert(key, watcher->result());
                Q_EMIT pictureReady(driveId);
            });
    watcher->setFuture(QtConcurrent::run(load, path, pixels));
    return {};
}

} // namespace DriveDeck
