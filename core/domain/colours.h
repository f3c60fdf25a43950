#pragma once

#include <QColor>

namespace DriveDeck::Colours {

inline constexpr double MinimumTextContrast = 4.5;     // WCAG AA for normal text
inline constexpr double MinimumGraphicsContrast = 3.0; // WCAG AA for bars, lines, icons

// WCAG 2.x relative luminance of an sRGB colour, 0 (black) to 1 (white).
double relativeLuminance(const QColor &colour);
// WCAG contrast ratio between two colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
// Near-black or white, whichever has the higher contrast on background.
QColor readableTextOn(const QColor &background);
// The hue itself when near-black or white text reaches minimumContrast on it; otherwise the
// nearest darker shade of the same hue on which white text does.
QColor shadeForText(const QColor &hue, double minimumContrast);
// The hue itself when it stands out from background by minimumContrast (a bar on a window);
// otherwise the nearest shade of the same hue that does: darker on a light background, lighter
// on a dark one. A domain's bar stays its colour, light palette or dark.
QColor shadeOn(const QColor &hue, const QColor &background,
               double minimumContrast = MinimumGraphicsContrast);
// Text that says something went wrong: a red that reads on background, light or dark.
QColor problemTextOn(const QColor &background);

} // namespace DriveDeck::Colours
