#pragma once

#include "domain/session.h"

#include <QDateTime>
#include <QList>

namespace DriveDeck::Testing {

// Builds sessions for tests in a few lines: participants by name, rounds by title, picks by
// drive id. Ids are deterministic so failures are reproducible.
class SessionBuilder
{
public:
    explicit SessionBuilder(const QString &title = QStringLiteral("Test session"))
    {
        m_session.id = uuid(0xFFFF);
        m_session.title = title;
        m_session.team = QStringLiteral("Team");
        m_session.date = QDate(2026, 11, 23);
    }

    static QUuid uuid(int n) { return QUuid(static_cast<uint>(n), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0); }

    SessionBuilder &participant(const QString &name, const QString &alias = {})
    {
        m_session.participants.append(
            {uuid(1000 + int(m_session.participants.size())), name, alias});
        return *this;
    }

    // A round everybody added so far takes part in.
    SessionBuilder &round(const QString &title,
                          const PickingRule &rule = PickingRule::choose(1, 24))
    {
        Round r;
        r.id = uuid(2000 + int(m_session.rounds.size()));
        r.title = title;
        r.question = title + QLatin1Char('?');
        r.rule = rule;
        for (const Participant &p : m_session.participants)
            r.participantIds.append(p.id);
        m_session.rounds.append(r);
        return *this;
    }

    // Picks of participant index p in round index r.
    SessionBuilder &picks(int r, int p, const QList<int> &driveIds,
                          Polarity polarity = Polarity::Positive)
    {
        for (int id : driveIds)
            m_session.picks.append(pick(r, p, id, polarity));
        return *this;
    }

    Pick pick(int r, int p, int driveId, Polarity polarity = Polarity::Positive,
              std::optional<int> rank = std::nullopt) const
    {
        Pick result;
        result.roundId = m_session.rounds.at(r).id;
        result.participantId = m_session.participants.at(p).id;
        result.driveId = driveId;
        result.polarity = polarity;
        result.rank = rank;
        result.madeAt =
            QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC).addSecs(m_session.picks.size());
        return result;
    }

    // One round, one participant per selection; an empty selection is a participant who did not
    // pick anything.
    static Session fromSelections(const QList<QList<int>> &selections)
    {
        SessionBuilder builder;
        for (qsizetype i = 0; i < selections.size(); ++i)
            builder.participant(QStringLiteral("P%1").arg(i + 1));
        builder.round(QStringLiteral("Now"));
        for (qsizetype i = 0; i < selections.size(); ++i)
            builder.picks(0, int(i), selections.at(i));
        return builder.build();
    }

    Session &session() { return m_session; }
    Session build() const { return m_session; }

private:
    Session m_session;
};

} // namespace DriveDeck::Testing
