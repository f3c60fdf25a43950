#include "decks/decklibrary.h"

#include "domain/text.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <atomic>

namespace DriveDeck {

namespace {

const QString Manifest = QStringLiteral("deck.json");

std::atomic<DeckLibrary::ZipReader> &zipReader()
{
    static std::atomic<DeckLibrary::ZipReader> reader{nullptr};
    return reader;
}
const QString StagingPrefix = QStringLiteral(".import-");

Error invalid(const QString &message)
{
    return Error(Error::Kind::InvalidInput, message);
}

// Removes the staging folder whatever happens: on success the deck has been moved out of it.
class Staging
{
public:
    explicit Staging(const QString &path)
        : m_path(path)
    {}
    ~Staging()
    {
        if (!m_path.isEmpty())
            QDir(m_path).removeRecursively();
    }
    Staging(const Staging &) = delete;
    Staging &operator=(const Staging &) = delete;

private:
    QString m_path;
};

Status copyFolder(const QString &from, const QString &into, const DeckLibrary::Limits &limits)
{
    qint64 total = 0;
    int files = 0;
    QDirIterator it(from,
                    QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    const QDir source(from);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString relative = source.relativeFilePath(info.filePath());
        if (info.isSymLink())
            return invalid(
                DeckLibrary::tr("“%1” is a link; a deck holds its own files.").arg(relative));
        if (info.isDir())
            continue;
        if (++files > limits.files)
            return invalid(DeckLibrary::tr("The folder holds more than %1 files; a deck needs at "
                                           "most a few per drive.")
                               .arg(limits.files));
        total += info.size();
        if (info.size() > limits.fileBytes || total > limits.totalBytes)
            return invalid(DeckLibrary::tr("“%1” makes the deck larger than DriveDeck takes "
                                           "(%2 MB a file, %3 MB in all).")
                               .arg(relative)
                               .arg(limits.fileBytes / 1'000'000)
                               .arg(limits.totalBytes / 1'000'000));
        const QString target = QDir(into).filePath(relative);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) ||
            !QFile::copy(info.filePath(), target))
            return Error(Error::Kind::FileAccess,
                         DeckLibrary::tr("“%1” cannot be copied.").arg(relative));
    }
    return success();
}

// A zip usually holds one folder with the deck in it: that folder is the deck.
QString deckRoot(const QString &staging)
{
    const QDir dir(staging);
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (files.isEmpty() && folders.size() == 1)
        return dir.filePath(folders.first());
    return staging;
}

// Which drive a file's name says: "loyalty.jpg", "Loyalty 2.png", "02.jpg", "2-b.png".
int driveOfFileName(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{1,2}|[a-z]+)(?:[-_ .][a-z0-9 _-]*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QFileInfo(fileName).completeBaseName());
    if (!match.hasMatch())
        return 0;
    const Result<int> drive = Catalogue::findDrive(match.captured(1));
    return drive ? *drive : 0;
}

Status checkPicture(const QString &path, const QString &shown, const DeckLibrary::Limits &limits)
{
    QImageReader reader(path);
    // Never more memory than a picture within the limits needs, whatever its header says.
    reader.setAllocationLimit(int(limits.pixels * 4 / (1024 * 1024)) + 1);
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid())
        return invalid(DeckLibrary::tr("“%1” is not a picture DriveDeck can read (JPEG, PNG, "
                                       "WebP, BMP or GIF).")
                           .arg(shown));
    if (size.width() > limits.side || size.height() > limits.side ||
        qint64(size.width()) * size.height() > limits.pixels)
        return invalid(DeckLibrary::tr("“%1” is %2 × %3 pixels; a card's picture may have at "
                                       "most %4 megapixels and %5 pixels a side.")
                           .arg(shown)
                           .arg(size.width())
                           .arg(size.height())
                           .arg(limits.pixels / 1'000'000)
                           .arg(limits.side));
    // A small version decoded to be sure the picture is whole: never the full 24 megapixels.
    reader.setScaledSize(size.scaled(64, 64, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    if (reader.read().isNull())
        return invalid(DeckLibrary::tr("“%1” cannot be read: %2").arg(shown, reader.errorString()));
    return success();
}

QString slugOf(const QString &name)
{
    QString slug = name.normalized(QString::NormalizationForm_KD).toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return slug.isEmpty() ? QStringLiteral("deck") : slug.left(60);
}

Result<PhotoDeck> readDeck(const QString &folder)
{
    QFile file(QDir(folder).filePath(Manifest));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::NotFound, DeckLibrary::tr("%1 has no deck.json.").arg(folder));
    Result<PhotoDeck> deck = DeckLibrary::parseManifest(file.read(DeckLibrary::MaxManifestSize));
    if (deck)
        deck.value().folder = folder;
    return deck;
}

// A deck's name and credits are printed in the report and the About box: one clean line each.
QString cleanLine(const QJsonValue &value, qsizetype max)
{
    QString text = Text::normalName(value.toString());
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    return text.left(max);
}

} // namespace

