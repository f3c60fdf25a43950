#include "chartrows.h"
#include "charts/profilecharts.h"
#include "domain/colours.h"
#include "domain/drivetexts.h"
#include "io/tablecsv.h"
#include "profile/profile.h"
#include "profile/rejections.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "teamprofile/profilepage.h"
#include "translator.h"
#include "workshop/sessiondocument.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
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
    void charts_showTheProfilesNumbers();
    void comparisons_showDeltasAndTheCardsThatMoved();
};

namespace {

// What a bar chart shows per category: the sum of its sets, the positive and the negative apart.
QList<QPair<double, double>> barsOf(QChart *chart)
{
    QList<QPair<double, double>> bars;
    const auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    if (!series)
        return bars;
    for (const QBarSet *set : series->barSets()) {
        if (bars.isEmpty())
            bars.resize(set->count());
        for (int i = 0; i < set->count(); ++i) {
            if (set->at(i) >= 0)
                bars[i].first += set->at(i);
            else
                bars[i].second -= set->at(i);
        }
    }
    return bars;
}

} // namespace

void TestProfilePage::charts_showTheProfilesNumbers()
{
    QTemporaryDir dir;
    const DatabaseConfig config = DatabaseConfig::sqlite(dir.filePath(u"c.sqlite"_s));
    SessionBuilder b;
    b.session().id = QUuid::createUuid();
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s})
        b.participant(name);
    b.round(u"Now"_s, PickingRule::choose(1, 3, false, true));
    // Basics 1 (A, B, C), 3 (A); Ambition 13 (D, E); Vitality 21 (E); "not me" 24 (A, B).
    b.picks(0, 0, {1, 3}).picks(0, 1, {1}).picks(0, 2, {1}).picks(0, 3, {13}).picks(0, 4, {13, 21});
    b.picks(0, 0, {24}, Polarity::Negative).picks(0, 1, {24}, Polarity::Negative);
    // "Desired": everyone on Idealism (1) and Curious (12).
    b.round(u"Desired"_s, PickingRule::choose(1, 3));
    for (int person = 0; person < 5; ++person)
        b.picks(1, person, {1, 12});
    b.session().picks[0].note = u"My grandmother's garden"_s; // A, drive 1
    b.session().picks[8].note = u"Too loud for me"_s;         // B, "not me" 24
    {
        Session s = b.build();
        auto store = SessionStore::open(config);
        QVERIFY(store.ok() && (*store)->save(s).ok());
    }
    SessionDocument document(config, b.session().id);
    QTRY_VERIFY(document.isOpen());
    ProfilePage page(&document);
    page.resize(1366, 700);
    page.show();
    const Session &s = document.session();
    const Profile profile = Profile::ofRound(s, s.rounds[0].id);

    // The domains: one bar each, the share in percent; the label carries share and affinity.
    // Basics (1/2 + 1/2 + 1 + 1) / 5 = 0.6, affinity 0.6 / (6/24) = 2.4; Ambition (1 + 1/2) / 5
    // = 0.3, affinity 0.3 / (8/24) = 0.9; Vitality (1/2) / 5 = 0.1, affinity 0.1 / (2/24) = 1.2.
    QStringList domainRows = categoriesOf(page.domainChart());
    QCOMPARE(domainRows.last(), u"Basics 60.0 % · 240"_s); // the first domain on top
    QVERIFY(domainRows.contains(u"Ambition 30.0 % · 90"_s));
    QVERIFY(domainRows.contains(u"Vitality 10.0 % · 120"_s));
    const auto domainBars = barsOf(page.domainChart());
    QCOMPARE(domainBars.size(), 5);
    QVERIFY(qAbs(domainBars.last().first - profile.domainShare(DomainId::Basics) * 100) < 1e-9);

    // The drives: 24 rows, the first drive on top; people up, "not me" apart.
    const QStringList driveRows = categoriesOf(page.drivesChart());
    QCOMPARE(driveRows.size(), 24);
    QCOMPARE(driveRows.last(), Catalogue::drive(1).mainWord());
    const auto driveBars = barsOf(page.drivesChart());
    const Rejections rejections = Rejections::ofRound(s, s.rounds[0].id);
    for (int row = 0; row < 24; ++row) {
        const int id = 24 - row;
        QCOMPARE(driveBars.at(row).first, double(profile.picks(id)));
        QCOMPARE(driveBars.at(row).second, double(rejections.rejections(id)));
    }
    QCOMPARE(driveBars.at(24 - 24).second, 2.0);

    // Most picked first: Basics 1 (3 people), Ambition 13 (2), then 3 and 21 (1 each).
    page.findChild<QCheckBox *>(u"drivesByPicks"_s)->click();
    const QStringList sorted = categoriesOf(page.drivesChart());
    QCOMPARE(sorted.mid(20),
             (QStringList{Catalogue::drive(21).mainWord(), Catalogue::drive(3).mainWord(),
                          Catalogue::drive(13).mainWord(), Catalogue::drive(1).mainWord()}));
    QCOMPARE(ProfileCharts::driveOrder(profile, ProfileCharts::DriveOrder::ByPicks).mid(0, 4),
             (QList<int>{1, 13, 3, 21}));

    // The stories behind a drive, by name (aliases when anonymous), "not me" said so.
    page.showStoriesOf(1);
    QCOMPARE(page.storiesText(), u"A: My grandmother's garden"_s);
    // With the drive in our own words and two questions to start the conversation.
    QVERIFY(page.aboutDriveText().startsWith(DriveTexts::description(1)));
    QVERIFY(page.aboutDriveText().endsWith(DriveTexts::prompts(1).last()));
    page.showStoriesOf(24);
    QCOMPARE(page.storiesText(), u"B (not me): Too loud for me"_s);
    page.showStoriesOf(2);
    QCOMPARE(page.storiesText(),
             u"No stories for %1 in this round yet."_s.arg(Catalogue::drive(2).name()));

    // Who picked what: names and the 24 cards, read-only; sorting by a card puts its pickers
    // first and its "not me" last.
    auto *grid = page.findChild<QTableView *>(u"personDriveGrid"_s);
    QVERIFY(grid);
    QAbstractItemModel *cells = grid->model();
    QAbstractItemModelTester tester(cells, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(cells->columnCount(), 25);
    QCOMPARE(cells->rowCount(), 5);
    QVERIFY(!(cells->flags(cells->index(0, 1)) & Qt::ItemIsEditable));
    grid->sortByColumn(24, Qt::AscendingOrder); // card 24
    QCOMPARE(cells->index(4, 24).data().toString(), u"✕"_s);
    grid->sortByColumn(1, Qt::AscendingOrder); // card 1: A, B, C picked it
    QCOMPARE(cells->index(0, 1).data().toString(), u"✓"_s);
    QCOMPARE(cells->index(2, 1).data().toString(), u"✓"_s);
    QCOMPARE(cells->index(3, 1).data().toString(), QString());
    // As CSV, as shown: the sorted rows under the header.
    const QStringList csv = QString::fromUtf8(TableCsv::of(*cells)).split(u"\r\n"_s);
    QVERIFY(csv.first().startsWith(u"Participant,1,2,3"_s));
    QCOMPARE(csv.at(1).section(u',', 1, 1), u"✓"_s);
    QVERIFY(grid->actions().size() == 2);

    // Set against "Desired": two bars per domain, the shift in the label, and in words.
    page.compareWith(s.rounds[1].id);
    QVERIFY2(page.domainChart()->title().contains(u"“Now” and “Desired”"_s),
             qPrintable(page.domainChart()->title()));
    // Basics 0.6 -> 0.5 (−10.0 pp); Self-development 0 -> 0.5 (+50.0 pp).
    domainRows = categoriesOf(page.domainChart());
    QCOMPARE(domainRows.last(), u"Basics \u221210.0 pp"_s);
    QVERIFY(domainRows.contains(u"Self-development +50.0 pp"_s));
    QVERIFY2(page.text().contains(u"Alignment with “Desired”:"_s), qPrintable(page.text()));
    // As a radar: the affinity index of each domain, with the other round's outline and the
    // chance ring; Basics 240 and 200 (0.5 / 0.25).
    page.findChild<QCheckBox *>(u"domainsAsRadar"_s)->click();
    const QList<QAbstractSeries *> outlines = page.domainChart()->series();
    QCOMPARE(outlines.size(), 3); // chance, "Desired", "Now"
    const auto *now = qobject_cast<QLineSeries *>(outlines.last());
    const auto *desired = qobject_cast<QLineSeries *>(outlines.at(1));
    QVERIFY(now && desired);
    QCOMPARE(now->name(), u"Now"_s);
    QCOMPARE(now->at(0).y(), 240.0);
    QCOMPARE(now->at(3).y(), 120.0); // Vitality 0.1 / (2/24)
    QCOMPARE(desired->at(0).y(), 200.0);
    QCOMPARE(now->count(), 6); // closed: back to Basics
    page.findChild<QCheckBox *>(u"domainsAsRadar"_s)->click();
    page.compareWith({});
    QVERIFY(!page.text().contains(u"Alignment"_s));
    QCOMPARE(categoriesOf(page.domainChart()).last(), u"Basics 60.0 % · 240"_s);

    // Drive buddies, by hand: A {1,3} is half alike B and C (B first in the round) and shares
    // nothing with D; B and C are the same; D {13} and E {13,21} are half alike.
    QTableWidget *buddies = page.buddiesTable();
    QCOMPARE(buddies->rowCount(), 5);
    const auto row = [buddies](int r) {
        return QStringList{buddies->item(r, 0)->text(), buddies->item(r, 1)->text(),
                           buddies->item(r, 2)->text()};
    };
    QCOMPARE(row(0), (QStringList{u"A"_s, u"B (50.0 % alike)"_s, u"D (0.0 % alike)"_s}));
    QCOMPARE(row(1), (QStringList{u"B"_s, u"C (100.0 % alike)"_s, u"D (0.0 % alike)"_s}));
    QCOMPARE(row(3), (QStringList{u"D"_s, u"E (50.0 % alike)"_s, u"A (0.0 % alike)"_s}));
    // Anonymous: aliases in the buddies, the grid and the stories alike.
    QVERIFY(document.setAnonymous(true).ok());
    QTRY_COMPARE(buddies->item(0, 0)->text(), document.session().participants.at(0).alias);
    QVERIFY(!document.session().participants.at(0).alias.isEmpty());
    page.showStoriesOf(1);
    QVERIFY(page.storiesText().startsWith(document.session().participants.at(0).alias));
    QVERIFY(!grid->model()
                 ->match(grid->model()->index(0, 0), Qt::DisplayRole,
                         document.session().participants.at(0).alias)
                 .isEmpty());
    document.undoStack()->undo();
    QTRY_COMPARE(buddies->item(0, 0)->text(), u"A"_s);

    // Exports at presentation size, with the same labels: an image, a PNG and an SVG.
    QTemporaryDir out;
    QCOMPARE(page.chartImage(ProfilePage::Chart::Domains).size(), QSize(1600, 900));
    QString error;
    QVERIFY2(page.saveChart(ProfilePage::Chart::Domains, out.filePath(u"d.svg"_s), &error),
             qPrintable(error));
    QFile svg(out.filePath(u"d.svg"_s));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString drawing = QString::fromUtf8(svg.readAll());

    QVERIFY2(drawing.contains(u"Basics 60.0 % · 240"_s), qPrintable(drawing.left(400)));
    QVERIFY(page.saveChart(ProfilePage::Chart::Drives, out.filePath(u"p.png"_s), &error));
    QCOMPARE(QImage(out.filePath(u"p.png"_s)).size(), QSize(1600, 900));
    QVERIFY(!page.saveChart(ProfilePage::Chart::Drives, out.filePath(u"p.bmp"_s), &error));
    QCOMPARE(error, u"Save a chart as .png, .svg or .pdf."_s);
    QVERIFY2(page.saveChart(ProfilePage::Chart::Domains, out.filePath(u"d.pdf"_s), &error),
             qPrintable(error));
    QFile pdf(out.filePath(u"d.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");

    // A chart with the keyboard's focus shows it (its context menu copies and saves).
    auto *chart = page.findChild<QWidget *>(u"domainChart"_s);
    QCOMPARE(chart->focusPolicy(), Qt::StrongFocus);
    page.activateWindow();
    page.findChild<QWidget *>(u"drivesChart"_s)->setFocus();
    QTRY_VERIFY(!chart->hasFocus());
    const QImage unfocused = chart->grab().toImage();
    chart->setFocus();
    QTRY_VERIFY(chart->hasFocus());
    QVERIFY(chart->grab().toImage() != unfocused);

    // Fewer people than the smallest group: no charts (the words say why).
    QVERIFY(page.findChild<QWidget *>(u"domainChart"_s)->isVisible());
    page.setMinimumGroup(6);
    QVERIFY(!page.findChild<QWidget *>(u"domainChart"_s)->isVisible());
    QVERIFY(!page.findChild<QWidget *>(u"drivesChart"_s)->isVisible());
    QVERIFY(!page.saveChart(ProfilePage::Chart::Domains, out.filePath(u"x.png"_s), &error));
    QVERIFY(page.chartImage(ProfilePage::Chart::Drives).isNull());
}

void TestProfilePage::comparisons_showDeltasAndTheCardsThatMoved()
{
    QTemporaryDir dir;
    const DatabaseConfig config = DatabaseConfig::sqlite(dir.filePath(u"m.sqlite"_s));
    SessionBuilder b;
    b.session().id = QUuid::createUuid();
    b.session().title = u"Team One"_s;
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s})
        b.participant(name);
    b.round(u"Now"_s, PickingRule::choose(1, 3));
    // Shares: 1 (A ½, B, C) 0.5; 3 (A ½) 0.1; 13 (D, E ½) 0.3; 21 (E ½) 0.1.
    b.picks(0, 0, {1, 3}).picks(0, 1, {1}).picks(0, 2, {1}).picks(0, 3, {13}).picks(0, 4, {13, 21});
    // "Desired": everyone on 1 and 12, so 0.5 each.
    b.round(u"Desired"_s, PickingRule::choose(1, 3));
    for (int person = 0; person < 5; ++person)
        b.picks(1, person, {1, 12});
    SessionBuilder other;
    other.session().id = QUuid::createUuid();
    other.session().title = u"Team Two"_s;
    for (const QString &name : {u"F"_s, u"G"_s, u"H"_s, u"I"_s, u"J"_s})
        other.participant(name);
    other.round(u"Now"_s, PickingRule::choose(1, 3));
    for (int person = 0; person < 5; ++person)
        other.picks(0, person, {21}); // all Vitality
    SessionBuilder small;
    small.session().id = QUuid::createUuid();
    small.session().title = u"Two people"_s;
    small.participant(u"K"_s).participant(u"L"_s);
    small.round(u"Now"_s, PickingRule::choose(1, 3));
    small.picks(0, 0, {2}).picks(0, 1, {2});
    {
        auto store = SessionStore::open(config);
        Session first = b.build();
        QVERIFY(store.ok() && (*store)->save(first).ok());
    }
    SessionDocument document(config, b.session().id);
    QTRY_VERIFY(document.isOpen());
    ProfilePage page(&document);
    page.resize(1366, 700);
    page.show();
    const Session &s = document.session();
    QVERIFY(!page.deltaChart());

    // Now against Desired: each domain's change, and the cards that moved, biggest first.
    page.compareWith(s.rounds[1].id);
    QVERIFY(page.deltaChart());
    QCOMPARE(page.deltaChart()->title(),
             u"From “Now” to “Desired”: change per domain · aligned 50.0 %"_s);
    QCOMPARE(categoriesOf(page.deltaChart()),
             (QStringList{u"Attraction 0.0 pp"_s, u"Vitality \u221210.0 pp"_s,
                          u"Ambition \u221230.0 pp"_s, u"Self-development +50.0 pp"_s,
                          u"Basics \u221210.0 pp"_s}));
    const auto domainBars = barsOf(page.deltaChart());
    QCOMPARE(domainBars.size(), 5);
    QVERIFY(qAbs(domainBars.at(4).second - 10.0) < 1e-9); // Basics, left of the line
    QVERIFY(qAbs(domainBars.at(3).first - 50.0) < 1e-9);  // Self-development, right
    QVERIFY(qAbs(domainBars.at(2).second - 30.0) < 1e-9); // Ambition
    // Idealism (1) stayed at 0.5: it did not move.
    QCOMPARE(categoriesOf(page.drivesChart()),
             (QStringList{u"%1 \u221210.0 pp"_s.arg(Catalogue::drive(21).mainWord()),
                          u"%1 \u221210.0 pp"_s.arg(Catalogue::drive(3).mainWord()),
                          u"%1 \u221230.0 pp"_s.arg(Catalogue::drive(13).mainWord()),
                          u"%1 +50.0 pp"_s.arg(Catalogue::drive(12).mainWord())}));
    const auto moved = barsOf(page.drivesChart());
    QVERIFY(qAbs(moved.at(3).first - 50.0) < 1e-9);
    QVERIFY(qAbs(moved.at(2).second - 30.0) < 1e-9);
    // The domains' colours: each bar in its own, in the shade that stands out from the window.
    const auto *series = qobject_cast<QAbstractBarSeries *>(page.deltaChart()->series().value(0));
    QVERIFY(series);
    const QColor window = page.palette().color(QPalette::Window);
    QCOMPARE(series->barSets().at(1)->color(),
             Colours::shadeOn(Catalogue::domain(DomainId::SelfDevelopment).cardColour(), window));
    QVERIFY(Colours::contrastRatio(series->barSets().at(1)->color(), window) >= 3.0);
    // Exported like the others.
    QTemporaryDir out;
    QString error;
    QVERIFY2(page.saveChart(ProfilePage::Chart::DomainDeltas, out.filePath(u"c.svg"_s), &error),
             qPrintable(error));

    // One person against the team: E {13, 21} is Ambition 50 % and Vitality 50 %.
    page.compareWithPerson(s.participants[4].id);
    QVERIFY2(page.deltaChart()->title().startsWith(u"From “The team” to “E”"_s),
             qPrintable(page.deltaChart()->title()));
    QStringList rows = categoriesOf(page.deltaChart());
    QCOMPARE(rows.last(), u"Basics \u221260.0 pp"_s);
    QVERIFY(rows.contains(u"Ambition +20.0 pp"_s));
    QVERIFY(rows.contains(u"Vitality +40.0 pp"_s));

    // Another session (what the window loads after "Another Session…"): team against team.
    page.addOtherSession(other.build());
    QVERIFY2(page.deltaChart()->title().startsWith(u"From “Team One, Now” to “Team Two, Now”"_s),
             qPrintable(page.deltaChart()->title()));
    QVERIFY(categoriesOf(page.deltaChart()).contains(u"Vitality +90.0 pp"_s));
    QVERIFY(page.text().contains(u"“Team Two, Now”"_s));
    // Too few people on the other side: no chart, and the words say why.
    page.addOtherSession(small.build());
    QVERIFY(!page.deltaChart());
    QVERIFY2(page.text().contains(u"No comparison with “Two people, Now”: each group needs at "
                                  "least 5 people with picks."_s),
             qPrintable(page.text()));

    // Anonymous: the people in the list go by their aliases.
    QVERIFY(document.setAnonymous(true).ok());
    auto *compare = page.findChild<QComboBox *>(u"compareWith"_s);
    QTRY_VERIFY(compare->findText(u"%1 against the team"_s.arg(s.participants[0].alias)) >= 0);
    QCOMPARE(compare->findText(u"A against the team"_s), -1);
}

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
