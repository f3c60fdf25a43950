#include "picking/plainheaderview.h"

#include <QIcon>
#include <QPixmap>
#include <QStyleOptionHeader>

namespace DriveDeck {

PlainHeaderView::PlainHeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    setHighlightSections(false);
    // As a table view's own header: pressed when clicked.
    setSectionsClickable(true);
}

QSize PlainHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    // As QHeaderView measures, but in the header's font as it is.
    if (highlightSections() || !model())
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    ensurePolished();
    const QVariant size = model()->headerData(logicalIndex, orientation(), Qt::SizeHintRole);
    if (size.isValid())
        return size.toSize();
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.section = logicalIndex;
    const QVariant font = model()->headerData(logicalIndex, orientation(), Qt::FontRole);
    option.fontMetrics =
        QFontMetrics(font.canConvert<QFont>() ? font.value<QFont>() : this->font(), this);
    option.text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QVariant decoration =
        model()->headerData(logicalIndex, orientation(), Qt::DecorationRole);
    option.icon = decoration.value<QIcon>();
    if (option.icon.isNull())
        option.icon = decoration.value<QPixmap>();
    if (isSortIndicatorShown())
        option.sortIndicator = QStyleOptionHeader::SortDown;
    return style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this);
}

} // namespace DriveDeck