Result<PhotoDeck> DeckLibrary::parseManifest(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return invalid(tr("deck.json is not valid JSON: %1 (at character %2).")
                           .arg(parseError.error == QJsonParseError::NoError
                                    ? tr("it is not an object")
                                    : parseError.errorString())
                           .arg(parseError.offset));
    const QJsonObject object = document.object();
    PhotoDeck deck;
    deck.name = cleanLine(object.value(QStringLiteral("name")), 80);
    deck.author = cleanLine(object.value(QStringLiteral("author")), 200);
    const QJsonValue licence = object.value(QStringLiteral("licence"));
    deck.licence =
        cleanLine(licence.isUndefined() ? object.value(QStringLiteral("license")) : licence, 200);
    deck.attribution = cleanLine(object.value(QStringLiteral("attribution")), 500);
    const QJsonValue images = object.value(QStringLiteral("images"));
    if (!images.isUndefined() && !images.isObject())
        return invalid(tr("deck.json: “images” must list the pictures per drive, "
                          "as in {\"loyalty\": [\"dog.jpg\"]}."));
    const QJsonObject perDrive = images.toObject();
    for (auto it = perDrive.begin(); it != perDrive.end(); ++it) {
        const Result<int> drive = Catalogue::findDrive(it.key());
        if (!drive)
            return invalid(tr("deck.json names a drive DriveDeck does not know: "
                              "“%1” (use a key such as \"loyalty\" or a number "
                              "from 1 to 24).")
                               .arg(Text::shown(it.key())));
        const QJsonArray files =
            it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &value : files) {
            const QString relative = pathInsideDeck(value.toString());
            if (!value.isString() || relative.isEmpty())
                return invalid(tr("deck.json: “%1” is not a file inside the deck.")
                                   .arg(Text::shown(value.toString())));
            deck.images[std::size_t(*drive - 1)].append(relative);
        }
    }
    return deck;
}

QString PhotoDeck::imagePath(int driveId, int turn) const
{
    if (!Catalogue::isValidDriveId(driveId))
        return {};
    const QStringList &files = imagesOf(driveId);
    if (files.isEmpty())
        return {};
    const qsizetype index = ((turn % files.size()) + files.size()) % files.size();
    return QDir(folder).filePath(files.at(index));
}

QString PhotoDeck::credit() const
{
    if (!attribution.isEmpty())
        return attribution;
    QStringList parts;
    if (!author.isEmpty())
        parts << DeckLibrary::tr("Photos by %1").arg(author);
    if (!licence.isEmpty())
        parts << licence;
    return parts.join(QStringLiteral(", "));
}

DeckLibrary::DeckLibrary(const QString &folder)
    : m_folder(folder)
{}

QString DeckLibrary::pathInsideDeck(QString name)
{
    name.replace(u'\\', u'/');
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(QStringLiteral("//")) ||
        QRegularExpression(QStringLiteral("^[A-Za-z]:")).match(name).hasMatch())
        return {};
    const QStringList parts = name.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return {};
    }
    return parts.join(u'/');
}

void DeckLibrary::setZipReader(ZipReader reader)
{
    zipReader().store(reader);
}

QString DeckLibrary::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("decks"));
}

QStringList DeckLibrary::imageSuffixes()
{
    return {QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("png"),
            QStringLiteral("webp"), QStringLiteral("bmp"),  QStringLiteral("gif")};
}

