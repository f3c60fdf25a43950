#include "domain/catalogue.h"
#include "render/decklayout.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace DriveDeck;

// The deck's layout without a window: the same arithmetic the deck view, a projector view and
// an exported picture use.
class TestDeckLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void best_fitsTheSurface_data();
    void best_fitsTheSurface();
    void best_smallestCardsWhenNothingFits();
    void paintHeadings_drawsEachDomainsColour();
    void headingWidths_keepALongNameWhole();
    void grid_blindRoundsShowNoGroups_data();
    void grid_blindRoundsShowNoGroups();
};

void TestDeckLayout::best_fitsTheSurface_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("minCardWidth");
    QTest::newRow("projector 1920x1080") << 1920 << 1080 << 250;
    QTest::newRow("laptop 1280x800") << 1280 << 800 << 170;
    QTest::newRow("beside the session list 950x740") << 950 << 740 << 135;
    QTest::newRow("A4 landscape at 96 dpi 1123x794") << 1123 << 794 << 150;
}

void TestDeckLayout::best_fitsTheSurface()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, minCardWidth);
    const DeckLayout layout = DeckLayout::best(width, height, 40);
    QVERIFY(layout.height <= height);
    QCOMPARE(layout.cards.size(), DriveCount);
    QVERIFY2(layout.card(1).width() >= minCardWidth,
             qPrintable(QString::number(layout.card(1).width())));
    for (int a = 1; a <= DriveCount; ++a) {
        const QRect card = layout.card(a);
        QVERIFY(QRect(0, 0, width, height).contains(card));
        QCOMPARE(card.height(), int(card.width() * DeckLayout::CardAspect));
        for (int b = a + 1; b <= DriveCount; ++b)
            QVERIFY(!card.intersects(layout.card(b)));
        // Under its own domain's heading.
        const QRect heading = layout.headings.at(Catalogue::drive(a).domain().index());
        QVERIFY(card.left() >= heading.left() && card.right() <= heading.right());
        QVERIFY(card.top() > heading.bottom());
    }
}

void TestDeckLayout::best_smallestCardsWhenNothingFits()
{
    const DeckLayout layout = DeckLayout::best(640, 300, 40);
    QCOMPARE(layout.card(1).width(), DeckLayout::MinCardWidth);
    QVERIFY(layout.height > 300);
}

// A one-card-wide block under a long name (Dutch "Aantrekkingskracht") is widened to the name,
// instead of the name being cut; the blocks still do not overlap.
void TestDeckLayout::headingWidths_keepALongNameWhole()
{
    QList<int> widths(DomainCount, 0);
    const int attraction = Catalogue::domains().back().index();
    widths[attraction] = 290;
    for (int rows : {1, 2, 3, 4}) {
        const DeckLayout layout = DeckLayout::compute(1000, 120, rows, 40, widths);
        QVERIFY(layout.headings.at(attraction).width() >= 290);
        for (int a = 0; a < DomainCount; ++a) {
            for (int b = a + 1; b < DomainCount; ++b) {
                QVERIFY(!layout.headings.at(a).intersects(layout.headings.at(b)));
            }
        }
        for (int drive = 1; drive <= DriveCount; ++drive) {
            const QRect heading = layout.headings.at(Catalogue::drive(drive).domain().index());
            QVERIFY(layout.card(drive).left() >= heading.left() &&
                    layout.card(drive).right() <= heading.right());
        }
    }
    // Without widths, as before: a block as wide as its cards.
    const DeckLayout plain = DeckLayout::compute(1000, 120, 3, 40);
    QCOMPARE(plain.headings.at(attraction).width(), 120);
    // Measured from a font, the width covers the name.
    const QList<int> measured = DeckLayout::headingWidths(QFont());
    QCOMPARE(measured.size(), DomainCount);
    QVERIFY(measured.at(attraction) > 0);
}

void TestDeckLayout::paintHeadings_drawsEachDomainsColour()
{
    const DeckLayout layout = DeckLayout::best(1280, 800, 40);
    QImage image(1280, layout.height, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    layout.paintHeadings(painter, QFont(), Qt::black, image.width());
    painter.end();
    for (const Domain &domain : Catalogue::domains()) {
        const QRect heading = layout.headings.at(domain.index());
        const int barHeight = qMax(4, heading.height() / 8);
        const QPoint middleOfBar(heading.center().x(), heading.bottom() - 4 - barHeight / 2);
        QCOMPARE(image.pixelColor(middleOfBar), domain.colour);
    }
}

void TestDeckLayout::grid_blindRoundsShowNoGroups_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("perRow");
    QTest::newRow("1366 x 600") << 1366 << 600 << 6;
    QTest::newRow("1920 x 900") << 1920 << 900 << 6;
    QTest::newRow("narrow, any height") << 700 << 0 << 4;
}

void TestDeckLayout::grid_blindRoundsShowNoGroups()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, perRow);
    const DeckLayout layout = DeckLayout::grid(width, height);
    if (height > 0)
        QVERIFY(layout.height <= height);
    for (const QRect &heading : layout.headings)
        QVERIFY(heading.isEmpty());
    // In number order, every gap the same: nothing groups the cards of one domain.
    const QRect first = layout.card(1);
    for (int id = 1; id <= DriveCount; ++id) {
        const int i = id - 1;
        const QRect card = layout.card(id);
        QCOMPARE(card.size(), first.size());
        QCOMPARE(card.left(), first.left() + (i % perRow) * (first.width() + DeckLayout::CardGap));
        QCOMPARE(card.top(), first.top() + (i / perRow) * (first.height() + DeckLayout::CardGap));
        QVERIFY(card.right() < width);
    }
}

QTEST_MAIN(TestDeckLayout)
#include "tst_decklayout.moc"
