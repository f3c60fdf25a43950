#include "shell/startwarmup.h"

#include "render/cardpainter.h"

#include <QCoreApplication>
#include <QImageReader>

#include <utility>

#ifdef Q_OS_LINUX
#include <pthread.h>
#endif

#ifdef DRIVEDECK_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace DriveDeck {

StartWarmUp::StartWarmUp()
    : m_thread([this] {
#ifdef Q_OS_LINUX
        pthread_setname_np(pthread_self(), "StartWarmUp"); // as the thread list shows it
#endif
#ifdef DRIVEDECK_HAVE_FONTCONFIG
        FcInit();
#endif
        m_fontsRead.release();
        CardPainter::nameMotifs();
        m_framePainted.acquire();
        // The start is over: cards from now on are read, and the mapped ones copied.
        CardPainter::mapKeptCards(false);
        if (!m_told || !QCoreApplication::instance())
            return;
        QImageReader::supportedImageFormats();
    })
{}

StartWarmUp::~StartWarmUp()
{
    wait();
}

void StartWarmUp::wait()
{
    if (!m_thread.joinable())
        return;
    if (!m_told)
        m_framePainted.release();
    m_thread.join();
}

void StartWarmUp::waitForFonts()
{
    if (!std::exchange(m_fontsWaitedFor, true))
        m_fontsRead.acquire();
}

void StartWarmUp::firstFramePainted()
{
    if (std::exchange(m_told, true))
        return;
    m_framePainted.release();
}

} // namespace DriveDeck
