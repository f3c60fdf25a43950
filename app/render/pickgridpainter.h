#pragma once

#include "domain/session.h"

#include <QCoreApplication>
#include <QRectF>
#include <QUuid>

class QPainter;

namespace DriveDeck {

// Who picked what in a round, as a picture: a row per person (aliases when the session is
// anonymous), a column per card in its domain's colour; a picked card is a dot in that colour
// with its rank, "not me" a grey cross. Paints on any device at any size, for the command line's
// chart and the report; the window's grid is a table of the same cells.
class PickGridPainter
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::PickGridPainter)

public:
    PickGridPainter(const Session &session, const QUuid &roundId);

    QString title() const;
    // Without its title, for a document that sets the title as one of its own headings.
    void setTitleShown(bool shown) { m_titleShown = shown; }
    void paint(QPainter &painter, const QRectF &area) const;

private:
    const Session &m_session;
    QUuid m_roundId;
    bool m_titleShown = true;
};

} // namespace DriveDeck
