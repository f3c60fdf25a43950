#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "teamprofile/profilepage.h"
#include "translator.h"
#include "workshop/sessiondocument.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// The profile in words follows the picks as they are made.
class TestProfilePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void figures_followThePicks();
};

void TestProfilePage::figures_followThePicks()
{
    QTemporaryDir dir;
    const DatabaseConfig config = DatabaseConfig::sqlite(dir.filePath(u"p.sqlite"_s));
    SessionBuilder b;
    b.session().id = QUuid::createUuid();
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s})
        b.participant(name);
    b.round(u"Now"_s, PickingRule::choose(1, 3));
    {
        Session s = b.build();
        auto store = SessionStore::open(config);
        QVERIFY(store.ok() && (*store)->save(s).ok());
    }
    SessionDocument document(config, b.session().id);
    QTRY_VERIFY(document.isOpen());
    ProfilePage page(&document);
    page.show();
    QCOMPARE(page.text(), u"Nobody has picked a card in this round yet."_s);
    for (int person = 0; person < 4; ++person)
        QVERIFY(document.addPick(b.pick(0, person, 1)).ok());
    QTRY_VERIFY(page.text().startsWith(u"4 people picked cards in this round. A profile is "
                                       "shown from 5 people on"_s));
    QVERIFY(document.addPick(b.pick(0, 4, 1)).ok());
    QTRY_VERIFY2(page.text().contains(u"Basics carries this group: 100.0 % of all picks"_s),
                 qPrintable(page.text()));
    document.undoStack()->undo();
    QTRY_VERIFY(page.text().startsWith(u"4 people"_s));
    QVERIFY(!page.text().contains(u"carries this group"_s));

    // Settings › Smallest group: 4 people are enough when the facilitator says 4, and 6 are
    // needed when they say 6.
    page.setMinimumGroup(4);
    QVERIFY(page.text().contains(u"Basics carries this group"_s));
    page.setMinimumGroup(6);
    QVERIFY(page.text().contains(u"A profile is shown from 6 people on"_s));
}

QTEST_MAIN(TestProfilePage)
#include "tst_profilepage.moc"
