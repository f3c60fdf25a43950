#include "domain/catalogue.h"
#include "domain/drivetexts.h"
#include "translator.h"

#include <QSet>
#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

// Our own words for every drive: a description and two questions, in English and Dutch.
class TestDriveTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDrive_hasADescriptionAndTwoQuestions_data();
    void everyDrive_hasADescriptionAndTwoQuestions();
    void noTwoDrives_shareAText();
    void outsideTheCatalogue_isEmpty();
};

void TestDriveTexts::everyDrive_hasADescriptionAndTwoQuestions_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("driveId");
    for (const QString &language : {u"en"_s, u"nl"_s}) {
        for (int id = 1; id <= DriveCount; ++id)
            QTest::addRow("%s %d", qPrintable(language), id) << language << id;
    }
}

void TestDriveTexts::everyDrive_hasADescriptionAndTwoQuestions()
{
    QFETCH(QString, language);
    QFETCH(int, driveId);
    QVERIFY(Translations::install(language));
    const QString description = DriveTexts::description(driveId);
    QVERIFY2(description.size() > 30 && description.endsWith(u'.'), qPrintable(description));
    const QStringList prompts = DriveTexts::prompts(driveId);
    QCOMPARE(prompts.size(), DriveTexts::PromptCount);
    for (const QString &prompt : prompts)
        QVERIFY2(prompt.size() > 10 && prompt.endsWith(u'?'), qPrintable(prompt));
    if (language == u"nl"_s) {
        // Translated, not the English left standing.
        Translations::install(u"en"_s);
        QVERIFY(DriveTexts::description(driveId) != description);
        QVERIFY(DriveTexts::prompts(driveId) != prompts);
    }
    Translations::install(u"en"_s);
}

void TestDriveTexts::noTwoDrives_shareAText()
{
    QSet<QString> seen;
    for (int id = 1; id <= DriveCount; ++id) {
        for (const QString &text :
             QStringList{DriveTexts::description(id)} + DriveTexts::prompts(id)) {
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
    }
    QCOMPARE(seen.size(), DriveCount * (1 + DriveTexts::PromptCount));
}

void TestDriveTexts::outsideTheCatalogue_isEmpty()
{
    QVERIFY(DriveTexts::description(0).isEmpty());
    QVERIFY(DriveTexts::prompts(25).isEmpty());
}

QTEST_GUILESS_MAIN(TestDriveTexts)
#include "tst_drivetexts.moc"
