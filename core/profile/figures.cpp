#include "profile/figures.h"

#include <QCoreApplication>

#include <cmath>

namespace DriveDeck::Figures {

double roundHalfAway(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double scaled = value * scale;
    const double floor = std::floor(std::abs(scaled));
    const double fraction = std::abs(scaled) - floor;
    // A relative tolerance: far below any digit we show, far above double noise.
    const double tolerance = 1e-9 * std::max(1.0, std::abs(scaled));
    const double magnitude = fraction + tolerance >= 0.5 ? floor + 1.0 : floor;
    const double rounded = std::copysign(magnitude, value) / scale;
    return rounded == 0.0 ? 0.0 : rounded; // no "-0"
}

int affinityIndex(double affinity)
{
    return static_cast<int>(roundHalfAway(affinity * 100.0, 0));
}

QString percentText(double share, const QLocale &locale)
{
    return QCoreApplication::translate("DriveDeck::Figures", "%1 %")
        .arg(locale.toString(percent(share), 'f', 1));
}

QString pointsText(double delta, const QLocale &locale)
{
    const double points = roundHalfAway(delta * 100.0, 1);
    const QString number = locale.toString(std::abs(points), 'f', 1);
    const QString sign = points > 0   ? QStringLiteral("+")
                         : points < 0 ? QStringLiteral("\u2212")
                                      : QString();
    return QCoreApplication::translate("DriveDeck::Figures", "%1 pp").arg(sign + number);
}

QString exportNumber(double value)
{
    QString text = QString::number(forExport(value), 'f', 4);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QStringLiteral("-0") ? QStringLiteral("0") : text;
}

} // namespace DriveDeck::Figures
