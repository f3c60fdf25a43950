#include "workspace/sessionworkspace.h"

#include "entry/entrygridpage.h"
#include "kiosk/passthelaptop.h"
#include "picking/pickingpage.h"
#include "setup/setuppage.h"
#include "shell/outputs.h"
#include "shell/outputscreens.h"
#include "workshop/sessiondocument.h"
#include "workspace/agendabar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
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
    // The picking page: the card wall, or the entry grid for paper cards.
    m_wallButton = new QToolButton;
    m_wallButton->setObjectName(QStringLiteral("cardWallMode"));
    m_gridButton = new QToolButton;
    m_gridButton->setObjectName(QStringLiteral("entryGridMode"));
    for (QToolButton *button : {m_wallButton, m_gridButton}) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_wallButton->setChecked(true);
    connect(m_picking, &PickingPage::roundChanged, this, [this](const QUuid &round) {
        if (!showsEntryGrid())
            Q_EMIT roundChanged(round);
    });
    connect(m_gridButton, &QToolButton::toggled, this, &SessionWorkspace::showEntryGrid);
    // Laid out once, at its size in the window when that shows it: adding a page to a stack or
    // a tab shows it, which lays it out at once at a passing size (its wrapped labels measured
    // for nothing).
    m_picking->layout()->setEnabled(false);
    m_recording = new QStackedWidget;
    m_recording->addWidget(m_picking);
    m_pickingTab = new QWidget;
    auto *modes = new QHBoxLayout;
    modes->setContentsMargins(9, 6, 9, 0);
    modes->setSpacing(0);
    modes->addWidget(m_wallButton);
    modes->addWidget(m_gridButton);
    modes->addStretch(1);
    // Everyone around one laptop: each person picks in turn, full screen.
    m_kioskButton = new QToolButton;
    m_kioskButton->setObjectName(QStringLiteral("passTheLaptop"));
    m_kioskButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_kioskButton, &QToolButton::clicked, this, &SessionWorkspace::passTheLaptop);
    modes->addWidget(m_kioskButton);
    auto *pickingLayout = new QVBoxLayout(m_pickingTab);
    pickingLayout->setEnabled(false);
    pickingLayout->setContentsMargins(0, 0, 0, 0);
    pickingLayout->setSpacing(0);
    pickingLayout->addLayout(modes);
    pickingLayout->addWidget(m_recording, 1);

    // The workshop's agenda, at the right of the pages' tabs.
    m_agenda = new AgendaBar;
    setCornerWidget(m_agenda, Qt::TopRightCorner);
    connect(m_agenda, &AgendaBar::stepChosen, this, &SessionWorkspace::followAgenda);

    addTab(m_setupTab, QString());
    addTab(m_pickingTab, QString());
    addTab(m_profileTab, QString());
    addTab(m_reportTab, QString());
    // A session opens where the work is: on the card wall.
    setCurrentWidget(m_pickingTab);
    connect(this, &QTabWidget::currentChanged, this, &SessionWorkspace::pageShown);
    connect(this, &SessionWorkspace::roundChanged, this, &SessionWorkspace::retranslate);
    connect(m_document, &SessionDocument::roundChanged, this, &SessionWorkspace::retranslate);
    retranslate();
    m_picking->layout()->setEnabled(true);
    pickingLayout->setEnabled(true);
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

ProfileScreen *SessionWorkspace::profilePage()
{
    if (m_profile)
        return m_profile;
    Outputs *outputs = outputsOrSay(m_profileTab);
    if (!outputs)
        return nullptr;
    return ensure(m_profile, m_profileTab, [this, outputs] {
        ProfileScreen *page = outputs->profilePage(m_document);
        page->setMinimumGroup(m_minimumGroup);
        connect(page, &ProfileScreen::otherSessionWanted, this,
                &SessionWorkspace::otherSessionWanted);
        return page;
    });
}

ReportScreen *SessionWorkspace::reportPage()
{
    if (m_report)
        return m_report;
    Outputs *outputs = outputsOrSay(m_reportTab);
    if (!outputs)
        return nullptr;
    return ensure(m_report, m_reportTab, [this, outputs] {
        ReportScreen *page = outputs->reportPage(m_document);
        page->setMinimumGroup(m_minimumGroup);
        return page;
    });
}

