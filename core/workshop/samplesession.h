#pragma once

#include "domain/session.h"

#include <QCoreApplication>

namespace DriveDeck {

// A realistic workshop to explore DriveDeck with and to train new facilitators on: eight people
// in a team, "What drives you now?" and "What should drive us in a year?" (three cards in
// order), with their stories and two agreements. In the interface's language; fresh ids and
// today's date every time.
class SampleSession
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::SampleSession)

public:
    static Session create();
};

} // namespace DriveDeck
