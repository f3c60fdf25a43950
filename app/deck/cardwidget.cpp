#include "deck/cardwidget.h"

#include "domain/drivetexts.h"

#include "domain/catalogue.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace DriveDeck {

CardWidget::CardWidget(int driveId, QWidget *parent)
    : QAbstractButton(parent)
    , m_driveId(driveId)
{
    Q_ASSERT(Catalogue::isValidDriveId(driveId));
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    updateTexts();
}

QSize CardWidget::sizeHint() const
{
    return {200, 132};
}

QSize CardWidget::minimumSizeHint() const
{
    return {120, 80};
}

void CardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QAbstractButton::changeEvent(event);
}

void CardWidget::nextCheckState()
{
    if (m_selfToggling)
        QAbstractButton::nextCheckState();
}

void CardWidget::setMark(Mark mark, int rank, bool hasStory)
{
    if (mark == m_mark && rank == m_rank && hasStory == m_hasStory)
        return;
    m_mark = mark;
    m_rank = rank;
    m_hasStory = hasStory;
    setChecked(mark == Mark::Picked);
    updateTexts();
}

void CardWidget::setDriveId(int driveId)
{
    Q_ASSERT(Catalogue::isValidDriveId(driveId));
    if (driveId == m_driveId)
        return;
    m_driveId = driveId;
    updateTexts();
}

void CardWidget::setBlind(bool blind)
{
    if (blind == m_blind)
        return;
    m_blind = blind;
    updateTexts();
}

void CardWidget::updateTexts()
{
    const Drive &drive = Catalogue::drive(m_driveId);
    const QString name = m_blind ? tr("Card %1").arg(m_driveId) : drive.name();
    setText(name);
    setAccessibleName(name);
    QString state;
    if (m_mark == Mark::Picked)
        state = m_rank > 0 ? tr("picked, rank %1").arg(m_rank) : tr("picked");
    else if (m_mark == Mark::NotMe)
        state = tr("not me");
    if (m_hasStory)
        state = state.isEmpty() ? tr("with a story") : tr("%1, with a story").arg(state);
    if (m_blind) {
        setAccessibleDescription(state);
        setToolTip(QString());
        update();
        return;
    }
    setAccessibleDescription(state.isEmpty() ? drive.domain().name()
                                             : tr("%1, %2").arg(drive.domain().name(), state));
    // The drive in our own words first, then its domain.
    setToolTip(
        QStringLiteral("<p><b>%1</b><br>%2</p><p>%3 — %4</p>")
            .arg(drive.name().toHtmlEscaped(), DriveTexts::description(drive.id).toHtmlEscaped(),
                 drive.domain().name().toHtmlEscaped(), drive.domain().about().toHtmlEscaped()));
    update();
}

