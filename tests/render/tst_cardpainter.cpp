#include "domain/catalogue.h"
#include "render/cardpainter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

namespace {

// The share of pixels that are not (nearly) the background.
double coverage(const QImage &image, QRgb background)
{
    qint64 different = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (std::abs(qRed(p) - qRed(background)) + std::abs(qGreen(p) - qGreen(background)) +
                    std::abs(qBlue(p) - qBlue(background)) +
                    std::abs(qAlpha(p) - qAlpha(background)) >
                24)
                ++different;
        }
    }
    return double(different) / double(image.width() * image.height());
}

QImage onWhite(const QImage &image)
{
    QImage white(image.size(), QImage::Format_ARGB32_Premultiplied);
    white.fill(Qt::white);
    QPainter painter(&white);
    painter.drawImage(0, 0, image);
    return white;
}

QImage card(const CardFace &face, QSize size = {300, 200})
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    CardPainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), face, QFont());
    return image;
}

// How many pixels show a colour close to the domain's (the card's gradient and band).
int domainColoured(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor p = image.pixelColor(x, y);
            if (std::abs(p.hsvHue() - colour.hsvHue()) < 12 && p.hsvSaturation() > 90)
                ++count;
        }
    }
    return count;
}

#ifdef Q_OS_LINUX
// Whether the file is mapped into this process's memory, as Linux lists its mappings.
bool isMapped(const QString &file)
{
    QFile maps(u"/proc/self/maps"_s);
    return maps.open(QIODevice::ReadOnly) &&
           maps.readAll().contains(QFile::encodeName(QFileInfo(file).canonicalFilePath()));
}
#endif

} // namespace

// The default deck's motifs and the one card painter every surface uses.
class TestCardPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void motif_isAValidSvgThatDrawsSomething_data();
    void motif_isAValidSvgThatDrawsSomething();
    void motif_looksAsRsvgDrawsIt_data();
    void motif_looksAsRsvgDrawsIt();
    void motif_isCachedAtItsSize();
    void motif_isKeptInItsFolderBetweenRuns();
    void card_showsItsDomainColour_blindShowsNone_data();
    void card_showsItsDomainColour_blindShowsNone();
    void card_paintsOnAPdfAsVectors();
    void photo_fillsTheCard();
    void weakCard_palesButKeepsItsWordsReadable_data();
    void weakCard_palesButKeepsItsWordsReadable();
    void card_fromMemoryLooksAsDrawnDirectly_data();
    void card_fromMemoryLooksAsDrawnDirectly();
    void card_isKeptInItsFolderBetweenRuns_data();
    void card_isKeptInItsFolderBetweenRuns();
    void mappedCards_areCopiedWhenTheStartIsOver();
    void card_atPartsOfPixelsOrWithAPhoto_isNeverKept();
    void cardFolder_isTrimmedOnlyOnceCardsAreWritten();
    void motifFolder_isTrimmedOnceMotifsAreWritten();
    void resizedWall_onlyTheSizeItSettlesOnIsWritten();
};

void TestCardPainter::motif_isAValidSvgThatDrawsSomething_data()
{
    QTest::addColumn<int>("driveId");
    for (const Drive &drive : Catalogue::drives())
        QTest::newRow(qPrintable(drive.key)) << drive.id;
}

void TestCardPainter::motif_isAValidSvgThatDrawsSomething()
{
    QFETCH(int, driveId);
    const QString path = CardPainter::motifPath(driveId);
    QVERIFY(QFile::exists(path));
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    const QImage image = CardPainter::motif(driveId, QSize(128, 128));
    QCOMPARE(image.size(), QSize(128, 128));
    // A motif fills a good part of its square, and leaves its corners free.
    const double covered = coverage(image, qRgba(0, 0, 0, 0));
    QVERIFY2(covered > 0.2 && covered < 0.95, qPrintable(QString::number(covered)));
}

void TestCardPainter::motif_looksAsRsvgDrawsIt_data()
{
    motif_isAValidSvgThatDrawsSomething_data();
}

