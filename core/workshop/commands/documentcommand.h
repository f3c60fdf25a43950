#pragma once

#include "workshop/sessionchange.h"

#include <QUndoCommand>

namespace DriveDeck {

class SessionDocument;

// An edit of an open session as two values: the change that does it and the change that takes
// it back. Never a pointer into the session, so undo works whatever happened in between. Redo
// and undo both go through SessionDocument::apply(), which writes them to the database; a change
// that no longer applies, or that the database refused, makes the command obsolete, and the
// undo stack then drops it.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(SessionDocument *document, SessionChange redoChange, SessionChange undoChange,
                    const QString &text);

    void redo() override;
    void undo() override;

    quint64 commandId() const { return m_commandIds.first(); }
    // This command's id, or that of one merged into it.
    bool hasCommandId(quint64 id) const { return m_commandIds.contains(id); }

protected:
    // For mergeWith(): the other's writes are this command's now.
    void adoptIds(const DocumentCommand &other) { m_commandIds.append(other.m_commandIds); }

    SessionDocument *m_document;
    SessionChange m_redo;
    SessionChange m_undo;

private:
    QList<quint64> m_commandIds;
};

} // namespace DriveDeck
