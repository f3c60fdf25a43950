#include "workshop/persondriveproxy.h"

#include "workshop/entrygridmodel.h"

namespace DriveDeck {

namespace {

// A card's cell as a number to sort by: picked first (rank 1 before rank 2), then open, then
// "not me".
int cellWeight(const QString &text)
{
    if (text.isEmpty())
        return 0;
    if (text == QStringLiteral("✕"))
        return -1;
    if (text == QStringLiteral("✓"))
        return 50;
    return 100 - text.toInt();
}

} // namespace

PersonDriveProxy::PersonDriveProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

Qt::ItemFlags PersonDriveProxy::flags(const QModelIndex &index) const
{
    return QSortFilterProxyModel::flags(index) & ~Qt::ItemIsEditable;
}

bool PersonDriveProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    return sourceColumn != EntryGridModel::EntryColumn &&
           sourceColumn != EntryGridModel::CheckColumn;
}

bool PersonDriveProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() < EntryGridModel::FirstDriveColumn)
        return QSortFilterProxyModel::lessThan(left, right);
    // Descending by weight reads best in the default (ascending) order: pickers on top.
    return cellWeight(left.data().toString()) > cellWeight(right.data().toString());
}

} // namespace DriveDeck