void TestCardPainter::motif_looksAsRsvgDrawsIt()
{
    // Qt SVG ignores filters and draws some clip paths its own way: a motif it draws visibly
    // differently from librsvg is replaced (images/deck/write-motifs.mjs says which).
    QFETCH(int, driveId);
    const QString rsvg = QStandardPaths::findExecutable(u"rsvg-convert"_s);
    if (rsvg.isEmpty())
        QSKIP("rsvg-convert (librsvg2-bin) is not installed");
    QTemporaryDir dir;
    QFile source(CardPainter::motifPath(driveId));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString svg = dir.filePath(u"motif.svg"_s);
    QFile copy(svg);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(source.readAll());
    copy.close();
    const QString png = dir.filePath(u"motif.png"_s);
    QCOMPARE(QProcess::execute(rsvg, {u"-w"_s, u"256"_s, u"-h"_s, u"256"_s, u"-b"_s, u"white"_s,
                                      svg, u"-o"_s, png}),
             0);
    const QImage theirs = QImage(png).convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage ours = onWhite(CardPainter::motif(driveId, QSize(256, 256)));
    QCOMPARE(theirs.size(), ours.size());
    int far = 0;
    for (int y = 0; y < 256; ++y) {
        for (int x = 0; x < 256; ++x) {
            const QRgb a = ours.pixel(x, y);
            const QRgb b = theirs.pixel(x, y);
            if (std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                    std::abs(qBlue(a) - qBlue(b)) >
                90)
                ++far;
        }
    }
    // Measured: at most 1.4 % of the pixels differ clearly (the shield's rim); the motifs
    // replaced differed by 1.6 to 3.1 %.
    QVERIFY2(far < 256 * 256 * 15 / 1000, qPrintable(u"%1 pixels differ"_s.arg(far)));
}

void TestCardPainter::motif_isCachedAtItsSize()
{
    const QImage first = CardPainter::motif(3, QSize(90, 90));
    const QImage again = CardPainter::motif(3, QSize(90, 90));
    QCOMPARE(first.cacheKey(), again.cacheKey());
    QCOMPARE(CardPainter::motif(3, QSize(91, 91)).size(), QSize(91, 91));
}

// The window keeps rendered motifs in its cache folder: written beside the first painting,
// read at the next start, and a broken or stale file is drawn again.
void TestCardPainter::motif_isKeptInItsFolderBetweenRuns()
{
    QTemporaryDir dir;
    CardPainter::setMotifFolder(dir.path());
    const QSize size(64, 64);
    const QImage drawn = CardPainter::motif(1, size);
    QThreadPool::globalInstance()->waitForDone();
    const QString file = CardPainter::motifFile(1, size);
    QVERIFY(file.startsWith(dir.path()));
    QImage kept(file);
    QVERIFY(!kept.isNull());
    QCOMPARE(kept.convertToFormat(QImage::Format_ARGB32_Premultiplied), drawn);

    // A file of the right size is read, not drawn again: here a plain red square.
    const QSize other(67, 67);
    QImage planted(other, QImage::Format_ARGB32);
    planted.fill(Qt::red);
    QVERIFY(planted.save(CardPainter::motifFile(3, other)));
    QCOMPARE(CardPainter::motif(3, other).pixelColor(30, 30), QColor(Qt::red));

    // A broken file is drawn again, and replaced.
    const QSize third(66, 66);
    QFile broken(CardPainter::motifFile(2, third));
    QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write("not a picture") > 0);
    broken.close();
    const QImage again = CardPainter::motif(2, third);
    QThreadPool::globalInstance()->waitForDone();
    QCOMPARE(again.size(), third);
    QVERIFY(QImage(CardPainter::motifFile(2, third)).size() == third);
    CardPainter::setMotifFolder(QString());
    QCOMPARE(CardPainter::motifFile(2, third), QString());
}

