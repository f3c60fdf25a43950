#include "workshop/participantprogressmodel.h"

#include "domain/catalogue.h"
#include "workshop/sessiondocument.h"

#include <algorithm>

namespace DriveDeck {

ParticipantProgressModel::ParticipantProgressModel(SessionDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &SessionDocument::pickAdded, this, &ParticipantProgressModel::pickTouched);
    connect(document, &SessionDocument::pickRemoved, this, &ParticipantProgressModel::pickTouched);
    connect(document, &SessionDocument::participantChanged, this, [this](int index) {
        const QList<Participant> &people = m_document->session().participants;
        if (index >= 0 && index < people.size())
            rowChanged(rowOf(people.at(index).id));
    });
    connect(document, &SessionDocument::detailsChanged, this, [this] {
        // The anonymity switch changes every shown name.
        if (!m_members.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    connect(document, &SessionDocument::roundChanged, this, [this](int index) {
        const QList<Round> &rounds = m_document->session().rounds;
        if (index < 0 || index >= rounds.size() || rounds.at(index).id != m_roundId)
            return;
        if (rounds.at(index).participantIds != m_members)
            reload(); // who takes part changed: a set-up edit, not a pick
        else if (!m_members.isEmpty())
            Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    });
    connect(document, &SessionDocument::roundRemoved, this, [this](int, const QUuid &id) {
        if (id == m_roundId)
            setRound({});
    });
    connect(document, &SessionDocument::sessionReset, this, &ParticipantProgressModel::reload);
}

void ParticipantProgressModel::setRound(const QUuid &roundId)
{
    m_roundId = roundId;
    reload();
}

void ParticipantProgressModel::reload()
{
    beginResetModel();
    const Round *round = m_document->session().round(m_roundId);
    m_members = round ? round->participantIds : QList<QUuid>();
    endResetModel();
}

int ParticipantProgressModel::rowOf(const QUuid &participantId) const
{
    return int(m_members.indexOf(participantId));
}

void ParticipantProgressModel::pickTouched(const Pick &pick)
{
    if (pick.roundId == m_roundId)
        rowChanged(rowOf(pick.participantId));
}

void ParticipantProgressModel::rowChanged(int row)
{
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ParticipantProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int ParticipantProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &session = m_document->session();
    const Round *round = session.round(m_roundId);
    if (!round)
        return {};
    const QUuid id = m_members.at(index.row());
    const int counted = session.progressCount(m_roundId, id);
    const bool done = session.isDone(m_roundId, id);
    QString progress;
    if (round->rule.isScan())
        progress = tr("%1 of %2 answered").arg(counted).arg(DriveCount);
    else if (round->rule.minPicks == round->rule.maxPicks)
        progress = tr("%1 of %2").arg(counted).arg(round->rule.maxPicks);
    else
        progress =
            tr("%1 (%2 to %3)").arg(counted).arg(round->rule.minPicks).arg(round->rule.maxPicks);

    switch (role) {
    case ParticipantIdRole:
        return id;
    case DoneRole:
        return done;
    case PickCountRole:
        return counted;
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return session.shownName(id);
        return done ? tr("%1 ✓").arg(progress) : progress;
    case Qt::AccessibleTextRole:
        return done ? tr("%1, %2, done").arg(session.shownName(id), progress)
                    : tr("%1, %2").arg(session.shownName(id), progress);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::AlignVCenter | (index.column() == ProgressColumn ? Qt::AlignRight : Qt::AlignLeft));
    default:
        return {};
    }
}

QVariant ParticipantProgressModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Participant") : tr("Cards");
}

} // namespace DriveDeck
