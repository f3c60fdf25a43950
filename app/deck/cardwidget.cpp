#include "deck/cardwidget.h"

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

void CardWidget::updateTexts()
{
    const Drive &drive = Catalogue::drive(m_driveId);
    setText(drive.name());
    setAccessibleName(drive.name());
    setAccessibleDescription(drive.domain().name());
    setToolTip(QStringLiteral("<b>%1</b><br>%2 — %3")
                   .arg(drive.name().toHtmlEscaped(), drive.domain().name().toHtmlEscaped(),
                        drive.domain().about().toHtmlEscaped()));
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

    QColor fill = domain.cardColour();
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

    if (isChecked() || hasFocus()) {
        QPen pen(hasFocus() ? palette().color(QPalette::Highlight) : ink);
        pen.setWidthF(isChecked() ? 5.0 : 3.0);
        painter.setPen(pen);
        painter.drawPath(shape);
    }

    const qreal pad = area.height() * 0.1;
    const QRectF inner = area.adjusted(pad, pad * 0.8, -pad, -pad * 1.2);
    painter.setPen(ink);

    QFont small = font();
    small.setPixelSize(qMax(9, int(area.height() * 0.095)));
    small.setBold(true);
    small.setLetterSpacing(QFont::PercentageSpacing, 106);
    painter.setFont(small);
    // The number keeps its corner; a long domain name ("Aantrekkingskracht") gives way.
    const QFontMetricsF smallMetrics(small);
    const QString number = QString::number(drive.id);
    const qreal nameWidth = inner.width() - smallMetrics.horizontalAdvance(number) - pad * 0.6;
    painter.drawText(inner, Qt::AlignRight | Qt::AlignTop, number);
    painter.drawText(QRectF(inner.left(), inner.top(), nameWidth, inner.height()),
                     Qt::AlignLeft | Qt::AlignTop,
                     smallMetrics.elidedText(domain.name().toUpper(), Qt::ElideRight, nameWidth));

    QFont mainFont = font();
    mainFont.setBold(true);
    mainFont.setPixelSize(qMax(12, int(area.height() * 0.2)));
    QFont secondFont = font();
    secondFont.setPixelSize(qMax(10, int(area.height() * 0.14)));

    // Shrink the main word until it fits the tile's width (long Dutch words).
    const QString mainWord = drive.mainWord();
    while (mainFont.pixelSize() > 10 &&
           QFontMetricsF(mainFont).horizontalAdvance(mainWord) > inner.width())
        mainFont.setPixelSize(mainFont.pixelSize() - 1);

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
}

} // namespace DriveDeck
