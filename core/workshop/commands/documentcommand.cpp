#include "workshop/commands/documentcommand.h"

#include "workshop/sessiondocument.h"

namespace DriveDeck {

DocumentCommand::DocumentCommand(SessionDocument *document, SessionChange redoChange,
                                 SessionChange undoChange, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_redo(std::move(redoChange))
    , m_undo(std::move(undoChange))
    , m_commandIds{SessionDocument::nextCommandId()}
{}

void DocumentCommand::redo()
{
    if (!m_document->apply(m_redo, commandId()))
        setObsolete(true);
}

void DocumentCommand::undo()
{
    if (!m_document->apply(m_undo, commandId()))
        setObsolete(true);
}

} // namespace DriveDeck
