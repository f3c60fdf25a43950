#include "render/cardpainter.h"

#include "domain/catalogue.h"
#include "domain/colours.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QLinearGradient>
#include <QLocale>
#include <QMutex>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QResource>
#include <QSaveFile>
#include <QSet>
#include <QSvgRenderer>
#include <QtEndian>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QTransform>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace DriveDeck {

namespace {

// Rendered motifs by drive and size: a card wall repaints often, an SVG with gradients is slow
// to draw, and the same few sizes come back. Small enough to keep whole.
constexpr qsizetype MotifCacheLimit = 240;
constexpr qsizetype MotifFilesKept = 24 * 20;

struct MotifCache
{
    QString folder; // on disk too, when set
    QMutex mutex;
    QHash<quint64, QImage> images;
};

MotifCache &motifCache()
{
    static MotifCache cache;
    return cache;
}

// Whole cards at full strength, by everything that decides how they look. A wall, the deck,
// a projector and a scan: a few sizes of 24 cards.
constexpr qsizetype CardCacheLimit = 24 * 4;
constexpr qsizetype CardFilesKept = 24 * 12;
// Raised whenever paintFace draws differently: files of an older look are then never read.
constexpr quint32 CardLook = 1;
constexpr quint32 CardFileMagic = 0x44444346; // "DDCF"
constexpr int LargestKeptSide = 1600;

// A card waiting to be written: while a window is being resized every size passes by once, and
// only the size it settles on is worth a file.
struct UnwrittenCard
{
    QString file;
    QImage image;
};

// How long no new card must have been painted before the last ones are written.
constexpr int SettleMs = 800;

struct CardCache
{
    QString folder; // on disk too, when set
    QMutex mutex;
    QHash<QString, QImage> images;
    std::array<QByteArray, 25> motifHashes; // by drive: the compiled-in SVG's bytes
    // By look (the card without its size): the size painted last replaces the one before.
    QHash<QString, UnwrittenCard> unwritten;
    QTimer *settle = nullptr; // on the application's thread
    bool mapFiles = false;    // mapKeptCards()
    QSet<QString> mapped;     // keys of the images that are files mapped into memory
};

CardCache &cardCache()
{
    static CardCache cache;
    return cache;
}

quint64 keyOf(int driveId, QSize pixels)
{
    return (quint64(driveId) << 40) | (quint64(pixels.width() & 0xFFFFF) << 20) |
           quint64(pixels.height() & 0xFFFFF);
}

bool drawsVectors(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    if (!engine)
        return false;
    switch (engine->type()) {
    case QPaintEngine::Pdf:
    case QPaintEngine::SVG:
    case QPaintEngine::Picture:
        return true;
    default:
        return false;
    }
}

// The largest pixel size at which text fits the width, from one measurement and a check.
int fittedPixelSize(QFont font, int pixelSize, const QString &text, qreal width, int smallest)
{
    font.setPixelSize(std::max(smallest, pixelSize));
    const qreal advance = QFontMetricsF(font).horizontalAdvance(text);
    if (advance <= width)
        return font.pixelSize();
    int size = std::max(smallest, int(font.pixelSize() * width / advance));
    font.setPixelSize(size);
    while (size > smallest && QFontMetricsF(font).horizontalAdvance(text) > width) {
        --size;
        font.setPixelSize(size);
    }
    return size;
}

void drawMotif(QPainter &painter, const QRectF &target, int driveId)
{
    if (drawsVectors(painter)) {
        // A document keeps the motif as vectors, sharp at any zoom.
        QSvgRenderer renderer(CardPainter::motifPath(driveId));
        renderer.render(&painter, target);
        return;
    }
    const QSizeF onDevice = painter.deviceTransform().mapRect(target).size();
    const QSize pixels(std::max(1, qRound(onDevice.width())),
                       std::max(1, qRound(onDevice.height())));
    const QImage image = CardPainter::motif(driveId, pixels);
    painter.drawImage(target, image);
}

void drawCover(QPainter &painter, const QRectF &target, const QImage &photo)
{
    // Fills the card, cut to its shape: the middle of the photo, never stretched.
    const qreal scale = std::max(target.width() / photo.width(), target.height() / photo.height());
    const QSizeF shown(target.width() / scale, target.height() / scale);
    const QRectF source(
        QPointF((photo.width() - shown.width()) / 2, (photo.height() - shown.height()) / 2), shown);
    painter.drawImage(target, photo, source);
}

// A card drawn from its file or from memory looks as the one drawn directly: only a face
// without a photo, at full strength, on a screen at whole pixels.
bool keepsItsFace(const CardFace &face)
{
    return face.photo.isNull() && face.strength >= 1.0;
}

QByteArray motifHashOf(int driveId)
{
    CardCache &cache = cardCache();
    const QMutexLocker locker(&cache.mutex);
    QByteArray &hash = cache.motifHashes.at(std::size_t(driveId));
    if (hash.isEmpty()) {
        // The motifs are compiled in: their bytes as stored (compressed or not) name them, so
        // that no SVG is unpacked at a start only to be hashed (a millisecond for the deck).
        // In the C locale, not the default one: this runs on the start's second core while the
        // window's thread may be setting the default locale (which Qt does not guard).
        const QResource motif(CardPainter::motifPath(driveId), QLocale::c());
        if (motif.isValid() && motif.size() > 0) {
            QCryptographicHash sha1(QCryptographicHash::Sha1);
            sha1.addData(QByteArrayView(reinterpret_cast<const char *>(motif.data()),
                                        qsizetype(motif.size())));
            sha1.addData(QByteArray::number(int(motif.compressionAlgorithm())));
            hash = sha1.result().toHex();
        } else {
            hash = QByteArrayLiteral("none");
        }
    }
    return hash;
}

// Everything paintFace reads, as text: the same text, the same pixels.
QString faceKey(const CardFace &face, QSize pixels, qreal pixelRatio, const QFont &font)
{
    const Drive &drive = Catalogue::drive(face.driveId);
    return QStringLiteral("%1|%2|%3|%4|%5x%6@%7|%8|%9|%10|%11")
        .arg(CardLook)
        .arg(face.driveId)
        .arg(face.blind ? 1 : 0)
        .arg(face.placeholder ? 1 : 0)
        .arg(pixels.width())
        .arg(pixels.height())
        .arg(pixelRatio, 0, 'f', 3)
        .arg(font.key(), drive.mainWord() + u'/' + drive.secondWord(), drive.domain().name(),
             QString::fromLatin1(motifHashOf(face.driveId)));
}

// A card on one surface, whatever its size: the font's size follows the card's on the wall, so
// it is left out with the pixels.
QString lookKey(const CardFace &face, qreal pixelRatio, const QFont &font)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(face.driveId)
        .arg(face.blind ? 1 : 0)
        .arg(face.placeholder ? 1 : 0)
        .arg(pixelRatio, 0, 'f', 3)
        .arg(font.family());
}

