#include "domain/colours.h"

#include <algorithm>
#include <cmath>

namespace DriveDeck::Colours {

namespace {

double linearChannel(double srgb)
{
    return srgb <= 0.04045 ? srgb / 12.92 : std::pow((srgb + 0.055) / 1.055, 2.4);
}

const QColor NearBlack(0x1A, 0x1A, 0x1A);
const QColor White(0xFF, 0xFF, 0xFF);

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF()) +
           0.0722 * linearChannel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableTextOn(const QColor &background)
{
    return contrastRatio(NearBlack, background) >= contrastRatio(White, background) ? NearBlack
                                                                                    : White;
}

QColor shadeForText(const QColor &hue, double minimumContrast)
{
    if (contrastRatio(readableTextOn(hue), hue) >= minimumContrast)
        return hue;
    QColor shade = hue.toHsl();
    while (shade.lightness() > 0 && contrastRatio(White, shade) < minimumContrast)
        shade.setHsl(shade.hslHue(), shade.hslSaturation(), shade.lightness() - 1);
    return shade.toRgb();
}

QColor shadeOn(const QColor &hue, const QColor &background, double minimumContrast)
{
    if (contrastRatio(hue, background) >= minimumContrast)
        return hue;
    const bool lighter = relativeLuminance(background) < 0.18;
    QColor shade = hue.toHsl();
    while (contrastRatio(shade, background) < minimumContrast &&
           (lighter ? shade.lightness() < 255 : shade.lightness() > 0)) {
        shade.setHsl(shade.hslHue(), shade.hslSaturation(), shade.lightness() + (lighter ? 1 : -1),
                     shade.alpha());
    }
    return shade.toRgb();
}

QColor problemTextOn(const QColor &background)
{
    // A deep red on light windows, as before; a light red where the window is dark.
    const QColor deep(0xB0, 0x00, 0x20);
    const QColor light(0xFF, 0x8A, 0x80);
    return contrastRatio(deep, background) >= contrastRatio(light, background) ? deep : light;
}

} // namespace DriveDeck::Colours
