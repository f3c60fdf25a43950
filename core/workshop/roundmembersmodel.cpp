#include "workshop/roundmembersmodel.h"

#include "workshop/sessiondocument.h"

namespace DriveDeck {

RoundMembersModel::RoundMembersModel(SessionDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &SessionDocument::pickAdded, this, &RoundMembersModel::pickTouched);
    connect(document, &SessionDocument::pickRemoved, this, &RoundMembersModel::pickTouched);
    // A card that timed out in a scan counts as seen.
    connect(document, &SessionDocument::scanRunChanged, this,
            [this](const QUuid &roundId, const QUuid &participantId) {
                if (roundId == m_roundId)
                    rowChanged(rowOf(participantId));
            });
    connect(document, &SessionDocument::pickChanged, this, &RoundMembersModel::pickTouched);
    connect(document, &SessionDocument::participantChanged, this, [this](int index) {
        const QList<Participant> &people = m_document->session().participants;
        if (index >= 0 && index < people.size())
            rowChanged(rowOf(people.at(index).id));
    });
    // The anonymity switch changes every shown name.
    connect(document, &SessionDocument::detailsChanged, this, &RoundMembersModel::allRowsChanged);
    connect(document, &SessionDocument::roundChanged, this, [this](int index) {
        const QList<Round> &rounds = m_document->session().rounds;
        if (index < 0 || index >= rounds.size() || rounds.at(index).id != m_roundId)
            return;
        if (rounds.at(index).participantIds != m_members)
            reload(); // who takes part changed: a set-up edit, not a pick
        else
            allRowsChanged(); // its rule, say
    });
    connect(document, &SessionDocument::roundRemoved, this, [this](int, const QUuid &id) {
        if (id == m_roundId)
            setRound({});
    });
    connect(document, &SessionDocument::sessionReset, this, &RoundMembersModel::reload);
}

void RoundMembersModel::setRound(const QUuid &roundId)
{
    m_roundId = roundId;
    reload();
}

void RoundMembersModel::reload()
{
    beginResetModel();
    const Round *round = m_document->session().round(m_roundId);
    m_members = round ? round->participantIds : QList<QUuid>();
    endResetModel();
}

int RoundMembersModel::rowOf(const QUuid &participantId) const
{
    return int(m_members.indexOf(participantId));
}

void RoundMembersModel::pickTouched(const Pick &pick)
{
    if (pick.roundId == m_roundId)
        rowChanged(rowOf(pick.participantId));
}

void RoundMembersModel::rowChanged(int row)
{
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void RoundMembersModel::allRowsChanged()
{
    if (!m_members.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RoundMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

} // namespace DriveDeck
