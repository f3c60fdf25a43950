#include "chartrows.h"
#include "organisation/organisationdialog.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "translator.h"
#include "workshop/sessionlibrary.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

// people each pick the same cards in one round "Now".
Session sessionOf(const QString &title, const QString &team, const QStringList &tags, QDate date,
                  int people, const QList<int> &cards)
{
    SessionBuilder b;
    b.session().id = QUuid::createUuid();
    b.session().title = title;
    b.session().team = team;
    b.session().tags = tags;
    b.session().date = date;
    for (int i = 0; i < people; ++i)
        b.participant(u"%1 %2"_s.arg(title).arg(i + 1));
    b.round(u"Now"_s, PickingRule::choose(1, 3));
    for (int i = 0; i < people; ++i)
        b.picks(0, i, cards);
    return b.build();
}

} // namespace

// The profile across saved sessions: the store's aggregate, filtered, with how much it covers,
// and nothing charted below the smallest group.
class TestOrganisationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void filters_chartTheSessionsTheyLetThrough_data();
    void filters_chartTheSessionsTheyLetThrough();
    void sentence_countsPeopleOnceAndRespondentsPerRound();
};

void TestOrganisationDialog::filters_chartTheSessionsTheyLetThrough_data()
{
    QTest::addColumn<ProfileFilter>("filter");
    QTest::addColumn<QString>("said");
    QTest::addColumn<QString>("basicsLabel"); // empty: not charted
    // Sales: 5 people on card 1 (Basics) and 5 on 1 + 13 (Basics ½, Ambition ½): Basics
    // (5 + 2.5) / 10 = 75.0 %, affinity 0.75 / (6/24) = 300. Ops: 2 people on 21.
    QTest::newRow("everything") << ProfileFilter{}
                                << u"3 sessions match, with 12 people who picked cards"_s
                                << u"Basics 62.5 % · 250"_s; // 7.5 / 12
    QTest::newRow("team") << ProfileFilter{u"Sales"_s, {}, {}, {}, {}}
                          << u"2 sessions match, with 10 people who picked cards"_s
                          << u"Basics 75.0 % · 300"_s;
    QTest::newRow("tag") << ProfileFilter{{}, u"kick-off"_s, {}, {}, {}}
                         << u"1 session matches, with 5 people who picked cards"_s
                         << u"Basics 100.0 % · 400"_s;
    QTest::newRow("dates") << ProfileFilter{{}, {}, QDate(2026, 3, 1), QDate(2026, 12, 31), {}}
                           << u"2 sessions match, with 7 people who picked cards"_s
                           << QString(); // 5 + 2: charted, checked apart below
    QTest::newRow("small team")
        << ProfileFilter{u"Ops"_s, {}, {}, {}, {}}
        << u"A profile is shown from 5 people on (Settings › Smallest group)"_s << QString();
    QTest::newRow("round title") << ProfileFilter{{}, {}, {}, {}, u"Later"_s}
                                 << u"Widen the filter: no picks match it."_s << QString();
}

