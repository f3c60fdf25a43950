#pragma once

#include <QLocale>
#include <QString>

namespace DriveDeck::Figures {

// Rounds half away from zero to the given number of decimals. Values that are a half only up to
// floating-point noise (0.1245 stored as 0.12449999...) count as a half, so what a facilitator
// would compute by hand is what the app shows.
double roundHalfAway(double value, int decimals);

// Machine-readable exports (CSV, JSON): shares, reach, balance, alignment to 4 decimals.
inline double forExport(double value)
{
    return roundHalfAway(value, 4);
}
// A share as a percentage with one decimal: 0.12345 -> 12.3.
inline double percent(double share)
{
    return roundHalfAway(share * 100.0, 1);
}
// An affinity as a whole-number index, 100 = chance: 1.2345 -> 123.
int affinityIndex(double affinity);

// "12.3 %" in the locale's number format.
QString percentText(double share, const QLocale &locale = QLocale());
// "+3.2 pp" / "−1.0 pp" for a difference of shares.
QString pointsText(double delta, const QLocale &locale = QLocale());
// A number for machine-readable exports: always a dot, at most 4 decimals, no trailing zeros.
QString exportNumber(double value);

} // namespace DriveDeck::Figures
