#include "picking/participantprogressdelegate.h"

#include "workshop/participantprogressmodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace DriveDeck {

namespace {

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// The start of a name a row is wide enough for, in letters.
constexpr int NameLetters = 8;

// Between the name and the progress, at the least.
int gapOf(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(QLatin1Char(' ')) * 2;
}

} // namespace

void ParticipantProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString name = item.text;
    const QString progress = index.data(ParticipantProgressModel::ProgressTextRole).toString();
    item.text.clear();
    // The whole row is the person: selected, all of it is filled (a style that fills only the
    // text's own rectangle would fill nothing, as the style is given no text).
    item.showDecorationSelected = true;
    QStyle *style = styleOf(item);
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    // The text margin the style keeps in an item view's cell.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, item.widget) + 1;
    const QRect text = item.rect.adjusted(margin, 0, -margin, 0);
    const int progressWidth = item.fontMetrics.horizontalAdvance(progress);
    const QRect nameRect(text.left(), text.top(),
                         std::max(0, text.width() - progressWidth - gapOf(item.fontMetrics)),
                         text.height());
    QPalette::ColorGroup group = QPalette::Normal;
    if (!item.state.testFlag(QStyle::State_Enabled))
        group = QPalette::Disabled;
    else if (!item.state.testFlag(QStyle::State_Active))
        group = QPalette::Inactive;

    painter->save();
    painter->setFont(item.font);
    painter->setPen(item.palette.color(group, item.state.testFlag(QStyle::State_Selected)
                                                  ? QPalette::HighlightedText
                                                  : QPalette::Text));
    painter->drawText(
        QStyle::visualRect(item.direction, item.rect, nameRect),
        int(QStyle::visualAlignment(item.direction, Qt::AlignLeft | Qt::AlignVCenter)),
        item.fontMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->drawText(
        QStyle::visualRect(item.direction, item.rect, text),
        int(QStyle::visualAlignment(item.direction, Qt::AlignRight | Qt::AlignVCenter)), progress);
    painter->restore();
}

QSize ParticipantProgressDelegate::sizeHint(const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics &metrics = option.fontMetrics;
    const QString progress = index.data(ParticipantProgressModel::ProgressTextRole).toString();
    // Wide enough for the progress and the start of a name, not for every name whole: a long
    // one is cut short, and a row as wide as the longest name would stretch past the list (as
    // its place on screen is told to a screen reader or a magnifier).
    const int margin =
        styleOf(option)->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    size.setWidth(2 * margin + metrics.horizontalAdvance(QLatin1Char('x')) * NameLetters +
                  gapOf(metrics) + metrics.horizontalAdvance(progress));
    // Rows as tall as a table's: easy to hit on a touch screen and to tell apart on a projector.
    const int tableRow = styleOf(option)->pixelMetric(QStyle::PM_HeaderDefaultSectionSizeVertical,
                                                      nullptr, option.widget);
    size.setHeight(std::max(size.height(), tableRow));
    return size;
}

} // namespace DriveDeck
