#include "io/csvreader.h"
#include "io/tablecsv.h"

#include <QStandardItemModel>
#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

// A shown table as CSV: header first, fields quoted only where they must be, and read back by
// our own reader to exactly what was shown.
class TestTableCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void of_roundTripsThroughTheReader();
};

void TestTableCsv::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("csv");
    QTest::newRow("plain") << u"Anouk"_s << u"Anouk"_s;
    QTest::newRow("comma") << u"Warm, caring"_s << u"\"Warm, caring\""_s;
    QTest::newRow("quote") << u"the \"why\""_s << u"\"the \"\"why\"\"\""_s;
    QTest::newRow("line break") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("empty") << QString() << QString();
    // Spreadsheet safety: formulas are neutralised, signed numbers stay numbers.
    QTest::newRow("formula") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("minus text") << u"-cmd"_s << u"'-cmd"_s;
    QTest::newRow("negative number") << u"-2"_s << u"-2"_s;
    QTest::newRow("signed percentage") << u"+3.5 %"_s << u"+3.5 %"_s;
    QTest::newRow("minus sign number") << u"\u22121,5"_s << u"\"\u22121,5\""_s;
}

void TestTableCsv::field()
{
    QFETCH(QString, text);
    QFETCH(QString, csv);
    QCOMPARE(TableCsv::field(text), csv);
}

void TestTableCsv::of_roundTripsThroughTheReader()
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({u"Person"_s, u"Most alike"_s, u"Story, said"_s});
    const QList<QStringList> rows{{u"Zoë"_s, u"Bram (50.0 % alike)"_s, u"\"Home\",\nfirst"_s},
                                  {u"李"_s, QString(), u"✓"_s}};
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 3; ++c)
            model.setItem(r, c, new QStandardItem(rows.at(r).at(c)));
    const QByteArray csv = TableCsv::of(model);
    QVERIFY(csv.startsWith("Person,Most alike,\"Story, said\"\r\n"));
    const auto records = CsvReader::parse(QString::fromUtf8(csv));
    QVERIFY2(records.ok(), qPrintable(records.errorMessage()));
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(1).fields, rows.at(0));
    QCOMPARE(records->at(2).fields, rows.at(1));
}

QTEST_GUILESS_MAIN(TestTableCsv)
#include "tst_tablecsv.moc"