Outputs *SessionWorkspace::outputsOrSay(QWidget *tab)
{
    QString error;
    Outputs *outputs = Outputs::get(&error);
    // A broken installation: the tab says what is missing, instead of an empty page.
    if (!outputs && !tab->findChild<QLabel *>(QStringLiteral("outputsMissing"))) {
        auto *missing = new QLabel(error);
        missing->setObjectName(QStringLiteral("outputsMissing"));
        missing->setWordWrap(true);
        missing->setAlignment(Qt::AlignCenter);
        missing->setTextInteractionFlags(Qt::TextSelectableByMouse);
        tab->layout()->addWidget(missing);
    }
    return outputs;
}

EntryGridPage *SessionWorkspace::entryGridPage()
{
    if (!m_entryGrid) {
        m_entryGrid = new EntryGridPage(m_document);
        m_recording->addWidget(m_entryGrid);
        connect(m_entryGrid, &EntryGridPage::roundChanged, this, [this](const QUuid &round) {
            if (showsEntryGrid())
                Q_EMIT roundChanged(round);
        });
    }
    return m_entryGrid;
}

void SessionWorkspace::showEntryGrid(bool grid)
{
    if (grid == showsEntryGrid())
        return;
    m_picking->finishEditing();
    if (grid) {
        entryGridPage()->selectRound(m_picking->currentRound());
        m_recording->setCurrentWidget(m_entryGrid);
        m_entryGrid->grid()->setFocus();
    } else {
        m_picking->selectRound(m_entryGrid->currentRound());
        m_recording->setCurrentWidget(m_picking);
    }
    m_gridButton->setChecked(grid);
    m_wallButton->setChecked(!grid);
}

PassTheLaptop *SessionWorkspace::passTheLaptop()
{
    if (m_kiosk) {
        m_kiosk->activateWindow();
        return m_kiosk;
    }
    m_picking->finishEditing();
    m_kiosk = new PassTheLaptop(m_document, currentRound(), this);
    // The whole screen, also where no window manager makes "full screen" happen.
    if (const QScreen *shown = screen())
        m_kiosk->setGeometry(shown->geometry());
    m_kiosk->showFullScreen();
    return m_kiosk;
}

void SessionWorkspace::followAgenda(AgendaBar::Step step)
{
    switch (step) {
    case AgendaBar::Step::SetUp:
    case AgendaBar::Step::Agreements:
        setCurrentWidget(m_setupTab);
        break;
    case AgendaBar::Step::Picking:
    case AgendaBar::Step::Stories:
        setCurrentWidget(m_pickingTab);
        if (step == AgendaBar::Step::Stories)
            showEntryGrid(false); // the stories are written beside the wall
        break;
    case AgendaBar::Step::Reveal:
    case AgendaBar::Step::Discussion:
        setCurrentWidget(m_profileTab);
        break;
    }
}

QUuid SessionWorkspace::currentRound() const
{
    return showsEntryGrid() ? m_entryGrid->currentRound() : m_picking->currentRound();
}

bool SessionWorkspace::showsEntryGrid() const
{
    return m_entryGrid && m_recording->currentWidget() == m_entryGrid;
}

void SessionWorkspace::pageShown()
{
    QWidget *shown = currentWidget();
    if (shown == m_setupTab)
        setupPage();
    else if (shown == m_reportTab)
        reportPage();
    else if (shown == m_profileTab) {
        // The profile follows the round being picked.
        if (ProfileScreen *profile = profilePage())
            profile->selectRound(showsEntryGrid() ? m_entryGrid->currentRound()
                                                  : m_picking->currentRound());
    }
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
    setTabText(indexOf(m_pickingTab), tr("&2 Picking"));
    m_wallButton->setText(tr("Card &Wall"));
    m_wallButton->setToolTip(tr("Pick on the cards, one person at a time"));
    m_gridButton->setText(tr("Entry &Grid"));
    m_gridButton->setToolTip(tr("Type everyone's paper cards in one table"));
    // In a yes/no scan round the laptop goes round for the scan, one card at a time.
    const Round *round = m_document->session().round(currentRound());
    if (round && round->rule.isScan()) {
        m_kioskButton->setText(tr("Start the S&can…"));
        m_kioskButton->setToolTip(
            tr("Everyone in turn answers yes or no to each card on this computer, full screen"));
    } else {
        m_kioskButton->setText(tr("Pass the &Laptop…"));
        m_kioskButton->setToolTip(tr("Everyone picks in turn on this computer, full screen"));
    }
    setTabText(indexOf(m_profileTab), tr("&3 Profile"));
    setTabText(indexOf(m_reportTab), tr("&4 Report"));
    setAccessibleName(tr("Workshop phases"));
}

} // namespace DriveDeck
