#pragma once

#include <QString>
#include <QUuid>

namespace DriveDeck {

struct Participant
{
    QUuid id;
    QString displayName;
    // Shown instead of the display name when the session is anonymous ("Blue fox").
    QString alias;

    // The name to show, honouring the session's anonymity switch.
    QString shownName(bool anonymous) const
    {
        return anonymous && !alias.isEmpty() ? alias : displayName;
    }

    friend bool operator==(const Participant &, const Participant &) = default;
};

} // namespace DriveDeck

// Moved as bytes when a list grows: a list of 800,000 people grows in place, never copied.
Q_DECLARE_TYPEINFO(DriveDeck::Participant, Q_RELOCATABLE_TYPE);
