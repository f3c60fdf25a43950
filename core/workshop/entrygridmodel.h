#pragma once

#include "workshop/roundmembersmodel.h"

#include <QStringList>

namespace DriveDeck {

class SessionDocument;

// The entry grid: a round's participants against the 24 cards, for copying paper cards fast.
// A row's "Cards" cell takes what is typed for the person ("3 12 -17", most important first
// in a ranked round) and shows it back; each card's cell shows the pick (its rank, ✓, or ✕ for
// "not me") and toggles; "Check" says what the round's rule still needs. Every edit goes
// through the session's document, one undo step a row; a pick changes one row's cells. Rows
// are the round's people in the round's order, as on the card wall.
class EntryGridModel : public RoundMembersModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        EntryColumn,
        CheckColumn,
        FirstDriveColumn, // then one column per card, 1 to 24
    };
    enum Role
    {
        ParticipantIdRole = Qt::UserRole + 1,
        DriveIdRole, // int: the card of a card column, 0 elsewhere
        DoneRole     // bool: the row meets the round's rule
    };

    explicit EntryGridModel(SessionDocument *document, QObject *parent = nullptr);

    static int columnOf(int driveId) { return FirstDriveColumn + driveId - 1; }

    // A card's cell: picks it, takes it back, or turns it into "not me" and back.
    bool toggle(const QModelIndex &index, bool notMe);
    // Rows copied from a spreadsheet: a name (or alias) first, then the cards, in cells or in
    // one cell ("Anna<TAB>3<TAB>12" or "Anna<TAB>3 12"). Rows that fit are entered, all in one
    // undo step; what does not fit is said, a line each. A header row is skipped.
    QStringList paste(const QString &text);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // An edit the rules refused, in the facilitator's words.
    void refused(const QString &message);

private:
    QString checkText(const QUuid &participantId, bool *done) const;
    QString enter(const QUuid &participantId, const QString &typed);
};

} // namespace DriveDeck
