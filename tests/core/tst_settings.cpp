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
};

void TestSettings::fresh_hasDefaultsAndCurrentVersion()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"s.ini"_s));
    QCOMPARE(settings.version(), Settings::CurrentVersion);
    QCOMPARE(settings.databaseUrl(), QString());
    QCOMPARE(settings.language(), QString());
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

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
