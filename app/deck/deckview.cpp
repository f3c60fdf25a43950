#include "deck/deckview.h"

#include "deck/cardwidget.h"

#include <QEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>

namespace DriveDeck {

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
    return m_layout.headings.value(static_cast<int>(domain));
}

QSize DeckView::sizeHint() const
{
    return {1180, heightForWidth(1180)};
}

int DeckView::heightForWidth(int width) const
{
    const auto known = m_heightForWidth.constFind(width);
    if (known != m_heightForWidth.cend())
        return *known;
    const int height = m_blind
                           ? DeckLayout::grid(width, 0).height
                           : DeckLayout::best(width, 0, headingHeight(), headingWidths()).height;
    m_heightForWidth.insert(width, height);
    return height;
}

const QList<int> &DeckView::headingWidths() const
{
    if (m_headingWidths.isEmpty())
        m_headingWidths = DeckLayout::headingWidths(font(), this);
    return m_headingWidths;
}

void DeckView::forgetMeasures()
{
    m_heightForWidth.clear();
    m_headingWidths.clear();
}

void DeckView::relayout()
{
    int available = height();
    // Inside a scroll area the viewport's height is what the projector shows.
    auto *scroll =
        qobject_cast<QScrollArea *>(parentWidget() ? parentWidget()->parentWidget() : nullptr);
    if (scroll)
        available = scroll->viewport()->height();
    auto layoutFor = [&](int width) {
        return m_blind ? DeckLayout::grid(width, available)
                       : DeckLayout::best(width, available, headingHeight(), headingWidths());
    };
    m_layout = layoutFor(width());
    // A wall taller than the view gets the area's scroll bar, which takes width: laid out for
    // that width at once, so that the cards do not move (and are not laid out and painted
    // again) when the bar appears.
    if (scroll && m_layout.height > available &&
        scroll->verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded &&
        !scroll->verticalScrollBar()->isVisibleTo(scroll)) {
        const int bar =
            style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll->verticalScrollBar());
        m_layout = layoutFor(width() - bar);
    }
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards[i]->setGeometry(m_layout.cards.at(i));
    if (m_layout.height != minimumHeight())
        setMinimumHeight(m_layout.height);
    update();
}

void DeckView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void DeckView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        forgetMeasures();
        relayout();
    }
    QWidget::changeEvent(event);
}

void DeckView::setPictures(CardPictures *pictures)
{
    for (CardWidget *card : std::as_const(m_cards))
        card->setPictures(pictures);
}

void DeckView::setBlind(bool blind)
{
    if (blind == m_blind)
        return;
    m_blind = blind;
    forgetMeasures();
    for (const Drive &drive : Catalogue::drives())
        card(drive.id)->setBlind(blind);
    relayout();
}

void DeckView::paintEvent(QPaintEvent *)
{
    if (m_blind)
        return;
    QPainter painter(this);
    m_layout.paintHeadings(painter, font(), palette().color(QPalette::WindowText), width());
}

int DeckView::headingHeight() const
{
    return fontMetrics().height() * 2;
}

} // namespace DriveDeck
