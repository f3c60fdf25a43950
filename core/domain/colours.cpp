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

} // namespace DriveDeck::Colours
