#include "render/pageflow.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

// PageFlow lays blocks out on A4 pages; the pages are read back with Qt PDF, text per page.
class TestPageFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paragraphs_flowOverPages_numberedOnEveryPage_data();
    void paragraphs_flowOverPages_numberedOnEveryPage();
    void cover_hasNoRunningHeader_laterPagesDo();
    void heading_isNeverTheLastThingOnAPage();
    void longWord_isBrokenAcrossLines_notCutOff();
    void table_repeatsItsHeaderOnEveryPage();
    void picture_isPaintedWholeInTheAreaAsked();
    void pageBreak_atTheEnd_leavesNoEmptyPage();

private:
    struct Written
    {
        int pages = 0;
        QStringList texts; // per page, without spaces
    };
    Written write(const QList<ReportBlock> &blocks);

    QString m_family;
    const PageFlow::Frame m_frame{u"Team Blue · 27 November 2026"_s, u"Kick-off"_s,
                                  u"Not a psychological assessment."_s};
};

void TestPageFlow::initTestCase()
{
    const int id = QFontDatabase::addApplicationFont(u"" DRIVEDECK_FONT_FILE ""_s);
    QVERIFY(id >= 0);
    m_family = QFontDatabase::applicationFontFamilies(id).value(0);
    QCOMPARE(m_family, u"DejaVu Sans"_s);
}

TestPageFlow::Written TestPageFlow::write(const QList<ReportBlock> &blocks)
{
    QByteArray bytes;
    Written written;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(),
                                      QPageLayout::Millimeter));
        written.pages = PageFlow(pdf, m_family, m_frame).paint(blocks);
    }
    QBuffer input(&bytes);
    input.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&input);
    // Loading from a device finishes in the event loop.
    QDeadlineTimer deadline(5000);
    while (document.status() == QPdfDocument::Status::Loading && !deadline.hasExpired())
        QTest::qWait(5);
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() != written.pages)
        return {};
    for (int page = 0; page < document.pageCount(); ++page) {
        // Qt PDF reads some runs of text back letter by letter, with marks between the letters
        // ("P a g e"): compared without spaces and marks.
        QString text = document.getAllText(page).text();
        text.removeIf([](QChar c) {
            return c.isSpace() || c.category() == QChar::Other_Control ||
                   c.category() == QChar::Other_Format ||
                   c.category() == QChar::Other_NotAssigned ||
                   c.category() == QChar::Other_PrivateUse;
        });
        written.texts.append(text);
    }
    return written;
}

void TestPageFlow::paragraphs_flowOverPages_numberedOnEveryPage_data()
{
    QTest::addColumn<int>("paragraphs");
    QTest::addColumn<int>("minimumPages");
    QTest::newRow("one") << 1 << 1;
    // A line of 10-point text is about 4.3 mm; 249 mm of page holds about 55 lines.
    QTest::newRow("two hundred") << 200 << 4;
}

void TestPageFlow::paragraphs_flowOverPages_numberedOnEveryPage()
{
    QFETCH(int, paragraphs);
    QFETCH(int, minimumPages);
    QList<ReportBlock> blocks;
    for (int i = 1; i <= paragraphs; ++i)
        blocks.append(
            ReportBlock::of(ReportBlock::Kind::Paragraph, u"Paragraph %1 ends."_s.arg(i)));
    const Written written = write(blocks);
    QVERIFY(written.pages >= minimumPages);
    QCOMPARE(written.texts.size(), written.pages);
    const QString all = written.texts.join(u' ');
    for (int i = 1; i <= paragraphs; ++i)
        QVERIFY2(all.contains(u"Paragraph%1ends."_s.arg(i)), qPrintable(all.left(300)));
    for (int page = 0; page < written.pages; ++page) {
        QVERIFY(written.texts.at(page).contains(u"Page%1of%2"_s.arg(page + 1).arg(written.pages)));
        QVERIFY(written.texts.at(page).contains(u"Notapsychologicalassessment."_s));
    }
}