// The file also names what may change between runs without the card's key changing: the font
// the system gives for the one asked for, Qt, and DriveDeck itself.
QString cardFileFor(const QString &folder, const CardFace &face, const QString &key,
                    const QFont &font)
{
    const QFontInfo given(font);
    const QString between =
        QStringLiteral("%1|%2 %3|%4|%5")
            .arg(key, given.family(), given.styleName(), QString::fromLatin1(QT_VERSION_STR),
                 QCoreApplication::applicationVersion());
    const QByteArray name =
        QCryptographicHash::hash(between.toUtf8(), QCryptographicHash::Sha1).toHex().left(24);
    return QDir(folder).filePath(
        QStringLiteral("%1-%2.card")
            .arg(Catalogue::drive(face.driveId).key, QString::fromLatin1(name)));
}

// A kept card: a short header, then the pixels as they are in memory (premultiplied ARGB), so
// that reading one is a copy, not a decoding.
QImage readCardFile(const QString &path, QSize pixels)
{
    // Unbuffered: the pixels go from the file straight into the image, not through a buffer.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    // The header as QDataStream wrote it (big-endian), in one read.
    std::array<uchar, 16> header{};
    if (file.read(reinterpret_cast<char *>(header.data()), qint64(header.size())) !=
        qint64(header.size()))
        return {};
    const quint32 magic = qFromBigEndian<quint32>(header.data());
    const quint32 look = qFromBigEndian<quint32>(header.data() + 4);
    const qint32 width = qFromBigEndian<qint32>(header.data() + 8);
    const qint32 height = qFromBigEndian<qint32>(header.data() + 12);
    if (magic != CardFileMagic || look != CardLook || QSize(width, height) != pixels)
        return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    const qint64 bytes = image.sizeInBytes();
    if (image.isNull() || file.size() != qint64(header.size()) + bytes ||
        file.read(reinterpret_cast<char *>(image.bits()), bytes) != bytes)
        return {};
    // Kept longest when used most: the folder keeps its newest files.
    file.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
    return image;
}

