#pragma once

#include "store/databaseconfig.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

namespace DriveDeck {

class SessionDocument;

// The open sessions of the process, one SessionDocument per session: the window, a kiosk and
// the projector that show the same session share its document, so their picks go through one
// write queue and never refuse each other through the revision check.
class SessionDocuments : public QObject
{
    Q_OBJECT

public:
    explicit SessionDocuments(QObject *parent = nullptr);
    ~SessionDocuments() override;

    // The open document of that session, or a new one opening it from the database.
    SessionDocument *open(const DatabaseConfig &config, const QUuid &sessionId,
                          const QString &author);
    // The open document of that session, or nullptr.
    SessionDocument *find(const QUuid &sessionId) const;
    // Closes it (its unsaved changes with it: ask first); find() no longer sees it, and it is
    // deleted once control returns to the event loop.
    void close(const QUuid &sessionId);
    void closeAll();
    QList<SessionDocument *> documents() const;

Q_SIGNALS:
    void aboutToClose(DriveDeck::SessionDocument *document);

private:
    QHash<QUuid, QPointer<SessionDocument>> m_documents;
};

} // namespace DriveDeck
