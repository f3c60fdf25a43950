#include "domain/catalogue.h"
#include "domain/colours.h"
#include "translator.h"

#include <QSet>
#include <QTest>

using namespace DriveDeck;

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue_has24DrivesIn5Domains();
    void domains_haveFixedSizesAndOrder_data();
    void domains_haveFixedSizesAndOrder();
    void drives_idsAndKeysAreUnique();
    void findDrive_acceptsIdsAndKeys_data();
    void findDrive_acceptsIdsAndKeys();
    void findDrive_everyIdAndKeyResolves();
    void findDrive_rejectsAnythingElse_data();
    void findDrive_rejectsAnythingElse();
    void findDomain_acceptsKeysAnyCase();
    void findDomain_rejectsUnknownKey();
    void names_areEnglishByDefault();
    void names_followTheInstalledLanguage_data();
    void names_followTheInstalledLanguage();
    void textColour_reachesWcagContrast_data();
    void textColour_reachesWcagContrast();
    void contrastRatio_matchesWcagReference();
    void windowColours_readOnLightAndDarkPalettes_data();
    void windowColours_readOnLightAndDarkPalettes();
    void shadeForText_keepsHuesThatAlreadyRead();
    void languageNames_areTheirOwn();
    void plurals_readNaturallyInBothLanguages_data();
    void plurals_readNaturallyInBothLanguages();
};

void TestCatalogue::catalogue_has24DrivesIn5Domains()
{
    QCOMPARE(Catalogue::drives().size(), 24u);
    QCOMPARE(Catalogue::domains().size(), 5u);
    int total = 0;
    for (const Domain &domain : Catalogue::domains())
        total += int(Catalogue::driveIdsOf(domain.id).size());
    QCOMPARE(total, 24);
}

void TestCatalogue::domains_haveFixedSizesAndOrder_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("colour");
    QTest::addColumn<QList<int>>("driveIds");
    QTest::newRow("basics") << 1 << "basics" << 6 << "#4caf50" << QList<int>{1, 2, 3, 4, 5, 6};
    QTest::newRow("self-development")
        << 2 << "self-development" << 6 << "#ff9800" << QList<int>{7, 8, 9, 10, 11, 12};
    QTest::newRow("ambition") << 3 << "ambition" << 8 << "#9c27b0"
                              << QList<int>{13, 14, 15, 16, 17, 18, 19, 20};
    QTest::newRow("vitality") << 4 << "vitality" << 2 << "#2196f3" << QList<int>{21, 22};
    QTest::newRow("attraction") << 5 << "attraction" << 2 << "#e91e63" << QList<int>{23, 24};
}

void TestCatalogue::domains_haveFixedSizesAndOrder()
{
    QFETCH(int, order);
    QFETCH(QString, key);
    QFETCH(int, size);
    QFETCH(QString, colour);
    QFETCH(QList<int>, driveIds);
    const Domain &domain = Catalogue::domains()[std::size_t(order - 1)];
    QCOMPARE(domain.order(), order);
    QCOMPARE(domain.key, key);
    QCOMPARE(domain.driveCount, size);
    QCOMPARE(domain.colour.name(), colour);
    QCOMPARE(Catalogue::driveIdsOf(domain.id), driveIds);
}

void TestCatalogue::drives_idsAndKeysAreUnique()
{
    QSet<QString> keys;
    int expectedId = 1;
    for (const Drive &drive : Catalogue::drives()) {
        QCOMPARE(drive.id, expectedId++);
        QVERIFY2(!keys.contains(drive.key), qPrintable(drive.key));
        keys.insert(drive.key);
        QCOMPARE(drive.key, drive.key.toLower());
    }
    QCOMPARE(keys.size(), 24);
}

void TestCatalogue::findDrive_acceptsIdsAndKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("id");
    QTest::newRow("id 1") << "1" << 1;
    QTest::newRow("id 24") << "24" << 24;
    QTest::newRow("key") << "idealism" << 1;
    QTest::newRow("key upper case") << "IDEALISM" << 1;
    QTest::newRow("key mixed case") << "SenSuality" << 24;
    QTest::newRow("blanks around") << "  curiosity " << 12;
    QTest::newRow("id with blanks") << " 7 " << 7;
    QTest::newRow("leading zero") << "07" << 7;
}

