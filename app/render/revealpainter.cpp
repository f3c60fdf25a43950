#include "render/revealpainter.h"

#include "profile/figures.h"
#include "render/cardpainter.h"
#include "render/decklayout.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace DriveDeck {

namespace {

void paintPersonalMark(QPainter &painter, const QRectF &area, bool me, const QColor &ink,
                       const QFont &font)
{
    // A badge in the top-right corner, clear of the count: a check for "me", a cross for
    // "not me".
    const qreal size = qMax(14.0, area.height() * 0.22);
    const QRectF badge(area.right() - size - area.height() * 0.06,
                       area.top() + area.height() * 0.06, size, size);
    painter.save();
    painter.setPen(QPen(ink, qMax(1.5, size * 0.06)));
    painter.setBrush(me ? QColor(Qt::white) : QColor(60, 60, 60));
    painter.drawEllipse(badge);
    QFont mark = font;
    mark.setBold(true);
    mark.setPixelSize(qMax(9, int(size * 0.62)));
    painter.setFont(mark);
    painter.setPen(me ? QColor(30, 30, 30) : QColor(Qt::white));
    painter.drawText(badge, Qt::AlignCenter, me ? QStringLiteral("✓") : QStringLiteral("✕"));
    painter.restore();
}

void paintCard(QPainter &painter, const QRectF &area, const Reveal::Card &card, qint64 most,
               const QFont &font, const RevealPainter::PersonalPicks *person,
               const RevealPainter::PhotoOf &photoOf)
{
    const Drive &drive = Catalogue::drive(card.driveId);
    const Domain &domain = drive.domain();
    // The heat: a card nobody picked pales, the card most people picked is in full colour.
    const double heat = most > 0 ? double(card.picks) / double(most) : 0.0;
    CardFace face;
    face.driveId = card.driveId;
    // Nobody: plainly paler than one person, who is plainly paler than the most.
    face.strength = card.picks == 0 ? 0.05 : 0.4 + 0.6 * heat;
    if (photoOf) {
        const QSizeF pixels = painter.deviceTransform().mapRect(area).size();
        face.photo = photoOf(card.driveId, pixels.toSize());
        face.placeholder = face.photo.isNull();
    }
    CardPainter::paint(painter, area, face, font);

    const qreal radius = std::min(area.width(), area.height()) * 0.09;
    QPainterPath shape;
    shape.addRoundedRect(area, radius, radius);
    painter.setBrush(Qt::NoBrush); // an outline only, whatever the last card left
    if (card.shared) {
        painter.setPen(QPen(domain.colour.darker(150), qMax(3.0, area.height() * 0.04)));
        painter.drawPath(shape);
    } else if (card.blindSpot) {
        QPen dashed(QColor(110, 110, 110), qMax(1.5, area.height() * 0.015), Qt::DashLine);
        painter.setPen(dashed);
        painter.drawPath(shape);
    }

    // How many people: a large number in a badge at the right of the picture.
    const QRectF picture = CardPainter::pictureArea(area, false);
    const qreal size = std::min(picture.height() * 0.95, area.height() * 0.42);
    const QRectF badge(area.right() - size - area.height() * 0.06, picture.center().y() - size / 2,
                       size, size);
    painter.setPen(QPen(domain.colour.darker(130), qMax(1.0, size * 0.04)));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawEllipse(badge);
    QFont count = font;
    count.setBold(true);
    count.setPixelSize(qMax(10, int(size * 0.55)));
    painter.setFont(count);
    painter.setPen(QColor(30, 30, 30));
    painter.drawText(badge, Qt::AlignCenter, QString::number(card.picks));

    QStringList marks;
    if (card.shared)
        marks << RevealPainter::tr("shared");
    if (card.blindSpot)
        marks << RevealPainter::tr("blind spot");
    if (card.polarising)
        marks << RevealPainter::tr("± %n not me", nullptr, int(card.notMe));
    if (!marks.isEmpty()) {
        // On a light tag at the left of the picture, readable on any colour.
        QFont small = font;
        small.setBold(true);
        small.setPixelSize(qMax(9, int(area.height() * 0.1)));
        const QFontMetricsF metrics(small);
        const qreal room = picture.width() - size - area.height() * 0.1;
        const QString text =
            metrics.elidedText(marks.join(QStringLiteral(" · ")), Qt::ElideRight, room);
        const QRectF tag(picture.left(), picture.bottom() - metrics.height() * 1.3,
                         metrics.horizontalAdvance(text) + metrics.height() * 0.8,
                         metrics.height() * 1.25);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 225));
        painter.drawRoundedRect(tag, tag.height() / 2, tag.height() / 2);
        painter.setFont(small);
        painter.setPen(QColor(30, 30, 30));
        painter.drawText(tag, Qt::AlignCenter, text);
    }
    const QColor ink = QColor(30, 30, 30);
    if (person && (person->me.contains(card.driveId) || person->notMe.contains(card.driveId)))
        paintPersonalMark(painter, area, person->me.contains(card.driveId), ink, font);
}

