#include "render/pageflow.h"

#include "domain/catalogue.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace DriveDeck {

namespace {

using Op = std::function<void(QPainter &)>;

const QColor Ink(0x22, 0x22, 0x22);
const QColor HeadingInk(0x1B, 0x25, 0x3A);
const QColor Grey(0x4B, 0x52, 0x5C);
const QColor Rule(0xD5, 0xD8, 0xDD);
const QColor TableHead(0xEE, 0xF0, 0xF3);

constexpr qreal TopMarginMm = 24;
constexpr qreal BottomMarginMm = 24;
constexpr qreal BulletIndentMm = 6;
constexpr qreal CellPaddingMm = 1.4;
constexpr qreal SwatchMm = 3;

struct Style
{
    qreal points;
    bool bold;
    QColor colour;
    qreal beforeMm;
    qreal afterMm;
};

Style styleOf(ReportBlock::Kind kind)
{
    using K = ReportBlock::Kind;
    switch (kind) {
    case K::Title:
        return {26, true, HeadingInk, 6, 3};
    case K::Subtitle:
        return {14, false, Grey, 0, 8};
    case K::Heading:
        return {16, true, HeadingInk, 6, 3};
    case K::Subheading:
        return {11.5, true, HeadingInk, 4, 1.5};
    case K::Small:
        return {8.5, false, Grey, 0.5, 1.5};
    case K::Table:
        return {9, false, Ink, 1, 3};
    case K::Picture:
        return {0, false, Ink, 1.5, 3};
    default:
        return {10, false, Ink, 0.5, 1.5};
    }
}

// A block laid out page by page: a list of paint operations per page.
class Layout
{
public:
    Layout(QPagedPaintDevice &device, const QString &family)
        : m_device(device)
        , m_family(family)
        , m_unit(device.logicalDpiY() / 25.4)
        , m_content(mm(PageFlow::SideMarginMm), mm(TopMarginMm), mm(PageFlow::TextWidthMm),
                    mm(PageFlow::PageHeightMm - TopMarginMm - BottomMarginMm))
    {
        newPage();
    }

    qreal mm(qreal millimetres) const { return millimetres * m_unit; }
    QList<QList<Op>> pages() const { return m_pages; }

    QFont font(qreal points, bool bold) const
    {
        QFont font(m_family);
        font.setPointSizeF(points);
        font.setBold(bold);
        // Unhinted metrics: the same line breaks at any resolution.
        font.setHintingPreference(QFont::PreferNoHinting);
        // Any letter spacing turns off ligatures: "affinity" stays six letters that a reader
        // can search for and copy, not "a", "ﬃ", "nity".
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
        return font;
    }

    // next: the blocks after this one, up to end.
    void add(const ReportBlock &block, const ReportBlock *next, const ReportBlock *end)
    {
        m_next = next;
        m_end = end;
        using K = ReportBlock::Kind;
        const Style style = styleOf(block.kind);
        if (block.kind == K::PageBreak || block.pageBreakBefore) {
            if (!atTop())
                newPage();
            if (block.kind == K::PageBreak)
                return;
        }
        if (!atTop())
            m_y += mm(style.beforeMm);
        switch (block.kind) {
        case K::Picture:
            addPicture(block);
            break;
        case K::Table:
            addTable(block, style);
            break;
        case K::DomainBand:
            addDomainBand();
            break;
        case K::Bullet:
            addText(block, style, mm(BulletIndentMm));
            break;
        default:
            addText(block, style, 0);
            break;
        }
        m_y += mm(style.afterMm);
    }

private:
    bool atTop() const { return m_y <= m_content.top() + 0.5; }
    qreal room() const { return m_content.bottom() - m_y; }

