#include "domain/text.h"

#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

// Values from files and the command line, as messages repeat them and as people are matched.
class TestText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shown_data();
    void shown();
    void normalName_data();
    void normalName();
    void isDigits_data();
    void isDigits();
    void namePattern_findsWholeNamesInAnyCase_data();
    void namePattern_findsWholeNamesInAnyCase();
};

void TestText::shown_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Anna"_s << 60 << u"Anna"_s;
    QTest::newRow("terminal escapes")
        << u"x\x1b]0;owned\x07\x1b[2J"_s << 60 << u"x\ufffd]0;owned\ufffd\ufffd[2J"_s;
    QTest::newRow("NUL and line breaks") << u"a\0b\nc"_s << 60 << u"a\ufffdb\ufffdc"_s;
    QTest::newRow("direction override") << u"\u202eevil"_s << 60 << u"\ufffdevil"_s;
    QTest::newRow("emoji kept whole") << u"🌷 tulip"_s << 60 << u"🌷 tulip"_s;
    QTest::newRow("lone surrogate") << u"a\xd800z"_s << 60 << u"a\ufffdz"_s;
    QTest::newRow("cut") << QString(100, u'x') << 60 << QString(60, u'x') + u'…';
    QTest::newRow("exactly the limit") << QString(60, u'x') << 60 << QString(60, u'x');
    QTest::newRow("accents stay") << u"Zoë Ærøskøbing"_s << 60 << u"Zoë Ærøskøbing"_s;
}

void TestText::shown()
{
    QFETCH(QString, value);
    QFETCH(int, max);
    QFETCH(QString, expected);
    QCOMPARE(Text::shown(value, max), expected);
}

void TestText::normalName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Anna"_s << u"Anna"_s;
    QTest::newRow("zero-width space and joiner") << u"An\u200bna\u200d"_s << u"Anna"_s;
    QTest::newRow("spaces trimmed and collapsed")
        << u"  Anna \t de  Vries "_s << u"Anna de Vries"_s;
    // "e" + combining acute is "é" as one character.
    QTest::newRow("NFC") << u"Zoe\u0301"_s << u"Zoé"_s;
    QTest::newRow("byte-order mark") << u"\ufeffBram"_s << u"Bram"_s;
}

void TestText::normalName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(Text::normalName(name), expected);
}

void TestText::isDigits_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("digits");
    QTest::newRow("12") << u"12"_s << true;
    QTest::newRow("0") << u"0"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("NUL inside") << u"1\0"
                                   "999"_s
                                << false;
    QTest::newRow("space") << u" 12"_s << false;
    QTest::newRow("Arabic-Indic digits") << u"١٢"_s << false;
    QTest::newRow("sign") << u"+1"_s << false;
}

void TestText::isDigits()
{
    QFETCH(QString, value);
    QFETCH(bool, digits);
    QCOMPARE(Text::isDigits(value), digits);
}

void TestText::namePattern_findsWholeNamesInAnyCase_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("replaced"); // every match replaced by "#"
    QTest::newRow("word") << QStringList{u"Anna"_s} << u"Ask Anna."_s << u"Ask #."_s;
    QTest::newRow("any case") << QStringList{u"anna"_s} << u"ANNA and Anna, anna"_s
                              << u"# and #, #"_s;
    QTest::newRow("accents in any case")
        << QStringList{u"Zoë"_s} << u"ZOË wrote it"_s << u"# wrote it"_s;
    QTest::newRow("inside a word")
        << QStringList{u"Anna"_s} << u"Annalise and Hanna"_s << u"Annalise and Hanna"_s;
    QTest::newRow("next to digits and _")
        << QStringList{u"Bo"_s} << u"Bo2 _Bo Bo's"_s << u"Bo2 _Bo #'s"_s;
    QTest::newRow("words apart by any space")
        << QStringList{u"Anna de Vries"_s} << u"Anna  de\nVries came"_s << u"# came"_s;
    QTest::newRow("longest first")
        << QStringList{u"Anna"_s, u"Anna de Vries"_s} << u"Anna de Vries, Anna"_s << u"#, #"_s;
    QTest::newRow("pattern characters are text")
        << QStringList{u"J.(x)"_s} << u"J.(x) and JA(x)"_s << u"# and JA(x)"_s;
    QTest::newRow("other script") << QStringList{u"李"_s} << u"李 说"_s << u"# 说"_s;
    QTest::newRow("no names match nothing") << QStringList{u"  "_s} << u"Anna"_s << u"Anna"_s;
}

void TestText::namePattern_findsWholeNamesInAnyCase()
{
    QFETCH(QStringList, names);
    QFETCH(QString, text);
    QFETCH(QString, replaced);
    const QRegularExpression pattern = Text::namePattern(names);
    QVERIFY2(pattern.isValid(), qPrintable(pattern.errorString()));
    QCOMPARE(QString(text).replace(pattern, u"#"_s), replaced);
}

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
