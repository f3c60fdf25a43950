#include "render/pickgridpainter.h"

#include "domain/catalogue.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace DriveDeck {

PickGridPainter::PickGridPainter(const Session &session, const QUuid &roundId)
    : m_session(session)
    , m_roundId(roundId)
{}

QString PickGridPainter::title() const
{
    const Round *round = m_session.round(m_roundId);
    return tr("Who picked what: %1").arg(round ? round->title : QString());
}

void PickGridPainter::paint(QPainter &painter, const QRectF &area) const
{
    const Round *round = m_session.round(m_roundId);
    if (!round)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, Qt::white);
    const QList<QUuid> &people = round->participantIds;
    const int rows = std::max<int>(1, int(people.size()));
    // Type in proportion to the picture: the rows share the height left under the title and
    // the card names, and never grow beyond a comfortable line.
    const qreal margin = area.height() * 0.03;
    QFont titleFont = painter.font();
    titleFont.setPixelSize(std::max(12, int(area.height() / 28)));
    titleFont.setBold(true);
    painter.setFont(titleFont);
    const qreal titleHeight = m_titleShown ? QFontMetricsF(titleFont).height() * 1.6 : 0.0;
    painter.setPen(QColor(33, 33, 33));
    if (m_titleShown)
        painter.drawText(QRectF(area.left() + margin, area.top() + margin,
                                area.width() - 2 * margin, titleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, title());

    const bool blind = round->blind;
    const QRectF body(area.left() + margin, area.top() + margin + titleHeight,
                      area.width() - 2 * margin, area.height() - 2 * margin - titleHeight);
    // The type from the room the rows and the columns leave: a person's row, a card's column.
    const qreal roughRow = body.height() / (rows + 4.0);
    const qreal roughColumn = body.width() * 0.8 / DriveCount;
    QFont text = painter.font();
    text.setBold(false);
    text.setPixelSize(
        std::max(8, int(std::min({roughRow * 0.5, roughColumn * 0.55, body.height() / 24}))));
    painter.setFont(text);
    const QFontMetricsF metrics(text);
    const qreal bandHeight = metrics.height() * 1.3;
    // The turned card names whole where the picture allows, up to a third of its height.
    qreal longestWord = 0;
    for (const Drive &drive : Catalogue::drives())
        longestWord = std::max(longestWord, metrics.horizontalAdvance(drive.mainWord()));
    const qreal headerHeight =
        bandHeight +
        (blind ? 0.0 : std::min(longestWord + metrics.height() * 0.4, body.height() / 3));
    const qreal rowHeight = std::min((body.height() - headerHeight) / rows, bandHeight * 2.2);
    qreal nameWidth = metrics.horizontalAdvance(tr("Person"));
    for (const QUuid &id : people)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(m_session.shownName(id)));
    nameWidth = std::min(nameWidth + metrics.height(), body.width() * 0.3);
    const qreal columnWidth = (body.width() - nameWidth) / DriveCount;

    // The card names, turned, over a band in each domain's colour with the card's number.
    for (int id = 1; id <= DriveCount; ++id) {
        const Drive &drive = Catalogue::drive(id);
        const Domain &domain = Catalogue::domain(drive.domainId);
        const qreal x = body.left() + nameWidth + (id - 1) * columnWidth;
        const QRectF band(x + 1, body.top() + headerHeight - bandHeight, columnWidth - 2,
                          bandHeight);
        painter.fillRect(band, blind ? QColor(120, 120, 120) : domain.cardColour());
        painter.setPen(blind ? QColor(Qt::white) : domain.textColour());
        painter.drawText(band, Qt::AlignCenter, QString::number(id));
        if (!blind) {
            painter.save();
            painter.setPen(QColor(33, 33, 33));
            painter.translate(x + columnWidth / 2 + metrics.ascent() / 2 - metrics.descent(),
                              band.top() - metrics.height() * 0.2);
            painter.rotate(-90);
            const qreal room = headerHeight - bandHeight - metrics.height() * 0.2;
            painter.drawText(QRectF(0, -metrics.ascent(), room, metrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(drive.mainWord(), Qt::ElideRight, room));
            painter.restore();
        }
    }

    const QList<Pick> &picks = m_session.picks;
    for (int row = 0; row < people.size(); ++row) {
        const qreal y = body.top() + headerHeight + row * rowHeight;
        if (row % 2 == 1)
            painter.fillRect(QRectF(body.left(), y, body.width(), rowHeight),
                             QColor(245, 245, 245));
        painter.setPen(QColor(33, 33, 33));
        painter.drawText(QRectF(body.left(), y, nameWidth - metrics.height() / 2, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(m_session.shownName(people.at(row)), Qt::ElideRight,
                                            nameWidth - metrics.height() / 2));
        for (const Pick &pick : picks) {
            if (pick.roundId != m_roundId || pick.participantId != people.at(row))
                continue;
            const Domain &domain = Catalogue::domain(Catalogue::drive(pick.driveId).domainId);
            const qreal x = body.left() + nameWidth + (pick.driveId - 1) * columnWidth;
            const qreal size = std::min(columnWidth, rowHeight) * 0.78;
            const QRectF cell(x + (columnWidth - size) / 2, y + (rowHeight - size) / 2, size, size);
            if (!pick.isPositive()) {
                // "Not me": a grey cross, apart from the profile.
                painter.setPen(QPen(QColor(120, 120, 120), std::max(1.5, size / 9)));
                const QRectF inner = cell.adjusted(size / 4, size / 4, -size / 4, -size / 4);
                painter.drawLine(inner.topLeft(), inner.bottomRight());
                painter.drawLine(inner.topRight(), inner.bottomLeft());
                continue;
            }
            painter.setPen(Qt::NoPen);
            painter.setBrush(blind ? QColor(80, 80, 80) : domain.cardColour());
            painter.drawEllipse(cell);
            if (pick.rank) {
                painter.setPen(blind ? QColor(Qt::white) : domain.textColour());
                painter.drawText(cell, Qt::AlignCenter, QString::number(*pick.rank));
            }
        }
    }
    // Thin lines between the domains, so the colours read as groups.
    painter.setPen(QPen(QColor(200, 200, 200), 1));
    const qreal bottom = body.top() + headerHeight + rows * rowHeight;
    for (int id = 2; id <= DriveCount; ++id) {
        if (Catalogue::drive(id).domainId == Catalogue::drive(id - 1).domainId)
            continue;
        const qreal x = body.left() + nameWidth + (id - 1) * columnWidth;
        painter.drawLine(QPointF(x, body.top() + headerHeight), QPointF(x, bottom));
    }
    painter.restore();
}

} // namespace DriveDeck
