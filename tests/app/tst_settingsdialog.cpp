#include "decks/decklibrary.h"
#include "preferences/settingsdialog.h"
#include "settings/settings.h"
#include "translator.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void photoDeck_importedListedAndRefusedWithItsReason();
    void opens_withWhatIsStored();
    void ok_writesEveryField();
    void cancel_writesNothing();
    void forgottenProjector_isKeptAndSaidToBeAway();
    void changeDatabase_isAskedFor();

private:
    template<typename T>
    T *field(SettingsDialog &dialog, const QString &name)
    {
        auto *found = dialog.findChild<T *>(name);
        if (!found)
            qFatal("no field %s", qPrintable(name));
        return found;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(u"en"_s);
}

void TestSettingsDialog::opens_withWhatIsStored()
{
    Settings settings(m_dir.filePath(u"s%1.ini"_s.arg(++m_counter)));
    settings.setLanguage(u"nl"_s);
    settings.setFacilitatorName(u"Kim"_s);
    settings.setMinimumGroupSize(7);
    SettingsDialog dialog(settings, u"On this computer"_s);
    QCOMPARE(dialog.language(), u"nl"_s);
    QCOMPARE(field<QComboBox>(dialog, u"languageChoice"_s)->currentText(), u"Nederlands"_s);
    QCOMPARE(dialog.facilitatorName(), u"Kim"_s);
    QCOMPARE(dialog.minimumGroupSize(), 7);
    QCOMPARE(dialog.projectorScreen(), QString());
    QVERIFY(
        field<QComboBox>(dialog, u"projectorScreen"_s)->currentText().startsWith(u"Automatic"_s));
    // Every field has a name a screen reader can say.
    for (QWidget *widget : dialog.findChildren<QWidget *>())
        if (qobject_cast<QComboBox *>(widget) || qobject_cast<QSpinBox *>(widget) ||
            qobject_cast<QLineEdit *>(widget->parentWidget() == &dialog ? widget : nullptr))
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
}

void TestSettingsDialog::ok_writesEveryField()
{
    Settings settings(m_dir.filePath(u"s%1.ini"_s.arg(++m_counter)));
    QSignalSpy changed(&settings, &Settings::changed);
    SettingsDialog dialog(settings, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *language = field<QComboBox>(dialog, u"languageChoice"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    auto *name = field<QLineEdit>(dialog, u"facilitatorName"_s);
    name->clear();
    QTest::keyClicks(name, u"  Noor  "_s);
    auto *group = field<QSpinBox>(dialog, u"minimumGroupSize"_s);
    group->selectAll();
    QTest::keyClicks(group, u"3"_s);
    auto *projector = field<QComboBox>(dialog, u"projectorScreen"_s);
    QVERIFY(projector->count() >= 2); // automatic, and the screen the tests run on
    projector->setCurrentIndex(1);
    const QString screenName = projector->currentData().toString();
    QVERIFY(!screenName.isEmpty());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(settings.language(), u"en"_s);
    QCOMPARE(settings.facilitatorName(), u"Noor"_s);
    QCOMPARE(settings.minimumGroupSize(), 3);
    QCOMPARE(settings.projectorScreen(), screenName);
    QCOMPARE(changed.count(), 4);
}

void TestSettingsDialog::cancel_writesNothing()
{
    Settings settings(m_dir.filePath(u"s%1.ini"_s.arg(++m_counter)));
    QSignalSpy changed(&settings, &Settings::changed);
    SettingsDialog dialog(settings, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    field<QSpinBox>(dialog, u"minimumGroupSize"_s)->setValue(12);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(settings.minimumGroupSize(), 5);
    QCOMPARE(changed.count(), 0);
}

void TestSettingsDialog::forgottenProjector_isKeptAndSaidToBeAway()
{
    Settings settings(m_dir.filePath(u"s%1.ini"_s.arg(++m_counter)));
    settings.setProjectorScreen(u"HDMI-9"_s);
    SettingsDialog dialog(settings, QString());
    QCOMPARE(dialog.projectorScreen(), u"HDMI-9"_s);
    QCOMPARE(field<QComboBox>(dialog, u"projectorScreen"_s)->currentText(),
             u"HDMI-9 (not connected)"_s);
    dialog.apply();
    QCOMPARE(settings.projectorScreen(), u"HDMI-9"_s);
}

void TestSettingsDialog::changeDatabase_isAskedFor()
{
    Settings settings(m_dir.filePath(u"s%1.ini"_s.arg(++m_counter)));
    SettingsDialog dialog(settings, u"On this computer"_s);
    QSignalSpy asked(&dialog, &SettingsDialog::databaseChangeRequested);
    QPushButton *change = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->accessibleName() == u"Change the database"_s)
            change = button;
    QVERIFY(change);
    change->click();
    QCOMPARE(asked.count(), 1);
    dialog.setDatabaseText(u"Shared database: postgresql://db/drives"_s);
    QVERIFY(dialog.findChild<QWidget *>(u"databaseText"_s));
}

void TestSettingsDialog::photoDeck_importedListedAndRefusedWithItsReason()
{
    // Decks live in the test's own data folder.
    QDir(DeckLibrary::defaultFolder()).removeRecursively();
    QTemporaryDir dir;
    const QString good = dir.filePath(u"Sea"_s);
    QDir().mkpath(good);
    for (const Drive &drive : Catalogue::drives()) {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(drive.domain().colour);
        QVERIFY(image.save(QDir(good).filePath(drive.key + u".png"_s)));
    }
    const QString bad = dir.filePath(u"Half"_s);
    QDir().mkpath(bad);
    QVERIFY(
        QFile::copy(QDir(good).filePath(u"loyalty.png"_s), QDir(bad).filePath(u"loyalty.png"_s)));

    Settings settings(m_dir.filePath(u"s%1.ini"_s.arg(++m_counter)));
    SettingsDialog dialog(settings, QString());
    QCOMPARE(dialog.deckLines(),
             QStringList{u"None yet: the cards show DriveDeck's own pictures."_s});
    QSignalSpy changed(&dialog, &SettingsDialog::decksChanged);
    dialog.importDeck(good);
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.takeFirst().at(0).toString(), QString());
    QCOMPARE(dialog.deckLines(), QStringList{u"Sea"_s});
    dialog.importDeck(bad);
    QVERIFY(changed.wait(10000));
    const QString problem = changed.takeFirst().at(0).toString();
    QVERIFY2(problem.startsWith(u"No picture for 23 drives: idealism (1)"_s), qPrintable(problem));
    QCOMPARE(dialog.findChild<QLabel *>(u"deckStatus"_s)->text(), problem);
    QCOMPARE(dialog.deckLines(), QStringList{u"Sea"_s});
    QDir(DeckLibrary::defaultFolder()).removeRecursively();
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
