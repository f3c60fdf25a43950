#pragma once

#include <QIcon>

#include <functional>

namespace DriveDeck {

// An icon that is made when it is first drawn or measured, not when it is asked for. Qt makes
// icons for widgets that are rarely shown at the start (the menu bar's overflow button, a search
// field's clear button), and reading the first image file loads every image-format plugin Qt
// has (Qt asks each one whether it reads PNG before it uses its own reader): about 5 ms that the
// first frame does not need. Drawn, measured, copied and added to, it is the made icon; it is
// not written to a data stream (its engine is DriveDeck's own).
class DeferredIcon
{
public:
    static QIcon make(std::function<QIcon()> makeIcon);
};

} // namespace DriveDeck
