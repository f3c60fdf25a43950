#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace DriveDeck {

class SessionDocument;
struct Pick;

// Who takes part in a round and how far each is, for the card wall's list of people: "Anna",
// "2 of 3", done or not. Follows the open session's document: a pick changes one row's cells.
class ParticipantProgressModel : public QAbstractTableModel
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

    void setRound(const QUuid &roundId);
    const QUuid &round() const { return m_roundId; }
    // The row of a participant, or -1.
    int rowOf(const QUuid &participantId) const;
    QUuid participantAt(int row) const { return m_members.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    void pickTouched(const Pick &pick);
    void rowChanged(int row);

    SessionDocument *m_document;
    QUuid m_roundId;
    QList<QUuid> m_members;
};

} // namespace DriveDeck