void TestCatalogue::findDrive_acceptsIdsAndKeys()
{
    QFETCH(QString, text);
    QFETCH(int, id);
    const Result<int> found = Catalogue::findDrive(text);
    QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
    QCOMPARE(*found, id);
}

void TestCatalogue::findDrive_everyIdAndKeyResolves()
{
    for (const Drive &drive : Catalogue::drives()) {
        QCOMPARE(*Catalogue::findDrive(QString::number(drive.id)), drive.id);
        QCOMPARE(*Catalogue::findDrive(drive.key), drive.id);
        QCOMPARE(*Catalogue::findDrive(drive.key.toUpper()), drive.id);
        QCOMPARE(Catalogue::drive(drive.id).key, drive.key);
    }
}

void TestCatalogue::findDrive_rejectsAnythingElse_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("typo") << "idealsm";
    QTest::newRow("zero") << "0";
    QTest::newRow("25") << "25";
    QTest::newRow("negative") << "-1";
    QTest::newRow("empty") << "";
    QTest::newRow("english name") << "Idealism · Better world";
    QTest::newRow("domain key") << "basics";
    QTest::newRow("decimal") << "1.5";
}

void TestCatalogue::findDrive_rejectsAnythingElse()
{
    QFETCH(QString, text);
    const Result<int> found = Catalogue::findDrive(text);
    QVERIFY(!found.ok());
    QCOMPARE(found.errorMessage(),
             QStringLiteral("unknown drive \"%1\": use a drive id from 1 to 24 or a key such as "
                            "\"idealism\"")
                 .arg(text));
}

void TestCatalogue::findDomain_acceptsKeysAnyCase()
{
    QCOMPARE(*Catalogue::findDomain(u"Self-Development"), DomainId::SelfDevelopment);
    QCOMPARE(*Catalogue::findDomain(u"attraction"), DomainId::Attraction);
}

void TestCatalogue::findDomain_rejectsUnknownKey()
{
    const auto found = Catalogue::findDomain(u"green");
    QVERIFY(!found.ok());
    QVERIFY(found.errorMessage().startsWith(QStringLiteral("unknown domain \"green\"")));
}

void TestCatalogue::names_areEnglishByDefault()
{
    QCOMPARE(Catalogue::drive(1).name(), QStringLiteral("Idealism · Better world"));
    QCOMPARE(Catalogue::drive(24).mainWord(), QStringLiteral("Sexy"));
    QCOMPARE(Catalogue::domain(DomainId::SelfDevelopment).name(),
             QStringLiteral("Self-development"));
}

void TestCatalogue::names_followTheInstalledLanguage_data()
{
    QTest::addColumn<int>("driveId");
    QTest::addColumn<QString>("dutch");
    QTest::addColumn<QString>("english");
    QTest::newRow("1") << 1 << "Idealisme · Betere wereld"
                       << "Idealism · Better world";
    QTest::newRow("5") << 5 << "Orde · Structuur"
                       << "Order · Structure";
    QTest::newRow("9") << 9 << "Vrij · Onafhankelijk"
                       << "Unbound · Independent";
    QTest::newRow("17") << 17 << "Waardering · Erkenning"
                        << "Appreciation · Recognition";
    QTest::newRow("21") << 21 << "Fit · Sportief"
                        << "Fit · Sporty";
    QTest::newRow("24") << 24 << "Sexy · Opwinding"
                        << "Sexy · Aroused";
}

void TestCatalogue::names_followTheInstalledLanguage()
{
    QFETCH(int, driveId);
    QFETCH(QString, dutch);
    QFETCH(QString, english);
    QVERIFY(Translations::install(QStringLiteral("nl")));
    QCOMPARE(Catalogue::drive(driveId).name(), dutch);
    QCOMPARE(Catalogue::domain(DomainId::Attraction).name(), QStringLiteral("Aantrekkingskracht"));
    QVERIFY(Translations::install(QStringLiteral("en")));
    QCOMPARE(Catalogue::drive(driveId).name(), english);
}

void TestCatalogue::textColour_reachesWcagContrast_data()
{
    QTest::addColumn<int>("domain");
    for (const Domain &domain : Catalogue::domains())
        QTest::newRow(qPrintable(domain.key)) << domain.index();
}

