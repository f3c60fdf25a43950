#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "workshop/sessiondocument.h"
#include "workspace/roundchooser.h"

#include <QAbstractItemView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// The rounds to choose from: as wide as the longest title, as QComboBox's AdjustToContents
// would make it, without building the list that drops down before it is opened.
class TestRoundChooser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sizeHint_asAdjustedToContents_data();
    void sizeHint_asAdjustedToContents();
    void sizeHint_followsARenamedRound();
    void popup_isBuiltWhenOpened_notBefore();

private:
    std::unique_ptr<SessionDocument> open(const QStringList &roundTitles);
    // A plain combo box with these titles, sized by Qt to its contents.
    static QSize adjustedToContents(const QStringList &titles);

    QTemporaryDir m_dir;
    int m_counter = 0;
};

std::unique_ptr<SessionDocument> TestRoundChooser::open(const QStringList &roundTitles)
{
    SessionBuilder b(u"Chooser"_s);
    b.session().id = QUuid::createUuid();
    b.participant(u"Anouk"_s);
    for (const QString &title : roundTitles)
        b.round(title, PickingRule::choose(1, 3));
    Session session = b.build();
    const DatabaseConfig config =
        DatabaseConfig::sqlite(m_dir.filePath(u"r%1.sqlite"_s.arg(++m_counter)));
    auto store = SessionStore::open(config);
    if (!store || !(*store)->save(session))
        qFatal("cannot save");
    auto document = std::make_unique<SessionDocument>(config, session.id);
    if (!QTest::qWaitFor([&] { return document->isOpen(); }, 10000))
        qFatal("not open");
    return document;
}

QSize TestRoundChooser::adjustedToContents(const QStringList &titles)
{
    QComboBox reference;
    reference.setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reference.addItems(titles);
    return reference.sizeHint();
}

void TestRoundChooser::sizeHint_asAdjustedToContents_data()
{
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("two rounds") << QStringList{u"What drives you now?"_s, u"In a year"_s};
    QTest::newRow("a long title") << QStringList{
        u"Now"_s, u"What should drive us in a year, as a team and as people?"_s};
    QTest::newRow("one short") << QStringList{u"Now"_s};
    // Titles whose ink is narrower or wider than their advance.
    QTest::newRow("Dutch") << QStringList{u"Toekomst"_s};
    QTest::newRow("in a year") << QStringList{u"In a year"_s};
    QTest::newRow("italic letters") << QStringList{u"fjord W"_s, u"Vijf jaar"_s};
    QTest::newRow("none") << QStringList{};
}

void TestRoundChooser::sizeHint_asAdjustedToContents()
{
    QFETCH(QStringList, titles);
    auto document = open(titles);
    RoundChooser chooser(document.get());
    QCOMPARE(chooser.count(), titles.size());
    QCOMPARE(chooser.sizeHint(), adjustedToContents(titles));
    // Never cut short.
    QCOMPARE(chooser.minimumSizeHint(), chooser.sizeHint());
}

void TestRoundChooser::sizeHint_followsARenamedRound()
{
    auto document = open({u"Now"_s, u"Later"_s});
    RoundChooser chooser(document.get());
    const QSize before = chooser.sizeHint();
    Round renamed = document->session().rounds.at(1);
    renamed.title = u"What should drive us in a year from now?"_s;
    QVERIFY(document->updateRound(renamed).ok());
    QCOMPARE(chooser.itemText(1), renamed.title);
    QVERIFY(chooser.sizeHint().width() > before.width());
    QCOMPARE(chooser.sizeHint(), adjustedToContents({u"Now"_s, renamed.title}));
    // And the choice stays.
    chooser.selectRound(renamed.id);
    QVERIFY(document->removeRound(document->session().rounds.at(0).id).ok());
    QCOMPARE(chooser.currentRound(), renamed.id);
    QCOMPARE(chooser.sizeHint(), adjustedToContents({renamed.title}));
}

void TestRoundChooser::popup_isBuiltWhenOpened_notBefore()
{
    auto document = open({u"Now"_s, u"Later"_s});
    RoundChooser chooser(document.get());
    chooser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chooser));
    chooser.sizeHint();
    QCOMPARE(chooser.findChild<QAbstractItemView *>(), nullptr);
    chooser.showPopup();
    QVERIFY(chooser.findChild<QAbstractItemView *>() != nullptr);
    chooser.hidePopup();
}

QTEST_MAIN(TestRoundChooser)
#include "tst_roundchooser.moc"
