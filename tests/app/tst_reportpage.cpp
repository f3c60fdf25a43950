#include "report/reportpage.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "translator.h"
#include "workshop/sessiondocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPdfDocument>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
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
    void preview_showsTheReportsPages();
    void choices_changeThePreview();
    void reportLanguage_isNotTheWindows();
    void newRound_isOfferedAndIncluded();
    void anonymousSession_alwaysUsesAliases();
    void saveReport_writesAPdfAndOffersToOpenIt();
    void saveReport_toAFolderThatIsNotThere_saysWhy();

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

void TestReportPage::preview_showsTheReportsPages()
{
    QTRY_VERIFY(m_page->previewPages() > 0);
    QTRY_COMPARE(m_page->previewDocument()->status(), QPdfDocument::Status::Ready);
    QCOMPARE(m_page->previewDocument()->pageCount(), m_page->previewPages());
    auto *tabs = m_page->findChild<QTabWidget *>(u"reportTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), u"Previe&w (%1 pages)"_s.arg(m_page->previewPages()));
    // The usual choices: every round, the first round against the target, no appendices.
    const ReportOptions options = m_page->reportOptions();
    QCOMPARE(options.rounds.size(), 2);
    QCOMPARE(options.comparisons.size(), 1);
    QVERIFY(!options.stories && !options.pickGrid && !options.anonymous);
}

void TestReportPage::choices_changeThePreview()
{
    QTRY_VERIFY(m_page->previewPages() > 0);
    const int pages = m_page->previewPages();
    auto *grid = m_page->findChild<QCheckBox *>(u"reportGrid"_s);
    QVERIFY(grid);
    QTest::mouseClick(grid, Qt::LeftButton, {}, QPoint(6, grid->height() / 2));
    QVERIFY(m_page->reportOptions().pickGrid);
    QTRY_VERIFY(m_page->previewPages() > pages);
    // One round less: its section goes.
    auto *rounds = m_page->findChild<QListWidget *>(u"reportRounds"_s);
    QVERIFY(rounds);
    QCOMPARE(rounds->count(), 2);
    const int withGrid = m_page->previewPages();
    rounds->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(m_page->reportOptions().rounds, QList<QUuid>{m_document->session().rounds.at(1).id});
    QTRY_VERIFY(m_page->previewPages() < withGrid);
}

void TestReportPage::reportLanguage_isNotTheWindows()
{
    QTRY_VERIFY(m_page->previewPages() > 0);
    auto *language = m_page->findChild<QComboBox *>(u"reportLanguage"_s);
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), u"en"_s);
    const QByteArray english =
        m_page->previewDocument()->metaData(QPdfDocument::MetaDataField::Title).toString().toUtf8();
    language->setCurrentIndex(language->findData(u"nl"_s));
    QCOMPARE(m_page->reportOptions().language, u"nl"_s);
    QTRY_VERIFY(m_page->previewDocument()
                    ->metaData(QPdfDocument::MetaDataField::Title)
                    .toString()
                    .endsWith(u"rapport van de workshop"_s));
    QVERIFY(!english.isEmpty());
    // The window stays in its own language, after every event that followed.
    QTest::qWait(50);
    QCOMPARE(Translations::current(), u"en"_s);
    QCOMPARE(m_page->findChild<QLabel *>()->text(), u"Report for managers"_s);
    QCOMPARE(m_page->findChild<QPushButton *>(u"saveReport"_s)->text(), u"&Save Report…"_s);
}

void TestReportPage::newRound_isOfferedAndIncluded()
{
    Round later;
    later.id = QUuid::createUuid();
    later.title = u"Later"_s;
    later.rule = PickingRule::choose(1, 3);
    QVERIFY(m_document->addRound(later).ok());
    auto *rounds = m_page->findChild<QListWidget *>(u"reportRounds"_s);
    QTRY_COMPARE(rounds->count(), 3);
    QCOMPARE(rounds->item(2)->text(), u"Later"_s);
    QCOMPARE(rounds->item(2)->checkState(), Qt::Checked);
    QVERIFY(m_page->reportOptions().rounds.contains(later.id));
    // Every pair of rounds can be compared; the new pair with the next round is not forced in.
    auto *comparisons = m_page->findChild<QListWidget *>(u"reportComparisons"_s);
    QCOMPARE(comparisons->count(), 3);
}

void TestReportPage::anonymousSession_alwaysUsesAliases()
{
    auto *aliases = m_page->findChild<QCheckBox *>(u"reportAliases"_s);
    QVERIFY(aliases && aliases->isEnabled() && !aliases->isChecked());
    QVERIFY(m_document->setAnonymous(true).ok());
    QTRY_VERIFY(!aliases->isEnabled());
    QVERIFY(aliases->isChecked());
    QVERIFY(m_page->reportOptions().anonymous);
}

void TestReportPage::saveReport_writesAPdfAndOffersToOpenIt()
{
    auto *open = m_page->findChild<QPushButton *>(u"openReport"_s);
    QVERIFY(open && !open->isEnabled());
    const QString path = m_dir.filePath(u"report.pdf"_s);
    QString problem;
    QVERIFY2(m_page->saveReport(path, &problem), qPrintable(problem));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(open->isEnabled());
    auto *status = m_page->findChild<QLabel *>(u"reportFileStatus"_s);
    QVERIFY(
        status->text().startsWith(u"Report saved to %1 ("_s.arg(QDir::toNativeSeparators(path))));
}

void TestReportPage::saveReport_toAFolderThatIsNotThere_saysWhy()
{
    QString problem;
    const QString path = m_dir.filePath(u"gone/report.pdf"_s);
    QVERIFY(!m_page->saveReport(path, &problem));
    QVERIFY2(problem.startsWith(u"The report could not be written to "_s), qPrintable(problem));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!m_page->findChild<QPushButton *>(u"openReport"_s)->isEnabled());
}

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
