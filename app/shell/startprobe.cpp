#include "shell/startprobe.h"

#include "deck/cardwidget.h"
#include "picking/pickingpage.h"
#include "shell/mainwindow.h"
#include "workshop/sessiondocument.h"

#include <QApplication>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace DriveDeck {

void StartProbe::attachIfAsked(MainWindow &window)
{
    const QByteArray asked = qgetenv("DRIVEDECK_START_PROBE");
    if (asked.isEmpty())
        return;
    const Target target = asked == "wall" ? Target::Wall : Target::Library;
    qApp->installEventFilter(new StartProbe(window, target));
}

StartProbe::StartProbe(MainWindow &window, Target target)
    : QObject(&window)
    , m_window(window)
    , m_target(target)
{}

bool StartProbe::isTarget(QObject *watched) const
{
    if (m_target == Target::Library) {
        // Every paint of the start passes here: the parent is asked, the window not searched.
        const auto *list = qobject_cast<QTableView *>(watched->parent());
        return list && list->objectName() == QLatin1String("sessionList") &&
               watched == list->viewport() && list->isVisible() && list->model()->rowCount() > 0;
    }
    const auto *card = qobject_cast<CardWidget *>(watched);
    return card && m_window.pickingPage() && m_window.pickingPage()->isAncestorOf(card) &&
           m_window.document() && m_window.document()->isOpen();
}

bool StartProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && isTarget(watched)) {
        m_done = true;
        // Once this paint is done and on screen.
        QTimer::singleShot(0, qApp, [] {
            std::fputs("painted\n", stdout);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return false;
}

} // namespace DriveDeck
