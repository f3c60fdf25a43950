#pragma once

#include <QTabWidget>

namespace DriveDeck {

class PickingPage;
class ProfilePage;
class SessionDocument;

// An open session's phases as pages the facilitator moves through in order: picking on the
// card wall, then the profile. (Set-up and the report join as they are built.)
class SessionWorkspace : public QTabWidget
{
    Q_OBJECT

public:
    explicit SessionWorkspace(SessionDocument *document, QWidget *parent = nullptr);

    PickingPage *pickingPage() const { return m_picking; }
    ProfilePage *profilePage() const { return m_profile; }
    // Writes what is still being typed (before the workspace goes away).
    void finishEditing();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    PickingPage *m_picking = nullptr;
    ProfilePage *m_profile = nullptr;
};

} // namespace DriveDeck
