#pragma once

#include <QAbstractListModel>
#include <QUuid>

namespace DriveDeck {

class SessionDocument;
struct Pick;

// The 24 cards as one participant sees them in one round: picked (with its rank), "not me", or
// open, and the story written for each. The card wall paints from it; a pick changes one row.
class PickWallModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Mark
    {
        Open,
        Picked,
        NotMe
    };
    Q_ENUM(Mark)

    enum Role
    {
        DriveIdRole = Qt::UserRole + 1,
        MarkRole, // Mark
        RankRole, // int, or invalid when unranked
        NoteRole  // the story, or empty
    };

    explicit PickWallModel(SessionDocument *document, QObject *parent = nullptr);

    void setSelection(const QUuid &roundId, const QUuid &participantId);
    const QUuid &round() const { return m_roundId; }
    const QUuid &participant() const { return m_participantId; }

    Mark mark(int driveId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void pickTouched(const Pick &pick);
    const Pick *pickOf(int driveId) const;

    SessionDocument *m_document;
    QUuid m_roundId;
    QUuid m_participantId;
};

} // namespace DriveDeck
