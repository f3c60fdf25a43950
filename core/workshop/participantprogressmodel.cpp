#include "workshop/participantprogressmodel.h"

#include "domain/catalogue.h"
#include "workshop/sessiondocument.h"

#include <algorithm>

namespace DriveDeck {

ParticipantProgressModel::ParticipantProgressModel(SessionDocument *document, QObject *parent)
    : RoundMembersModel(document, parent)
{}

int ParticipantProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &session = document()->session();
    const Round *round = session.round(RoundMembersModel::round());
    if (!round)
        return {};
    const QUuid id = members().at(index.row());
    const int counted = session.progressCount(RoundMembersModel::round(), id);
    const bool done = session.isDone(RoundMembersModel::round(), id);
    QString progress;
    // A scan counts cards seen (answered or timed out) of all 24; short, for the narrow list.
    if (round->rule.isScan() || round->rule.minPicks == round->rule.maxPicks)
        progress = tr("%1 of %2")
                       .arg(counted)
                       .arg(round->rule.isScan() ? DriveCount : round->rule.maxPicks);
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