    void newPage()
    {
        m_pages.append(QList<Op>());
        m_y = m_content.top();
    }
    // A fresh page when what must stay together does not fit here.
    void keep(qreal height)
    {
        if (height > room() && !atTop())
            newPage();
    }
    // The height of what must come with a heading: a picture whole, else its first lines.
    // Small print and further headings count in, up to the first thing with substance.
    qreal startOfNext() const
    {
        qreal height = 0;
        for (const ReportBlock *next = m_next; next && next < m_end; ++next) {
            switch (next->kind) {
            case ReportBlock::Kind::Picture:
                return std::min(height + mm(next->heightMm + styleOf(next->kind).beforeMm),
                                m_content.height() - mm(20));
            case ReportBlock::Kind::Table:
                return height + mm(16);
            case ReportBlock::Kind::Small:
                height += mm(9);
                break;
            case ReportBlock::Kind::Subheading:
                height += mm(10);
                break;
            case ReportBlock::Kind::PageBreak:
                return height;
            default:
                return height + mm(10);
            }
        }
        return height;
    }
    void draw(Op op) { m_pages.last().append(std::move(op)); }

    std::shared_ptr<QTextLayout> laidOut(const QString &lead, const QString &text,
                                         const QFont &font, qreal width) const
    {
        const QString whole = lead.isEmpty() ? text : lead + u' ' + text;
        auto layout = std::make_shared<QTextLayout>(whole, font, &m_device);
        QTextOption option;
        // A name or a story with no spaces still breaks, and is never cut off at the edge.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        if (!lead.isEmpty()) {
            QTextLayout::FormatRange bold;
            bold.start = 0;
            bold.length = int(lead.size());
            bold.format.setFontWeight(QFont::Bold);
            layout->setFormats({bold});
        }
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, 0)); // each line is placed on its page by itself
        }
        layout->endLayout();
        return layout;
    }

    static qreal heightOf(const QTextLayout &layout, int from = 0, int count = -1)
    {
        qreal height = 0;
        const int end = count < 0 ? layout.lineCount() : std::min(layout.lineCount(), from + count);
        for (int i = from; i < end; ++i)
            height += layout.lineAt(i).height();
        return height;
    }

    void addText(const ReportBlock &block, const Style &style, qreal indent)
    {
        const QFont font = this->font(style.points, style.bold);
        const qreal width = m_content.width() - indent;
        const auto layout = laidOut(block.lead, block.text, font, width);
        const qreal whole = heightOf(*layout);
        using K = ReportBlock::Kind;
        if (block.kind == K::Heading || block.kind == K::Subheading)
            keep(whole + mm(3) + startOfNext()); // a heading never ends a page
        else
            keep(heightOf(*layout, 0, 2)); // no single line left alone at the foot of a page

        const QColor colour = style.colour;
        const qreal x = m_content.left() + indent;
        if (block.kind == K::Bullet) {
            const qreal ascent = layout->lineCount() > 0 ? layout->lineAt(0).ascent() : 0;
            const QColor swatch = block.swatch;
            const qreal y = m_y;
            const qreal left = m_content.left();
            const qreal size = block.swatch.isValid() ? mm(SwatchMm) : mm(1.3);
            // Centred on the middle of a lower-case letter, about 1.1 mm over the baseline.
            const QRectF mark(left + mm(0.5), y + ascent - size * 0.5 - mm(1.1), size, size);
            draw([=](QPainter &painter) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(swatch.isValid() ? swatch : Grey);
                if (swatch.isValid())
                    painter.drawRect(mark);
                else
                    painter.drawEllipse(mark);
            });
        }
        for (int i = 0; i < layout->lineCount(); ++i) {
            const qreal height = layout->lineAt(i).height();
            if (height > room() && !atTop())
                newPage();
            const qreal y = m_y;
            draw([layout, i, x, y, colour](QPainter &painter) {
                painter.setPen(colour);
                layout->lineAt(i).draw(&painter, QPointF(x, y));
            });
            m_y += height;
        }
        if (block.kind == K::Heading) {
            const qreal y = m_y + mm(0.8);
            const QRectF content = m_content;
            const qreal width = mm(0.3);
            draw([=](QPainter &painter) {
                painter.setPen(QPen(Rule, width));
                painter.drawLine(QPointF(content.left(), y), QPointF(content.right(), y));
            });
            m_y += mm(1.6);
        }
    }

    void addPicture(const ReportBlock &block)
    {
        // Never taller than a page: a long grid is drawn smaller rather than cut.
        const qreal height = std::min(mm(block.heightMm), m_content.height());
        keep(height);
        const QRectF area(m_content.left(), m_y, m_content.width(), height);
        const ReportBlock::Painting painting = block.painting;
        draw([painting, area](QPainter &painter) {
            painter.save();
            painter.setClipRect(area);
            painting(painter, area);
            painter.restore();
        });
        m_y += height;
    }

    void addDomainBand()
    {
        const qreal height = mm(4);
        keep(height);
        const QRectF area(m_content.left(), m_y, m_content.width(), height);
        draw([area](QPainter &painter) {
            painter.setPen(Qt::NoPen);
            const qreal width = area.width() / DomainCount;
            for (const Domain &domain : Catalogue::domains()) {
                painter.setBrush(domain.colour);
                painter.drawRect(QRectF(area.left() + domain.index() * width, area.top(),
                                        width + 0.5, area.height()));
            }
        });
        m_y += height;
    }

    struct Row
    {
        QList<std::shared_ptr<QTextLayout>> cells;
        qreal height = 0;
        QColor swatch;
        bool header = false;
    };

    Row rowOf(const QStringList &texts, const QList<qreal> &widths, const QFont &font,
              QColor swatch, bool header) const
    {
        Row row;
        row.swatch = swatch;
        row.header = header;
        for (qsizetype column = 0; column < widths.size(); ++column) {
            qreal width = widths.at(column) - 2 * mm(CellPaddingMm);
            if (column == 0 && swatch.isValid())
                width -= mm(SwatchMm + 1.5);
            auto cell = laidOut({}, texts.value(column), font, std::max(width, mm(4)));
            row.height = std::max(row.height, heightOf(*cell));
            row.cells.append(cell);
        }
        row.height += 2 * mm(CellPaddingMm);
        return row;
    }

    void placeRow(const Row &row, const QList<qreal> &widths)
    {
        const qreal y = m_y;
        const qreal left = m_content.left();
        const qreal right = m_content.right();
        const qreal padding = mm(CellPaddingMm);
        const qreal swatchSize = mm(SwatchMm);
        const qreal rule = mm(0.2);
        draw([=](QPainter &painter) {
            if (row.header) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(TableHead);
                painter.drawRect(QRectF(left, y, right - left, row.height));
            }
            qreal x = left;
            for (qsizetype column = 0; column < row.cells.size(); ++column) {
                qreal textX = x + padding;
                if (column == 0 && row.swatch.isValid()) {
                    const QTextLayout &cell = *row.cells.at(column);
                    const qreal ascent = cell.lineCount() > 0 ? cell.lineAt(0).ascent() : 0;
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(row.swatch);
                    painter.drawRect(QRectF(textX, y + padding + ascent - swatchSize * 0.9,
                                            swatchSize, swatchSize));
                    textX += swatchSize + padding;
                }
                painter.setPen(row.header ? HeadingInk : Ink);
                const QTextLayout &cell = *row.cells.at(column);
                qreal lineY = y + padding;
                for (int i = 0; i < cell.lineCount(); ++i) {
                    cell.lineAt(i).draw(&painter, QPointF(textX, lineY));
                    lineY += cell.lineAt(i).height();
                }
                x += widths.at(column);
            }
            painter.setPen(QPen(Rule, rule));
            painter.drawLine(QPointF(left, y + row.height), QPointF(right, y + row.height));
        });
        m_y += row.height;
    }

    void addTable(const ReportBlock &block, const Style &style)
    {
        QList<qreal> widths;
        const qsizetype columns = std::max(block.header.size(), block.columns.size());
        for (qsizetype column = 0; column < columns; ++column)
            widths.append(m_content.width() * block.columns.value(column, 1.0 / columns));
        const Row header = rowOf(block.header, widths, font(style.points, true), QColor(), true);
        // The header and the first row together, or neither.
        const Row first = block.rows.isEmpty()
                              ? Row{}
                              : rowOf(block.rows.first(), widths, font(style.points, false),
                                      block.rowSwatches.value(0), false);
        QList<Row> rows{first};
        qreal whole = header.height + first.height;
        for (qsizetype i = 1; i < block.rows.size(); ++i) {
            rows.append(rowOf(block.rows.at(i), widths, font(style.points, false),
                              block.rowSwatches.value(i), false));
            whole += rows.last().height;
        }
        // A short table stays whole; a long one goes on over pages, at least two rows here.
        keep(whole < m_content.height() / 3 ? whole : header.height + first.height);
        placeRow(header, widths);
        for (qsizetype i = 0; i < block.rows.size(); ++i) {
            const Row &row = rows.at(i);
            if (row.height > room()) {
                newPage();
                placeRow(header, widths);
            }
            placeRow(row, widths);
        }
    }

    QPagedPaintDevice &m_device;
    QString m_family;
    qreal m_unit;
    QRectF m_content;
    QList<QList<Op>> m_pages;
    qreal m_y = 0;
    const ReportBlock *m_next = nullptr;
    const ReportBlock *m_end = nullptr;
};

} // namespace

