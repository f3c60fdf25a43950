#pragma once

#include <QString>

class QScreen;

namespace DriveDeck::ScreenChoice {

// How a screen is remembered: its name ("HDMI-1"), or its place in the list where the platform
// gives no name.
QString key(const QScreen *screen);
// The connected screen remembered as key, or nullptr.
QScreen *find(const QString &key);
// Where full screen goes: the remembered screen when it is connected; with none remembered, a
// screen other than current when there is one; else current.
QScreen *projectorFor(const QString &remembered, QScreen *current);

} // namespace DriveDeck::ScreenChoice
