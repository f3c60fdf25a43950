#pragma once

#include "workspace/agendabar.h"
#include <QPointer>

#include <QTabWidget>
#include <QUuid>

class QStackedWidget;
class QToolButton;

namespace DriveDeck {

class EntryGridPage;
class PassTheLaptop;
class PickingPage;
class SetupPage;
class Outputs;
class ProfileScreen;
class ReportScreen;
class SessionDocument;

// An open session's phases as pages the facilitator moves through in order: the set-up, the
// card wall, the profile and the report. A session opens on the card wall; the other pages are
// made when first shown (or asked for), so that opening a session paints the wall sooner.
class SessionWorkspace : public QTabWidget
{
    Q_OBJECT

public:
    explicit SessionWorkspace(SessionDocument *document, QWidget *parent = nullptr);

    SetupPage *setupPage();
    PickingPage *pickingPage() const { return m_picking; }
    // The second way to record a round on the same page: copying paper cards.
    EntryGridPage *entryGridPage();
    // Picking on the card wall (false) or in the entry grid (true); the round goes along.
    void showEntryGrid(bool grid);
    bool showsEntryGrid() const;
    // Starts passing the laptop round for the round being recorded (full screen).
    PassTheLaptop *passTheLaptop();
    AgendaBar *agenda() const { return m_agenda; }
    // The round being recorded, on the wall or in the grid.
    QUuid currentRound() const;

Q_SIGNALS:
    void roundChanged(const QUuid &roundId);
    // The profile page asks for another saved session to compare with.
    void otherSessionWanted();

public:
    SessionDocument *document() const { return m_document; }
    // The profile and report pages, made when first asked for; null (and the tab says why)
    // when the outputs module is missing.
    ProfileScreen *profilePage();
    ReportScreen *reportPage();
    // The fewest people shown as a profile, on the profile and report pages.
    void setMinimumGroup(int people);
    // Writes what is still being typed (before the workspace goes away).
    void finishEditing();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void pageShown();
    void followAgenda(AgendaBar::Step step);
    Outputs *outputsOrSay(QWidget *tab);
    // The tab's holder gets its page (made by make) the first time.
    template<typename Page, typename Make>
    Page *ensure(Page *&page, QWidget *holder, Make make);

    SessionDocument *m_document;
    int m_minimumGroup = 5;
    QWidget *m_setupTab = nullptr;
    QWidget *m_pickingTab = nullptr;
    QStackedWidget *m_recording = nullptr;
    QToolButton *m_wallButton = nullptr;
    QToolButton *m_gridButton = nullptr;
    EntryGridPage *m_entryGrid = nullptr;
    QToolButton *m_kioskButton = nullptr;
    AgendaBar *m_agenda = nullptr;
    QPointer<PassTheLaptop> m_kiosk;
    QWidget *m_profileTab = nullptr;
    QWidget *m_reportTab = nullptr;
    SetupPage *m_setup = nullptr;
    PickingPage *m_picking = nullptr;
    ProfileScreen *m_profile = nullptr;
    ReportScreen *m_report = nullptr;
};

} // namespace DriveDeck
