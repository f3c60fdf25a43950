#pragma once

#include <QDialog>
#include <QObject>
#include <QStringList>
#include <QUuid>
#include <QWidget>

namespace DriveDeck {

class Session;

// What the window asks of the screens that live in the outputs module (see Outputs): the few
// calls it makes on them, so that the program itself links none of the module's libraries.

// The Profile page: a round's profile in charts and words.
class ProfileScreen : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void selectRound(const QUuid &roundId) = 0;
    // The fewest people shown as a profile (Settings › Smallest group).
    virtual void setMinimumGroup(int people) = 0;
    // A saved session's rounds to compare with; its first round is chosen.
    virtual void addOtherSession(const Session &session) = 0;

Q_SIGNALS:
    // "Another Session…" was chosen in the comparison list: the window asks which and calls
    // addOtherSession().
    void otherSessionWanted();
};

// The Report page: the PDF report and the summary in words.
class ReportScreen : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void setMinimumGroup(int people) = 0;
};

// The profile across saved sessions, filtered.
class OrganisationScreen : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    virtual void setMinimumGroup(int people) = 0;
};

// How a later start hands its files to the window that is there.
class FileHandOver : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Listens for later starts; false when another DriveDeck already does.
    virtual bool listen() = 0;

Q_SIGNALS:
    void filesArrived(const QStringList &files);
};

} // namespace DriveDeck