void TestPageFlow::cover_hasNoRunningHeader_laterPagesDo()
{
    const QList<ReportBlock> blocks{ReportBlock::of(ReportBlock::Kind::Title, u"The cover"_s),
                                    ReportBlock::of(ReportBlock::Kind::PageBreak, {}),
                                    ReportBlock::of(ReportBlock::Kind::Paragraph, u"Inside"_s)};
    const Written written = write(blocks);
    QCOMPARE(written.pages, 2);
    QVERIFY(!written.texts.at(0).contains(u"TeamBlue"_s));
    QVERIFY(written.texts.at(1).contains(u"TeamBlue·27November2026"_s));
    QVERIFY(written.texts.at(1).contains(u"Kick-off"_s));
}

void TestPageFlow::heading_isNeverTheLastThingOnAPage()
{
    // Enough lines to leave a little room at the foot of page 1, then a heading and its text.
    for (int filler = 40; filler <= 60; ++filler) {
        QList<ReportBlock> blocks;
        for (int i = 0; i < filler; ++i)
            blocks.append(ReportBlock::of(ReportBlock::Kind::Paragraph, u"Line %1"_s.arg(i)));
        blocks.append(ReportBlock::of(ReportBlock::Kind::Subheading, u"The heading"_s));
        blocks.append(ReportBlock::picture([](QPainter &, const QRectF &) {}, 60));
        blocks.append(ReportBlock::of(ReportBlock::Kind::Paragraph, u"After the picture"_s));
        const Written written = write(blocks);
        qsizetype headingPage = -1;
        for (qsizetype page = 0; page < written.texts.size(); ++page) {
            if (written.texts.at(page).contains(u"Theheading"_s))
                headingPage = page;
        }
        QVERIFY(headingPage >= 0);
        // The picture is 60 mm: a heading that moved with it shares its page with what follows.
        QVERIFY2(written.texts.at(headingPage).contains(u"Afterthepicture"_s),
                 qPrintable(u"%1 lines before the heading"_s.arg(filler)));
    }
}

void TestPageFlow::longWord_isBrokenAcrossLines_notCutOff()
{
    const QString word = QString(300, u'x') + u"END"_s;
    const Written written = write({ReportBlock::of(ReportBlock::Kind::Paragraph, word)});
    QCOMPARE(written.pages, 1);
    QVERIFY2(written.texts.first().contains(word), qPrintable(written.texts.first()));
}

void TestPageFlow::table_repeatsItsHeaderOnEveryPage()
{
    QList<QStringList> rows;
    for (int i = 1; i <= 150; ++i)
        rows.append({u"Row %1"_s.arg(i), u"Second"_s});
    const Written written =
        write({ReportBlock::table({u"Heading A"_s, u"Heading B"_s}, rows, {0.5, 0.5})});
    QVERIFY(written.pages >= 3);
    for (const QString &page : written.texts)
        QVERIFY2(page.contains(u"HeadingAHeadingB"_s), qPrintable(page.left(300)));
    const QString all = written.texts.join(u' ');
    for (int i = 1; i <= 150; ++i)
        QVERIFY(all.contains(u"Row%1Second"_s.arg(i)));
}

void TestPageFlow::picture_isPaintedWholeInTheAreaAsked()
{
    QRectF painted;
    int calls = 0;
    QList<ReportBlock> blocks{ReportBlock::picture(
        [&](QPainter &, const QRectF &area) {
            painted = area;
            ++calls;
        },
        80)};
    QCOMPARE(write(blocks).pages, 1);
    QCOMPARE(calls, 1);
    // 170 mm wide and 80 mm high at 300 dots per inch.
    QCOMPARE(qRound(painted.width() * 25.4 / 300), 170);
    QCOMPARE(qRound(painted.height() * 25.4 / 300), 80);
    QCOMPARE(qRound(painted.left() * 25.4 / 300), 20);
}

void TestPageFlow::pageBreak_atTheEnd_leavesNoEmptyPage()
{
    const Written written = write({ReportBlock::of(ReportBlock::Kind::Paragraph, u"Only"_s),
                                   ReportBlock::of(ReportBlock::Kind::PageBreak, {})});
    QCOMPARE(written.pages, 1);
}

QTEST_MAIN(TestPageFlow)
#include "tst_pageflow.moc"
