#include "workspace/sessionworkspace.h"

#include "picking/pickingpage.h"
#include "report/reportpage.h"
#include "setup/setuppage.h"
#include "teamprofile/profilepage.h"

#include <QEvent>
#include <QVBoxLayout>

namespace DriveDeck {

namespace {

QWidget *holder()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    return tab;
}

} // namespace

SessionWorkspace::SessionWorkspace(SessionDocument *document, QWidget *parent)
    : QTabWidget(parent)
    , m_document(document)
    , m_setupTab(holder())
    , m_profileTab(holder())
    , m_reportTab(holder())
    , m_picking(new PickingPage(document))
{
    setObjectName(QStringLiteral("sessionWorkspace"));
    setDocumentMode(true);
    addTab(m_setupTab, QString());
    addTab(m_picking, QString());
    addTab(m_profileTab, QString());
    addTab(m_reportTab, QString());
    // A session opens where the work is: on the card wall.
    setCurrentWidget(m_picking);
    connect(this, &QTabWidget::currentChanged, this, &SessionWorkspace::pageShown);
    retranslate();
}

template<typename Page, typename Make>
Page *SessionWorkspace::ensure(Page *&page, QWidget *tab, Make make)
{
    if (!page) {
        page = make();
        tab->layout()->addWidget(page);
    }
    return page;
}

SetupPage *SessionWorkspace::setupPage()
{
    return ensure(m_setup, m_setupTab, [this] { return new SetupPage(m_document); });
}

ProfilePage *SessionWorkspace::profilePage()
{
    return ensure(m_profile, m_profileTab, [this] {
        auto *page = new ProfilePage(m_document);
        page->setMinimumGroup(m_minimumGroup);
        return page;
    });
}

ReportPage *SessionWorkspace::reportPage()
{
    return ensure(m_report, m_reportTab, [this] {
        auto *page = new ReportPage(m_document);
        page->setMinimumGroup(m_minimumGroup);
        return page;
    });
}

void SessionWorkspace::pageShown()
{
    QWidget *shown = currentWidget();
    if (shown == m_setupTab)
        setupPage();
    else if (shown == m_reportTab)
        reportPage();
    else if (shown == m_profileTab)
        // The profile follows the round being picked.
        profilePage()->selectRound(m_picking->currentRound());
}

void SessionWorkspace::setMinimumGroup(int people)
{
    m_minimumGroup = people;
    if (m_profile)
        m_profile->setMinimumGroup(people);
    if (m_report)
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
    setTabText(indexOf(m_setupTab), tr("&1 Set-up"));
    setTabText(indexOf(m_picking), tr("&2 Picking"));
    setTabText(indexOf(m_profileTab), tr("&3 Profile"));
    setTabText(indexOf(m_reportTab), tr("&4 Report"));
    setAccessibleName(tr("Workshop phases"));
}

} // namespace DriveDeck
