#include "report/reportpage.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "translator.h"
#include "workshop/sessiondocument.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

class TestReportPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void summary_namesRoundsTargetsAndAgreements();
    void summary_followsEveryChange();
    void smallGroup_isWithheldOnScreenAndInTheExport_data();
    void smallGroup_isWithheldOnScreenAndInTheExport();
    void picksExport_ofAnAnonymousSession_namesNoOne();
    void export_toAFolderThatIsNotThere_saysWhy();
    void copy_putsTheSummaryOnTheClipboard();

private:
    QTemporaryDir m_dir;
    SessionBuilder m_builder{u"Team day"_s};
    std::unique_ptr<SessionDocument> m_document;
    std::unique_ptr<ReportPage> m_page;
    int m_counter = 0;
};

void TestReportPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(u"en"_s);
}

void TestReportPage::init()
{
    // Six people pick in "Now"; "Brand" alone picks in the target round.
    m_builder = SessionBuilder(u"Team day"_s);
    m_builder.session().id = QUuid::createUuid();
    m_builder.session().facilitator = u"Kim"_s;
    for (const QString &name : {u"Anouk"_s, u"Bram"_s, u"Cas"_s, u"Dewi"_s, u"Eva"_s, u"Finn"_s})
        m_builder.participant(name);
    m_builder.participant(u"Brand"_s);
    m_builder.round(u"Now"_s, PickingRule::choose(1, 3));
    m_builder.round(u"Brand"_s, PickingRule::choose(1, 3));
    Session session = m_builder.build();
    session.rounds[1].target = true;
    session.rounds[1].participantIds = {session.participants.at(6).id};
    session.rounds[0].participantIds.removeLast();
    session.agreements = {
        {QUuid::createUuid(), u"Plan a monthly team lunch"_s, u"Eva"_s, QDate(2027, 1, 15)},
        {QUuid::createUuid(), u"Say <why> we do things"_s, QString(), QDate()}};
    for (int person = 0; person < 6; ++person)
        session.picks.append(m_builder.pick(0, person, 1 + person % 2));
    session.picks.append(m_builder.pick(1, 6, 13));
    const DatabaseConfig config =
        DatabaseConfig::sqlite(m_dir.filePath(u"r%1.sqlite"_s.arg(++m_counter)));
    auto store = SessionStore::open(config);
    QVERIFY(store.ok() && (*store)->save(session).ok());
    m_document = std::make_unique<SessionDocument>(config, session.id);
    QTRY_VERIFY(m_document->isOpen());
    m_page = std::make_unique<ReportPage>(m_document.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(m_page->plainText().contains(u"Team day"_s));
}

void TestReportPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestReportPage::summary_namesRoundsTargetsAndAgreements()
{
    const QString text = m_page->plainText();
    QVERIFY2(text.contains(u"Team: Team · Date: "_s), qPrintable(text));
    QVERIFY(text.contains(u"Facilitator: Kim · 7 participants"_s));
    QVERIFY(text.contains(u"6 people picked cards in this round."_s));
    QVERIFY(text.contains(u"Basics carries this group"_s));
    QVERIFY(text.contains(u"Target profile: Brand"_s));
    QVERIFY(text.contains(u"Plan a monthly team lunch (owner: Eva, due "_s));
    // Free text is shown as text, never as markup.
    QVERIFY(text.contains(u"Say <why> we do things"_s));
    // Nobody is named: not the people, only what was agreed (an owner is a role they took on).
    for (const QString &name : {u"Anouk"_s, u"Bram"_s, u"Cas"_s, u"Dewi"_s, u"Finn"_s})
        QVERIFY2(!text.contains(name), qPrintable(name));
}

void TestReportPage::summary_followsEveryChange()
{
    SessionDetails details = SessionDetails::of(m_document->session());
    details.title = u"Team day, renamed"_s;
    QVERIFY(m_document->setDetails(details).ok());
    Agreement agreement{QUuid::createUuid(), u"Share the stories"_s, {}, {}};
    QVERIFY(m_document->addAgreement(agreement).ok());
    QTRY_VERIFY(m_page->plainText().contains(u"Team day, renamed"_s));
    QVERIFY(m_page->plainText().contains(u"Share the stories"_s));
    m_document->undoStack()->undo();
    QTRY_VERIFY(!m_page->plainText().contains(u"Share the stories"_s));
    // Changed while another page is on screen: up to date when it comes back.
    m_page->hide();
    QVERIFY(m_document->addAgreement({QUuid::createUuid(), u"Meet in spring"_s, {}, {}}).ok());
    m_page->show();
    QTRY_VERIFY(m_page->plainText().contains(u"Meet in spring"_s));
}

void TestReportPage::smallGroup_isWithheldOnScreenAndInTheExport_data()
{
    QTest::addColumn<int>("minimum");
    QTest::addColumn<bool>("shown");
    QTest::newRow("5, the default") << 5 << true;
    QTest::newRow("6, as many as picked") << 6 << true;
    QTest::newRow("7, one more") << 7 << false;
}

void TestReportPage::smallGroup_isWithheldOnScreenAndInTheExport()
{
    QFETCH(int, minimum);
    QFETCH(bool, shown);
    m_page->setMinimumGroup(minimum);
    QCOMPARE(m_page->plainText().contains(u"Basics carries this group"_s), shown);
    QCOMPARE(m_page->plainText().contains(u"A profile is shown from %1 people on"_s.arg(minimum)),
             !shown);
    const QString path = m_dir.filePath(u"figures%1.json"_s.arg(minimum));
    QString problem;
    QVERIFY2(m_page->writeFigures(path, &problem), qPrintable(problem));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(all.value(u"minimumGroup"_s).toInt(), minimum);
    const QJsonArray rounds = all.value(u"rounds"_s).toArray();
    QCOMPARE(rounds.size(), 2);
    const QJsonObject now = rounds.at(0).toObject();
    QCOMPARE(now.contains(u"withheld"_s), !shown);
    QCOMPARE(now.value(u"participants"_s).toInt(), 6);
    // The target round is one voice, always shown.
    QVERIFY(!rounds.at(1).toObject().contains(u"withheld"_s));
    QVERIFY(rounds.at(1).toObject().value(u"target"_s).toBool());
}

void TestReportPage::picksExport_ofAnAnonymousSession_namesNoOne()
{
    QVERIFY(m_document->setAnonymous(true).ok());
    const QString path = m_dir.filePath(u"picks.csv"_s);
    QString problem;
    QVERIFY2(m_page->writePicks(path, &problem), qPrintable(problem));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QCOMPARE(csv.count(u'\n'), 8); // header and seven picks
    for (const Participant &p : m_document->session().participants) {
        QVERIFY2(!csv.contains(u","_s + p.displayName + u','), qPrintable(p.displayName));
        QVERIFY(csv.contains(p.alias));
    }
}

void TestReportPage::export_toAFolderThatIsNotThere_saysWhy()
{
    QString problem;
    const QString path = m_dir.filePath(u"gone/figures.json"_s);
    QVERIFY(!m_page->writeFigures(path, &problem));
    QVERIFY2(problem.startsWith(u"Cannot write "_s), qPrintable(problem));
    QVERIFY(problem.contains(u"gone"_s));
    QVERIFY(!QFile::exists(path));
}

void TestReportPage::copy_putsTheSummaryOnTheClipboard()
{
    QPushButton *copy = nullptr;
    for (QPushButton *button : m_page->findChildren<QPushButton *>())
        if (button->text() == u"&Copy Summary"_s)
            copy = button;
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    copy->click();
    QVERIFY(QApplication::clipboard()->text().contains(u"Target profile: Brand"_s));
}

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