void TestCatalogue::textColour_reachesWcagContrast()
{
    QFETCH(int, domain);
    const Domain &d = Catalogue::domain(static_cast<DomainId>(domain));
    const double contrast = Colours::contrastRatio(d.textColour(), d.cardColour());
    QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
    // A shade of the same hue, never another colour.
    QVERIFY(std::abs(d.cardColour().hslHue() - d.colour.hslHue()) <= 2);
}

void TestCatalogue::contrastRatio_matchesWcagReference()
{
    QCOMPARE(Colours::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(Colours::contrastRatio(Qt::white, Qt::white), 1.0);
    // #777777 on white is the classic borderline grey: 4.48:1.
    QCOMPARE(qRound(Colours::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
}

// What the window paints on its own background, light or dark: domain bars and lines (3:1,
// the same hue), a problem's red text and chart text (4.5:1). Cards carry their own background
// (textColour_reachesWcagContrast).
void TestCatalogue::windowColours_readOnLightAndDarkPalettes_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    // Fusion's light window; white (a page); Adwaita dark's window; a darker one.
    QTest::newRow("light") << QColor(0xEF, 0xEF, 0xEF) << QColor(Qt::black);
    QTest::newRow("white") << QColor(Qt::white) << QColor(Qt::black);
    QTest::newRow("adwaita dark") << QColor(0x35, 0x35, 0x35) << QColor(0xEE, 0xEE, 0xEC);
    QTest::newRow("near black") << QColor(0x1E, 0x1E, 0x1E) << QColor(Qt::white);
}

void TestCatalogue::windowColours_readOnLightAndDarkPalettes()
{
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    for (const Domain &domain : Catalogue::domains()) {
        const QColor bar = Colours::shadeOn(domain.cardColour(), window);
        QVERIFY2(Colours::contrastRatio(bar, window) >= 3.0,
                 qPrintable(domain.key + u' ' + bar.name()));
        QVERIFY2(std::abs(bar.hslHue() - domain.colour.hslHue()) <= 3,
                 qPrintable(domain.key + u' ' + bar.name()));
        // Still told apart from the other domains' bars.
        for (const Domain &other : Catalogue::domains()) {
            if (other.index() > domain.index())
                QVERIFY(bar != Colours::shadeOn(other.cardColour(), window));
        }
    }
    const QColor problem = Colours::problemTextOn(window);
    QVERIFY2(Colours::contrastRatio(problem, window) >= 4.5, qPrintable(problem.name()));
    QVERIFY(problem.hslHue() <= 10 || problem.hslHue() >= 340); // red
    QVERIFY(Colours::contrastRatio(text, window) >= 4.5);
    // A colour that already stands out is kept as it is.
    QCOMPARE(Colours::shadeOn(text, window), text);
}

void TestCatalogue::shadeForText_keepsHuesThatAlreadyRead()
{
    // Green, orange, purple and blue read with black or white text as they are.
    for (DomainId id :
         {DomainId::Basics, DomainId::SelfDevelopment, DomainId::Ambition, DomainId::Vitality})
        QCOMPARE(Catalogue::domain(id).cardColour(), Catalogue::domain(id).colour);
    // Pink (#E91E63) reaches only about 4.3:1 either way, so its cards use a darker pink.
    const Domain &pink = Catalogue::domain(DomainId::Attraction);
    QVERIFY(pink.cardColour() != pink.colour);
    QVERIFY(pink.cardColour().lightness() < pink.colour.lightness());
    QCOMPARE(pink.textColour(), QColor(Qt::white));
}

void TestCatalogue::plurals_readNaturallyInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("text");
    QTest::newRow("en 1") << "en" << 1 << "… and 1 more problem.";
    QTest::newRow("en 10") << "en" << 10 << "… and 10 more problems.";
    QTest::newRow("nl 1") << "nl" << 1 << "… en nog 1 probleem.";
    QTest::newRow("nl 10") << "nl" << 10 << "… en nog 10 problemen.";
}

void TestCatalogue::plurals_readNaturallyInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, text);
    QVERIFY(Translations::install(language));
    QCOMPARE(QCoreApplication::translate("DriveDeck::PicksCsv", "… and %n more problem(s).",
                                         nullptr, count),
             text);
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestCatalogue::languageNames_areTheirOwn()
{
    // What the language menus and the set-up page show.
    QCOMPARE(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(Translations::nativeName(QStringLiteral("nl")), QStringLiteral("Nederlands"));
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
