#include "io/csvreader.h"

#include <QBuffer>
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
    void read_streamsWhatParseReads_data();
    void read_streamsWhatParseReads();
    void read_notUtf8FarIn_namesLineAndByte();
    void read_aHugeCell_isRefusedWithoutReadingOn();
    void read_stopsWhenAsked();
};

namespace {

// Records through the streaming reader, as PicksCsv reads files.
Result<Records> readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Records records;
    const Status ok = CsvReader::read(buffer, [&records](const CsvRecord &record) {
        records.append(record);
        return true;
    });
    if (!ok)
        return ok.error();
    return records;
}

} // namespace

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

// Files larger than the reader's 1 MiB chunks: a multi-byte character, a doubled quote, a
// quote that ends a field and a "\r\n" each split across a chunk boundary read as in one piece.
void TestCsvReader::read_streamsWhatParseReads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const qsizetype chunk = 1 << 20;
    const QByteArray header = "a,b\n";
    const auto padTo = [&](qsizetype boundaryAt, const QByteArray &tail) {
        // Records of 1,000 bytes fill the file up to boundaryAt, where tail's split falls.
        QByteArray bytes = header;
        while (boundaryAt - bytes.size() > 2000)
            bytes += "x," + QByteArray(997, 'p') + '\n';
        bytes += "x," + QByteArray(boundaryAt - bytes.size() - 3, 'p') + '\n';
        return bytes + tail;
    };
    QTest::newRow("small, with BOM") << QByteArray("\xEF\xBB\xBF"
                                                   "a,b\n1,\"two\n\"\"lines\"\"\"\n");
    // "é" is two bytes: its first byte ends a chunk.
    QTest::newRow("character split") << padTo(chunk - 1, "\xC3\xA9t\xC3\xA9,1\n");
    QTest::newRow("emoji split") << padTo(chunk - 2, "\xF0\x9F\x8C\xB7,1\n");
    QTest::newRow("doubled quote split") << padTo(chunk - 3, "\"a\"\"b\",1\n");
    QTest::newRow("closing quote at the end of a chunk") << padTo(chunk - 4, "\"ab\",1\n");
    QTest::newRow("crlf split") << padTo(chunk - 5, "ab,1\r\ncd,2\r\n");
    QByteArray many = header;
    for (int i = 0; i < 200'000; ++i)
        many += "Zo\xC3\xAB " + QByteArray::number(i) + ",\"note, with \"\"quotes\"\"\"\n";
    QTest::newRow("many records") << many;
}

void TestCsvReader::read_streamsWhatParseReads()
{
    QFETCH(QByteArray, bytes);
    const auto text = CsvReader::decodeUtf8(bytes);
    QVERIFY(text.ok());
    const auto parsed = CsvReader::parse(*text);
    QVERIFY(parsed.ok());
    const auto streamed = readAll(bytes);
    QVERIFY2(streamed.ok(), qPrintable(streamed.errorMessage()));
    QCOMPARE(streamed->size(), parsed->size());
    QCOMPARE(*streamed, *parsed);
}

void TestCsvReader::read_notUtf8FarIn_namesLineAndByte()
{
    QByteArray bytes = "a,b\n";
    for (int i = 0; i < 100'000; ++i)
        bytes += "Zo\xC3\xAB,1\n"; // 9 bytes a line: past the first chunk
    bytes += "Zo\xEB,1\n";
    const auto streamed = readAll(bytes);
    QVERIFY(!streamed.ok());
    QCOMPARE(streamed.errorMessage(), u"line 100002, byte 3: the file is not UTF-8 text; save it "
                                      "as \"CSV UTF-8\" and try again"_s);
    QCOMPARE(CsvReader::decodeUtf8(bytes).errorMessage(), streamed.errorMessage());
}

// One 100 MB line once took 26 s and a 314 MB message: now the reader stops at the cell's limit.
void TestCsvReader::read_aHugeCell_isRefusedWithoutReadingOn()
{
    QByteArray bytes = "round,participant,drive\nNow,";
    bytes += QByteArray(CsvReader::MaxFieldLength + 10, 'x');
    bytes += ",1\n";
    const auto streamed = readAll(bytes);
    QVERIFY(!streamed.ok());
    QCOMPARE(streamed.errorMessage(),
             u"line 2: a cell of more than 1,000,000 characters; is a quote missing, or is this "
             "not a CSV of picks?"_s);
}

void TestCsvReader::read_stopsWhenAsked()
{
    QBuffer buffer;
    buffer.setData("a\n1\n2\n3\n");
    buffer.open(QIODevice::ReadOnly);
    int seen = 0;
    QVERIFY(CsvReader::read(buffer, [&seen](const CsvRecord &) { return ++seen < 2; }));
    QCOMPARE(seen, 2);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
