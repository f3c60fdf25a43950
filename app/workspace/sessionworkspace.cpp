#include "workspace/sessionworkspace.h"

#include "picking/pickingpage.h"
#include "teamprofile/profilepage.h"

#include <QEvent>

namespace DriveDeck {

SessionWorkspace::SessionWorkspace(SessionDocument *document, QWidget *parent)
    : QTabWidget(parent)
    , m_picking(new PickingPage(document))
    , m_profile(new ProfilePage(document))
{
    setObjectName(QStringLiteral("sessionWorkspace"));
    setDocumentMode(true);
    addTab(m_picking, QString());
    addTab(m_profile, QString());
    // The profile follows the round being picked.
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (currentWidget() == m_profile)
            m_profile->selectRound(m_picking->currentRound());
    });
    retranslate();
}

void SessionWorkspace::finishEditing()
{
    m_picking->finishEditing();
}

void SessionWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void SessionWorkspace::retranslate()
{
    setTabText(indexOf(m_picking), tr("&1 Picking"));
    setTabText(indexOf(m_profile), tr("&2 Profile"));
    setAccessibleName(tr("Workshop phases"));
}

} // namespace DriveDeck
