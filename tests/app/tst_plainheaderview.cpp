#include "picking/plainheaderview.h"

#include <QFontMetrics>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using DriveDeck::PlainHeaderView;

// The participants' column titles, measured in the font they are drawn in.
class TestPlainHeaderView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void titles_measuredAsDrawn_notInBold_data();
    void titles_measuredAsDrawn_notInBold();
    void sizeHintRole_isTaken();
};

void TestPlainHeaderView::titles_measuredAsDrawn_notInBold_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("English") << u"Participant"_s;
    QTest::newRow("Dutch") << u"Deelnemer"_s;
    QTest::newRow("long") << u"Cards picked in this round"_s;
}

void TestPlainHeaderView::titles_measuredAsDrawn_notInBold()
{
    QFETCH(QString, title);
    QStandardItemModel model(3, 1);
    model.setHorizontalHeaderLabels({title});
    PlainHeaderView plain(Qt::Horizontal);
    plain.setModel(&model);
    QHeaderView qt(Qt::Horizontal);
    qt.setModel(&model);
    QVERIFY(!plain.highlightSections());
    // Qt's own reserves room for the title in bold; this one for the title as drawn.
    const int regular = QFontMetrics(plain.font()).horizontalAdvance(title);
    QFont bold = plain.font();
    bold.setBold(true);
    const int boldWidth = QFontMetrics(bold).horizontalAdvance(title);
    QVERIFY(boldWidth > regular);
    const int plainWidth = plain.sectionSizeHint(0);
    QVERIFY2(plainWidth >= regular, qPrintable(u"%1 < %2"_s.arg(plainWidth).arg(regular)));
    // Narrower by the bold's extra width (to a pixel: Qt measures the title's bounding box).
    const int narrower = qt.sectionSizeHint(0) - plainWidth;
    QVERIFY2(qAbs(narrower - (boldWidth - regular)) <= 1,
             qPrintable(u"%1 vs %2"_s.arg(narrower).arg(boldWidth - regular)));
    // The height is the same: a title's line in either weight.
    QCOMPARE(plain.sizeHint().height(), qt.sizeHint().height());
}

void TestPlainHeaderView::sizeHintRole_isTaken()
{
    QStandardItemModel model(1, 1);
    model.setHorizontalHeaderLabels({u"Cards"_s});
    model.setHeaderData(0, Qt::Horizontal, QSize(123, 31), Qt::SizeHintRole);
    PlainHeaderView plain(Qt::Horizontal);
    plain.setModel(&model);
    QCOMPARE(plain.sectionSizeHint(0), 123);
}

QTEST_MAIN(TestPlainHeaderView)
#include "tst_plainheaderview.moc"