QList<PhotoDeck> DeckLibrary::decks() const
{
    QList<PhotoDeck> found;
    const QDir dir(m_folder);
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (sub.startsWith(u'.'))
            continue; // an import under way, or one a crash left behind
        const Result<PhotoDeck> deck = readDeck(dir.filePath(sub));
        if (deck && !deck->name.isEmpty())
            found.append(*deck);
    }
    std::sort(found.begin(), found.end(), [](const PhotoDeck &a, const PhotoDeck &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return found;
}

Result<PhotoDeck> DeckLibrary::find(const QString &name) const
{
    for (const PhotoDeck &deck : decks()) {
        if (deck.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return deck;
    }
    return Error(Error::Kind::NotFound, tr("There is no deck called “%1”.").arg(name));
}

Result<PhotoDeck> DeckLibrary::import(const QString &path, const QString &name,
                                      const Limits &limits) const
{
    const QFileInfo source(path);
    if (!source.exists())
        return Error(Error::Kind::NotFound, tr("%1 does not exist.").arg(path));
    if (!QDir().mkpath(m_folder))
        return Error(
            Error::Kind::FileAccess,
            tr("The decks folder %1 cannot be made.").arg(QDir::toNativeSeparators(m_folder)));
    // What a crash left behind is cleared first.
    for (const QString &old :
         QDir(m_folder).entryList({StagingPrefix + u'*'}, QDir::Dirs | QDir::Hidden))
        QDir(QDir(m_folder).filePath(old)).removeRecursively();

    const QString staging =
        QDir(m_folder).filePath(StagingPrefix + QUuid::createUuid().toString(QUuid::Id128));
    if (!QDir().mkpath(staging))
        return Error(
            Error::Kind::FileAccess,
            tr("The decks folder %1 cannot be written.").arg(QDir::toNativeSeparators(m_folder)));
    Staging cleanup(staging);
    const DeckLibrary::ZipReader reader = zipReader().load();
    if (!source.isDir() && !reader)
        return Error(Error::Kind::Unsupported,
                     tr("DriveDeck cannot open zip archives here; unpack %1 and import its "
                        "folder.")
                         .arg(source.fileName()));
    const Status unpacked =
        source.isDir() ? copyFolder(path, staging, limits) : reader(path, staging, limits);
    if (!unpacked)
        return unpacked.error();

    const QString root = deckRoot(staging);
    PhotoDeck deck;
    if (QFile::exists(QDir(root).filePath(Manifest))) {
        Result<PhotoDeck> read = readDeck(root);
        if (!read)
            return read.error();
        deck = *read;
    }
    deck.folder = root;
    // Without a list in deck.json, the pictures say their drive by their names.
    bool listed = false;
    for (const QStringList &files : deck.images)
        listed = listed || !files.isEmpty();
    if (!listed) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        QStringList pictures;
        while (it.hasNext()) {
            const QString file = it.next();
            if (imageSuffixes().contains(QFileInfo(file).suffix().toLower()))
                pictures.append(QDir(root).relativeFilePath(file));
        }
        pictures.sort();
        for (const QString &relative : std::as_const(pictures)) {
            const int drive = driveOfFileName(relative);
            if (drive == 0)
                return invalid(tr("“%1”: its name says no drive. Name pictures by drive "
                                  "(loyalty.jpg) or number (02.jpg), or list them in deck.json.")
                                   .arg(relative));
            deck.images[std::size_t(drive - 1)].append(relative);
        }
    }
    QStringList missing;
    for (const Drive &drive : Catalogue::drives()) {
        if (deck.imagesOf(drive.id).isEmpty())
            missing << QStringLiteral("%1 (%2)").arg(drive.key).arg(drive.id);
    }
    if (!missing.isEmpty())
        return invalid(tr("No picture for %n drive(s): %1. Every drive needs at least one.",
                          nullptr, int(missing.size()))
                           .arg(missing.join(QStringLiteral(", "))));
    for (const QStringList &files : deck.images) {
        for (const QString &relative : files) {
            const QString file = QDir(root).filePath(relative);
            const QFileInfo info(file);
            if (!info.exists() || !info.isFile())
                return invalid(tr("deck.json lists “%1”, which is not in the deck.").arg(relative));
            const Status picture = checkPicture(file, relative, limits);
            if (!picture)
                return picture.error();
        }
    }

    deck.name =
        (name.trimmed().isEmpty() ? (deck.name.isEmpty() ? source.completeBaseName() : deck.name)
                                  : name.trimmed())
            .simplified()
            .left(80);
    if (deck.name.isEmpty())
        return invalid(tr("The deck needs a name: give one with --name."));
    if (find(deck.name))
        return Error(Error::Kind::Conflict,
                     tr("There is a deck called “%1” already; remove it first, or import this one "
                        "under another name.")
                         .arg(deck.name));

    // DriveDeck's own deck.json, written whole, then the folder becomes the deck.
    QJsonObject perDrive;
    for (const Drive &drive : Catalogue::drives())
        perDrive.insert(drive.key, QJsonArray::fromStringList(deck.imagesOf(drive.id)));
    const QJsonObject manifest{{QStringLiteral("name"), deck.name},
                               {QStringLiteral("author"), deck.author},
                               {QStringLiteral("licence"), deck.licence},
                               {QStringLiteral("attribution"), deck.attribution},
                               {QStringLiteral("images"), perDrive}};
    QSaveFile out(QDir(root).filePath(Manifest));
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(manifest).toJson()) < 0 ||
        !out.commit())
        return Error(Error::Kind::FileAccess,
                     tr("The deck's deck.json cannot be written: %1").arg(out.errorString()));
    QString target = QDir(m_folder).filePath(slugOf(deck.name));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(m_folder).filePath(slugOf(deck.name) + u'-' + QString::number(n));
    if (!QDir().rename(root, target))
        return Error(Error::Kind::FileAccess,
                     tr("The deck cannot be moved into %1.").arg(QDir::toNativeSeparators(target)));
    deck.folder = target;
    return deck;
}

Status DeckLibrary::remove(const QString &name) const
{
    const Result<PhotoDeck> deck = find(name);
    if (!deck)
        return deck.error();
    if (!QDir(deck->folder).removeRecursively())
        return Error(Error::Kind::FileAccess,
                     tr("The deck “%1” could not be removed completely from %2.")
                         .arg(deck->name, QDir::toNativeSeparators(deck->folder)));
    return success();
}

} // namespace DriveDeck
