#include "domain/catalogue.h"
#include "profile/profile.h"
#include "projector/projectorwindow.h"
#include "projector/showpersondialog.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "translator.h"
#include "workshop/sessiondocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// The room's screen: progress without content while picking, the group's numbers at the reveal.
class TestProjectorWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void picking_showsNoNameAndNoPick();
    void reveal_showsProfilesCounts();
    void timer_countsDownAndSaysWhenTimeIsUp();
    void onePerson_onlyAfterConsent_andOnlyAtTheReveal();

private:
    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<SessionDocument> m_document;
    std::unique_ptr<ProjectorWindow> m_window;
    int m_counter = 0;
};

void TestProjectorWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(u"en"_s);
}

void TestProjectorWindow::init()
{
    SessionBuilder b(u"Team day"_s);
    b.session().id = QUuid::createUuid();
    for (const QString &name : {u"Anouk"_s, u"Bram"_s, u"Cas"_s, u"Dewi"_s})
        b.participant(name);
    b.round(u"Now"_s, PickingRule::choose(1, 3, false, true));
    m_session = b.build();
    m_session.rounds[0].question = u"What drives you now?"_s;
    m_session.rounds[0].timeboxMinutes = 15;
    const DatabaseConfig config =
        DatabaseConfig::sqlite(m_dir.filePath(u"p%1.sqlite"_s.arg(++m_counter)));
    auto store = SessionStore::open(config);
    QVERIFY(store.ok() && (*store)->save(m_session).ok());
    m_document = std::make_unique<SessionDocument>(config, m_session.id);
    QTRY_VERIFY(m_document->isOpen());
    m_window = std::make_unique<ProjectorWindow>(m_document.get());
    m_window->setRound(m_session.rounds.first().id);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestProjectorWindow::cleanup()
{
    m_window.reset();
    m_document.reset();
}

void TestProjectorWindow::picking_showsNoNameAndNoPick()
{
    const QUuid round = m_session.rounds.first().id;
    const QList<std::pair<int, int>> picks{{0, 3}, {0, 12}, {1, 3}, {2, 7}};
    for (const auto &[person, card] : picks)
        QVERIFY(m_document->togglePick(round, m_session.participants.at(person).id, card).ok());
    QVERIFY(m_document
                ->setPickNote({round, m_session.participants.at(0).id, 3}, u"Anouk's grandmother"_s)
                .ok());
    auto *progress = m_window->findChild<QLabel *>(u"projectorProgress"_s);
    QTRY_COMPARE(progress->text(), u"3 of 4 done"_s);
    QCOMPARE(m_window->findChild<QLabel *>(u"projectorQuestion"_s)->text(),
             u"What drives you now?"_s);
    const QString everything = m_window->allTexts().join(u'\n');
    QVERIFY(everything.contains(u"3 of 4 done"_s));
    for (const Participant &p : m_session.participants)
        QVERIFY2(!everything.contains(p.displayName), qPrintable(p.displayName));
    for (const auto &[person, card] : picks) {
        Q_UNUSED(person)
        QVERIFY2(!everything.contains(Catalogue::drive(card).mainWord()),
                 qPrintable(Catalogue::drive(card).name()));
    }
    QVERIFY(!everything.contains(u"grandmother"_s));
}

void TestProjectorWindow::reveal_showsProfilesCounts()
{
    const QUuid round = m_session.rounds.first().id;
    const QList<std::pair<int, int>> picks{{0, 3}, {0, 12}, {1, 3}, {2, 3}, {2, 20}, {3, 12}};
    for (const auto &[person, card] : picks)
        QVERIFY(m_document->togglePick(round, m_session.participants.at(person).id, card).ok());
    QVERIFY(m_document->togglePick(round, m_session.participants.at(3).id, 20, Polarity::Negative)
                .ok());
    m_window->setPhase(ProjectorWindow::Phase::Reveal);
    QTRY_COMPARE(m_window->reveal().card(3).picks, 3);
    const Profile profile = Profile::ofRound(m_document->session(), round);
    for (int id = 1; id <= DriveCount; ++id)
        QCOMPARE(m_window->reveal().card(id).picks, profile.picks(id));
    QVERIFY(m_window->reveal().card(3).shared);
    QVERIFY(m_window->reveal().card(20).polarising);
    auto *view = m_window->findChild<QWidget *>(u"projectorReveal"_s);
    QVERIFY(view && view->isVisible());
    const QString said = view->accessibleDescription();
    QVERIFY2(said.contains(u"%1: 3 people, shared by the group"_s.arg(Catalogue::drive(3).name())),
             qPrintable(said));
    QVERIFY(said.contains(u"%1: 1 people, 1 as “not me”"_s.arg(Catalogue::drive(20).name())) ||
            said.contains(u"%1: 1 person, 1 as “not me”"_s.arg(Catalogue::drive(20).name())));
    // The reveal names no one either.
    for (const Participant &p : m_session.participants)
        QVERIFY(!m_window->allTexts().join(u'\n').contains(p.displayName));
}

void TestProjectorWindow::onePerson_onlyAfterConsent_andOnlyAtTheReveal()
{
    const QUuid round = m_session.rounds.first().id;
    const QUuid anouk = m_session.participants.at(0).id, bram = m_session.participants.at(1).id;
    QVERIFY(m_document->togglePick(round, anouk, 3).ok());
    QVERIFY(m_document->togglePick(round, anouk, 12).ok());
    QVERIFY(m_document->togglePick(round, anouk, 20, Polarity::Negative).ok());
    QVERIFY(m_document->togglePick(round, bram, 7).ok());

    // The facilitator's question first: nothing can be shown until the box is ticked.
    ShowPersonDialog ask(m_document->session(), round);
    auto *show = ask.findChild<QPushButton *>(u"showPersonShow"_s);
    auto *people = ask.findChild<QComboBox *>(u"showPersonPeople"_s);
    auto *agreed = ask.findChild<QCheckBox *>(u"showPersonAgreed"_s);
    QCOMPARE(people->count(), 2); // only people with picks: Anouk and Bram
    QVERIFY(!show->isEnabled());
    QCOMPARE(agreed->text(), u"Anouk agreed to show their picks to the room"_s);
    ask.setAgreed(true);
    QVERIFY(show->isEnabled());
    ask.choose(bram); // a tick for Anouk is not a tick for Bram
    QVERIFY(!agreed->isChecked());
    QVERIFY(!show->isEnabled());
    ask.choose(anouk);
    ask.setAgreed(true);
    QCOMPARE(ask.person(), anouk);

    // While the group picks, the projector shows nothing of her even when she agreed.
    m_window->showPerson(ask.person());
    QString everything = m_window->allTexts().join(u'\n');
    QVERIFY(!everything.contains(u"Anouk"_s));
    QVERIFY(!everything.contains(Catalogue::drive(12).mainWord()));

    // At the reveal: her name and her picks, nobody else's.
    m_window->setPhase(ProjectorWindow::Phase::Reveal);
    everything = m_window->allTexts().join(u'\n');
    QVERIFY2(everything.contains(u"✓ marks the picks of Anouk, who agreed to show them"_s),
             qPrintable(everything));
    QVERIFY(everything.contains(u"Anouk picked %1, %2; not me: %3"_s.arg(
        Catalogue::drive(3).name(), Catalogue::drive(12).name(), Catalogue::drive(20).name())));
    for (const QString &other : {u"Bram"_s, u"Cas"_s, u"Dewi"_s})
        QVERIFY2(!everything.contains(other), qPrintable(other));

    // Off again: by the facilitator, or by moving to another round.
    m_window->showPerson({});
    QVERIFY(!m_window->allTexts().join(u'\n').contains(u"Anouk"_s));
    m_window->showPerson(anouk);
    QVERIFY(m_window->allTexts().join(u'\n').contains(u"Anouk"_s));
    m_window->setRound({});
    m_window->setRound(round);
    QVERIFY(m_window->shownPerson().isNull());
    QVERIFY(!m_window->allTexts().join(u'\n').contains(u"Anouk"_s));
}

void TestProjectorWindow::timer_countsDownAndSaysWhenTimeIsUp()
{
    auto *clock = m_window->findChild<QLabel *>(u"projectorClock"_s);
    QCOMPARE(clock->text(), u"15:00"_s);
    m_window->startTimer(std::chrono::milliseconds(300));
    QVERIFY(!m_window->timeIsUp());
    QTRY_VERIFY(m_window->timeIsUp());
    QCOMPARE(clock->text(), u"Time is up"_s);
    QVERIFY(m_window->palette().color(QPalette::Window) != QPalette().color(QPalette::Window));
    m_window->restartTimer();
    QVERIFY(!m_window->timeIsUp());
    QCOMPARE(clock->text(), u"15:00"_s);
}

QTEST_MAIN(TestProjectorWindow)
#include "tst_projectorwindow.moc"
