#pragma once

#include "workshop/roundmembersmodel.h"

namespace DriveDeck {

class SessionDocument;

// Who takes part in a round and how far each is, for the card wall's list of people: a row per
// person, the name shown (the alias when anonymous) and, as a role, "2 of 3", done or not. One
// column: a list reads it, and a screen reader is given one sentence per person. Follows the
// open session's document: a pick changes one row.
class ParticipantProgressModel : public RoundMembersModel
{
    Q_OBJECT

public:
    enum Role
    {
        ParticipantIdRole = Qt::UserRole + 1,
        DoneRole,        // bool: the round's rule is met (a scan: every card answered)
        PickCountRole,   // int: cards picked (a scan: cards answered)
        ProgressTextRole // QString: "2 of 3", "1 (1 to 3)", with a check when done
    };

    explicit ParticipantProgressModel(SessionDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace DriveDeck
