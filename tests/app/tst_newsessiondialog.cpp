#include "library/newsessiondialog.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

// A new workshop in one step.
class TestNewSessionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_makeTheSession();
    void missingParts_areSaidAndKeepTheDialogOpen_data();
    void missingParts_areSaidAndKeepTheDialogOpen();
};

void TestNewSessionDialog::fields_makeTheSession()
{
    NewSessionDialog dialog;
    dialog.setFacilitator(u"Kim"_s);
    dialog.setLanguage(u"nl"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"newSessionTitle"_s), u"  Kick-off  Sales "_s);
    auto *people = dialog.findChild<QPlainTextEdit *>(u"newSessionPeople"_s);
    // Pasted from a spreadsheet: blanks, spaces and a double.
    people->setPlainText(u"Anouk\n\n  Bram  \nchen\nANOUK\nChen\n"_s);
    QCOMPARE(dialog.names(), (QStringList{u"Anouk"_s, u"Bram"_s, u"chen"_s}));
    QCOMPARE(dialog.problem(), QString());
    const Session s = dialog.session();
    QCOMPARE(s.title, u"Kick-off Sales"_s);
    QCOMPARE(s.facilitator, u"Kim"_s);
    QCOMPARE(s.language, u"nl"_s);
    QCOMPARE(s.participants.size(), 3);
    QCOMPARE(s.rounds.size(), 1);
    QCOMPARE(s.rounds.first().question, u"What drives you now?"_s);
    QCOMPARE(s.rounds.first().rule, PickingRule::choose(1, 3));
    QCOMPARE(s.rounds.first().participantIds.size(), 3);
    QVERIFY(s.validate().isEmpty());
}

void TestNewSessionDialog::missingParts_areSaidAndKeepTheDialogOpen_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("people");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no title") << QString() << u"Anouk"_s << u"Give the session a title."_s;
    QTest::newRow("nobody") << u"Day"_s << u"\n  \n"_s
                            << u"Add the people who take part, one name per line."_s;
}

void TestNewSessionDialog::missingParts_areSaidAndKeepTheDialogOpen()
{
    QFETCH(QString, title);
    QFETCH(QString, people);
    QFETCH(QString, problem);
    NewSessionDialog dialog;
    dialog.show();
    dialog.findChild<QLineEdit *>(u"newSessionTitle"_s)->setText(title);
    dialog.findChild<QPlainTextEdit *>(u"newSessionPeople"_s)->setPlainText(people);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.problem(), problem);
}

QTEST_MAIN(TestNewSessionDialog)
#include "tst_newsessiondialog.moc"
