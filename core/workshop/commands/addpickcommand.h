#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// A participant picks a card (or, in a scan, answers it).
class AddPickCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::AddPickCommand)

public:
    AddPickCommand(SessionDocument *document, const Pick &pick, const QString &who);
};

} // namespace DriveDeck
