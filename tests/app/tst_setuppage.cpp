#include "decks/decklibrary.h"
#include "sessionbuilder.h"
#include "setup/setuppage.h"
#include "store/sessionstore.h"
#include "translator.h"
#include "workshop/sessiondocument.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// Setting a session up: details, people, anonymity and agreements, through the document.
class TestSetupPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void deck_chosenStoredAndUndone();
    void cleanup();
    void details_areWrittenWhenLeft();
    void people_pastedEditedAndRemoved();
    void anonymous_givesAliasesInOneStep();
    void agreements_addedEditedRemoved();
    void rounds_addedChangedRemoved();

private:
    Session stored();

    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    QUuid m_id;
    std::unique_ptr<SessionDocument> m_document;
    std::unique_ptr<SetupPage> m_page;
    int m_counter = 0;
};

void TestSetupPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(u"en"_s);
}

void TestSetupPage::init()
{
    SessionBuilder b(u"Team day"_s);
    b.session().id = m_id = QUuid::createUuid();
    b.participant(u"Anouk"_s).round(u"Now"_s);
    Session session = b.build();
    m_config = DatabaseConfig::sqlite(m_dir.filePath(u"setup%1.sqlite"_s.arg(++m_counter)));
    auto store = SessionStore::open(m_config);
    QVERIFY(store.ok() && (*store)->save(session).ok());
    m_document = std::make_unique<SessionDocument>(m_config, m_id, u"Kim"_s);
    QTRY_VERIFY(m_document->isOpen());
    m_page = std::make_unique<SetupPage>(m_document.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestSetupPage::deck_chosenStoredAndUndone()
{
    // A deck on this computer (the test's own data folder).
    QDir(DeckLibrary::defaultFolder()).removeRecursively();
    QTemporaryDir photos;
    for (const Drive &drive : Catalogue::drives()) {
        QImage image(30, 20, QImage::Format_RGB32);
        image.fill(drive.domain().colour);
        QVERIFY(image.save(QDir(photos.path()).filePath(drive.key + u".png"_s)));
    }
    QVERIFY(DeckLibrary().import(photos.path(), u"Sea"_s));
    // The page lists the decks when it loads the session's details.
    m_page.reset();
    m_page = std::make_unique<SetupPage>(m_document.get());
    m_page->show();
    auto *deck = m_page->findChild<QComboBox *>(u"setupDeck"_s);
    auto *atRandom = m_page->findChild<QCheckBox *>(u"setupDeckAtRandom"_s);
    QVERIFY(deck && atRandom);
    QCOMPARE(deck->count(), 2);
    QCOMPARE(deck->itemText(0), u"DriveDeck's own pictures"_s);
    QVERIFY(!atRandom->isEnabled());
    deck->setCurrentIndex(deck->findData(u"Sea"_s));
    QCOMPARE(m_document->session().deck, u"Sea"_s);
    QTRY_VERIFY(atRandom->isEnabled());
    atRandom->setChecked(true);
    QVERIFY(m_document->session().deckAtRandom);
    QTRY_COMPARE(stored().deck, u"Sea"_s);
    QTRY_VERIFY(stored().deckAtRandom);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->session().deck, QString());
    QTRY_COMPARE(deck->currentIndex(), 0);
    // A deck the session names but this computer lacks is said so, and kept.
    m_document->undoStack()->redo();
    QVERIFY(DeckLibrary().remove(u"Sea"_s));
    m_page.reset();
    m_page = std::make_unique<SetupPage>(m_document.get());
    deck = m_page->findChild<QComboBox *>(u"setupDeck"_s);
    QCOMPARE(deck->currentText(), u"Sea (not on this computer)"_s);
    QCOMPARE(m_document->session().deck, u"Sea"_s);
}

void TestSetupPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

Session TestSetupPage::stored()
{
    if (!QTest::qWaitFor(
            [&] { return m_document->saveState() == SessionDocument::SaveState::Saved; }, 10000))
        qWarning("not saved");
    return *(*SessionStore::open(m_config))->load(m_id);
}

void TestSetupPage::details_areWrittenWhenLeft()
{
    auto *title = m_page->findChild<QLineEdit *>(u"setupTitle"_s);
    auto *tags = m_page->findChild<QLineEdit *>(u"setupTags"_s);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Kick-off Sales"_s);
    QCOMPARE(m_document->session().title, u"Team day"_s); // not yet: still typing
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(m_document->session().title, u"Kick-off Sales"_s);
    tags->setText(u"pilot, sales ,, pilot"_s);
    Q_EMIT tags->editingFinished();
    QCOMPARE(m_document->session().tags, (QStringList{u"pilot"_s, u"sales"_s}));
    // An empty title is refused, said, and the field shows the title again.
    title->clear();
    Q_EMIT title->editingFinished();
    QCOMPARE(m_page->problem(), u"A session needs a title."_s);
    QCOMPARE(title->text(), u"Kick-off Sales"_s);
    const Session saved = stored();
    QCOMPARE(saved.title, u"Kick-off Sales"_s);
    QCOMPARE(saved.tags, (QStringList{u"pilot"_s, u"sales"_s}));
}

void TestSetupPage::people_pastedEditedAndRemoved()
{
    QAbstractItemModelTester tester(m_page->peopleView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->addPeople(u"Bram\n\n  Chen  \nDewi\n"_s);
    QAbstractItemModel *model = m_page->peopleView()->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(2, 0).data().toString(), u"Chen"_s);
    // Everybody joins the existing round.
    QCOMPARE(m_document->session().rounds.first().participantIds.size(), 4);
    // A name someone has already is refused and said.
    m_page->addPeople(u"anouk"_s);
    QVERIFY2(m_page->problem().contains(u"anouk"_s), qPrintable(m_page->problem()));
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(model->setData(model->index(1, 0), u"Bram de Vries"_s));
    QCOMPARE(m_document->session().participants.at(1).displayName, u"Bram de Vries"_s);
    // Dewi first: moved up three times, one row at a time.
    m_page->peopleView()->selectRow(3);
    for (int i = 0; i < 3; ++i)
        m_page->moveSelectedPerson(-1);
    QCOMPARE(model->index(0, 0).data().toString(), u"Dewi"_s);
    QCOMPARE(m_document->session().participants.first().displayName, u"Dewi"_s);
    QCOMPARE(stored().participants.first().displayName, u"Dewi"_s);
    m_page->peopleView()->selectRow(0);
    for (int i = 0; i < 3; ++i)
        m_page->moveSelectedPerson(+1);
    QCOMPARE(model->index(3, 0).data().toString(), u"Dewi"_s);
    m_page->peopleView()->selectRow(3);
    m_page->removeSelectedPeople();
    QCOMPARE(model->rowCount(), 3);
    m_document->undoStack()->undo();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(stored().participants.size(), 4);
}

void TestSetupPage::anonymous_givesAliasesInOneStep()
{
    m_page->addPeople(u"Bram\nChen"_s);
    const int steps = m_document->undoStack()->count();
    m_page->findChild<QCheckBox *>(u"setupAnonymous"_s)->setChecked(true);
    QVERIFY(m_document->session().anonymous);
    QStringList aliases;
    for (const Participant &p : m_document->session().participants)
        aliases.append(p.alias);
    QCOMPARE(aliases, (QStringList{u"Blue fox"_s, u"Red kite"_s, u"Green owl"_s}));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(m_document->undoStack()->undoText(), u"Make the session anonymous"_s);
    QCOMPARE(stored().participants.at(2).alias, u"Green owl"_s);
    m_document->undoStack()->undo();
    QVERIFY(!m_document->session().anonymous);
    QVERIFY(m_document->session().participants.at(0).alias.isEmpty());
    QVERIFY(!m_page->findChild<QCheckBox *>(u"setupAnonymous"_s)->isChecked());
}

void TestSetupPage::agreements_addedEditedRemoved()
{
    QAbstractItemModel *model = m_page->agreementsView()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->addAgreement(u"Lunch together once a month"_s);
    m_page->addAgreement(u"  "_s); // nothing
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->setData(model->index(0, 1), u"Bram"_s));
    QVERIFY(model->setData(model->index(0, 2), QDate(2026, 12, 31)));
    QVERIFY(!model->setData(model->index(0, 0), u" "_s)); // no text: refused
    QCOMPARE(m_page->problem(), u"An agreement has no text."_s);
    Session saved = stored();
    QCOMPARE(saved.agreements.size(), 1);
    QCOMPARE(saved.agreements.first().owner, u"Bram"_s);
    QCOMPARE(saved.agreements.first().due, QDate(2026, 12, 31));
    m_page->agreementsView()->selectRow(0);
    m_page->removeSelectedAgreement();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(stored().agreements.isEmpty());
}

