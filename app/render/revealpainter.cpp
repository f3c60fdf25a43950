#include "render/revealpainter.h"

#include "profile/figures.h"
#include "render/decklayout.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace DriveDeck {

namespace {

QColor mixed(const QColor &from, const QColor &to, double amount)
{
    auto mix = [amount](int a, int b) { return int(a + (b - a) * amount + 0.5); };
    return QColor(mix(from.red(), to.red()), mix(from.green(), to.green()),
                  mix(from.blue(), to.blue()));
}

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
               const QFont &font, const RevealPainter::PersonalPicks *person)
{
    const Drive &drive = Catalogue::drive(card.driveId);
    const Domain &domain = drive.domain();
    // The heat: from a pale tint (nobody) to the full domain colour (the most people).
    const double heat = most > 0 ? double(card.picks) / double(most) : 0.0;
    const QColor fill = mixed(QColor(246, 246, 246), domain.cardColour(), 0.12 + 0.88 * heat);
    const QColor ink = heat > 0.55 ? domain.textColour() : QColor(30, 30, 30);
    const qreal radius = area.height() * 0.09;
    QPainterPath shape;
    shape.addRoundedRect(area, radius, radius);
    painter.fillPath(shape, fill);

    if (card.shared) {
        painter.setPen(QPen(domain.colour.darker(140), qMax(3.0, area.height() * 0.035)));
        painter.drawPath(shape);
    } else if (card.blindSpot) {
        QPen dashed(QColor(120, 120, 120), qMax(1.5, area.height() * 0.015), Qt::DashLine);
        painter.setPen(dashed);
        painter.drawPath(shape);
    }

    const qreal pad = area.height() * 0.09;
    const QRectF inner = area.adjusted(pad, pad * 0.8, -pad, -pad);
    QFont name = font;
    name.setBold(true);
    name.setPixelSize(qMax(10, int(area.height() * 0.14)));
    const QString word = drive.mainWord();
    const qreal advance = QFontMetricsF(name).horizontalAdvance(word);
    if (advance > inner.width() * 0.62)
        name.setPixelSize(qMax(9, int(name.pixelSize() * inner.width() * 0.62 / advance)));
    painter.setPen(ink);
    painter.setFont(name);
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop, word);

    QFont count = font;
    count.setBold(true);
    count.setPixelSize(qMax(14, int(area.height() * 0.42)));
    painter.setFont(count);
    painter.drawText(inner, Qt::AlignRight | Qt::AlignVCenter, QString::number(card.picks));

    QStringList marks;
    if (card.shared)
        marks << RevealPainter::tr("shared");
    if (card.blindSpot)
        marks << RevealPainter::tr("blind spot");
    if (card.polarising)
        marks << RevealPainter::tr("± %n not me", nullptr, int(card.notMe));
    if (!marks.isEmpty()) {
        QFont small = font;
        small.setPixelSize(qMax(9, int(area.height() * 0.11)));
        painter.setFont(small);
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignBottom,
                         QFontMetricsF(small).elidedText(marks.join(QStringLiteral(" · ")),
                                                         Qt::ElideRight, inner.width() * 0.7));
    }
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
                          const QFont &font, const QColor &textColour, const PersonalPicks *person)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const int bandHeight = qMax(36, area.height() / 12);
    // Headings that grow with the surface (a projector), never below the font given.
    QFont headingFont = font;
    headingFont.setPixelSize(qMax(QFontInfo(font).pixelSize(), area.height() / 48));
    const int headingHeight = QFontMetrics(headingFont).height() * 2;
    DeckLayout layout = DeckLayout::best(
        area.width(), area.height() - bandHeight - DeckLayout::Margin, headingHeight);
    painter.translate(area.topLeft());
    layout.paintHeadings(painter, headingFont, textColour, area.width());
    for (int id = 1; id <= DriveCount; ++id)
        paintCard(painter, layout.card(id), reveal.card(id), reveal.mostPicks(), font, person);
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
