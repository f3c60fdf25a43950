#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace DriveDeck {

// Names for people in an anonymous session: a colour and an animal ("Blue fox"), in the
// interface's language, none of them already taken, so that the room can still tell who is
// who without anyone's name on the projector.
class Aliases
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::Aliases)

public:
    static QStringList generate(int count, const QStringList &taken = {});
};

} // namespace DriveDeck
