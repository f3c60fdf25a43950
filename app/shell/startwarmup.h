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
    // Until fontconfig's configuration is read. Called before the first text is measured: a
    // second reading (fontconfig reads it again when asked before the first is done) would cost
    // more than waiting for the rest of the first.
    void waitForFonts();
    // Until the work is done; before the QApplication goes.
    void wait();

private:
    QSemaphore m_applicationMade;
    QSemaphore m_fontsRead;
    bool m_told = false;
    bool m_fontsWaitedFor = false;
    std::thread m_thread;
};

} // namespace DriveDeck
