#pragma once

#include <QDate>
#include <QString>
#include <QUuid>

namespace DriveDeck {

// What the team agreed in the workshop: who does what, and by when. Written during and after
// the session; the report prints them for the manager.
struct Agreement
{
    QUuid id;
    QString text;
    QString owner; // a person or a role; may be empty
    QDate due;     // invalid when there is no due date

    friend bool operator==(const Agreement &, const Agreement &) = default;
};

} // namespace DriveDeck
