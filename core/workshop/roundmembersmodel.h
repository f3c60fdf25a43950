#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace DriveDeck {

class SessionDocument;
struct Pick;

// A table with a row for each person who takes part in one round of the open session, in the
// round's order, kept up to date with the document: a pick changes its person's row, a name or
// the anonymity switch the rows' cells, who takes part the rows (a set-up edit, a reset). The
// card wall's list of people and the entry grid are made of it.
class RoundMembersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    void setRound(const QUuid &roundId);
    const QUuid &round() const { return m_roundId; }
    // The row of a participant, or -1.
    int rowOf(const QUuid &participantId) const;
    QUuid participantAt(int row) const { return m_members.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    RoundMembersModel(SessionDocument *document, QObject *parent);

    SessionDocument *document() const { return m_document; }
    const QList<QUuid> &members() const { return m_members; }
    void rowChanged(int row);

private:
    void reload();
    void pickTouched(const Pick &pick);
    void allRowsChanged();

    SessionDocument *m_document;
    QUuid m_roundId;
    QList<QUuid> m_members;
};

} // namespace DriveDeck
