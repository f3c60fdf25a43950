#include "decks/decklibrary.h"
#include "decks/deckzip.h"
#include "translator.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

namespace {

QByteArray png(QColor colour, QSize size = {60, 40})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A small JPEG whose header says it is width × height pixels (at most 65,535 a side).
QByteArray jpegClaiming(quint16 width, quint16 height)
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    // The frame header: FF C0, length, precision, then height and width, big-endian.
    const qsizetype frame = bytes.indexOf(QByteArray("\xFF\xC0", 2));
    bytes[frame + 5] = char(height >> 8);
    bytes[frame + 6] = char(height & 0xFF);
    bytes[frame + 7] = char(width >> 8);
    bytes[frame + 8] = char(width & 0xFF);
    return bytes;
}

// A deck as files: name → contents.
using Files = QList<std::pair<QString, QByteArray>>;

Files byKey(int skip = 0)
{
    Files files;
    for (const Drive &drive : Catalogue::drives()) {
        if (drive.id != skip)
            files.append({drive.key + u".png"_s, png(drive.domain().colour)});
    }
    return files;
}

void writeFolder(const QString &folder, const Files &files)
{
    for (const auto &[name, bytes] : files) {
        QDir().mkpath(QFileInfo(QDir(folder).filePath(name)).absolutePath());
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
}

// A zip of the files; a name may be anything, "../x" too. symlink makes the last entry a link.
void writeZip(const QString &path, const Files &files, bool symlink = false)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (qsizetype i = 0; i < files.size(); ++i) {
        QuaZipFile entry(&zip);
        QuaZipNewInfo info(files.at(i).first);
        if (symlink && i == files.size() - 1)
            info.externalAttr = quint32(0120777) << 16; // a link, as unzip(1) makes it
        QVERIFY(entry.open(QIODevice::WriteOnly, info));
        entry.write(files.at(i).second);
        entry.close();
    }
    zip.close();
}

// Every file and folder under the decks folder: what an import left behind.
QStringList leftIn(const QString &folder)
{
    QStringList left;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        left << QDir(folder).relativeFilePath(it.next());
    return left;
}

} // namespace

// Importing photo decks: good ones round-trip, bad ones are refused with a message naming the
// file and the problem, and leave nothing behind.
class TestDeckLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void folderDeck_namedByKey_roundTrips();
    void zipDeck_withManifest_keepsItsCredit();
    void zipDeck_inOneFolder_severalPicturesPerDrive();
    void badDeck_isRefusedAndLeavesNothing_data();
    void badDeck_isRefusedAndLeavesNothing();
    void sameName_isRefused();
    void zipDeck_withoutAZipReader_isRefusedAndLeavesNothing();
    void remove_unknownDeck_saysSo();

private:
    QString deckFolder() const { return m_dir.filePath(u"decks"_s); }
    QString source(const QString &name) const { return m_dir.filePath(u"sources/"_s + name); }

    QTemporaryDir m_dir;
    int m_run = 0;
};

void TestDeckLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(u"en"_s); // English plurals: "1 drive"
    DeckZip::install();
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(u"sources"_s));
}

void TestDeckLibrary::init()
{
    QDir(deckFolder()).removeRecursively();
}

void TestDeckLibrary::folderDeck_namedByKey_roundTrips()
{
    const QString folder = source(u"Holiday photos"_s);
    Files files = byKey();
    // Numbers name drives too, with anything after them; other files are left alone.
    files.removeIf([](const auto &file) { return file.first == u"loyalty.png"_s; });
    files.append({u"02-b.png"_s, png(Qt::green)});
    files.append({u"readme.txt"_s, "Photos from our holiday"});
    writeFolder(folder, files);
    const DeckLibrary library(deckFolder());
    const Result<PhotoDeck> imported = library.import(folder);
    QVERIFY2(imported, qPrintable(imported.errorMessage()));
    QCOMPARE(imported->name, u"Holiday photos"_s);
    QCOMPARE(imported->imagesOf(2), QStringList{u"02-b.png"_s});
    QCOMPARE(imported->imagesOf(1), QStringList{u"idealism.png"_s});
    QVERIFY(QFile::exists(imported->imagePath(14, 0)));

    const QList<PhotoDeck> decks = library.decks();
    QCOMPARE(decks.size(), 1);
    QCOMPARE(decks.first().name, u"Holiday photos"_s);
    QCOMPARE(decks.first().imagesOf(2), QStringList{u"02-b.png"_s});
    QVERIFY(library.find(u"holiday PHOTOS"_s));

    QVERIFY(library.remove(u"Holiday photos"_s));
    QVERIFY(library.decks().isEmpty());
    QCOMPARE(leftIn(deckFolder()), QStringList());
}

