#pragma once

#include "render/reportblock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace DriveDeck {

// Lays a document's blocks out on A4 pages and paints them on a paged device (a PDF): text
// broken into lines at word boundaries (anywhere in a word too long for the line), headings
// kept with what follows them, pictures whole, tables row by row with their header again on
// each page. Every page but the first (the cover) has a running header; every page a footer
// with what the document is and "Page 2 of 7". Lays out first and paints second, so the
// number of pages is known on every page. All text in one font family, so a document looks
// the same wherever it is opened.
class PageFlow
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::PageFlow)

public:
    struct Frame
    {
        QString headerLeft;  // on every page but the first, left
        QString headerRight; // and right
        QString footer;      // on every page, small, left of the page number
    };

    static constexpr qreal PageWidthMm = 210;
    static constexpr qreal PageHeightMm = 297;
    static constexpr qreal SideMarginMm = 20;
    // The width a picture of ReportBlock::heightMm is drawn at.
    static constexpr qreal TextWidthMm = PageWidthMm - 2 * SideMarginMm;

    PageFlow(QPagedPaintDevice &device, const QString &fontFamily, Frame frame);

    // Paints the blocks from the device's current page on; the number of pages painted. The
    // device must be A4 without margins; a painter must not be active on it.
    int paint(const QList<ReportBlock> &blocks);

private:
    QPagedPaintDevice &m_device;
    QString m_family;
    Frame m_frame;
};

} // namespace DriveDeck
