#pragma once

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QStringList>

namespace DriveDeck::Testing {

// A bar chart's row labels, bottom up, as Qt Charts lays them out.
inline QStringList categoriesOf(const QChart &chart)
{
    for (QAbstractAxis *axis : chart.axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

inline QStringList categoriesOf(const QChart *chart)
{
    return chart ? categoriesOf(*chart) : QStringList();
}

} // namespace DriveDeck::Testing