void TestCardPainter::card_showsItsDomainColour_blindShowsNone_data()
{
    QTest::addColumn<int>("driveId");
    QTest::newRow("Basics") << 1;
    QTest::newRow("Self-development") << 9;
    QTest::newRow("Ambition") << 14;
    QTest::newRow("Vitality") << 22;
    QTest::newRow("Attraction") << 24;
}

void TestCardPainter::card_showsItsDomainColour_blindShowsNone()
{
    QFETCH(int, driveId);
    const QColor colour = Catalogue::drive(driveId).domain().colour;
    CardFace face;
    face.driveId = driveId;
    const QImage open = card(face);
    face.blind = true;
    const QImage blind = card(face);
    // Most of an open card is its domain's colour; a blind card has none of it outside the
    // motif, which is the same for every domain.
    QVERIFY2(domainColoured(open, colour) > 300 * 200 / 4 / 3,
             qPrintable(QString::number(domainColoured(open, colour))));
    QVERIFY(domainColoured(blind, colour) < domainColoured(open, colour) / 4);
    QVERIFY(coverage(blind, qRgb(255, 255, 255)) > 0.9);
}

void TestCardPainter::card_paintsOnAPdfAsVectors()
{
    // On a document the motif stays a drawing: no picture is embedded.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"card.pdf"_s);
    {
        QPdfWriter pdf(path);
        QPainter painter(&pdf);
        CardFace face;
        face.driveId = 14;
        CardPainter::paint(painter, QRectF(100, 100, 3000, 2000), face, QFont());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(!bytes.contains("/Subtype /Image"));
}

void TestCardPainter::photo_fillsTheCard()
{
    CardFace face;
    face.driveId = 5;
    face.photo = QImage(400, 100, QImage::Format_RGB32);
    face.photo.fill(QColor(10, 200, 10));
    const QImage painted = card(face);
    // The middle of a wide photo fills the whole card: green at the card's left and right edge
    // too, above the band.
    QCOMPARE(painted.pixelColor(20, 80).green() > 150, true);
    QCOMPARE(painted.pixelColor(280, 80).green() > 150, true);
}

void TestCardPainter::weakCard_palesButKeepsItsWordsReadable_data()
{
    QTest::addColumn<qreal>("strength");
    QTest::newRow("full") << 1.0;
    QTest::newRow("half") << 0.5;
    QTest::newRow("nobody picked it") << 0.3;
}

void TestCardPainter::weakCard_palesButKeepsItsWordsReadable()
{
    QFETCH(qreal, strength);
    CardFace face;
    face.driveId = 7; // orange, dark words
    face.strength = strength;
    const QImage painted = card(face);
    // The band: the lower third. Its darkest pixels are the name's letters.
    int darkest = 255;
    int lightest = 0;
    for (int y = 150; y < 195; ++y) {
        for (int x = 10; x < 290; ++x) {
            const int grey = qGray(painted.pixel(x, y));
            darkest = std::min(darkest, grey);
            lightest = std::max(lightest, grey);
        }
    }
    QVERIFY2(darkest < 80, qPrintable(u"darkest %1"_s.arg(darkest)));
    if (strength < 0.5)
        QVERIFY2(lightest > 200, qPrintable(u"lightest %1"_s.arg(lightest))); // it has paled
}

namespace {

// The largest difference of one colour channel between two pictures of one size.
int largestDifference(const QImage &a, const QImage &b)
{
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest = std::max({largest, std::abs(qRed(p) - qRed(q)),
                                std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        }
    }
    return largest;
}

QImage cardAt(const CardFace &face, const QRectF &area, QSize canvas = {320, 220})
{
    QImage image(canvas, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(236, 238, 240));
    QPainter painter(&image);
    CardPainter::paint(painter, area, face, QFont());
    return image;
}

} // namespace

void TestCardPainter::card_fromMemoryLooksAsDrawnDirectly_data()
{
    QTest::addColumn<int>("driveId");
    QTest::addColumn<bool>("blind");
    QTest::newRow("Loyal") << 1 << false;
    QTest::newRow("Ambition, blind") << 14 << true;
    QTest::newRow("Attraction") << 24 << false;
}

void TestCardPainter::card_fromMemoryLooksAsDrawnDirectly()
{
    QFETCH(int, driveId);
    QFETCH(bool, blind);
    CardFace face;
    face.driveId = driveId;
    face.blind = blind;
    const QRectF area(10, 10, 180, 250);
    const QImage first = cardAt(face, area, {200, 270});
    const QImage kept = cardAt(face, area, {200, 270});
    QCOMPARE(kept, first);
    // The same card drawn stroke by stroke: a strength a hair below full is never kept, and
    // pales it by less than a colour step.
    face.strength = 1.0 - 1e-9;
    const QImage direct = cardAt(face, area, {200, 270});
    // Drawn on a clear picture and then on the page, the rounded corner's soft edge may differ
    // by a step or two; nothing else.
    QVERIFY2(largestDifference(kept, direct) <= 3,
             qPrintable(QString::number(largestDifference(kept, direct))));
    QVERIFY(coverage(kept, qRgb(236, 238, 240)) > 0.7); // the card, not an empty picture
}

void TestCardPainter::card_isKeptInItsFolderBetweenRuns_data()
{
    QTest::addColumn<bool>("mapped");
    QTest::newRow("read") << false;
    QTest::newRow("mapped, as while a window starts") << true;
}

// The window keeps painted cards in its cache folder: written beside the first painting, read
// (or mapped) at the next start, and a broken file is drawn again and replaced.
void TestCardPainter::card_isKeptInItsFolderBetweenRuns()
{
    QFETCH(bool, mapped);
    QTemporaryDir dir;
    CardPainter::forgetImagesInMemory(); // as a new start
    CardPainter::setCardFolder(dir.path());
    CardPainter::mapKeptCards(mapped);
    auto stopMapping = qScopeGuard([] { CardPainter::mapKeptCards(false); });
    CardFace face;
    face.driveId = 9;
    const QRectF area(4, 4, 120, 170);
    const QImage drawn = cardAt(face, area, {130, 180});
    const QString file = CardPainter::cardFile(face, QSize(120, 170), 1.0, QFont());
    // Written once the sizes have settled for a moment (or when the application quits).
    QVERIFY(!QFileInfo::exists(file));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(file), 5000);
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(file.startsWith(dir.path()));
    QVERIFY(file.endsWith(u".card"_s));
    // A short header and the pixels as they are: 120 x 170 x 4 bytes.
    QCOMPARE(QFileInfo(file).size(), 16 + 120 * 170 * 4);

    // A new start reads the file: here one changed to plain red, so that reading shows.
    CardPainter::forgetImagesInMemory();
    {
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadWrite));
        kept.seek(16);
        QByteArray red;
        for (int i = 0; i < 120 * 170; ++i)
            red.append("\x00\x00\xff\xff", 4); // 0xffff0000 in little-endian order
        QCOMPARE(kept.write(red), red.size());
    }
    const QDateTime beforeReading = QDateTime::currentDateTime().addSecs(-1);
    {
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.setFileTime(beforeReading.addDays(-30), QFileDevice::FileModificationTime));
    }
    QCOMPARE(cardAt(face, area, {130, 180}).pixelColor(60, 90), QColor(Qt::red));
    // Read, it counts as new: the folder keeps its newest files.
    QVERIFY(QFileInfo(file).lastModified() >= beforeReading);

    // Cut short, it is drawn again and written whole.
    CardPainter::forgetImagesInMemory();
    QVERIFY(QFile::resize(file, 1000));
    QCOMPARE(cardAt(face, area, {130, 180}), drawn);
    CardPainter::writeKeptCards();
    QCOMPARE(QFileInfo(file).size(), 16 + 120 * 170 * 4);

    // Another font or pixel ratio: another file.
    QFont larger;
    larger.setPointSize(larger.pointSize() + 3);
    QVERIFY(CardPainter::cardFile(face, QSize(120, 170), 1.0, larger) != file);
    QVERIFY(CardPainter::cardFile(face, QSize(120, 170), 2.0, QFont()) != file);
    CardPainter::setCardFolder(QString());
    QCOMPARE(CardPainter::cardFile(face, QSize(120, 170), 1.0, QFont()), QString());
}

