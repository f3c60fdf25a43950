#include "domain/scanrun.h"

#include "domain/catalogue.h"

namespace DriveDeck {

namespace {

// SplitMix64: small, well mixed, and fully defined by its seed.
quint64 nextRandom(quint64 &state)
{
    state += 0x9E3779B97F4A7C15ull;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace

QList<int> ScanRun::orderFor(quint32 seed)
{
    QList<int> order;
    order.reserve(DriveCount);
    for (int drive = 1; drive <= DriveCount; ++drive)
        order.append(drive);
    quint64 state = seed;
    // Fisher-Yates from the back; the top 32 bits scaled to the range, without modulo bias
    // worth mentioning for 24 cards.
    for (qsizetype i = order.size() - 1; i > 0; --i) {
        const quint64 bits = nextRandom(state) >> 32;
        const auto j = qsizetype((bits * quint64(i + 1)) >> 32);
        order.swapItemsAt(i, j);
    }
    return order;
}

} // namespace DriveDeck
