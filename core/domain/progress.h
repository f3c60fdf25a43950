#pragma once

#include <QtGlobal>

#include <functional>

namespace DriveDeck {

// How a long job (an import of 400,000 picks) says how far it is, and learns that the person
// waiting cancelled: the job calls it with what is done of the total, and stops, changing
// nothing, when it returns false. An empty one never cancels.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

} // namespace DriveDeck
