#pragma once

#include "workshop/sessiondocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace DriveDeck {

// Where the open session's changes are, in the status bar: "Saved", "Saving 3 changes…",
// "Cannot reach the database; trying again" with Retry Now, "Changed by someone else" with
// Reload. The facilitator glances at it; nothing here ever blocks.
class SaveStateLabel : public QWidget
{
    Q_OBJECT

public:
    explicit SaveStateLabel(QWidget *parent = nullptr);

    void setDocument(SessionDocument *document);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    QPointer<SessionDocument> m_document;
    QLabel *m_label = nullptr;
    QToolButton *m_action = nullptr;
};

} // namespace DriveDeck
