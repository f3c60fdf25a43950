// libFuzzer target (built with -DDRIVEDECK_FUZZ=ON, see the README): aborts when
// Fuzz::picksCsv() reports a broken invariant, so that libFuzzer keeps the input as a crash.
#include "fuzzentries.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString problem = DriveDeck::Fuzz::picksCsv(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "DriveDeck invariant broken: %s\n", problem.toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}
