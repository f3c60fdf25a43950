#include "deck/cardwidget.h"
#include "deck/deckview.h"
#include "domain/catalogue.h"
#include "kiosk/passthelaptop.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "translator.h"
#include "workshop/sessiondocument.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// Three people around one laptop.
class TestPassTheLaptop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void threePeople_inTurn_handOverShowsNothingOfTheOneBefore();
    void done_beforeEnoughCards_saysSoAndStays();
    void escape_asksBeforeReturningToTheFacilitator();
    void skip_passesTheTurnOn_byKeyboardToo();

private:
    void pick(int driveId) { QTest::mouseClick(m_kiosk->cards()->card(driveId), Qt::LeftButton); }

    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    Session m_session;
    std::unique_ptr<SessionDocument> m_document;
    QPointer<PassTheLaptop> m_kiosk;
    int m_counter = 0;
};

void TestPassTheLaptop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(u"en"_s);
}

void TestPassTheLaptop::init()
{
    SessionBuilder b(u"Around one laptop"_s);
    b.session().id = QUuid::createUuid();
    for (const QString &name : {u"Anouk"_s, u"Bram"_s, u"Cas"_s})
        b.participant(name);
    b.round(u"Now"_s, PickingRule::choose(1, 2));
    m_session = b.build();
    m_session.rounds[0].question = u"What drives you now?"_s;
    m_config = DatabaseConfig::sqlite(m_dir.filePath(u"k%1.sqlite"_s.arg(++m_counter)));
    auto store = SessionStore::open(m_config);
    QVERIFY(store.ok() && (*store)->save(m_session).ok());
    m_document = std::make_unique<SessionDocument>(m_config, m_session.id);
    QTRY_VERIFY(m_document->isOpen());
    m_kiosk = new PassTheLaptop(m_document.get(), m_session.rounds.first().id);
    m_kiosk->resize(1366, 768);
    m_kiosk->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_kiosk));
}

void TestPassTheLaptop::cleanup()
{
    if (m_kiosk)
        m_kiosk->leave();
    QTRY_VERIFY(!m_kiosk);
    m_document.reset();
}

void TestPassTheLaptop::threePeople_inTurn_handOverShowsNothingOfTheOneBefore()
{
    const QList<QList<int>> cards{{3}, {7, 8}, {12}};
    QStringList earlier; // names and cards of those who went before
    for (int person = 0; person < 3; ++person) {
        const QString name = m_session.participants.at(person).displayName;
        QCOMPARE(m_kiosk->step(), PassTheLaptop::Step::Turn);
        const QString turn = m_kiosk->visibleTexts().join(u'\n');
        QVERIFY2(turn.contains(name + u", it is your turn"_s), qPrintable(turn));
        QVERIFY(turn.contains(u"What drives you now?"_s));
        for (const QString &before : std::as_const(earlier))
            QVERIFY2(!turn.contains(before), qPrintable(before));
        m_kiosk->start();
        for (int card : cards.at(person))
            pick(card);
        m_kiosk->done();
        QCOMPARE(m_kiosk->step(), PassTheLaptop::Step::Confirm);
        const QString confirm = m_kiosk->visibleTexts().join(u'\n');
        for (int card : cards.at(person))
            QVERIFY(confirm.contains(Catalogue::drive(card).name()));
        m_kiosk->confirm();
        earlier << name;
        for (int card : cards.at(person))
            earlier << Catalogue::drive(card).mainWord();
        if (person < 2) {
            QCOMPARE(m_kiosk->step(), PassTheLaptop::Step::HandOver);
            // The hand-over screen: nobody's name, nobody's cards.
            const QString handOver = m_kiosk->visibleTexts().join(u'\n');
            QVERIFY(handOver.contains(u"Please hand the laptop to the next person."_s));
            for (const Participant &p : m_session.participants)
                QVERIFY2(!handOver.contains(p.displayName), qPrintable(handOver));
            for (const QString &before : std::as_const(earlier))
                QVERIFY2(!handOver.contains(before), qPrintable(before));
            m_kiosk->next();
        }
    }
    QCOMPARE(m_kiosk->step(), PassTheLaptop::Step::Finished);
    // Every pick is in the store.
    QTRY_COMPARE(m_document->saveState(), SessionDocument::SaveState::Saved);
    auto store = SessionStore::open(m_config);
    const Session saved = *(*store)->load(m_session.id);
    for (int person = 0; person < 3; ++person) {
        QList<int> stored;
        for (const Pick &p :
             saved.picksOf(m_session.rounds.first().id, m_session.participants.at(person).id))
            stored << p.driveId;
        QCOMPARE(stored, cards.at(person));
    }
}

