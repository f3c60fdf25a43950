#pragma once

#include "domain/result.h"
#include "domain/session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace DriveDeck {

// A session as a file (.drivedeck), for handing it to a colleague or archiving it.
//
// Layout: a 52-byte header, then the payload.
//   8 bytes  magic: 0x89 'D' 'D' 'K' '\r' '\n' 0x1A '\n' (catches text-mode transfers, as PNG's)
//   4 bytes  format version, big-endian
//   8 bytes  payload length, big-endian
//  32 bytes  SHA-256 of the payload
// The payload is a portable Boost.Serialization XML archive of the whole session.
//
// Reading trusts nothing: the header is checked against the file's real size before anything is
// allocated, the checksum before anything is parsed, and the parsed session is validated.
class SessionFile
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::SessionFile)

public:
    // 2: target rounds, timeboxes and agreements. Files of format 1 are still read.
    static constexpr quint32 FormatVersion = 2;
    static constexpr int HeaderSize = 52;
    // Files are read and written a chunk at a time, so the limit guards time, not memory: about
    // 14 million picks at some 290 bytes each. What DriveDeck writes it reads again: a session
    // beyond it is refused on export with a message, never written as a file it would refuse.
    static constexpr qint64 MaxPayloadSize = 4LL * 1024 * 1024 * 1024;
    static const QByteArray Magic;
    static constexpr const char *Suffix = "drivedeck";

    static QByteArray encode(const Session &session);
    // displayName names the file in messages.
    static Result<Session> decode(const QByteArray &bytes, const QString &displayName);

    // Written atomically: a crash never leaves half a file. A session too big for a file that
    // DriveDeck would read back (more than maxPayload bytes) is refused, nothing written.
    static Status write(const Session &session, const QString &path,
                        qint64 maxPayload = MaxPayloadSize);
    static Result<Session> read(const QString &path);

    // The stream behind both: the device positioned at the header's first byte.
    static Status encodeTo(const Session &session, QIODevice &device, qint64 maxPayload);
    static Result<Session> readFrom(QIODevice &device, qint64 size, const QString &displayName);

private:
    static Result<qint64> checkHeader(const QByteArray &header, qint64 fileSize,
                                      const QString &displayName);
    static Result<Session> decodePayload(QIODevice &device, qint64 length,
                                         const QByteArray &checksum, const QString &displayName);
};

} // namespace DriveDeck
