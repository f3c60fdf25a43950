// The card wall with a photo deck of 24 pictures of 24 megapixels (6000 x 4000 JPEG): the
// wall's first paint, and the time until every card shows its photo, with the disk cache cold
// and warm; next to the wall's first paint with DriveDeck's own motifs. Peak memory at the end.
// Targets: first paint under 100 ms, all sharp under 2 s cold and 150 ms warm, under 300 MB.
#include "benchmark.h"
#include "deck/cardwidget.h"
#include "deck/deckview.h"
#include "decks/decklibrary.h"
#include "workshop/cardpictures.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace DriveDeck;

using Bench::PaintWatch;

namespace {

// 24 photos of 6000 x 4000, each a little different so that none shares a cache entry.
void writeDeck(const QString &folder)
{
    QDir().mkpath(folder);
    QImage photo(6000, 4000, QImage::Format_RGB32);
    QPainter painter(&photo);
    QLinearGradient sky(0, 0, 6000, 4000);
    sky.setColorAt(0, QColor(40, 110, 180));
    sky.setColorAt(1, QColor(230, 200, 120));
    painter.fillRect(photo.rect(), sky);
    for (int i = 0; i < 400; ++i)
        painter.fillRect(QRect((i * 7919) % 6000, (i * 104729) % 4000, 180, 120),
                         QColor::fromHsv((i * 37) % 360, 120, 200));
    for (const Drive &drive : Catalogue::drives()) {
        painter.fillRect(QRect(0, 0, 300, 300), QColor::fromHsv((drive.id * 15) % 360, 200, 200));
        photo.save(QDir(folder).filePath(drive.key + QStringLiteral(".jpg")), "JPEG", 90);
    }
}

// Shows a new wall with the deck and waits until every card has its photo; the milliseconds to
// the first paint and to all sharp.
std::pair<double, double> showWall(CardPictures *pictures)
{
    QElapsedTimer timer;
    timer.start();
    DeckView wall;
    PaintWatch watch;
    wall.installEventFilter(&watch);
    wall.setPictures(pictures);
    wall.resize(1366, 700);
    wall.show();
    while (watch.paints == 0)
        QApplication::processEvents(QEventLoop::AllEvents, 1);
    const double first = double(timer.nsecsElapsed()) / 1e6;
    if (!pictures)
        return {first, first};
    const QSize pixels = wall.card(1)->size() - QSize(4, 4);
    auto sharp = [&] {
        for (const Drive &drive : Catalogue::drives()) {
            if (pictures->picture(drive.id, pixels * wall.devicePixelRatioF()).isNull())
                return false;
        }
        return true;
    };
    QDeadlineTimer deadline(30000);
    while (!sharp() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 1);
    QApplication::processEvents();
    return {first, double(timer.nsecsElapsed()) / 1e6};
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QTemporaryDir dir;
    std::printf("# the card wall with 24 photos of 6000 x 4000 (writing them takes a while)\n");
    std::fflush(stdout);
    writeDeck(dir.filePath(QStringLiteral("photos")));
    const DeckLibrary library(dir.filePath(QStringLiteral("decks")));
    if (!library.import(dir.filePath(QStringLiteral("photos")), QStringLiteral("Big photos")))
        qFatal("the deck was not imported");

    const auto [motifs, unused] = showWall(nullptr);
    std::printf("%-48s %12.1f ms\n", "baseline: first paint, DriveDeck's motifs", motifs);
    QDir(CardPictures::cacheFolder()).removeRecursively();
    // The first wall decodes every photo (cold cache); the next finds them on disk (warm).
    for (const char *cache : {"cold", "warm"}) {
        CardPictures pictures;
        pictures.setDeck(QStringLiteral("Big photos"), library.folder());
        const auto [first, sharp] = showWall(&pictures);
        std::printf(
            "%-48s %12.1f ms  (%.1fx baseline)\n",
            qPrintable(QStringLiteral("photos, %1 cache: first paint").arg(QLatin1String(cache))),
            first, first / motifs);
        std::printf(
            "%-48s %12.1f ms\n",
            qPrintable(
                QStringLiteral("photos, %1 cache: every card sharp").arg(QLatin1String(cache))),
            sharp);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%-48s %12.1f MB\n", "peak memory (the whole process)",
                double(usage.ru_maxrss) / 1024.0);
    QDir(CardPictures::cacheFolder()).removeRecursively();
    return 0;
}
