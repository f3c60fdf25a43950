#pragma once

#include <QSemaphore>

#include <memory>
#include <thread>

namespace DriveDeck {

// While the main thread builds the window, a second core reads what the first paint is going to
// ask for anyway: fontconfig's configuration, for the first text measured, and the names of the
// cards' kept pictures (CardPainter::nameMotifs), for the first card painted. Once the first frame
// is painted, it ends the start's mapping of kept cards (CardPainter::mapKeptCards(false), which
// copies the mapped ones into memory) and loads Qt's image-format plugins, which the first icon
// drawn would load on the main thread (all of them: about 5 ms); not before, for until then the
// second core is the database's, and the first frame draws no icon (ReadableStyle makes them when
// drawn). All three are thread-safe, and whoever comes second finds them ready. Made before the
// QApplication; waited for (wait()) before it goes.
class StartWarmUp
{
public:
    StartWarmUp();
    ~StartWarmUp();
    StartWarmUp(const StartWarmUp &) = delete;
    StartWarmUp &operator=(const StartWarmUp &) = delete;

    // The window's first frame is painted (the QApplication exists): the plugins may be loaded.
    void firstFramePainted();
    // Until fontconfig's configuration is read. Called before the first text is measured: a
    // second reading (fontconfig reads it again when asked before the first is done) would cost
    // more than waiting for the rest of the first.
    void waitForFonts();
    // Until the work is done; before the QApplication goes.
    void wait();

private:
    QSemaphore m_framePainted;
    QSemaphore m_fontsRead;
    bool m_told = false;
    bool m_fontsWaitedFor = false;
    std::thread m_thread;
};

} // namespace DriveDeck