// The card in a kept file, mapped into memory rather than copied; null when it is not there or
// not the card asked for (read it then, or paint it). The file's pages are the image's pixels:
// unmapped when the last copy of the image goes.
QImage mapCardFile(const QString &path, QSize pixels)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    constexpr qint64 HeaderBytes = 16;
    const qint64 pixelBytes = qint64(pixels.width()) * pixels.height() * 4;
    struct stat status = {};
    void *mapping = MAP_FAILED;
    if (::fstat(fd, &status) == 0 && qint64(status.st_size) == HeaderBytes + pixelBytes)
        mapping = ::mmap(nullptr, std::size_t(status.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (mapping == MAP_FAILED) {
        ::close(fd);
        return {};
    }
    const auto *bytes = static_cast<const uchar *>(mapping);
    struct Mapping
    {
        void *start;
        std::size_t length;
    };
    auto *kept = new Mapping{mapping, std::size_t(status.st_size)};
    auto unmap = [](void *info) {
        const auto *gone = static_cast<Mapping *>(info);
        ::munmap(gone->start, gone->length);
        delete gone;
    };
    if (qFromBigEndian<quint32>(bytes) != CardFileMagic ||
        qFromBigEndian<quint32>(bytes + 4) != CardLook ||
        qFromBigEndian<qint32>(bytes + 8) != pixels.width() ||
        qFromBigEndian<qint32>(bytes + 12) != pixels.height()) {
        ::close(fd);
        unmap(kept);
        return {};
    }
    // Kept longest when used most: the folder keeps its newest files.
    ::futimens(fd, nullptr);
    ::close(fd);
    QImage image(bytes + HeaderBytes, pixels.width(), pixels.height(), pixels.width() * 4,
                 QImage::Format_ARGB32_Premultiplied, unmap, kept);
    if (image.isNull())
        unmap(kept); // a null image never calls its clean-up
    return image;
#else
    Q_UNUSED(path)
    Q_UNUSED(pixels)
    return {};
#endif
}

void writeCardFile(const QString &path, const QImage &image)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return;
    QDataStream header(&out);
    header << CardFileMagic << CardLook << qint32(image.width()) << qint32(image.height());
    const qint64 bytes = image.sizeInBytes();
    if (header.status() == QDataStream::Ok &&
        out.write(reinterpret_cast<const char *>(image.constBits()), bytes) == bytes)
        out.commit();
}

// Where a cache keeps its files.
template<typename Cache>
void useFolder(Cache &cache, const QString &folder)
{
    const QMutexLocker locker(&cache.mutex);
    cache.folder = folder;
}

// Every window size adds its 24 pictures: beyond a few sizes' worth, the least recently used
// go. Done after files are written (on a worker thread), not when a folder is chosen at a
// start, where listing and dating a folder of hundreds of files took the second core from the
// first frame; without new files the folder cannot have grown.
void trimFolder(const QString &folder, const QString &pattern, qsizetype kept)
{
    // One trim at a time: two at once would each count the other's files and remove too many.
    static QMutex oneAtATime;
    const QMutexLocker locker(&oneAtATime);
    const QFileInfoList files = QDir(folder).entryInfoList({pattern}, QDir::Files, QDir::Time);
    for (qsizetype i = kept; i < files.size(); ++i)
        QFile::remove(files.at(i).absoluteFilePath());
}

// Of each card's look (a drive, blind or not, in a font and language at a pixel ratio) the size
// painted last is written, off the window's thread, once no new card has been painted for
// SettleMs, or when the application quits; the sizes a resize passed by are dropped.
void writeSettledCards()
{
    CardCache &cache = cardCache();
    QHash<QString, UnwrittenCard> cards;
    {
        const QMutexLocker locker(&cache.mutex);
        cards.swap(cache.unwritten);
    }
    if (cards.isEmpty())
        return;
    QThreadPool::globalInstance()->start([cards = std::move(cards)] {
        QSet<QString> folders;
        for (const UnwrittenCard &card : cards) {
            writeCardFile(card.file, card.image);
            folders.insert(QFileInfo(card.file).absolutePath());
        }
        for (const QString &folder : std::as_const(folders))
            trimFolder(folder, QStringLiteral("*.card"), CardFilesKept);
    });
}

