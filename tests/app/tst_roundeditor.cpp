#include "sessionbuilder.h"
#include "setup/roundeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// One round's settings, checked the way the session checks them.
class TestRoundEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_makeTheRound();
    void brokenRound_isSaidAndKeepsTheDialogOpen();
};

void TestRoundEditor::fields_makeTheRound()
{
    SessionBuilder b;
    b.participant(u"Anouk"_s).participant(u"Brand"_s).round(u"Now"_s, PickingRule::choose(1, 3));
    const Session s = b.build();
    RoundEditor editor(s, s.rounds.first());
    auto *mode = editor.findChild<QComboBox *>();
    mode->setCurrentIndex(1); // a scan
    Round round = editor.round();
    QCOMPARE(round.id, s.rounds.first().id);
    QVERIFY(round.rule.isScan());
    QCOMPARE(round.participantIds.size(), 2);
    QCOMPARE(editor.problem(), QString());
    QVERIFY(!round.blind);
    auto *blind = editor.findChild<QCheckBox *>(u"roundBlind"_s);
    QVERIFY(blind);
    blind->setChecked(true);
    QVERIFY(editor.round().blind);
}

void TestRoundEditor::brokenRound_isSaidAndKeepsTheDialogOpen()
{
    SessionBuilder b;
    b.participant(u"Anouk"_s).participant(u"Brand"_s).round(u"Brand"_s);
    const Session s = b.build();
    RoundEditor editor(s, s.rounds.first());
    editor.show();
    QCheckBox *target = nullptr;
    for (QCheckBox *box : editor.findChildren<QCheckBox *>()) {
        if (box->text().startsWith(u"Target round"_s))
            target = box;
    }
    QVERIFY(target);
    target->setChecked(true);
    editor.accept();
    QVERIFY(editor.isVisible());
    QCOMPARE(editor.problem(),
             u"A target round is picked by exactly one participant, such as “Brand”."_s);
    // Only Brand picks: now it is a target round.
    editor.findChild<QListWidget *>()->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(editor.problem(), QString());
    editor.findChild<QLineEdit *>(u"roundTitle"_s)->clear();
    QCOMPARE(editor.problem(), u"Give the round a title."_s);
}

QTEST_MAIN(TestRoundEditor)
#include "tst_roundeditor.moc"