// Once a window's first frame is painted, the cards mapped from their files are copied into
// memory: a file cut short afterwards (by another program, or another computer on a network
// home folder) leaves the cards in memory as they were, where a mapped one would end the program.
void TestCardPainter::mappedCards_areCopiedWhenTheStartIsOver()
{
    QTemporaryDir dir;
    CardPainter::forgetImagesInMemory();
    CardPainter::setCardFolder(dir.path());
    auto noFolder = qScopeGuard([] {
        CardPainter::mapKeptCards(false);
        CardPainter::setCardFolder(QString());
    });
    CardFace face;
    face.driveId = 14;
    const QRectF area(0, 0, 120, 170);
    const QImage drawn = cardAt(face, area, {120, 170});
    CardPainter::writeKeptCards();
    const QString file = CardPainter::cardFile(face, QSize(120, 170), 1.0, QFont());
    QCOMPARE(QFileInfo(file).size(), 16 + 120 * 170 * 4);

    CardPainter::forgetImagesInMemory();
    CardPainter::mapKeptCards(true);
    QCOMPARE(cardAt(face, area, {120, 170}), drawn); // mapped from the file
#ifdef Q_OS_LINUX
    QVERIFY(isMapped(file));
#endif
    CardPainter::mapKeptCards(false);
#ifdef Q_OS_LINUX
    QVERIFY(!isMapped(file));
#endif
    QVERIFY(QFile::resize(file, 0));
    QCOMPARE(cardAt(face, area, {120, 170}), drawn); // from memory, no longer the file's pages
    // Read from then on: the file cut short is drawn again, not mapped.
    CardPainter::forgetImagesInMemory();
    QCOMPARE(cardAt(face, area, {120, 170}), drawn);
}

