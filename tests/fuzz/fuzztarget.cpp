// The libFuzzer entry point of every fuzz target (built with -DDRIVEDECK_FUZZ=ON, see the
// README), compiled once per target with DRIVEDECK_FUZZ_ENTRY naming its Fuzz:: function: aborts
// when that function reports a broken invariant, so that libFuzzer keeps the input as a crash.
#include "fuzzentries.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString problem = DriveDeck::Fuzz::DRIVEDECK_FUZZ_ENTRY(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "DriveDeck invariant broken: %s\n", problem.toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}
