#include "workshop/commands/setpicknotecommand.h"

#include "workshop/sessiondocument.h"

namespace DriveDeck {

SetPickNoteCommand::SetPickNoteCommand(SessionDocument *document, const Pick &before,
                                       const Pick &after)
    : DocumentCommand(document, Change::UpdatePick{after}, Change::UpdatePick{before},
                      tr("Write the story of %1")
                          .arg(document->session().cardName(after.roundId, after.driveId)))
    , m_key(PickKey::of(after))
    , m_originalNote(before.note)
{}

bool SetPickNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetPickNoteCommand *>(other);
    // A refused write (obsolete) is not a step to build on.
    if (next->m_key != m_key || isObsolete() || next->isObsolete())
        return false;
    m_redo = next->m_redo;
    adoptIds(*next);
    // Typed and then deleted again: nothing left to undo.
    if (std::get<Change::UpdatePick>(m_redo).pick.note == m_originalNote)
        setObsolete(true);
    return true;
}

} // namespace DriveDeck
