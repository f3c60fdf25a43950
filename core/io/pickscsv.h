#pragma once

#include "domain/result.h"
#include "domain/session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace DriveDeck {

// Picks as CSV, exactly as csv-format.md defines the format. Import is all or nothing: the
// error lists every problem found (up to MaxListedProblems), each naming line and column.
class PicksCsv
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::PicksCsv)

public:
    static constexpr int MaxListedProblems = 20;

    struct ImportOptions
    {
        QString title; // the new session's title
        QString team;
    };

    // One new session whose rounds and participants appear in the order they first appear.
    // Read as a stream: the file is never in memory whole, each pick is held once.
    static Result<Session> import(QIODevice &device, const ImportOptions &options);
    static Result<Session> import(const QByteArray &bytes, const ImportOptions &options);
    // round,participant,drive,rank,polarity,note; UTF-8 without BOM; keys for drives. An
    // anonymous session is written with its aliases: the file never names the people.
    // False when the device refused a write (its errorString() says why).
    static bool write(const Session &session, QIODevice &device);
    static QByteArray write(const Session &session);
};

} // namespace DriveDeck
