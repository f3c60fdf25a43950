#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// The story behind a pick. Consecutive edits of the same pick's note are one undo step: typing
// a story is one thing to take back, not a hundred.
class SetPickNoteCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::SetPickNoteCommand)

public:
    static constexpr int MergeId = 1;

    SetPickNoteCommand(SessionDocument *document, const Pick &before, const Pick &after);

    int id() const override { return MergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PickKey m_key;
    QString m_originalNote;
};

} // namespace DriveDeck
