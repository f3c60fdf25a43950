#pragma once

#include <QSortFilterProxyModel>

namespace DriveDeck {

// The entry grid read-only, for the profile page: who picked what (a rank, ✓, or ✕ for "not
// me"), without the typing and checking columns, sortable by any column (a card's column puts
// its pickers first, by rank, and its "not me" last).
class PersonDriveProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PersonDriveProxy(QObject *parent = nullptr);

    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace DriveDeck
