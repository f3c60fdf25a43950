#include "workshop/pickwallmodel.h"

#include "domain/catalogue.h"
#include "workshop/sessiondocument.h"

namespace DriveDeck {

PickWallModel::PickWallModel(SessionDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(document, &SessionDocument::pickAdded, this, &PickWallModel::pickTouched);
    connect(document, &SessionDocument::pickRemoved, this, &PickWallModel::pickTouched);
    connect(document, &SessionDocument::pickChanged, this, &PickWallModel::pickTouched);
    connect(document, &SessionDocument::sessionReset, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
}

void PickWallModel::setSelection(const QUuid &roundId, const QUuid &participantId)
{
    if (roundId == m_roundId && participantId == m_participantId)
        return;
    m_roundId = roundId;
    m_participantId = participantId;
    // The same 24 rows, other contents.
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void PickWallModel::pickTouched(const Pick &pick)
{
    if (pick.roundId == m_roundId && pick.participantId == m_participantId &&
        Catalogue::isValidDriveId(pick.driveId))
        Q_EMIT dataChanged(index(pick.driveId - 1), index(pick.driveId - 1));
}

const Pick *PickWallModel::pickOf(int driveId) const
{
    const Session &session = m_document->session();
    const qsizetype at = session.indexOfPick(m_roundId, m_participantId, driveId);
    return at < 0 ? nullptr : &session.picks.at(at);
}

PickWallModel::Mark PickWallModel::mark(int driveId) const
{
    const Pick *pick = pickOf(driveId);
    if (!pick)
        return Mark::Open;
    return pick->isPositive() ? Mark::Picked : Mark::NotMe;
}

int PickWallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : DriveCount;
}

QVariant PickWallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int driveId = index.row() + 1;
    const Pick *pick = pickOf(driveId);
    switch (role) {
    case DriveIdRole:
        return driveId;
    case Qt::DisplayRole:
        return Catalogue::drive(driveId).name();
    case MarkRole:
        return QVariant::fromValue(mark(driveId));
    case RankRole:
        return pick && pick->rank ? QVariant(*pick->rank) : QVariant();
    case NoteRole:
        return pick ? pick->note : QString();
    case Qt::AccessibleDescriptionRole:
        if (!pick)
            return tr("Not picked");
        if (!pick->isPositive())
            return tr("Not me");
        return pick->rank ? tr("Picked, rank %1").arg(*pick->rank) : tr("Picked");
    default:
        return {};
    }
}

} // namespace DriveDeck
