#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// Takes a pick back; undo restores it with its note, rank and time.
class RemovePickCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::RemovePickCommand)

public:
    RemovePickCommand(SessionDocument *document, const Pick &pick, int index, const QString &who);
};

} // namespace DriveDeck
