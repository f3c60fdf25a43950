#pragma once

#include <QObject>

namespace DriveDeck {

class MainWindow;

// For the start benchmark: with DRIVEDECK_START_PROBE=library (or =wall) in the environment,
// prints "painted" once the session library with its sessions (or an opened session's card
// wall) has been painted, then quits. Without it, nothing is attached.
class StartProbe : public QObject
{
    Q_OBJECT

public:
    static void attachIfAsked(MainWindow &window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Target
    {
        Library,
        Wall
    };
    StartProbe(MainWindow &window, Target target);
    bool isTarget(QObject *watched) const;

    MainWindow &m_window;
    Target m_target;
    bool m_done = false;
};

} // namespace DriveDeck
