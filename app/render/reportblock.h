#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;

namespace DriveDeck {

// One piece of a printed document, in reading order: a heading, a paragraph, a bullet, a table,
// a picture. What it says is decided by whoever writes the document (the report); where it
// lands on which page is PageFlow's business.
struct ReportBlock
{
    enum class Kind
    {
        Title,      // the cover's big title
        Subtitle,   // under the title
        Heading,    // a section: starts on a fresh page when asked (pageBreakBefore)
        Subheading, // kept with what follows
        Paragraph,
        Bullet,     // indented, with a dot or a colour swatch
        Small,      // grey, smaller: explanations and sources
        Picture,    // painted by a callback into its area (a chart, the pick grid)
        Table,      // a header row and rows; long tables go on over pages, header repeated
        DomainBand, // the five domain colours as a band
        PageBreak,
    };
    using Painting = std::function<void(QPainter &painter, const QRectF &area)>;

    Kind kind = Kind::Paragraph;
    QString text;
    QString lead;       // bold words the text starts with (Paragraph, Bullet)
    QColor swatch;      // a square in this colour instead of a bullet's dot
    Painting painting;  // Picture
    qreal heightMm = 0; // Picture: its height at the full text width
    QStringList header; // Table
    QList<QStringList> rows;
    QList<qreal> columns;      // Table: each column's share of the width, adding up to 1
    QList<QColor> rowSwatches; // Table: a square before the first cell of each row, or invalid
    bool pageBreakBefore = false;

    static ReportBlock of(Kind kind, const QString &text, const QString &lead = {})
    {
        ReportBlock block;
        block.kind = kind;
        block.text = text;
        block.lead = lead;
        return block;
    }
    static ReportBlock picture(const Painting &painting, qreal heightMm)
    {
        ReportBlock block;
        block.kind = Kind::Picture;
        block.painting = painting;
        block.heightMm = heightMm;
        return block;
    }
    static ReportBlock table(const QStringList &header, const QList<QStringList> &rows,
                             const QList<qreal> &columns)
    {
        ReportBlock block;
        block.kind = Kind::Table;
        block.header = header;
        block.rows = rows;
        block.columns = columns;
        return block;
    }
};

} // namespace DriveDeck
