#include "deckview.h"

#include "cardwidget.h"

#include <QEvent>
#include <QPainter>
#include <QScrollArea>

namespace DriveDeck {

namespace {

constexpr int Margin = 16;
constexpr int CardGap = 10;
constexpr int BlockGap = 28;
constexpr int MinCardWidth = 120;
constexpr int MaxCardWidth = 320;
constexpr double CardAspect = 0.66; // height / width

int cardHeightFor(int cardWidth)
{
    return int(cardWidth * CardAspect);
}
// MinCardWidth must be reachable from MaxCardWidth in steps of 2.
static_assert((MaxCardWidth - MinCardWidth) % 2 == 0);

} // namespace

DeckView::DeckView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    for (const Drive &drive : Catalogue::drives()) {
        auto *card = new CardWidget(drive.id, this);
        connect(card, &CardWidget::clicked, this,
                [this, id = drive.id] { Q_EMIT cardClicked(id); });
        m_cards.append(card);
    }
}

CardWidget *DeckView::card(int driveId) const
{
    return Catalogue::isValidDriveId(driveId) ? m_cards.at(driveId - 1) : nullptr;
}

QRect DeckView::headingRect(DomainId domain) const
{
    return m_headings.value(static_cast<int>(domain));
}

QSize DeckView::sizeHint() const
{
    return {1180, heightForWidth(1180)};
}

int DeckView::heightForWidth(int width) const
{
    return bestLayout(width, 0).height;
}

DeckView::Layout DeckView::computeLayout(int width, int cardWidth, int rowsPerBlock) const
{
    Layout layout;
    layout.cards.resize(DriveCount);
    layout.headings.resize(DomainCount);

    const int cardHeight = cardHeightFor(cardWidth);
    const int headingHeight = fontMetrics().height() * 2;
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
        const int blockWidth = columns * (cardWidth + CardGap) - CardGap;
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
    const int offset = qMax(Margin, (width - rightmost) / 2);
    for (QRect &r : layout.cards)
        r.translate(offset, 0);
    for (QRect &r : layout.headings)
        r.translate(offset, 0);
    return layout;
}

DeckView::Layout DeckView::bestLayout(int width, int height) const
{
    constexpr int Shapes[] = {1, 2, 3, 4};
    if (height > 0) {
        for (int cardWidth = MaxCardWidth; cardWidth >= MinCardWidth; cardWidth -= 2) {
            for (int rows : Shapes) {
                Layout layout = computeLayout(width, cardWidth, rows);
                if (layout.height <= height)
                    return layout;
            }
        }
    }
    // Nothing fits (or any height goes): the smallest cards, in the shortest arrangement.
    Layout shortest = computeLayout(width, MinCardWidth, Shapes[0]);
    for (int rows : Shapes) {
        Layout layout = computeLayout(width, MinCardWidth, rows);
        if (layout.height < shortest.height)
            shortest = layout;
    }
    return shortest;
}

void DeckView::relayout()
{
    int available = height();
    // Inside a scroll area the viewport's height is what the projector shows.
    if (auto *scroll =
            qobject_cast<QScrollArea *>(parentWidget() ? parentWidget()->parentWidget() : nullptr))
        available = scroll->viewport()->height();
    const Layout layout = bestLayout(width(), available);
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards[i]->setGeometry(layout.cards.at(i));
    m_headings = layout.headings;
    if (layout.height != minimumHeight())
        setMinimumHeight(layout.height);
    update();
}

void DeckView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void DeckView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        relayout();
    QWidget::changeEvent(event);
}

void DeckView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Domain &domain : Catalogue::domains()) {
        const QRect heading = m_headings.value(domain.index());
        if (heading.isEmpty())
            continue;
        const int barHeight = qMax(4, heading.height() / 8);
        const QRect bar(heading.left(), heading.bottom() - barHeight - 4, heading.width(),
                        barHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(domain.colour);
        painter.drawRoundedRect(bar, barHeight / 2.0, barHeight / 2.0);

        QFont titleFont = font();
        titleFont.setBold(true);
        titleFont.setPointSizeF(font().pointSizeF() * 1.25);
        painter.setFont(titleFont);
        painter.setPen(palette().color(QPalette::WindowText));
        // The title may run past a narrow block into the free space beside it (one-card-wide
        // blocks would otherwise cut "Aantrekkingskracht").
        int room = width() - Margin - heading.left();
        for (const QRect &other : std::as_const(m_headings)) {
            if (other.top() == heading.top() && other.left() > heading.left())
                room = qMin(room, other.left() - heading.left() - 12);
        }
        const QRect textArea(heading.left(), heading.top(), qMax(heading.width(), room),
                             heading.height() - barHeight - 8);
        // The count goes before the name does.
        const QFontMetrics metrics(titleFont);
        QString title = tr("%1 (%2)").arg(domain.name()).arg(domain.driveCount);
        if (metrics.horizontalAdvance(title) > textArea.width())
            title = domain.name();
        painter.drawText(textArea, Qt::AlignLeft | Qt::AlignBottom,
                         metrics.elidedText(title, Qt::ElideRight, textArea.width()));
    }
}

} // namespace DriveDeck
