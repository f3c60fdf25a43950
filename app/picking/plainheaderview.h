#pragma once

#include <QHeaderView>

namespace DriveDeck {

// A header whose column titles are measured in the font they are drawn in. QHeaderView measures
// them in bold, for the bold title of a selected column, which a header that does not highlight
// sections never draws: the bold font of that size would be loaded at a start for nothing.
class PlainHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit PlainHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace DriveDeck