void TestSetupPage::rounds_addedChangedRemoved()
{
    QAbstractItemModel *model = m_page->roundsView()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    Round scan;
    scan.id = QUuid::createUuid();
    scan.title = u"Quick scan"_s;
    scan.question = u"Yes or no?"_s;
    scan.rule = PickingRule::scan(4);
    scan.timeboxMinutes = 10;
    scan.participantIds = m_document->session().rounds.first().participantIds;
    m_page->saveRound(scan);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, 0).data().toString(),
             u"Quick scan — yes or no to every card, 4 s each, 10 min"_s);
    // Changed: a rule the picks no longer fit is refused and said.
    QVERIFY(m_document
                ->addPick({m_document->session().participants.first().id,
                           m_document->session().rounds.first().id,
                           5,
                           std::nullopt,
                           Polarity::Positive,
                           {},
                           QDateTime::currentDateTimeUtc(),
                           {}})
                .ok());
    Round now = m_document->session().rounds.first();
    now.participantIds.clear();
    m_page->saveRound(now);
    QVERIFY2(m_page->problem().contains(u"Anouk has picks in “Now”"_s),
             qPrintable(m_page->problem()));
    now = m_document->session().rounds.first();
    now.rule = PickingRule::choose(1, 5, true);
    now.rule.ranked = false;
    m_page->saveRound(now);
    QCOMPARE(m_page->problem(), QString());
    QCOMPARE(model->index(0, 0).data().toString(), u"Now — 1 to 5 cards"_s);
    m_page->roundsView()->setCurrentIndex(model->index(1, 0));
    m_page->removeSelectedRound();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(stored().rounds.size(), 1);
    QCOMPARE(stored().rounds.first().rule.maxPicks, 5);
}

QTEST_MAIN(TestSetupPage)
#include "tst_setuppage.moc"
