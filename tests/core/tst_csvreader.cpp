#include "io/csvreader.h"

#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

using Records = QList<CsvRecord>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parse_errorsNameTheLine_data();
    void parse_errorsNameTheLine();
    void decodeUtf8_dropsBomAndRejectsOtherEncodings();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Records>("records");

    QTest::newRow("comma") << "a,b\n1,2\n" << Records{{1, {u"a"_s, u"b"_s}}, {2, {u"1"_s, u"2"_s}}};
    QTest::newRow("semicolon") << "a;b\n1,5;2\n"
                               << Records{{1, {u"a"_s, u"b"_s}}, {2, {u"1,5"_s, u"2"_s}}};
    QTest::newRow("no final newline")
        << "a,b\n1,2" << Records{{1, {u"a"_s, u"b"_s}}, {2, {u"1"_s, u"2"_s}}};
    QTest::newRow("crlf") << "a,b\r\n1,2\r\n"
                          << Records{{1, {u"a"_s, u"b"_s}}, {2, {u"1"_s, u"2"_s}}};
    QTest::newRow("quoted delimiter") << "a,b\n\"x, y\",2\n"
                                      << Records{{1, {u"a"_s, u"b"_s}}, {2, {u"x, y"_s, u"2"_s}}};
    QTest::newRow("doubled quotes") << "a\n\"she said \"\"hi\"\"\"\n"
                                    << Records{{1, {u"a"_s}}, {2, {u"she said \"hi\""_s}}};
    QTest::newRow("line break in quotes")
        << "a,b\n\"one\ntwo\",2\n3,4\n"
        << Records{{1, {u"a"_s, u"b"_s}}, {2, {u"one\ntwo"_s, u"2"_s}}, {4, {u"3"_s, u"4"_s}}};
    QTest::newRow("blank lines skipped")
        << "a,b\n\n1,2\n   \n,\n3,4\n"
        << Records{{1, {u"a"_s, u"b"_s}}, {3, {u"1"_s, u"2"_s}}, {6, {u"3"_s, u"4"_s}}};
    QTest::newRow("empty fields") << "a,b,c\n1,,\n"
                                  << Records{{1, {u"a"_s, u"b"_s, u"c"_s}},
                                             {2, {u"1"_s, u""_s, u""_s}}};
    QTest::newRow("quoted empty") << "a,b\n\"\",x\n"
                                  << Records{{1, {u"a"_s, u"b"_s}}, {2, {u""_s, u"x"_s}}};
    QTest::newRow("unicode") << "naam\nZoë 🌷\n" << Records{{1, {u"naam"_s}}, {2, {u"Zoë 🌷"_s}}};
    QTest::newRow("quote in the middle stays") << "a\nsay \"x\"\n"
                                               << Records{{1, {u"a"_s}}, {2, {u"say \"x\""_s}}};
    QTest::newRow("empty text") << "" << Records{};
}

void TestCsvReader::parse()
{
    QFETCH(QString, text);
    QFETCH(Records, records);
    const auto parsed = CsvReader::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(*parsed, records);
}

void TestCsvReader::parse_errorsNameTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed quote")
        << "a,b\n1,2\n\"open,3\n4,5\n"
        << "line 3: a quoted field is never closed; the file may be cut off";
    QTest::newRow("text after closing quote")
        << "a,b\n\"x\"y,2\n"
        << "line 2: unexpected text after a closing quote; a quote inside a quoted field must "
           "be doubled (\"\")";
}

void TestCsvReader::parse_errorsNameTheLine()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto parsed = CsvReader::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorMessage(), message);
}

void TestCsvReader::decodeUtf8_dropsBomAndRejectsOtherEncodings()
{
    QCOMPARE(*CsvReader::decodeUtf8(QByteArray("\xEF\xBB\xBF"
                                               "a,b")),
             QStringLiteral("a,b"));
    QCOMPARE(*CsvReader::decodeUtf8(QByteArray("Zo\xC3\xAB")), QStringLiteral("Zoë"));
    const auto latin1 = CsvReader::decodeUtf8(QByteArray("Zo\xEB,1"));
    QVERIFY(!latin1.ok());
    QVERIFY(latin1.errorMessage().contains(QStringLiteral("not UTF-8")));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
