#include "shell/savestatelabel.h"

#include "workshop/sessiondocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace DriveDeck {

SaveStateLabel::SaveStateLabel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel)
    , m_action(new QToolButton)
{
    setObjectName(QStringLiteral("saveState"));
    m_label->setObjectName(QStringLiteral("saveStateText"));
    m_action->setObjectName(QStringLiteral("saveStateAction"));
    m_action->setAutoRaise(true);
    // Shown only with something to do: until then it takes no room (the status bar would be
    // laid out a few pixels taller first, and the window below it again).
    m_action->hide();
    auto *layout = new QHBoxLayout(this);
    // Apart from the database label beside it: two short phrases about saving read as one.
    layout->setContentsMargins(0, 0, 16, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_action);
    connect(m_action, &QToolButton::clicked, this, [this] {
        if (!m_document)
            return;
        if (m_document->saveState() == SessionDocument::SaveState::Retrying)
            m_document->retryNow();
        else
            m_document->reload();
    });
    update();
}

void SaveStateLabel::setDocument(SessionDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &SessionDocument::saveStateChanged, this, &SaveStateLabel::update);
        // The count of waiting changes moves without a change of state.
        connect(document, &SessionDocument::unsavedChangesChanged, this, &SaveStateLabel::update);
        connect(document, &SessionDocument::detailsChanged, this, &SaveStateLabel::update);
        connect(document, &SessionDocument::sessionReset, this, &SaveStateLabel::update);
    }
    update();
}

QString SaveStateLabel::text() const
{
    return m_label->text();
}

void SaveStateLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

void SaveStateLabel::update()
{
    setVisible(m_document != nullptr);
    if (!m_document) {
        m_action->setAccessibleName(tr("Save state"));
        return;
    }
    using State = SessionDocument::SaveState;
    const QString title = m_document->session().title;
    QString text;
    QString action;
    switch (m_document->saveState()) {
    case State::Opening:
        text = tr("Opening…");
        break;
    case State::Saved:
        text = tr("%1: all changes saved").arg(title);
        break;
    case State::Saving:
        text = tr("%1: saving %n change(s)…", nullptr, m_document->unsavedChanges()).arg(title);
        break;
    case State::Retrying:
        text = tr("Cannot reach the database; %n change(s) kept, trying again", nullptr,
                  m_document->unsavedChanges());
        action = tr("Retry Now");
        break;
    case State::Conflict:
        text = tr("%1 was changed by someone else").arg(title);
        action = tr("Reload");
        break;
    case State::OpenFailed:
        text = tr("Could not open the session");
        action = tr("Try Again");
        break;
    }
    m_label->setText(text);
    m_label->setToolTip(m_document->lastError().message());
    m_action->setText(action);
    m_action->setAccessibleName(action.isEmpty() ? tr("Save state") : action);
    m_action->setVisible(!action.isEmpty());
    setAccessibleName(text);
}

} // namespace DriveDeck
