#include "workshop/librarycache.h"

#include "io/privatefile.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace DriveDeck {

namespace {

constexpr quint32 Magic = 0x44444C43; // "DDLC"
constexpr quint32 Version = 1;
constexpr qint32 MostSessions = 1'000'000; // a damaged count never allocates without end

} // namespace

QString LibraryCache::fileFor(const DatabaseConfig &config)
{
    // One file per database, named by a hash of where it is (no password is part of it).
    const QByteArray where =
        QCryptographicHash::hash(config.displayUrl().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("library-%1.cache").arg(QString::fromLatin1(where.left(16))));
}

QList<SessionSummary> LibraryCache::read(const DatabaseConfig &config)
{
    QFile file(fileFor(config));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    qint32 count = 0;
    in >> magic >> version >> count;
    if (magic != Magic || version != Version || count < 0 || count > MostSessions)
        return {};
    QList<SessionSummary> sessions;
    sessions.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        SessionSummary s;
        qint32 participants = 0;
        qint32 rounds = 0;
        in >> s.id >> s.title >> s.team >> s.date >> s.tags >> participants >> rounds >>
            s.revision >> s.updatedAt >> s.updatedBy;
        if (in.status() != QDataStream::Ok)
            return {};
        s.participants = participants;
        s.rounds = rounds;
        sessions.append(s);
    }
    return sessions;
}

bool LibraryCache::write(const DatabaseConfig &config, const QList<SessionSummary> &sessions)
{
    const QString path = fileFor(config);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFile::restrict(file))
        return false;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << Version << qint32(sessions.size());
    for (const SessionSummary &s : sessions)
        out << s.id << s.title << s.team << s.date << s.tags << qint32(s.participants)
            << qint32(s.rounds) << s.revision << s.updatedAt << s.updatedBy;
    return out.status() == QDataStream::Ok && file.commit();
}

} // namespace DriveDeck
