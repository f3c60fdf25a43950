#include "translator.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Translations = DriveDeck::Translations;

// The window's languages: DriveDeck's own texts and Qt's (standard buttons and dialogs) switch
// together, and back.
class TestTranslator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qtsOwnButtons_followTheLanguage_data();
    void qtsOwnButtons_followTheLanguage();
    void unknownLanguage_isRefusedAndEnglishStays();
};

void TestTranslator::qtsOwnButtons_followTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("save");
    QTest::newRow("nl") << u"nl"_s << u"Annuleren"_s << u"Opslaan"_s;
    QTest::newRow("en") << u"en"_s << u"Cancel"_s << u"Save"_s;
    QTest::newRow("nl again") << u"nl"_s << u"Annuleren"_s << u"Opslaan"_s;
}

void TestTranslator::qtsOwnButtons_followTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    QFETCH(QString, save);
    QVERIFY(Translations::install(language));
    QCOMPARE(Translations::current(), language);
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text().remove(u'&'), save);
    // And DriveDeck's own.
    QCOMPARE(QCoreApplication::translate("DriveDeck::MainWindow", "Cannot open"),
             language == u"nl"_s ? u"Kan niet openen"_s : u"Cannot open"_s);
}

void TestTranslator::unknownLanguage_isRefusedAndEnglishStays()
{
    QVERIFY(Translations::install(u"en"_s));
    QVERIFY(!Translations::install(u"fr"_s));
    QCOMPARE(Translations::current(), u"en"_s);
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Cancel"_s);
}

QTEST_MAIN(TestTranslator)
#include "tst_translator.moc"