void TestCardPainter::card_atPartsOfPixelsOrWithAPhoto_isNeverKept()
{
    QTemporaryDir dir;
    CardPainter::setCardFolder(dir.path());
    CardFace face;
    face.driveId = 3;
    cardAt(face, QRectF(4.5, 4, 120, 170), {130, 180});
    cardAt(face, QRectF(4, 4, 120.25, 170), {130, 180});
    face.photo = QImage(40, 40, QImage::Format_RGB32);
    face.photo.fill(Qt::darkGreen);
    cardAt(face, QRectF(4, 4, 120, 170), {130, 180});
    QCOMPARE(CardPainter::cardFile(face, QSize(120, 170), 1.0, QFont()), QString());
    face.photo = {};
    face.strength = 0.5;
    cardAt(face, QRectF(4, 4, 120, 170), {130, 180});
    CardPainter::writeKeptCards();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    CardPainter::setCardFolder(QString());
}

void TestCardPainter::resizedWall_onlyTheSizeItSettlesOnIsWritten()
{
    QTemporaryDir dir;
    CardPainter::setCardFolder(dir.path());
    // A window dragged wider: a wall of three cards at every width it passes, its font growing
    // with the cards as the wall's does, then at rest.
    auto fontFor = [](int width) {
        QFont font;
        font.setPixelSize(width / 10);
        return font;
    };
    for (int width = 100; width <= 160; width += 4) {
        for (int drive : {4, 5, 6}) {
            QImage image(170, 230, QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            CardPainter::paint(painter, QRectF(0, 0, width, width * 1.4),
                               CardFace{drive, false, {}, 1.0, false}, fontFor(width));
        }
        QTest::qWait(20);
    }
    CardPainter::writeKeptCards();
    QStringList written = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(written.size(), 3);
    for (int drive : {4, 5, 6}) {
        const QString file = CardPainter::cardFile(CardFace{drive, false, {}, 1.0, false},
                                                   QSize(160, 224), 1.0, fontFor(160));
        QVERIFY2(written.contains(QFileInfo(file).fileName()), qPrintable(file));
    }
    CardPainter::setCardFolder(QString());
}

void TestCardPainter::cardFolder_isTrimmedOnlyOnceCardsAreWritten()
{
    // A folder past its limit of 24 x 12 files (a window of many sizes before): choosing it at a
    // start leaves it alone; written cards then push the least recently used out.
    constexpr int Kept = 24 * 12;
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < Kept + 5; ++i) {
        QFile old(dir.filePath(u"old-%1.card"_s.arg(i, 3, 10, QLatin1Char('0'))));
        QVERIFY(old.open(QIODevice::WriteOnly));
        // old-000 is the least recently used.
        QVERIFY(old.setFileTime(now.addSecs(-3600 + i), QFileDevice::FileModificationTime));
    }
    QFile other(dir.filePath(u"notes.txt"_s)); // not a card: never the cache's to remove
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    CardPainter::setCardFolder(dir.path());
    QThreadPool::globalInstance()->waitForDone();
    QCOMPARE(QDir(dir.path()).entryList({u"*.card"_s}, QDir::Files).size(), Kept + 5);

    CardFace face;
    face.driveId = 12;
    cardAt(face, QRectF(4, 4, 120, 170), {130, 180});
    CardPainter::writeKeptCards();
    const QStringList cards = QDir(dir.path()).entryList({u"*.card"_s}, QDir::Files, QDir::Name);
    QCOMPARE(cards.size(), Kept);
    const QString written = CardPainter::cardFile(face, QSize(120, 170), 1.0, QFont());
    QVERIFY(cards.contains(QFileInfo(written).fileName()));
    // The six least recently used went: five over the limit, and one for the new card.
    const QStringList old = QDir(dir.path()).entryList({u"old-*.card"_s}, QDir::Files, QDir::Name);
    QCOMPARE(old.size(), Kept - 1);
    QCOMPARE(old.first(), u"old-006.card"_s);
    QVERIFY(QFileInfo::exists(other.fileName()));
    CardPainter::setCardFolder(QString());
}

