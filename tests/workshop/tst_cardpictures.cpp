#include "decks/decklibrary.h"
#include "workshop/cardpictures.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

// The photos a session's cards show: decoded off the window's thread at the card's size, kept
// in memory and on disk, chosen per round in turn or at random.
class TestCardPictures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void picture_comesLaterAtTheSizeAsked_thenFromMemory();
    void cache_onDisk_servesTheNextStart();
    void severalPictures_inTurnOrAtRandomPerRound();
    void noDeck_orAnUnknownOne_meansTheMotifs();

private:
    QImage waitFor(CardPictures &pictures, int driveId, QSize pixels);

    QTemporaryDir m_dir;
    QString m_decks;
};

void TestCardPictures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // One wide photo per drive (1200 × 800), and three for Loyal.
    const QString photos = m_dir.filePath(u"photos"_s);
    QDir().mkpath(photos);
    for (const Drive &drive : Catalogue::drives()) {
        QImage image(1200, 800, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((drive.id * 15) % 360, 200, 200));
        QVERIFY(image.save(QDir(photos).filePath(drive.key + u".jpg"_s)));
    }
    for (int n = 2; n <= 3; ++n) {
        QImage image(600, 600, QImage::Format_RGB32);
        image.fill(QColor(n * 60, 0, 0));
        QVERIFY(image.save(QDir(photos).filePath(u"loyalty-%1.jpg"_s.arg(n))));
    }
    m_decks = m_dir.filePath(u"decks"_s);
    const Result<PhotoDeck> deck = DeckLibrary(m_decks).import(photos, u"Colours"_s);
    QVERIFY2(deck, qPrintable(deck.errorMessage()));
}

void TestCardPictures::init()
{
    QDir(CardPictures::cacheFolder()).removeRecursively();
}

QImage TestCardPictures::waitFor(CardPictures &pictures, int driveId, QSize pixels)
{
    QImage image = pictures.picture(driveId, pixels);
    QDeadlineTimer deadline(10000);
    while (image.isNull() && !deadline.hasExpired()) {
        QTest::qWait(5);
        image = pictures.picture(driveId, pixels);
    }
    return image;
}

void TestCardPictures::picture_comesLaterAtTheSizeAsked_thenFromMemory()
{
    CardPictures pictures;
    pictures.setDeck(u"Colours"_s, m_decks);
    QVERIFY(pictures.hasPhotos());
    QSignalSpy ready(&pictures, &CardPictures::pictureReady);
    // Not on the window's thread: the first answer is "not yet".
    QVERIFY(pictures.picture(14, QSize(300, 200)).isNull());
    QCOMPARE(pictures.pending(), 1);
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.first().at(0).toInt(), 14);
    const QImage image = pictures.picture(14, QSize(300, 200));
    // Decoded at the size that covers the card, never at the photo's own 1200 × 800.
    QCOMPARE(image.size(), QSize(300, 200));
    // Achievement's photo (hue 210), give or take what JPEG does to a colour.
    QVERIFY(std::abs(image.pixelColor(150, 100).hsvHue() - 210) <= 3);
    QCOMPARE(pictures.pending(), 0);
    // Asked again: from memory, at once, no new decoding.
    QCOMPARE(pictures.picture(14, QSize(300, 200)).cacheKey(), image.cacheKey());
    QCOMPARE(pictures.pending(), 0);
}

void TestCardPictures::cache_onDisk_servesTheNextStart()
{
    {
        CardPictures first;
        first.setDeck(u"Colours"_s, m_decks);
        QVERIFY(!waitFor(first, 5, QSize(150, 100)).isNull());
    }
    const QStringList cached =
        QDir(CardPictures::cacheFolder()).entryList({u"*.png"_s}, QDir::Files);
    QCOMPARE(cached.size(), 1);
    QCOMPARE(QImageReader(QDir(CardPictures::cacheFolder()).filePath(cached.first())).size(),
             QSize(150, 100));
    // The next start reads the small picture: the same pixels.
    CardPictures next;
    next.setDeck(u"Colours"_s, m_decks);
    const QImage again = waitFor(next, 5, QSize(150, 100));
    QCOMPARE(again.size(), QSize(150, 100));
    QCOMPARE(QDir(CardPictures::cacheFolder()).entryList({u"*.png"_s}, QDir::Files).size(), 1);
}

void TestCardPictures::severalPictures_inTurnOrAtRandomPerRound()
{
    CardPictures pictures;
    pictures.setDeck(u"Colours"_s, m_decks);
    const QUuid round1 = QUuid::createUuid();
    const QUuid round2 = QUuid::createUuid();
    // In turn: round by round through Loyal's three pictures, then round again.
    QStringList shown;
    for (int round = 0; round < 4; ++round) {
        pictures.setRound(round, QUuid::createUuid(), false);
        shown << QFileInfo(pictures.pathOf(2)).fileName();
    }
    QCOMPARE(shown, (QStringList{u"loyalty-2.jpg"_s, u"loyalty-3.jpg"_s, u"loyalty.jpg"_s,
                                 u"loyalty-2.jpg"_s}));
    // One picture for a drive: always that one.
    QCOMPARE(QFileInfo(pictures.pathOf(1)).fileName(), u"idealism.jpg"_s);
    // At random: the same picture every time a round is shown.
    pictures.setRound(0, round1, true);
    const QString first = pictures.pathOf(2);
    pictures.setRound(1, round2, true);
    pictures.setRound(0, round1, true);
    QCOMPARE(pictures.pathOf(2), first);
    QVERIFY(pictures.deck().imagesOf(2).contains(QFileInfo(first).fileName()));
}

void TestCardPictures::noDeck_orAnUnknownOne_meansTheMotifs()
{
    CardPictures pictures;
    QVERIFY(!pictures.hasPhotos());
    QVERIFY(pictures.picture(1, QSize(100, 100)).isNull());
    QCOMPARE(pictures.pending(), 0);
    pictures.setDeck(u"Not here"_s, m_decks);
    QVERIFY(!pictures.hasPhotos());
    QVERIFY(pictures.pathOf(1).isEmpty());
    pictures.setDeck(u"Colours"_s, m_decks);
    QVERIFY(pictures.hasPhotos());
    pictures.setDeck(QString(), m_decks);
    QVERIFY(!pictures.hasPhotos());
}

QTEST_MAIN(TestCardPictures)
#include "tst_cardpictures.moc"