void CardWidget::paintEvent(QPaintEvent *)
{
    const Drive &drive = Catalogue::drive(m_driveId);
    const Domain &domain = drive.domain();
    const QColor ink = domain.textColour();

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -2);
    const qreal radius = area.height() * 0.09;
    QPainterPath shape;
    shape.addRoundedRect(area, radius, radius);

    QColor fill = m_blind ? QColor(96, 104, 112) : domain.cardColour();
    if (isDown())
        fill = fill.darker(112);
    painter.fillPath(shape, fill);

    // A soft band at the bottom gives the tile some depth on a projector.
    painter.save();
    painter.setClipPath(shape);
    painter.fillRect(QRectF(area.left(), area.bottom() - area.height() * 0.08, area.width(),
                            area.height() * 0.08),
                     fill.darker(125));
    painter.restore();

    if (m_mark == Mark::NotMe) {
        // "Not me" steps back: the colour fades, the words stay readable.
        painter.save();
        painter.setClipPath(shape);
        painter.fillRect(area, QColor(255, 255, 255, 150));
        painter.restore();
    }

    if (isChecked() || hasFocus()) {
        QPen pen(hasFocus() ? palette().color(QPalette::Highlight)
                            : (m_blind ? QColor(Qt::black) : ink));
        pen.setWidthF(isChecked() ? 5.0 : 3.0);
        painter.setPen(pen);
        painter.drawPath(shape);
    }

    if (m_blind) {
        // Only the number: the person chooses on the image (until image decks, a plain card).
        QFont number = font();
        number.setBold(true);
        number.setPixelSize(qMax(16, int(area.height() * 0.42)));
        painter.setFont(number);
        painter.setPen(Qt::white);
        painter.drawText(area, Qt::AlignCenter, QString::number(m_driveId));
        paintMark(painter, area, Qt::white);
        return;
    }

    const qreal pad = area.height() * 0.1;
    const QRectF inner = area.adjusted(pad, pad * 0.8, -pad, -pad * 1.2);
    painter.setPen(ink);

    QFont small = font();
    small.setPixelSize(qMax(9, int(area.height() * 0.095)));
    small.setBold(true);
    small.setLetterSpacing(QFont::PercentageSpacing, 106);
    // The number keeps its corner; a long domain name ("Aantrekkingskracht") first gets a
    // smaller letter (the same on every card: sized for two-digit numbers), then gives way.
    const QString domainName = domain.name().toUpper();
    const qreal numberRoom =
        QFontMetricsF(small).horizontalAdvance(QStringLiteral("24")) + pad * 0.6;
    const qreal domainAdvance = QFontMetricsF(small).horizontalAdvance(domainName);
    if (domainAdvance > inner.width() - numberRoom) {
        small.setLetterSpacing(QFont::PercentageSpacing, 100);
        small.setPixelSize(
            qMax(8, int(small.pixelSize() * (inner.width() - numberRoom) / domainAdvance)));
    }
    painter.setFont(small);
    const QFontMetricsF smallMetrics(small);
    const QString number = QString::number(drive.id);
    const qreal nameWidth = inner.width() - numberRoom;
    painter.drawText(inner, Qt::AlignRight | Qt::AlignTop, number);
    painter.drawText(QRectF(inner.left(), inner.top(), nameWidth, inner.height()),
                     Qt::AlignLeft | Qt::AlignTop,
                     smallMetrics.elidedText(domainName, Qt::ElideRight, nameWidth));

    QFont mainFont = font();
    mainFont.setBold(true);
    mainFont.setPixelSize(qMax(12, int(area.height() * 0.2)));
    QFont secondFont = font();
    secondFont.setPixelSize(qMax(10, int(area.height() * 0.14)));

    // Shrink the main word until it fits the tile's width (long Dutch words).
    const QString mainWord = drive.mainWord();
    // Scaled in one step from one measurement (text width grows with the pixel size), then
    // checked: every size tried loads a font of its own, which is what makes a first paint slow.
    const qreal advance = QFontMetricsF(mainFont).horizontalAdvance(mainWord);
    if (advance > inner.width()) {
        mainFont.setPixelSize(qMax(10, int(mainFont.pixelSize() * inner.width() / advance)));
        while (mainFont.pixelSize() > 10 &&
               QFontMetricsF(mainFont).horizontalAdvance(mainWord) > inner.width())
            mainFont.setPixelSize(mainFont.pixelSize() - 1);
    }

    const QFontMetricsF mainMetrics(mainFont);
    const QFontMetricsF secondMetrics(secondFont);
    const qreal blockHeight = mainMetrics.height() + secondMetrics.height();
    const qreal top = inner.top() + (inner.height() - blockHeight) * 0.62;

    painter.setFont(mainFont);
    painter.drawText(QRectF(inner.left(), top, inner.width(), mainMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, mainWord);
    painter.setFont(secondFont);
    painter.drawText(
        QRectF(inner.left(), top + mainMetrics.height(), inner.width(), secondMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        secondMetrics.elidedText(drive.secondWord(), Qt::ElideRight, inner.width()));
    paintMark(painter, area, ink);
}

void CardWidget::paintMark(QPainter &painter, const QRectF &area, const QColor &ink)
{
    if (m_mark == Mark::Open && !m_hasStory)
        return;
    // A round badge in the bottom-right corner: a check or the rank for a pick, a cross for
    // "not me"; a small dot beside it when the pick has a story.
    const qreal size = qMax(14.0, area.height() * 0.24);
    const QRectF badge(area.right() - size - area.height() * 0.07,
                       area.bottom() - size - area.height() * 0.12, size, size);
    painter.save();
    if (m_mark != Mark::Open) {
        const bool picked = m_mark == Mark::Picked;
        painter.setPen(Qt::NoPen);
        painter.setBrush(picked ? QColor(Qt::white) : QColor(60, 60, 60));
        painter.drawEllipse(badge);
        QFont badgeFont = font();
        badgeFont.setBold(true);
        badgeFont.setPixelSize(qMax(9, int(size * 0.6)));
        painter.setFont(badgeFont);
        const QColor badgeInk = m_blind
                                    ? QColor(60, 60, 60)
                                    : Catalogue::drive(m_driveId).domain().cardColour().darker(130);
        painter.setPen(picked ? badgeInk : QColor(Qt::white));
        const QString symbol = !picked      ? QStringLiteral("✕")
                               : m_rank > 0 ? QString::number(m_rank)
                                            : QStringLiteral("✓");
        painter.drawText(badge, Qt::AlignCenter, symbol);
    }
    if (m_hasStory) {
        const qreal dot = size * 0.36;
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawEllipse(
            QRectF(badge.left() - dot * 1.6, badge.center().y() - dot / 2, dot, dot));
    }
    painter.restore();
}

} // namespace DriveDeck