void keepForWriting(const QString &file, const QString &look, const QImage &image)
{
    QCoreApplication *application = QCoreApplication::instance();
    // Without an application's event loop to say when sizes settle (a command, a worker
    // thread), cards stay in memory only.
    if (!application || QThread::currentThread() != application->thread())
        return;
    CardCache &cache = cardCache();
    {
        const QMutexLocker locker(&cache.mutex);
        cache.unwritten.insert(look, {file, image});
    }
    if (!cache.settle) {
        cache.settle = new QTimer(application);
        cache.settle->setSingleShot(true);
        cache.settle->setInterval(SettleMs);
        QObject::connect(cache.settle, &QTimer::timeout, cache.settle, writeSettledCards);
        QObject::connect(application, &QCoreApplication::aboutToQuit, cache.settle,
                         writeSettledCards);
    }
    cache.settle->start(); // again: the moment is not over while new cards are painted
}

} // namespace

void CardPainter::nameMotifs()
{
    for (const Drive &drive : Catalogue::drives())
        motifHashOf(drive.id);
}

QString CardPainter::motifPath(int driveId)
{
    if (!Catalogue::isValidDriveId(driveId))
        return {};
    return QStringLiteral(":/deck/%1.svg").arg(Catalogue::drive(driveId).key);
}

void CardPainter::setMotifFolder(const QString &folder)
{
    useFolder(motifCache(), folder);
}

void CardPainter::setCardFolder(const QString &folder)
{
    useFolder(cardCache(), folder);
}

QString CardPainter::cardFile(const CardFace &face, QSize pixels, qreal pixelRatio,
                              const QFont &font)
{
    QString folder;
    {
        CardCache &cache = cardCache();
        const QMutexLocker locker(&cache.mutex);
        folder = cache.folder;
    }
    if (folder.isEmpty() || !Catalogue::isValidDriveId(face.driveId) || !keepsItsFace(face))
        return {};
    return cardFileFor(folder, face, faceKey(face, pixels, pixelRatio, font), font);
}

void CardPainter::mapKeptCards(bool map)
{
    CardCache &cache = cardCache();
    QHash<QString, QImage> mapped;
    {
        const QMutexLocker locker(&cache.mutex);
        cache.mapFiles = map;
        if (map)
            return;
        for (const QString &key : std::as_const(cache.mapped))
            mapped.insert(key, cache.images.value(key));
        cache.mapped.clear();
    }
    // Copied without the cache locked: the window paints on meanwhile.
    for (auto it = mapped.begin(); it != mapped.end(); ++it) {
        if (it->isNull())
            continue;
        const QImage copy = it->copy();
        const QMutexLocker locker(&cache.mutex);
        const auto found = cache.images.find(it.key());
        // Unless the cache let it go or took another meanwhile.
        if (found != cache.images.end() && found->cacheKey() == it->cacheKey())
            *found = copy;
    }
}

void CardPainter::writeKeptCards()
{
    CardCache &cache = cardCache();
    if (cache.settle)
        cache.settle->stop();
    writeSettledCards();
    QThreadPool::globalInstance()->waitForDone();
}

void CardPainter::forgetImagesInMemory()
{
    {
        MotifCache &motifs = motifCache();
        const QMutexLocker locker(&motifs.mutex);
        motifs.images.clear();
    }
    CardCache &cards = cardCache();
    const QMutexLocker locker(&cards.mutex);
    cards.images.clear();
    cards.mapped.clear();
}

QString CardPainter::motifFile(int driveId, QSize pixels)
{
    QString folder;
    {
        MotifCache &cache = motifCache();
        const QMutexLocker locker(&cache.mutex);
        folder = cache.folder;
    }
    if (folder.isEmpty() || !Catalogue::isValidDriveId(driveId))
        return {};
    // Named by the SVG's own bytes (read once): a changed motif is never read from an old file.
    return QDir(folder).filePath(
        QStringLiteral("%1-%2-%3x%4.png")
            .arg(Catalogue::drive(driveId).key, QString::fromLatin1(motifHashOf(driveId).left(16)))
            .arg(pixels.width())
            .arg(pixels.height()));
}

