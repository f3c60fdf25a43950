#include "workshop/sessionlistmodel.h"

#include <QLocale>
#include <QSet>

#include <utility>

namespace DriveDeck {

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SessionListModel::setSessions(const QList<SessionSummary> &given)
{
    // One row per session: a list with an id twice (a damaged file) keeps the first.
    QList<SessionSummary> unique;
    {
        QSet<QUuid> seen;
        seen.reserve(given.size());
        for (const SessionSummary &s : given) {
            if (!seen.contains(s.id)) {
                seen.insert(s.id);
                continue;
            }
            QSet<QUuid> kept;
            for (const SessionSummary &t : given) {
                if (!kept.contains(t.id)) {
                    kept.insert(t.id);
                    unique.append(t);
                }
            }
            break;
        }
    }
    const QList<SessionSummary> &sessions = unique.isEmpty() ? given : unique;
    if (m_sessions.isEmpty()) {
        // The first list (at every start): one insertion of the list itself, shared, not copied
        // row by row.
        if (!sessions.isEmpty()) {
            beginInsertRows({}, 0, int(sessions.size()) - 1);
            m_sessions = sessions;
            endInsertRows();
        }
        if (!std::exchange(m_known, true))
            Q_EMIT knownChanged();
        return;
    }
    // A refresh changes a row or two: rows are removed, moved, inserted and changed one by one,
    // so selections and scroll positions survive (a reset would lose them).
    QSet<QUuid> wanted;
    for (const SessionSummary &s : sessions)
        wanted.insert(s.id);
    for (int row = int(m_sessions.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_sessions.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_sessions.removeAt(row);
            endRemoveRows();
        }
    }
    m_sessions.reserve(sessions.size());
    QSet<QUuid> present;
    present.reserve(sessions.size());
    for (const SessionSummary &s : std::as_const(m_sessions))
        present.insert(s.id);
    for (int row = 0; row < sessions.size(); ++row) {
        const SessionSummary &next = sessions.at(row);
        if (!present.contains(next.id)) {
            // New sessions side by side (all of them, the first time) arrive as one insertion:
            // a view measures its rows once, not once per row.
            int last = row;
            while (last + 1 < sessions.size() && !present.contains(sessions.at(last + 1).id))
                ++last;
            beginInsertRows({}, row, last);
            for (int i = row; i <= last; ++i) {
                m_sessions.insert(i, sessions.at(i));
                present.insert(sessions.at(i).id);
            }
            endInsertRows();
            row = last;
            continue;
        }
        // The rows before this one are in place already: it is here or further on (a linear
        // search from the top would make a refresh of 1,000 sessions quadratic).
        int current = row;
        while (m_sessions.at(current).id != next.id)
            ++current;
        if (current != row) {
            beginMoveRows({}, current, current, {}, row);
            m_sessions.move(current, row);
            endMoveRows();
        }
        if (!(m_sessions.at(row) == next)) {
            m_sessions[row] = next;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (!m_known) {
        m_known = true;
        Q_EMIT knownChanged();
    }
}

int SessionListModel::rowOf(const QUuid &id) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).id == id)
            return row;
    }
    return -1;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionSummary &s = m_sessions.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == SearchRole)
        return QStringList{s.title, s.team, s.tags.join(u' ')}.join(u' ');
    if (role == SortRole) {
        switch (index.column()) {
        case DateColumn:
            return s.date;
        case ParticipantsColumn:
            return s.participants;
        case RoundsColumn:
            return s.rounds;
        case TeamColumn:
            return s.team.toCaseFolded();
        case TagsColumn:
            return s.tags.join(u' ').toCaseFolded();
        default:
            return s.title.toCaseFolded();
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1\n%2 participants, %3 rounds\nLast saved by %4, %5")
                          .arg(s.title)
                          .arg(s.participants)
                          .arg(s.rounds)
                          .arg(s.updatedBy,
                               QLocale().toString(s.updatedAt.toLocalTime(), QLocale::ShortFormat));
        if (!s.tags.isEmpty())
            tip += tr("\nTags: %1").arg(s.tags.join(QStringLiteral(", ")));
        return tip;
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == ParticipantsColumn || index.column() == RoundsColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return s.title;
    case TeamColumn:
        return s.team;
    case DateColumn:
        return QLocale().toString(s.date, QLocale::ShortFormat);
    case ParticipantsColumn:
        return s.participants;
    case RoundsColumn:
        return s.rounds;
    case TagsColumn:
        return s.tags.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Session");
    case TeamColumn:
        return tr("Team");
    case DateColumn:
        return tr("Date");
    case ParticipantsColumn:
        return tr("People");
    case RoundsColumn:
        return tr("Rounds");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

} // namespace DriveDeck
