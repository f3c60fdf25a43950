#pragma once

#include <QTabWidget>

namespace DriveDeck {

class PickingPage;
class SetupPage;
class ProfilePage;
class ReportPage;
class SessionDocument;

// An open session's phases as pages the facilitator moves through in order: picking on the
// set-up, picking on the card wall, then the profile (the report joins when it is built).
class SessionWorkspace : public QTabWidget
{
    Q_OBJECT

public:
    explicit SessionWorkspace(SessionDocument *document, QWidget *parent = nullptr);

    SetupPage *setupPage() const { return m_setup; }
    PickingPage *pickingPage() const { return m_picking; }
    ProfilePage *profilePage() const { return m_profile; }
    ReportPage *reportPage() const { return m_report; }
    // The fewest people shown as a profile, on the profile and report pages.
    void setMinimumGroup(int people);
    // Writes what is still being typed (before the workspace goes away).
    void finishEditing();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SetupPage *m_setup = nullptr;
    PickingPage *m_picking = nullptr;
    ProfilePage *m_profile = nullptr;
    ReportPage *m_report = nullptr;
};

} // namespace DriveDeck
