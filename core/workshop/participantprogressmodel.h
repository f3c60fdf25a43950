#pragma once

#include "workshop/roundmembersmodel.h"

namespace DriveDeck {

class SessionDocument;

// Who takes part in a round and how far each is, for the card wall's list of people: "Anna",
// "2 of 3", done or not. Follows the open session's document: a pick changes one row's cells.
class ParticipantProgressModel : public RoundMembersModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role
    {
        ParticipantIdRole = Qt::UserRole + 1,
        DoneRole,     // bool: the round's rule is met (a scan: every card answered)
        PickCountRole // int: cards picked (a scan: cards answered)
    };

    explicit ParticipantProgressModel(SessionDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace DriveDeck