QImage CardPainter::motif(int driveId, QSize pixels)
{
    MotifCache &cache = motifCache();
    const quint64 key = keyOf(driveId, pixels);
    QString folder;
    {
        const QMutexLocker locker(&cache.mutex);
        const auto found = cache.images.constFind(key);
        if (found != cache.images.cend())
            return *found;
        folder = cache.folder;
    }
    const QString file = folder.isEmpty() ? QString() : motifFile(driveId, pixels);
    QImage image;
    if (!file.isEmpty() && image.load(file, "PNG") && image.size() == pixels) {
        image.convertTo(QImage::Format_ARGB32_Premultiplied);
        // Kept longest when used most, as the cards are.
        QFile used(file);
        if (used.open(QIODevice::ReadOnly))
            used.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
    } else {
        image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QSvgRenderer renderer(motifPath(driveId));
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
        }
        if (!file.isEmpty()) {
            // Written beside the painting, not before it: the first start pays nothing more.
            QThreadPool::globalInstance()->start([image, file] {
                const QString folder = QFileInfo(file).absolutePath();
                QDir().mkpath(folder);
                QSaveFile out(file);
                if (out.open(QIODevice::WriteOnly) && image.save(&out, "PNG", 100))
                    out.commit();
                // A new size's 24 motifs are written one by one: each folder is trimmed once,
                // after the writes queued before its trim.
                static QMutex queuedMutex;
                static QSet<QString> queued;
                {
                    const QMutexLocker locker(&queuedMutex);
                    if (queued.contains(folder))
                        return;
                    queued.insert(folder);
                }
                QThreadPool::globalInstance()->start([folder] {
                    {
                        const QMutexLocker locker(&queuedMutex);
                        queued.remove(folder);
                    }
                    trimFolder(folder, QStringLiteral("*.png"), MotifFilesKept);
                });
            });
        }
    }
    const QMutexLocker locker(&cache.mutex);
    if (cache.images.size() >= MotifCacheLimit)
        cache.images.clear();
    cache.images.insert(key, image);
    return image;
}

QRectF CardPainter::pictureArea(const QRectF &area, bool blind)
{
    const qreal h = area.height();
    const qreal pad = std::min(area.width(), h) * 0.06;
    if (blind)
        return area.adjusted(pad, h * 0.16, -pad, -pad);
    return area.adjusted(pad, h * 0.13, -pad, -h * 0.40);
}

QColor CardPainter::inkOn(const QColor &background)
{
    return Colours::readableTextOn(background);
}

void CardPainter::paint(QPainter &painter, const QRectF &area, const CardFace &face,
                        const QFont &font)
{
    if (!Catalogue::isValidDriveId(face.driveId) || area.isEmpty())
        return;
    // On a screen at whole pixels: the card as painted before, pixel for pixel.
    const QTransform toDevice = painter.deviceTransform();
    const QRectF onDevice = toDevice.mapRect(area);
    auto whole = [](qreal v) { return std::abs(v - std::round(v)) < 0.001; };
    const bool kept = !drawsVectors(painter) && keepsItsFace(face) &&
                      toDevice.type() <= QTransform::TxScale && toDevice.m11() > 0 &&
                      qFuzzyCompare(toDevice.m11(), toDevice.m22()) && whole(onDevice.left()) &&
                      whole(onDevice.top()) && whole(onDevice.width()) &&
                      whole(onDevice.height()) && onDevice.width() <= LargestKeptSide &&
                      onDevice.height() <= LargestKeptSide;
    if (!kept) {
        paintFace(painter, area, face, font);
        return;
    }
    const QSize pixels = onDevice.size().toSize();
    const qreal ratio = toDevice.m11();
    const QString key = faceKey(face, pixels, ratio, font);
    CardCache &cache = cardCache();
    QImage image;
    QString folder;
    bool mapFiles = false;
    {
        const QMutexLocker locker(&cache.mutex);
        image = cache.images.value(key);
        folder = cache.folder;
        mapFiles = cache.mapFiles;
    }
    if (image.isNull()) {
        const QString file = folder.isEmpty() ? QString() : cardFileFor(folder, face, key, font);
        bool mapped = false;
        // At another pixel ratio than 1 an image of mapped pixels is copied as it is given its
        // ratio: read then.
        if (!file.isEmpty() && mapFiles && qFuzzyCompare(ratio, 1.0)) {
            image = mapCardFile(file, pixels);
            mapped = !image.isNull();
        }
        if (image.isNull() && !file.isEmpty())
            image = readCardFile(file, pixels);
        if (image.isNull()) {
            image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            image.setDevicePixelRatio(ratio);
            {
                QPainter onImage(&image);
                paintFace(onImage, QRectF(QPointF(0, 0), area.size()), face, font);
            }
            if (!file.isEmpty())
                keepForWriting(file, lookKey(face, ratio, font), image);
        }
        image.setDevicePixelRatio(ratio);
        const QMutexLocker locker(&cache.mutex);
        if (cache.images.size() >= CardCacheLimit) {
            cache.images.clear();
            cache.mapped.clear();
        }
        // Mapped after the start was over (mapKeptCards(false) came in between): kept as a copy.
        if (mapped && !cache.mapFiles) {
            image = image.copy();
            image.setDevicePixelRatio(ratio);
            mapped = false;
        }
        cache.images.insert(key, image);
        if (mapped)
            cache.mapped.insert(key);
        else
            cache.mapped.remove(key);
    }
    painter.drawImage(area.topLeft(), image);
}

