#include "deck/cardwidget.h"

#include "domain/catalogue.h"
#include "domain/drivetexts.h"
#include "render/cardpainter.h"
#include "workshop/cardpictures.h"

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
    const Domain &domain = Catalogue::drive(m_driveId).domain();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -2);
    const qreal radius = std::min(area.width(), area.height()) * 0.09;
    QPainterPath shape;
    shape.addRoundedRect(area, radius, radius);

    CardFace face;
    face.driveId = m_driveId;
    face.blind = m_blind;
    if (m_pictures && m_pictures->hasPhotos()) {
        // At the screen's own pixels; until the photo is decoded, the card without it.
        const QSize pixels = (area.size() * devicePixelRatioF()).toSize();
        face.photo = m_pictures->picture(m_driveId, pixels);
        face.placeholder = face.photo.isNull();
    }
    CardPainter::paint(painter, area, face, font());

    if (isDown())
        painter.fillPath(shape, QColor(0, 0, 0, 40));
    if (m_mark == Mark::NotMe) {
        // "Not me" steps back: the colour fades, the words stay readable.
        painter.fillPath(shape, QColor(255, 255, 255, 150));
    }
    const QColor ink = m_blind ? QColor(Qt::white) : domain.textColour();
    if (isChecked() || hasFocus()) {
        QPen pen(hasFocus() ? palette().color(QPalette::Highlight)
                            : (m_blind ? QColor(Qt::black) : domain.cardColour().darker(150)));
        pen.setWidthF(isChecked() ? 5.0 : 3.0);
        painter.setPen(pen);
        painter.drawPath(shape);
    }
    paintMark(painter, area, ink);
}

void CardWidget::setPictures(CardPictures *pictures)
{
    if (m_pictures == pictures)
        return;
    if (m_pictures)
        disconnect(m_pictures, nullptr, this, nullptr);
    m_pictures = pictures;
    if (pictures) {
        connect(pictures, &CardPictures::pictureReady, this, [this](int driveId) {
            if (driveId == m_driveId)
                update();
        });
    }
    update();
}

void CardWidget::paintMark(QPainter &painter, const QRectF &area, const QColor &ink)
{
    if (m_mark == Mark::Open && !m_hasStory)
        return;
    // A round badge at the right of the picture, under the number, clear of the name: a check
    // or the rank for a pick, a cross for "not me"; a small dot beside it when the pick has a
    // story.
    const qreal size = qMax(14.0, area.height() * 0.26);
    const QRectF picture = CardPainter::pictureArea(area, m_blind);
    const QRectF badge(area.right() - size - area.height() * 0.06, picture.center().y() - size / 2,
                       size, size);
    painter.save();
    if (m_mark != Mark::Open) {
        const bool picked = m_mark == Mark::Picked;
        painter.setPen(QPen(QColor(255, 255, 255, 200), qMax(1.0, size * 0.05)));
        painter.setBrush(picked ? QColor(Qt::white) : QColor(60, 60, 60));
        painter.drawEllipse(badge);
        const QColor badgeInk = m_blind
                                    ? QColor(60, 60, 60)
                                    : Catalogue::drive(m_driveId).domain().cardColour().darker(130);
        const QColor symbolInk = picked ? badgeInk : QColor(Qt::white);
        if (picked && m_rank > 0) {
            QFont badgeFont = font();
            badgeFont.setBold(true);
            badgeFont.setPixelSize(qMax(9, int(size * 0.6)));
            painter.setFont(badgeFont);
            painter.setPen(symbolInk);
            painter.drawText(badge, Qt::AlignCenter, QString::number(m_rank));
        } else {
            // The check and the cross are drawn, not written: alike in every font, and without
            // a bold font of the badge's size to load for the first picked card.
            painter.setPen(QPen(symbolInk, qMax(1.5, size * 0.12), Qt::SolidLine, Qt::RoundCap,
                                Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            auto at = [&badge](qreal x, qreal y) {
                return QPointF(badge.left() + x * badge.width(), badge.top() + y * badge.height());
            };
            if (picked) {
                const QPointF check[] = {at(0.28, 0.53), at(0.44, 0.68), at(0.73, 0.35)};
                painter.drawPolyline(check, 3);
            } else {
                painter.drawLine(at(0.34, 0.34), at(0.66, 0.66));
                painter.drawLine(at(0.66, 0.34), at(0.34, 0.66));
            }
        }
    }
    if (m_hasStory) {
        const qreal dot = size * 0.36;
        painter.setPen(QPen(QColor(Qt::white), qMax(1.0, dot * 0.2)));
        painter.setBrush(QColor(40, 40, 40));
        Q_UNUSED(ink);
        painter.drawEllipse(
            QRectF(badge.left() - dot * 1.6, badge.center().y() - dot / 2, dot, dot));
    }
    painter.restore();
}

} // namespace DriveDeck
