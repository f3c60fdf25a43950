#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace DriveDeck {

// One line of the session list: what tells sessions apart without loading their picks.
struct SessionSummary
{
    QUuid id;
    QString title;
    QString team;
    QDate date;
    QStringList tags;
    int participants = 0;
    int rounds = 0;
    qint64 revision = 0;
    QDateTime updatedAt;
    QString updatedBy;
    // The account behind updatedBy: the PostgreSQL role, or the computer's user.
    QString updatedByAccount;

    friend bool operator==(const SessionSummary &, const SessionSummary &) = default;
};

} // namespace DriveDeck
