#include "settings/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fresh_hasDefaultsAndCurrentVersion();
    void migrate_fromVersion0_dropsPasswordFromDisk();
    void setDatabaseUrl_neverStoresThePassword();
    void setters_emitChangedOnlyOnChange();
    void minimumGroupSize_defaultsToFiveAndStaysInRange_data();
    void minimumGroupSize_defaultsToFiveAndStaysInRange();
    void projectorScreen_isRememberedByName();
};

void TestSettings::fresh_hasDefaultsAndCurrentVersion()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"s.ini"_s));
    QCOMPARE(settings.version(), Settings::CurrentVersion);
    QCOMPARE(settings.databaseUrl(), QString());
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.minimumGroupSize(), 5);
    QCOMPARE(settings.projectorScreen(), QString());
}

void TestSettings::migrate_fromVersion0_dropsPasswordFromDisk()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"old.ini"_s);
    {
        QSettings old(file, QSettings::IniFormat);
        old.setValue(u"database/url"_s, u"postgresql://kim:hunter2@db:5432/drives"_s);
        old.setValue(u"interface/language"_s, u"nl"_s);
    }
    {
        Settings settings(file);
        QCOMPARE(settings.version(), 1);
        QCOMPARE(settings.databaseUrl(), u"postgresql://kim@db:5432/drives"_s);
        QCOMPARE(settings.language(), u"nl"_s);
    }
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("hunter2"));
}

void TestSettings::setDatabaseUrl_neverStoresThePassword()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"s.ini"_s));
    settings.setDatabaseUrl(u"postgresql://kim:secret@db/drives"_s);
    QCOMPARE(settings.databaseUrl(), u"postgresql://kim@db:5432/drives"_s);
    settings.setDatabaseUrl(u"/home/kim/dd.sqlite"_s);
    QCOMPARE(settings.databaseUrl(), u"/home/kim/dd.sqlite"_s);
}

void TestSettings::setters_emitChangedOnlyOnChange()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"s.ini"_s));
    QSignalSpy spy(&settings, &Settings::changed);
    settings.setLanguage(u"nl"_s);
    settings.setLanguage(u"nl"_s);
    settings.setFacilitatorName(u"Kim"_s);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(0).at(0).toString(), u"interface/language"_s);
    QCOMPARE(settings.facilitatorName(), u"Kim"_s);
}

void TestSettings::minimumGroupSize_defaultsToFiveAndStaysInRange_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("read");
    QTest::newRow("nothing stored") << QVariant() << 5;
    QTest::newRow("three") << QVariant(3) << 3;
    QTest::newRow("thirty") << QVariant(30) << 30;
    QTest::newRow("zero, by hand") << QVariant(0) << 1;
    QTest::newRow("a hundred, by hand") << QVariant(100) << 30;
    QTest::newRow("not a number") << QVariant(u"many"_s) << 5;
}

void TestSettings::minimumGroupSize_defaultsToFiveAndStaysInRange()
{
    QFETCH(QVariant, stored);
    QFETCH(int, read);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"s.ini"_s);
    if (stored.isValid()) {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(u"profile/minimumGroupSize"_s, stored);
    }
    Settings settings(file);
    QCOMPARE(settings.minimumGroupSize(), read);
    // Written through the setter, the value is in range too.
    QSignalSpy spy(&settings, &Settings::changed);
    settings.setMinimumGroupSize(-4);
    QCOMPARE(settings.minimumGroupSize(), 1);
    settings.setMinimumGroupSize(8);
    QCOMPARE(settings.minimumGroupSize(), 8);
    QVERIFY(spy.contains(QVariantList{Settings::MinimumGroupSizeKey}));
}

void TestSettings::projectorScreen_isRememberedByName()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"s.ini"_s);
    {
        Settings settings(file);
        settings.setProjectorScreen(u"HDMI-1"_s);
    }
    Settings again(file);
    QCOMPARE(again.projectorScreen(), u"HDMI-1"_s);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
