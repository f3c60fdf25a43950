#include "decks/deckzip.h"

#include "decks/decklibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace DriveDeck {

namespace {

Error invalid(const QString &message)
{
    return Error(Error::Kind::InvalidInput, message);
}

} // namespace

Status DeckZip::unzip(const QString &zipPath, const QString &into, const DeckLimits &limits)
{
    const QString name = QFileInfo(zipPath).fileName();
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return invalid(DeckLibrary::tr("%1 is not a zip archive DriveDeck can open.").arg(name));
    qint64 total = 0;
    int files = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return invalid(DeckLibrary::tr("%1 is damaged: an entry cannot be read.").arg(name));
        if (info.name.endsWith(u'/'))
            continue; // a folder: made as its files need it
        const QString relative = DeckLibrary::pathInsideDeck(info.name);
        if (relative.isEmpty())
            return invalid(DeckLibrary::tr("%1: the entry “%2” would be written outside the "
                                           "deck's folder; DriveDeck does not unpack it.")
                               .arg(name, info.name));
        if (info.isSymbolicLink())
            return invalid(DeckLibrary::tr("%1: the entry “%2” is a link; a deck holds its own "
                                           "files.")
                               .arg(name, info.name));
        if (++files > limits.files)
            return invalid(DeckLibrary::tr("%1 holds more than %2 files; a deck needs at most a "
                                           "few per drive.")
                               .arg(name)
                               .arg(limits.files));
        const QString target = QDir(into).filePath(relative);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error(Error::Kind::FileAccess,
                         DeckLibrary::tr("The folder for %1 cannot be made.").arg(relative));
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly))
            return invalid(
                DeckLibrary::tr("%1: the entry “%2” cannot be read.").arg(name, info.name));
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            return Error(
                Error::Kind::FileAccess,
                DeckLibrary::tr("%1 cannot be written: %2").arg(target, out.errorString()));
        // Counted as it is written: an archive may claim any size.
        qint64 written = 0;
        char buffer[64 * 1024];
        for (qint64 read = entry.read(buffer, sizeof buffer); read > 0;
             read = entry.read(buffer, sizeof buffer)) {
            written += read;
            total += read;
            if (written > limits.fileBytes)
                return invalid(DeckLibrary::tr("%1: “%2” unpacks to more than %3 MB; a card's "
                                               "picture needs far less.")
                                   .arg(name, info.name)
                                   .arg(limits.fileBytes / 1'000'000));
            if (total > limits.totalBytes)
                return invalid(DeckLibrary::tr("%1 unpacks to more than %2 MB; DriveDeck "
                                               "stops there.")
                                   .arg(name)
                                   .arg(limits.totalBytes / 1'000'000));
            if (out.write(buffer, read) != read)
                return Error(
                    Error::Kind::FileAccess,
                    DeckLibrary::tr("%1 cannot be written: %2").arg(target, out.errorString()));
        }
        if (entry.getZipError() != UNZ_OK)
            return invalid(DeckLibrary::tr("%1: the entry “%2” is damaged.").arg(name, info.name));
    }
    if (zip.getZipError() != UNZ_OK && files == 0)
        return invalid(DeckLibrary::tr("%1 is not a zip archive DriveDeck can open.").arg(name));
    return success();
}

void DeckZip::install()
{
    DeckLibrary::setZipReader(&DeckZip::unzip);
}

} // namespace DriveDeck