void TestOrganisationDialog::filters_chartTheSessionsTheyLetThrough()
{
    QFETCH(ProfileFilter, filter);
    QFETCH(QString, said);
    QFETCH(QString, basicsLabel);
    QTemporaryDir dir;
    const DatabaseConfig config = DatabaseConfig::sqlite(dir.filePath(u"o.sqlite"_s));
    {
        auto store = SessionStore::open(config);
        QVERIFY(store.ok());
        Session sessions[] = {
            sessionOf(u"Kick-off"_s, u"Sales"_s, {u"kick-off"_s}, QDate(2026, 1, 10), 5, {1}),
            sessionOf(u"Review"_s, u"Sales"_s, {}, QDate(2026, 6, 1), 5, {1, 13}),
            sessionOf(u"Ops day"_s, u"Ops"_s, {}, QDate(2026, 9, 1), 2, {21}),
        };
        for (Session &session : sessions)
            QVERIFY((*store)->save(session).ok());
    }
    SessionLibrary library;
    library.open(config);
    QTRY_VERIFY(library.isListed());
    OrganisationDialog dialog(&library, 5);
    dialog.show();
    QSignalSpy shown(&dialog, &OrganisationDialog::shown);
    dialog.setFilter(filter);
    QTRY_VERIFY(!dialog.isBusy() && shown.count() > 0);
    QVERIFY2(dialog.text().contains(said), qPrintable(dialog.text()));
    // The teams and tags of the saved sessions are there to choose.
    auto *teams = dialog.findChild<QComboBox *>(u"organisationTeam"_s);
    QVERIFY(teams->findText(u"Sales"_s) >= 0 && teams->findText(u"Ops"_s) >= 0);
    if (!basicsLabel.isEmpty()) {
        QVERIFY(dialog.domainChart());
        QCOMPARE(categoriesOf(dialog.domainChart()).last(), basicsLabel);
        QVERIFY(dialog.drivesChart());
        // A screen reader hears the same figures.
        auto *domains = dialog.findChild<QWidget *>(u"organisationDomains"_s);
        QCOMPARE(domains->accessibleName(), u"Share of the picks per domain"_s);
        QVERIFY2(domains->accessibleDescription().startsWith(basicsLabel),
                 qPrintable(domains->accessibleDescription()));
    } else if (said.startsWith(u"A profile"_s) || said.startsWith(u"Widen"_s)) {
        QVERIFY(!dialog.domainChart());
        QVERIFY(!dialog.drivesChart());
    }
}

// Three people in two rounds are three people and six respondents; the smallest group counts
// people. The brand's target round is left out until it is asked for.
void TestOrganisationDialog::sentence_countsPeopleOnceAndRespondentsPerRound()
{
    QTemporaryDir dir;
    const DatabaseConfig config = DatabaseConfig::sqlite(dir.filePath(u"o.sqlite"_s));
    {
        auto store = SessionStore::open(config);
        QVERIFY(store.ok());
        SessionBuilder b(u"Launch"_s);
        b.participant(u"Anna"_s).participant(u"Bram"_s).participant(u"Cas"_s);
        b.round(u"Now"_s).round(u"Desired"_s).participant(u"Brand"_s).round(u"Brand"_s);
        b.session().rounds[2].target = true;
        b.session().rounds[2].participantIds = {b.session().participants.at(3).id};
        for (int person = 0; person < 3; ++person)
            b.picks(0, person, {1 + person}).picks(1, person, {13});
        b.picks(2, 3, {21});
        Session session = b.build();
        QVERIFY((*store)->save(session).ok());
    }
    SessionLibrary library;
    library.open(config);
    QTRY_VERIFY(library.isListed());
    OrganisationDialog dialog(&library, 3);
    dialog.show();
    QTRY_VERIFY(!dialog.isBusy() && dialog.text().contains(u"match"_s));
    QVERIFY2(dialog.text().startsWith(u"1 session matches, with 3 people who picked cards (6 "
                                      "respondents: each person counted once per round)."_s),
             qPrintable(dialog.text()));
    QVERIFY(dialog.domainChart()); // 3 people: the smallest group of 3

    auto *targets = dialog.findChild<QCheckBox *>(u"organisationTargets"_s);
    QVERIFY(targets);
    QVERIFY(!targets->isChecked());
    QSignalSpy shown(&dialog, &OrganisationDialog::shown);
    targets->setChecked(true);
    QVERIFY(dialog.filter().includeTargets);
    QTRY_VERIFY(!dialog.isBusy() && shown.count() > 0);
    QVERIFY2(dialog.text().startsWith(u"1 session matches, with 4 people who picked cards (7 "
                                      "respondents: each person counted once per round)."_s),
             qPrintable(dialog.text()));

    // Six respondents, but only three people: fewer than a smallest group of 5.
    ProfileFilter filter;
    dialog.setMinimumGroup(5);
    dialog.setFilter(filter);
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY(!targets->isChecked());
    QVERIFY2(dialog.text().contains(u"A profile is shown from 5 people on"_s),
             qPrintable(dialog.text()));
    QVERIFY(!dialog.domainChart());
}

QTEST_MAIN(TestOrganisationDialog)
#include "tst_organisationdialog.moc"
