#include "workspace/sessionworkspace.h"

#include "picking/pickingpage.h"
#include "report/reportpage.h"
#include "setup/setuppage.h"
#include "teamprofile/profilepage.h"

#include <QEvent>

namespace DriveDeck {

SessionWorkspace::SessionWorkspace(SessionDocument *document, QWidget *parent)
    : QTabWidget(parent)
    , m_setup(new SetupPage(document))
    , m_picking(new PickingPage(document))
    , m_profile(new ProfilePage(document))
    , m_report(new ReportPage(document))
{
    setObjectName(QStringLiteral("sessionWorkspace"));
    setDocumentMode(true);
    addTab(m_setup, QString());
    addTab(m_picking, QString());
    addTab(m_profile, QString());
    addTab(m_report, QString());
    // A session opens where the work is: on the card wall.
    setCurrentWidget(m_picking);
    // The profile follows the round being picked.
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (currentWidget() == m_profile)
            m_profile->selectRound(m_picking->currentRound());
    });
    retranslate();
}

void SessionWorkspace::setMinimumGroup(int people)
{
    m_profile->setMinimumGroup(people);
    m_report->setMinimumGroup(people);
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
    setTabText(indexOf(m_setup), tr("&1 Set-up"));
    setTabText(indexOf(m_picking), tr("&2 Picking"));
    setTabText(indexOf(m_profile), tr("&3 Profile"));
    setTabText(indexOf(m_report), tr("&4 Report"));
    setAccessibleName(tr("Workshop phases"));
}

} // namespace DriveDeck
