#pragma once

#include <QSemaphore>

#include <memory>
#include <thread>

namespace DriveDeck {

// While the main thread builds the window, a second core reads what the first paint is going to
// ask for anyway: fontconfig's configuration (for the first text measured) from the start, and
// Qt's image-format plugins (the menu bar's icons load all of them) once the application object
// exists, which their loader needs. Both are thread-safe to load, and whoever comes second finds
// them ready. Made before the QApplication; waited for (wait()) before it goes.
class StartWarmUp
{
public:
    StartWarmUp();
    ~StartWarmUp();
    StartWarmUp(const StartWarmUp &) = delete;
    StartWarmUp &operator=(const StartWarmUp &) = delete;

    // The QApplication exists: the plugins may be loaded.
    void applicationMade();
    // Until the work is done; before the QApplication goes.
    void wait();

private:
    QSemaphore m_applicationMade;
    bool m_told = false;
    std::thread m_thread;
};

} // namespace DriveDeck