void TestCardPainter::motifFolder_isTrimmedOnceMotifsAreWritten()
{
    // The motifs' folder keeps 24 x 20 pictures: a new size's motifs push out the least
    // recently used, and one read counts as used.
    constexpr int Kept = 24 * 20;
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < Kept; ++i) {
        QFile old(dir.filePath(u"old-%1.png"_s.arg(i, 3, 10, QLatin1Char('0'))));
        QVERIFY(old.open(QIODevice::WriteOnly));
        QVERIFY(old.setFileTime(now.addSecs(-3600 + i), QFileDevice::FileModificationTime));
    }
    CardPainter::setMotifFolder(dir.path());
    CardPainter::forgetImagesInMemory();
    // Two motifs of a size not drawn before: drawn, written, and the folder trimmed.
    const QImage first = CardPainter::motif(5, QSize(61, 61));
    CardPainter::motif(6, QSize(61, 61));
    QThreadPool::globalInstance()->waitForDone();
    QCOMPARE(QDir(dir.path()).entryList({u"*.png"_s}, QDir::Files).size(), Kept);
    const QString written = CardPainter::motifFile(5, QSize(61, 61));
    QVERIFY(QFileInfo::exists(written));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"old-000.png"_s)));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"old-001.png"_s)));
    QVERIFY(QFileInfo::exists(dir.filePath(u"old-002.png"_s)));
    // Read again at a later start: it counts as used.
    {
        QFile kept(written);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.setFileTime(now.addDays(-30), QFileDevice::FileModificationTime));
    }
    CardPainter::forgetImagesInMemory();
    QCOMPARE(CardPainter::motif(5, QSize(61, 61)), first);
    QVERIFY(QFileInfo(written).lastModified() > now.addDays(-1));
    CardPainter::setMotifFolder(QString());
}

QTEST_MAIN(TestCardPainter)
#include "tst_cardpainter.moc"