void TestDeckLibrary::zipDeck_withManifest_keepsItsCredit()
{
    Files files;
    QJsonObject images;
    for (const Drive &drive : Catalogue::drives()) {
        files.append({u"img/%1.png"_s.arg(drive.id), png(drive.domain().colour)});
        images.insert(QString::number(drive.id), u"img/%1.png"_s.arg(drive.id));
    }
    const QJsonObject manifest{{u"name"_s, u"Mountains"_s},
                               {u"author"_s, u"Ann Smith"_s},
                               {u"license"_s, u"CC BY 4.0"_s},
                               {u"images"_s, images}};
    files.append({u"deck.json"_s, QJsonDocument(manifest).toJson()});
    const QString zip = source(u"mountains.zip"_s);
    writeZip(zip, files);
    const DeckLibrary library(deckFolder());
    const Result<PhotoDeck> imported = library.import(zip);
    QVERIFY2(imported, qPrintable(imported.errorMessage()));
    QCOMPARE(imported->name, u"Mountains"_s);
    QCOMPARE(imported->credit(), u"Photos by Ann Smith, CC BY 4.0"_s);
    const Result<PhotoDeck> found = library.find(u"Mountains"_s);
    QVERIFY(found);
    QCOMPARE(found->licence, u"CC BY 4.0"_s);
    QCOMPARE(found->imagesOf(24), QStringList{u"img/24.png"_s});
    // Imported again under another name: two decks.
    QVERIFY(library.import(zip, u"Mountains, again"_s));
    QCOMPARE(library.decks().size(), 2);
}

void TestDeckLibrary::zipDeck_inOneFolder_severalPicturesPerDrive()
{
    Files files;
    for (const auto &[name, bytes] : byKey())
        files.append({u"Deck/"_s + name, bytes});
    files.append({u"Deck/loyalty-2.png"_s, png(Qt::darkGreen)});
    files.append({u"Deck/Loyalty 3.png"_s, png(Qt::darkGreen)});
    const QString zip = source(u"several.zip"_s);
    writeZip(zip, files);
    const Result<PhotoDeck> imported = DeckLibrary(deckFolder()).import(zip);
    QVERIFY2(imported, qPrintable(imported.errorMessage()));
    QCOMPARE(imported->imagesOf(2),
             (QStringList{u"Loyalty 3.png"_s, u"loyalty-2.png"_s, u"loyalty.png"_s}));
    // Shown in turn: the fourth turn is the first picture again.
    QCOMPARE(imported->imagePath(2, 3), imported->imagePath(2, 0));
    QVERIFY(imported->imagePath(2, 1) != imported->imagePath(2, 0));
}

void TestDeckLibrary::badDeck_isRefusedAndLeavesNothing_data()
{
    QTest::addColumn<QString>("kind"); // folder or zip
    QTest::addColumn<Files>("files");
    QTest::addColumn<bool>("symlink");
    QTest::addColumn<QString>("message");

    QTest::newRow("a drive without a picture")
        << u"folder"_s << byKey(7) << false
        << u"No picture for 1 drive: relaxation (7). Every drive needs at least one."_s;

    Files notAPicture = byKey();
    notAPicture.append({u"health-2.jpg"_s, "this is not a picture"});
    QTest::newRow("not a picture") << u"folder"_s << notAPicture << false
                                   << u"“health-2.jpg” is not a picture DriveDeck can read"_s;

    // A header that claims 60,000 × 60,000 pixels: refused before anything is decoded.
    Files bomb = byKey();
    bomb.append({u"beauty-2.jpg"_s, jpegClaiming(60000, 60000)});
    QTest::newRow("a picture bomb")
        << u"folder"_s << bomb << false << u"“beauty-2.jpg” is 60000 × 60000 pixels"_s;

    Files nameless = byKey();
    nameless.append({u"holiday.png"_s, png(Qt::red)});
    QTest::newRow("a name that says no drive")
        << u"folder"_s << nameless << false << u"“holiday.png”: its name says no drive"_s;

    Files climbing = byKey();
    climbing.append({u"../outside.png"_s, png(Qt::red)});
    QTest::newRow("zip: ../") << u"zip"_s << climbing << false
                              << u"the entry “../outside.png” would be written outside"_s;

    Files absolute = byKey();
    absolute.append({u"/tmp/absolute.png"_s, png(Qt::red)});
    QTest::newRow("zip: absolute path")
        << u"zip"_s << absolute << false
        << u"the entry “/tmp/absolute.png” would be written outside"_s;

    Files link = byKey();
    link.append({u"fitness-2.png"_s, "/etc/passwd"});
    QTest::newRow("zip: a link") << u"zip"_s << link << true
                                 << u"the entry “fitness-2.png” is a link"_s;

    // 3 MB of zeros pack to a few kilobytes; the test's limit is 2 MB unpacked.
    Files zeros = byKey();
    zeros.append({u"zeros.bin"_s, QByteArray(3'000'000, '\0')});
    QTest::newRow("zip bomb") << u"zip"_s << zeros << false << u"unpacks to more than 2 MB"_s;

    Files broken = byKey();
    broken.append({u"deck.json"_s, "{\"name\": \"Broken\", "});
    QTest::newRow("manifest not JSON")
        << u"zip"_s << broken << false << u"deck.json is not valid JSON"_s;

    Files unknown = byKey();
    unknown.append({u"deck.json"_s, R"({"images": {"happiness": "idealism.png"}})"});
    QTest::newRow("manifest: unknown drive")
        << u"zip"_s << unknown << false
        << u"deck.json names a drive DriveDeck does not know: “happiness”"_s;

    Files missingFile = byKey();
    QJsonObject all;
    for (const Drive &drive : Catalogue::drives())
        all.insert(drive.key, drive.key + u".png"_s);
    all.insert(u"curiosity"_s, u"gone.png"_s);
    missingFile.append({u"deck.json"_s, QJsonDocument(QJsonObject{{u"images"_s, all}}).toJson()});
    QTest::newRow("manifest: a file that is not there")
        << u"zip"_s << missingFile << false << u"deck.json lists “gone.png”"_s;
}

