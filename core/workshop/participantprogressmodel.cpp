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
    return parent.isValid() ? 0 : 1;
}

QVariant ParticipantProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // A view asks for a dozen roles per cell at every paint: the counts and words are worked
    // out only for the roles that show them.
    switch (role) {
    case ParticipantIdRole:
    case DoneRole:
    case PickCountRole:
    case ProgressTextRole:
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    const Session &session = document()->session();
    const Round *round = session.round(RoundMembersModel::round());
    if (!round)
        return {};
    const QUuid id = members().at(index.row());
    if (role == ParticipantIdRole)
        return id;
    if (role == Qt::DisplayRole)
        return session.shownName(id);
    const bool done = session.isDone(RoundMembersModel::round(), id);
    if (role == DoneRole)
        return done;
    const int counted = session.progressCount(RoundMembersModel::round(), id);
    if (role == PickCountRole)
        return counted;
    QString progress;
    // A scan counts cards seen (answered or timed out) of all 24; short, for the narrow list.
    if (round->rule.isScan() || round->rule.minPicks == round->rule.maxPicks)
        progress = tr("%1 of %2")
                       .arg(counted)
                       .arg(round->rule.isScan() ? DriveCount : round->rule.maxPicks);
    else
        progress =
            tr("%1 (%2 to %3)").arg(counted).arg(round->rule.minPicks).arg(round->rule.maxPicks);
    if (role == ProgressTextRole)
        return done ? tr("%1 ✓").arg(progress) : progress;
    return done ? tr("%1, %2, done").arg(session.shownName(id), progress)
                : tr("%1, %2").arg(session.shownName(id), progress);
}

} // namespace DriveDeck
