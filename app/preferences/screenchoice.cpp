#include "preferences/screenchoice.h"

#include <QGuiApplication>
#include <QScreen>

namespace DriveDeck::ScreenChoice {

QString key(const QScreen *screen)
{
    if (!screen->name().isEmpty())
        return screen->name();
    return QStringLiteral("#%1").arg(QGuiApplication::screens().indexOf(screen) + 1);
}

QScreen *find(const QString &wanted)
{
    if (wanted.isEmpty())
        return nullptr;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens)
        if (key(screen) == wanted)
            return screen;
    return nullptr;
}

QScreen *projectorFor(const QString &remembered, QScreen *current)
{
    if (QScreen *chosen = find(remembered))
        return chosen;
    if (!remembered.isEmpty())
        return current; // remembered but not connected: stay where the facilitator is
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens)
        if (screen != current)
            return screen;
    return current;
}

} // namespace DriveDeck::ScreenChoice
