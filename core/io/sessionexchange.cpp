#include "io/sessionexchange.h"

#include "io/privatefile.h"

#include "io/pickscsv.h"
#include "io/sessionfile.h"
#include "store/sessionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace DriveDeck {

SessionExchange::Kind SessionExchange::kindOfFile(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) &&
        file.read(SessionFile::Magic.size()) == SessionFile::Magic)
        return Kind::SessionFile;
    return kindForExport(path);
}

SessionExchange::Kind SessionExchange::kindForExport(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String(SessionFile::Suffix))
        return Kind::SessionFile;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
        return Kind::Csv;
    return Kind::Unknown;
}

Result<Session> SessionExchange::read(const QString &path, const QString &title,
                                      const QString &team)
{
    const Kind kind = kindOfFile(path);
    if (kind == Kind::Unknown) {
        return Error(Error::Kind::InvalidInput,
                     tr("\"%1\" is neither a DriveDeck session file (.drivedeck) nor picks as "
                        "CSV (.csv).")
                         .arg(QDir::toNativeSeparators(path)));
    }
    if (kind == Kind::SessionFile) {
        Result<Session> session = SessionFile::read(path);
        if (!session)
            return session;
        if (!title.isEmpty())
            session.value().title = title;
        if (!team.isEmpty())
            session.value().team = team;
        return session;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            Error::Kind::FileAccess,
            tr("Cannot open \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QString sessionTitle = title.isEmpty() ? QFileInfo(path).completeBaseName() : title;
    const Result<Session> session = PicksCsv::import(file, {sessionTitle, team});
    if (!session)
        return Error(session.errorKind(),
                     QStringLiteral("\"%1\": %2")
                         .arg(QDir::toNativeSeparators(path), session.errorMessage()));
    return session;
}

Status SessionExchange::store(SessionStore &store, Session &session, WhenExists whenExists,
                              const ProgressCallback &progress)
{
    session.revision = 0;
    if (store.contains(session.id)) {
        if (whenExists == WhenExists::Replace) {
            const Result<Session> existing = store.load(session.id);
            if (!existing)
                return existing.error();
            session.revision = existing->revision;
        } else {
            session.id = QUuid::createUuid();
        }
    }
    return store.save(session, progress);
}

Status SessionExchange::write(const Session &session, const QString &path)
{
    switch (kindForExport(path)) {
    case Kind::SessionFile:
        return SessionFile::write(session, path);
    case Kind::Csv: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !PrivateFile::restrict(file) ||
            !PicksCsv::write(session, file) || !file.commit())
            return Error(Error::Kind::FileAccess,
                         tr("Cannot write \"%1\": %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        return success();
    }
    case Kind::Unknown:
        break;
    }
    return Error(Error::Kind::InvalidInput,
                 tr("\"%1\" should end in .drivedeck (a session file) or .csv (the picks).")
                     .arg(QDir::toNativeSeparators(path)));
}

} // namespace DriveDeck
