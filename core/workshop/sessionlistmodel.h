#pragma once

#include "domain/sessionsummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace DriveDeck {

// The saved sessions as a table for the session list: title, team, date, participants, rounds,
// tags. SortRole gives raw values (a date, a count) so that sorting never parses display text;
// SearchRole the text a search looks in (title, team and tags).
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        TeamColumn,
        DateColumn,
        ParticipantsColumn,
        RoundsColumn,
        TagsColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        SearchRole
    };

    explicit SessionListModel(QObject *parent = nullptr);

    // Brings the rows to these sessions, in this order, with the fewest row changes.
    void setSessions(const QList<SessionSummary> &sessions);
    const QList<SessionSummary> &sessions() const { return m_sessions; }
    // The row of a session, or -1.
    int rowOf(const QUuid &id) const;
    // Whether a list was given yet (the one kept from last time, or the database's): until
    // then no rows means "not known yet", not "no sessions".
    bool isKnown() const { return m_known; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void knownChanged();

private:
    QList<SessionSummary> m_sessions;
    bool m_known = false;
};

} // namespace DriveDeck
