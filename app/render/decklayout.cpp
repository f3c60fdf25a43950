#include "render/decklayout.h"

#include <QColor>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>

namespace DriveDeck {

namespace {

int cardHeightFor(int cardWidth)
{
    return int(cardWidth * DeckLayout::CardAspect);
}
// MinCardWidth must be reachable from MaxCardWidth in steps of 2.
static_assert((DeckLayout::MaxCardWidth - DeckLayout::MinCardWidth) % 2 == 0);

} // namespace

namespace {

// Headings are in the view's font, bold and a quarter larger.
QFont titleFontOf(const QFont &font)
{
    QFont title = font;
    title.setBold(true);
    if (font.pixelSize() > 0)
        title.setPixelSize(qRound(font.pixelSize() * 1.25));
    else
        title.setPointSizeF(font.pointSizeF() * 1.25);
    return title;
}

} // namespace

QList<int> DeckLayout::headingWidths(const QFont &font, const QPaintDevice *device)
{
    const QFontMetrics metrics(titleFontOf(font), device);
    QList<int> widths;
    for (const Domain &domain : Catalogue::domains()) {
        widths.append(
            metrics.horizontalAdvance(tr("%1 (%2)").arg(domain.name()).arg(domain.driveCount)) + 4);
    }
    return widths;
}

DeckLayout DeckLayout::compute(int width, int cardWidth, int rowsPerBlock, int headingHeight,
                               const QList<int> &headingWidths)
{
    DeckLayout layout;
    layout.cards.resize(DriveCount);
    layout.headings.resize(DomainCount);

    const int cardHeight = cardHeightFor(cardWidth);
    const int usable = qMax(cardWidth, width - 2 * Margin);
    const int columnsAvailable = qMax(1, (usable + CardGap) / (cardWidth + CardGap));

    int x = 0;
    int y = Margin;
    int rowHeight = 0;
    int rightmost = 0;
    for (const Domain &domain : Catalogue::domains()) {
        const int wanted = (domain.driveCount + rowsPerBlock - 1) / rowsPerBlock;
        const int columns = qBound(1, wanted, columnsAvailable);
        const int rows = (domain.driveCount + columns - 1) / columns;
        const int blockWidth = qMax(columns * (cardWidth + CardGap) - CardGap,
                                    qMin(headingWidths.value(domain.index()), usable));
        const int blockHeight = headingHeight + rows * (cardHeight + CardGap) - CardGap;

        // Start a new row of blocks when this domain does not fit beside the previous one.
        if (x > 0 && x + blockWidth > usable) {
            x = 0;
            y += rowHeight + BlockGap;
            rowHeight = 0;
        }
        layout.headings[domain.index()] = QRect(x, y, blockWidth, headingHeight);
        int i = 0;
        for (int driveId : Catalogue::driveIdsOf(domain.id)) {
            const int column = i % columns;
            const int row = i / columns;
            layout.cards[driveId - 1] =
                QRect(x + column * (cardWidth + CardGap),
                      y + headingHeight + row * (cardHeight + CardGap), cardWidth, cardHeight);
            ++i;
        }
        rightmost = qMax(rightmost, x + blockWidth);
        x += blockWidth + BlockGap;
        rowHeight = qMax(rowHeight, blockHeight);
    }
    layout.height = y + rowHeight + Margin;

    // Centre the deck horizontally: on a projector it should sit in the middle of the wall.
    const int offset = qMax(int(Margin), (width - rightmost) / 2);
    for (QRect &r : layout.cards)
        r.translate(offset, 0);
    for (QRect &r : layout.headings)
        r.translate(offset, 0);
    return layout;
}

DeckLayout DeckLayout::grid(int width, int height)
{
    auto at = [width](int cardWidth) {
        DeckLayout layout;
        layout.cards.resize(DriveCount);
        layout.headings.resize(DomainCount);
        const int cardHeight = cardHeightFor(cardWidth);
        const int usable = qMax(cardWidth, width - 2 * Margin);
        // Full rows only (24 as 4 rows of 6, never 5 rows of 5 and a short one): the most
        // columns that fit and divide the deck.
        int perRow = qBound(1, (usable + CardGap) / (cardWidth + CardGap), DriveCount);
        while (DriveCount % perRow != 0)
            --perRow;
        const int rows = DriveCount / perRow;
        const int gridWidth = perRow * (cardWidth + CardGap) - CardGap;
        const int left = qMax(int(Margin), (width - gridWidth) / 2);
        for (int i = 0; i < DriveCount; ++i)
            layout.cards[i] =
                QRect(left + (i % perRow) * (cardWidth + CardGap),
                      Margin + (i / perRow) * (cardHeight + CardGap), cardWidth, cardHeight);
        layout.height = 2 * Margin + rows * (cardHeight + CardGap) - CardGap;
        return layout;
    };
    if (height > 0) {
        for (int cardWidth = MaxCardWidth; cardWidth > MinCardWidth; cardWidth -= 2) {
            DeckLayout layout = at(cardWidth);
            if (layout.height <= height)
                return layout;
        }
    }
    return at(MinCardWidth);
}

DeckLayout DeckLayout::best(int width, int height, int headingHeight,
                            const QList<int> &headingWidths)
{
    constexpr int Shapes[] = {1, 2, 3, 4};
    if (height > 0) {
        for (int cardWidth = MaxCardWidth; cardWidth >= MinCardWidth; cardWidth -= 2) {
            for (int rows : Shapes) {
                DeckLayout layout = compute(width, cardWidth, rows, headingHeight, headingWidths);
                if (layout.height <= height)
                    return layout;
            }
        }
    }
    // Nothing fits (or any height goes): the smallest cards, in the shortest arrangement.
    DeckLayout shortest = compute(width, MinCardWidth, Shapes[0], headingHeight, headingWidths);
    for (int rows : Shapes) {
        DeckLayout layout = compute(width, MinCardWidth, rows, headingHeight, headingWidths);
        if (layout.height < shortest.height)
            shortest = layout;
    }
    return shortest;
}

void DeckLayout::paintHeadings(QPainter &painter, const QFont &font, const QColor &textColour,
                               int width) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont titleFont = titleFontOf(font);
    const QFontMetrics metrics(titleFont, painter.device());
    for (const Domain &domain : Catalogue::domains()) {
        const QRect heading = headings.value(domain.index());
        if (heading.isEmpty())
            continue;
        const int barHeight = qMax(4, heading.height() / 8);
        const QRect bar(heading.left(), heading.bottom() - barHeight - 4, heading.width(),
                        barHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(domain.colour);
        painter.drawRoundedRect(bar, barHeight / 2.0, barHeight / 2.0);

        painter.setFont(titleFont);
        painter.setPen(textColour);
        // The title may run past a narrow block into the free space beside it (one-card-wide
        // blocks would otherwise cut "Aantrekkingskracht").
        int room = width - Margin - heading.left();
        for (const QRect &other : headings) {
            if (other.top() == heading.top() && other.left() > heading.left())
                room = qMin(room, other.left() - heading.left() - 12);
        }
        const QRect textArea(heading.left(), heading.top(), qMax(heading.width(), room),
                             heading.height() - barHeight - 8);
        // The count goes before the name does.
        QString title = tr("%1 (%2)").arg(domain.name()).arg(domain.driveCount);
        if (metrics.horizontalAdvance(title) > textArea.width())
            title = domain.name();
        // Then a smaller letter, down to 60 %, before a word is cut ("Aantrekkings…").
        QFont fitted = titleFont;
        const qreal advance = metrics.horizontalAdvance(title);
        if (advance > textArea.width()) {
            const qreal scale = std::max(0.6, textArea.width() / advance * 0.98);
            if (titleFont.pixelSize() > 0)
                fitted.setPixelSize(std::max(8, int(titleFont.pixelSize() * scale)));
            else
                fitted.setPointSizeF(titleFont.pointSizeF() * scale);
        }
        painter.setFont(fitted);
        painter.drawText(textArea, Qt::AlignLeft | Qt::AlignBottom,
                         QFontMetrics(fitted, painter.device())
                             .elidedText(title, Qt::ElideRight, textArea.width()));
    }
    painter.restore();
}

} // namespace DriveDeck