void TestPassTheLaptop::done_beforeEnoughCards_saysSoAndStays()
{
    m_kiosk->start();
    auto *done = m_kiosk->findChild<QPushButton *>(u"kioskDone"_s);
    QVERIFY(done && !done->isEnabled());
    m_kiosk->done();
    QCOMPARE(m_kiosk->step(), PassTheLaptop::Step::Cards);
    QVERIFY(m_kiosk->visibleTexts().join(u'\n').contains(u"Choose at least 1 card first."_s));
    pick(5);
    QVERIFY(done->isEnabled());
    // A third card where two is the most: said, not taken.
    pick(6);
    pick(7);
    QCOMPARE(m_document->session()
                 .picksOf(m_session.rounds.first().id, m_session.participants.first().id)
                 .size(),
             2);
    QVERIFY(m_kiosk->visibleTexts().join(u'\n').contains(u"Choose 1 to 2 cards: 2 chosen"_s));
}

void TestPassTheLaptop::escape_asksBeforeReturningToTheFacilitator()
{
    QTest::keyClick(m_kiosk, Qt::Key_Escape);
    QMessageBox *ask = nullptr;
    QTRY_VERIFY((ask = m_kiosk->findChild<QMessageBox *>()));
    QVERIFY(m_kiosk->isVisible());
    // "Keep Going": still passing the laptop.
    for (QAbstractButton *button : ask->buttons())
        if (button->text() == u"Keep Going"_s)
            button->click();
    QTRY_VERIFY(!m_kiosk->findChild<QMessageBox *>());
    QVERIFY(m_kiosk->isVisible());
    // Closing the window asks too; "Return" ends it.
    m_kiosk->close();
    QTRY_VERIFY((ask = m_kiosk->findChild<QMessageBox *>()));
    QVERIFY(m_kiosk);
    for (QAbstractButton *button : ask->buttons())
        if (button->text() == u"Return"_s)
            button->click();
    QTRY_VERIFY(!m_kiosk);
}

void TestPassTheLaptop::skip_passesTheTurnOn_byKeyboardToo()
{
    // Anouk would rather wait: Bram first, then Cas; Anouk is not asked again this time.
    QVERIFY(m_kiosk->visibleTexts().join(u'\n').contains(u"Anouk, it is your turn"_s));
    auto *skip = m_kiosk->findChild<QPushButton *>(u"kioskSkip"_s);
    QVERIFY(skip && skip->isVisible());
    skip->setFocus();
    QTest::keyClick(skip, Qt::Key_Return);
    QCOMPARE(m_kiosk->step(), PassTheLaptop::Step::Turn);
    QVERIFY(m_kiosk->visibleTexts().join(u'\n').contains(u"Bram, it is your turn"_s));
    for (int person : {1, 2}) {
        QTest::keyClick(m_kiosk->focusWidget(), Qt::Key_Return); // Start
        QCOMPARE(m_kiosk->step(), PassTheLaptop::Step::Cards);
        pick(person + 10);
        // Enter on the cards is "done", wherever the focus is.
        QTest::keyClick(m_kiosk->cards()->card(1), Qt::Key_Return);
        QCOMPARE(m_kiosk->step(), PassTheLaptop::Step::Confirm);
        QTest::keyClick(m_kiosk->focusWidget(), Qt::Key_Return); // Yes, that's it
        if (person == 1) {
            QCOMPARE(m_kiosk->step(), PassTheLaptop::Step::HandOver);
            QTest::keyClick(m_kiosk->focusWidget(), Qt::Key_Return); // I'm next
            QVERIFY(m_kiosk->visibleTexts().join(u'\n').contains(u"Cas, it is your turn"_s));
        }
    }
    QCOMPARE(m_kiosk->step(), PassTheLaptop::Step::Finished);
    QVERIFY(m_kiosk->visibleTexts().join(u'\n').contains(u"Everyone has had a turn."_s));
    const Session &s = m_document->session();
    QVERIFY(s.picksOf(m_session.rounds.first().id, m_session.participants.at(0).id).isEmpty());
    QCOMPARE(s.picksOf(m_session.rounds.first().id, m_session.participants.at(2).id).size(), 1);
}

QTEST_MAIN(TestPassTheLaptop)
#include "tst_passthelaptop.moc"