PageFlow::PageFlow(QPagedPaintDevice &device, const QString &fontFamily, Frame frame)
    : m_device(device)
    , m_family(fontFamily)
    , m_frame(std::move(frame))
{}

int PageFlow::paint(const QList<ReportBlock> &blocks)
{
    Layout layout(m_device, m_family);
    for (qsizetype i = 0; i < blocks.size(); ++i)
        layout.add(blocks.at(i), blocks.constData() + i + 1, blocks.constData() + blocks.size());
    QList<QList<Op>> pages = layout.pages();
    // A last page left empty by a closing page break is not printed.
    while (pages.size() > 1 && pages.last().isEmpty())
        pages.removeLast();

    QPainter painter(&m_device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal left = layout.mm(SideMarginMm);
    const qreal right = layout.mm(PageWidthMm - SideMarginMm);
    const QFont small = layout.font(8, false);
    const QFontMetricsF metrics(small, &m_device);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0)
            m_device.newPage();
        painter.setFont(small);
        painter.setPen(Grey);
        if (page > 0) {
            // The running header: team and date left, the title right, never over each other.
            const qreal baseline = layout.mm(14);
            const qreal half = (right - left) / 2 - layout.mm(3);
            painter.drawText(QPointF(left, baseline),
                             metrics.elidedText(m_frame.headerLeft, Qt::ElideRight, half));
            const QString title = metrics.elidedText(m_frame.headerRight, Qt::ElideRight, half);
            painter.drawText(QPointF(right - metrics.horizontalAdvance(title), baseline), title);
            painter.setPen(QPen(Rule, layout.mm(0.2)));
            painter.drawLine(QPointF(left, layout.mm(16)), QPointF(right, layout.mm(16)));
            painter.setPen(Grey);
        }
        const QString number = tr("Page %1 of %2").arg(page + 1).arg(pages.size());
        const qreal numberWidth = metrics.horizontalAdvance(number);
        const qreal footerTop = layout.mm(PageHeightMm - 17);
        painter.drawText(QPointF(right - numberWidth, footerTop + metrics.ascent()), number);
        painter.drawText(
            QRectF(left, footerTop, right - left - numberWidth - layout.mm(8), layout.mm(10)),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_frame.footer);
        for (const Op &op : std::as_const(pages.at(page))) {
            painter.save();
            op(painter);
            painter.restore();
        }
    }
    painter.end();
    return int(pages.size());
}

} // namespace DriveDeck