void TestDeckLibrary::badDeck_isRefusedAndLeavesNothing()
{
    QFETCH(QString, kind);
    QFETCH(Files, files);
    QFETCH(bool, symlink);
    QFETCH(QString, message);
    const QString path =
        source(u"bad-%1%2"_s.arg(++m_run).arg(kind == u"zip"_s ? u".zip"_s : QString()));
    if (kind == u"zip"_s)
        writeZip(path, files, symlink);
    else
        writeFolder(path, files);
    DeckLibrary::Limits limits;
    limits.totalBytes = 2'000'000;
    const DeckLibrary library(deckFolder());
    const Result<PhotoDeck> imported = library.import(path, u"Bad"_s, limits);
    QVERIFY(!imported);
    QVERIFY2(imported.errorMessage().contains(message), qPrintable(imported.errorMessage()));
    QCOMPARE(imported.errorKind(), Error::Kind::InvalidInput);
    // No deck and no file: the decks folder is as empty as before.
    QVERIFY(library.decks().isEmpty());
    QCOMPARE(leftIn(deckFolder()), QStringList());
    QVERIFY(!QFile::exists(m_dir.filePath(u"sources/outside.png"_s)));
}

void TestDeckLibrary::sameName_isRefused()
{
    const QString folder = source(u"Twice"_s);
    writeFolder(folder, byKey());
    const DeckLibrary library(deckFolder());
    QVERIFY(library.import(folder));
    const Result<PhotoDeck> again = library.import(folder);
    QVERIFY(!again);
    QCOMPARE(again.errorKind(), Error::Kind::Conflict);
    QVERIFY(again.errorMessage().startsWith(u"There is a deck called “Twice” already"_s));
    QCOMPARE(library.decks().size(), 1);
    QCOMPARE(QDir(deckFolder()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{u"twice"_s});
}

// A program that has no zip reader (the window before its outputs module is there, it loads it
// then) refuses a zip with a message and takes a folder as ever.
void TestDeckLibrary::zipDeck_withoutAZipReader_isRefusedAndLeavesNothing()
{
    const QString zip = source(u"Unread.zip"_s);
    writeZip(zip, byKey());
    DeckLibrary::setZipReader(nullptr);
    auto reinstall = qScopeGuard([] { DeckZip::install(); });
    const DeckLibrary library(deckFolder());
    const Result<PhotoDeck> refused = library.import(zip);
    QVERIFY(!refused);
    QCOMPARE(refused.errorKind(), Error::Kind::Unsupported);
    QCOMPARE(refused.errorMessage(), u"DriveDeck cannot open zip archives here; unpack "
                                     u"Unread.zip and import its folder."_s);
    QCOMPARE(leftIn(deckFolder()), QStringList());
    const QString folder = source(u"Unpacked"_s);
    writeFolder(folder, byKey());
    QVERIFY(library.import(folder));
    // With the reader back, the zip too.
    reinstall.dismiss();
    DeckZip::install();
    QVERIFY(library.import(zip));
}

void TestDeckLibrary::remove_unknownDeck_saysSo()
{
    const Status removed = DeckLibrary(deckFolder()).remove(u"Nothing"_s);
    QVERIFY(!removed);
    QCOMPARE(removed.errorKind(), Error::Kind::NotFound);
    QCOMPARE(removed.errorMessage(), u"There is no deck called “Nothing”."_s);
}

QTEST_GUILESS_MAIN(TestDeckLibrary)
#include "tst_decklibrary.moc"
