#include "workshop/sessiondocuments.h"

#include "workshop/sessiondocument.h"

namespace DriveDeck {

SessionDocuments::SessionDocuments(QObject *parent)
    : QObject(parent)
{}

SessionDocuments::~SessionDocuments()
{
    closeAll();
}

SessionDocument *SessionDocuments::open(const DatabaseConfig &config, const QUuid &sessionId,
                                        const QString &author)
{
    if (SessionDocument *open = find(sessionId))
        return open;
    auto *document = new SessionDocument(config, sessionId, author, this);
    m_documents.insert(sessionId, document);
    return document;
}

SessionDocument *SessionDocuments::find(const QUuid &sessionId) const
{
    return m_documents.value(sessionId);
}

void SessionDocuments::close(const QUuid &sessionId)
{
    const QPointer<SessionDocument> document = m_documents.take(sessionId);
    if (!document)
        return;
    Q_EMIT aboutToClose(document);
    // Later, not now: closing is often asked from one of the document's own signals.
    document->deleteLater();
}

void SessionDocuments::closeAll()
{
    const QList<QUuid> ids = m_documents.keys();
    for (const QUuid &id : ids)
        close(id);
}

QList<SessionDocument *> SessionDocuments::documents() const
{
    QList<SessionDocument *> open;
    for (const QPointer<SessionDocument> &document : m_documents) {
        if (document)
            open.append(document);
    }
    return open;
}

} // namespace DriveDeck