void CardPainter::paintFace(QPainter &painter, const QRectF &area, const CardFace &face,
                            const QFont &font)
{
    const Drive &drive = Catalogue::drive(face.driveId);
    const Domain &domain = drive.domain();
    const qreal w = area.width();
    const qreal h = area.height();
    const qreal radius = std::min(w, h) * 0.09;
    const qreal pad = std::min(w, h) * 0.07;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath shape;
    shape.addRoundedRect(area, radius, radius);

    // A weaker card pales towards the page: its colours and picture, never its words, which
    // take the ink that reads on the paler colour.
    const qreal fade = std::clamp(1.0 - face.strength, 0.0, 1.0) * 0.95;
    auto faded = [fade](const QColor &colour) {
        auto mix = [fade](int c) { return int(c + (248 - c) * fade + 0.5); };
        return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()), colour.alpha());
    };

    // The card: a gradient in its domain's colour, light at the top; a neutral grey when blind.
    const QColor base = faded(face.blind ? QColor(92, 98, 106) : domain.cardColour());
    const QColor light = faded(face.blind ? QColor(140, 146, 154) : domain.colour.lighter(122));
    QLinearGradient gradient(area.topLeft(), area.bottomLeft());
    gradient.setColorAt(0.0, light);
    gradient.setColorAt(1.0, base);
    painter.fillPath(shape, gradient);
    painter.setClipPath(shape);

    const QRectF picture = pictureArea(area, face.blind);
    painter.setOpacity(1.0 - fade * 0.8);
    if (!face.photo.isNull()) {
        drawCover(painter, area, face.photo);
    } else if (!face.placeholder) {
        // A soft glow behind the motif lifts it off the colour, also on a pale projector.
        const qreal side = std::min(picture.height() * 1.04, picture.width() * 0.7);
        const QPointF centre = picture.center();
        if (drawsVectors(painter)) {
            // PDF has no gradient that fades to transparent: rings of light, one over another.
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(255, 255, 255, 34));
            for (int ring = 5; ring >= 1; --ring) {
                const qreal r = side * 0.17 * ring;
                painter.drawEllipse(centre, r, r);
            }
        } else {
            QRadialGradient glow(centre, side * 0.85);
            glow.setColorAt(0.0, QColor(255, 255, 255, 175));
            glow.setColorAt(0.5, QColor(255, 255, 255, 70));
            glow.setColorAt(1.0, QColor(255, 255, 255, 0));
            painter.fillRect(QRectF(centre.x() - side, centre.y() - side, 2 * side, 2 * side),
                             glow);
        }
        drawMotif(painter, QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side),
                  face.driveId);
    }
    painter.setOpacity(1.0);

    // White on a photo under its shade; a photo paled at the reveal takes the ink of the page.
    const QColor topInk = face.photo.isNull() || fade > 0.35 ? inkOn(light) : QColor(Qt::white);
    QFont small = font;
    small.setBold(true);
    small.setPixelSize(std::max(8, int(h * 0.095)));
    const QFontMetricsF smallMetrics(small);
    const QString number = QString::number(drive.id);
    if (!face.photo.isNull()) {
        // Words on a photo need a shade under them to be read. PDF has no gradient that fades
        // to transparent: there it is an even shade under the top line.
        if (drawsVectors(painter)) {
            painter.fillRect(QRectF(area.left(), area.top(), w, h * 0.17), QColor(0, 0, 0, 95));
        } else {
            QLinearGradient shade(area.topLeft(), QPointF(area.left(), area.top() + h * 0.3));
            shade.setColorAt(0.0, QColor(0, 0, 0, 165));
            shade.setColorAt(1.0, QColor(0, 0, 0, 0));
            painter.fillRect(QRectF(area.left(), area.top(), w, h * 0.3), shade);
        }
    }

    if (face.blind) {
        // Only the number, in a badge: people choose on the picture, not on the word.
        small.setPixelSize(std::max(9, int(h * 0.11)));
        painter.setFont(small);
        const QFontMetricsF metrics(small);
        const qreal badgeHeight = metrics.height() * 1.25;
        const QRectF badge(
            area.left() + pad * 0.8, area.top() + pad * 0.8,
            std::max(badgeHeight, metrics.horizontalAdvance(number) + badgeHeight * 0.6),
            badgeHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 225));
        painter.drawRoundedRect(badge, badgeHeight / 2, badgeHeight / 2);
        painter.setPen(QColor(40, 44, 50));
        painter.drawText(badge, Qt::AlignCenter, number);
    } else {
        // The domain and the number along the top.
        const QRectF top(area.left() + pad, area.top() + pad * 0.7, w - 2 * pad,
                         smallMetrics.height());
        const qreal numberRoom = smallMetrics.horizontalAdvance(QStringLiteral("24")) + pad * 0.6;
        QFont domainFont = small;
        const QString domainName = domain.name().toUpper();
        domainFont.setPixelSize(
            fittedPixelSize(small, small.pixelSize(), domainName, top.width() - numberRoom, 7));
        painter.setPen(topInk);
        painter.setFont(small);
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, number);
        // A long name ("AANTREKKINGSKRACHT") on a small card: the letters a little closer
        // before the name is given up.
        if (QFontMetricsF(domainFont).horizontalAdvance(domainName) > top.width() - numberRoom)
            domainFont.setLetterSpacing(QFont::PercentageSpacing, 88);
        painter.setFont(domainFont);
        // On a small card the colour says the domain; a name cut to "AMBI…" would say less.
        if (QFontMetricsF(domainFont).horizontalAdvance(domainName) <= top.width() - numberRoom)
            painter.drawText(QRectF(top.left(), top.top(), top.width() - numberRoom, top.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, domainName);

        // The band with the name: the domain's colour, a shade deeper than the card.
        const QRectF band(area.left(), picture.bottom() + h * 0.02, w,
                          area.bottom() - picture.bottom() - h * 0.02);
        // Solid, also under a photo: the colour says the domain from across the room.
        const QColor bandColour = faded(domain.cardColour().darker(118));
        painter.fillRect(band, bandColour);
        const QColor ink = inkOn(bandColour);
        const QRectF words = band.adjusted(pad, band.height() * 0.08, -pad, -band.height() * 0.1);
        QFont mainFont = font;
        mainFont.setBold(true);
        mainFont.setPixelSize(fittedPixelSize(mainFont, int(words.height() * 0.56),
                                              drive.mainWord(), words.width(), 8));
        QFont secondFont = font;
        secondFont.setPixelSize(std::max(8, int(words.height() * 0.33)));
        const QFontMetricsF mainMetrics(mainFont);
        const QFontMetricsF secondMetrics(secondFont);
        const bool both = mainMetrics.height() + secondMetrics.height() <= words.height() * 1.08;
        const qreal block = mainMetrics.height() + (both ? secondMetrics.height() : 0.0);
        const qreal y = words.top() + (words.height() - block) / 2;
        painter.setPen(ink);
        painter.setFont(mainFont);
        painter.drawText(QRectF(words.left(), y, words.width(), mainMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, drive.mainWord());
        if (both) {
            painter.setFont(secondFont);
            painter.drawText(
                QRectF(words.left(), y + mainMetrics.height(), words.width(),
                       secondMetrics.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                secondMetrics.elidedText(drive.secondWord(), Qt::ElideRight, words.width()));
        }
    }

    if (!face.photo.isNull() && !face.blind) {
        // A frame in the domain's colour: a photo deck's cards keep their colour on the wall.
        painter.setClipping(false);
        painter.setPen(QPen(faded(domain.cardColour()), std::max(2.0, h * 0.05)));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(shape);
    }
    painter.restore();
}

} // namespace DriveDeck
