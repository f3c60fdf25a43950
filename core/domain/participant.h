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