void paintDomainBand(QPainter &painter, const QRectF &band, const Reveal &reveal, const QFont &font,
                     const QColor &textColour)
{
    // One segment per domain, as wide as its share of the picks; its name, share and affinity.
    const Profile &profile = reveal.profile();
    QFont label = font;
    label.setPixelSize(qMax(10, int(band.height() * 0.3)));
    painter.setFont(label);
    qreal x = band.left();
    for (const Domain &domain : Catalogue::domains()) {
        const double share = profile.domainShare(domain.id);
        const qreal width = band.width() * share;
        if (width <= 0.5)
            continue;
        const QRectF segment(x, band.top(), width, band.height());
        painter.fillRect(segment.adjusted(0, 0, -2, 0), domain.cardColour());
        painter.setPen(domain.textColour());
        // As much as the segment has room for: all of it, the name and share, or the share.
        const QString share_ = Figures::percentText(share);
        const QStringList candidates{RevealPainter::tr("%1 %2 · affinity %3")
                                         .arg(domain.name(), share_)
                                         .arg(Figures::affinityIndex(profile.affinity(domain.id))),
                                     QStringLiteral("%1 %2").arg(domain.name(), share_), share_};
        const QFontMetricsF metrics(label);
        QString text = candidates.last();
        for (const QString &candidate : candidates) {
            if (metrics.horizontalAdvance(candidate) <= segment.width() - 12) {
                text = candidate;
                break;
            }
        }
        painter.drawText(segment.adjusted(6, 0, -6, 0), Qt::AlignCenter,
                         metrics.elidedText(text, Qt::ElideRight, segment.width() - 12));
        x += width;
    }
    if (profile.isEmpty()) {
        painter.setPen(textColour);
        painter.drawText(band, Qt::AlignCenter, RevealPainter::tr("Nobody has picked yet."));
    }
}

} // namespace

void RevealPainter::paint(QPainter &painter, const QRect &area, const Reveal &reveal,
                          const QFont &font, const QColor &textColour, const PersonalPicks *person,
                          const PhotoOf &photoOf)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const int bandHeight = qMax(36, area.height() / 12);
    // Headings that grow with the surface (a projector), never below the font given.
    QFont headingFont = font;
    headingFont.setPixelSize(qMax(QFontInfo(font).pixelSize(), area.height() / 48));
    const int headingHeight = QFontMetrics(headingFont).height() * 2;
    DeckLayout layout =
        DeckLayout::best(area.width(), area.height() - bandHeight - DeckLayout::Margin,
                         headingHeight, DeckLayout::headingWidths(headingFont, painter.device()));
    painter.translate(area.topLeft());
    layout.paintHeadings(painter, headingFont, textColour, area.width());
    for (int id = 1; id <= DriveCount; ++id)
        paintCard(painter, layout.card(id), reveal.card(id), reveal.mostPicks(), font, person,
                  photoOf);
    const QRectF band(DeckLayout::Margin, qMin(layout.height, area.height() - bandHeight),
                      area.width() - 2 * DeckLayout::Margin, bandHeight - DeckLayout::Margin / 2);
    paintDomainBand(painter, band, reveal, font, textColour);
    painter.restore();
}

QString RevealPainter::describe(const Reveal::Card &card)
{
    QString text =
        tr("%1: %n people", nullptr, int(card.picks)).arg(Catalogue::drive(card.driveId).name());
    if (card.shared)
        text += tr(", shared by the group");
    if (card.blindSpot)
        text += tr(", a blind spot");
    if (card.polarising)
        text += tr(", %n as “not me”", nullptr, int(card.notMe));
    return text;
}

} // namespace DriveDeck
