#include "reportwriter/pdfreport.h"
#include "sessionbuilder.h"
#include "translator.h"
#include "workshop/samplesession.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Tool tool;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return tool;
    tool.exitCode = process.exitCode();
    tool.out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return tool;
}

// people named, rounds of three cards each, the picks spread by a fixed rule.
Session workshop(const QStringList &names, const QStringList &rounds)
{
    SessionBuilder builder(u"Kick-off"_s);
    builder.session().id = QUuid::createUuid();
    builder.session().facilitator = u"Kim the facilitator"_s;
    for (const QString &name : names)
        builder.participant(name);
    for (const QString &round : rounds)
        builder.round(round, PickingRule::choose(1, 3, true, true));
    Session session = builder.build();
    for (int r = 0; r < rounds.size(); ++r) {
        for (int p = 0; p < names.size(); ++p) {
            for (int rank = 1; rank <= 3; ++rank) {
                Pick pick = builder.pick(r, p, 1 + (p * 5 + r * 7 + rank * 3) % 24,
                                         Polarity::Positive, rank);
                if (rank == 1)
                    pick.note = u"A story from round %1."_s.arg(r + 1);
                session.picks.append(pick);
            }
            if (p % 4 == 0)
                session.picks.append(
                    builder.pick(r, p, 1 + (p * 5 + r * 7 + 13) % 24, Polarity::Negative));
        }
    }
    return session;
}

QStringList numbered(const QString &stem, int count)
{
    QStringList names;
    for (int i = 1; i <= count; ++i)
        names << u"%1 %2"_s.arg(stem).arg(i);
    return names;
}

} // namespace

// The PDF report, written in this process and read back with qpdf, pdftotext and pdfinfo.
class TestPdfReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void report_isASoundPdf_withItsTextWhole_data();
    void report_isASoundPdf_withItsTextWhole();
    void anonymous_reportNamesNobody_inTextOrMetadata_data();
    void anonymous_reportNamesNobody_inTextOrMetadata();
    void language_isTheReportsOwn_theApplicationKeepsIts();
    void chosenRoundsAndComparisons_onlyThoseAreIn();
    void smallRound_isNamedButNotCharacterised();
    void everyPage_isNumberedWithTheFooter();
    void unwritableFolder_saysWhyAndWritesNothing();

private:
    QString text(const QString &pdf) const
    {
        return runTool(m_pdftotext, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}).out;
    }

    QTemporaryDir m_dir;
    QString m_qpdf;
    QString m_pdftotext;
    QString m_pdfinfo;
};

void TestPdfReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Translations::install(u"en"_s);
    Translations::useLocaleOf(u"en"_s);
    // The bundled font, not whichever DejaVu the machine has.
    QVERIFY(QFile::exists(u":/fonts/DejaVuSans.ttf"_s));
    QVERIFY(QFile::exists(u":/fonts/DejaVuSans-Bold.ttf"_s));
    QCOMPARE(PdfReport::fontFamily(), u"DejaVu Sans"_s);
    m_qpdf = QStandardPaths::findExecutable(u"qpdf"_s);
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    m_pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    QVERIFY2(!m_qpdf.isEmpty() && !m_pdftotext.isEmpty() && !m_pdfinfo.isEmpty(),
             "qpdf and poppler-utils are needed: packaging/quickstart.sh test installs them");
}

void TestPdfReport::report_isASoundPdf_withItsTextWhole_data()
{
    QTest::addColumn<Session>("session");
    QTest::addColumn<bool>("appendices");
    QTest::addColumn<QStringList>("expected");

    Session one = workshop({u"Anna"_s}, {u"Now"_s});
    QTest::newRow("one person") << one << false
                                << QStringList{u"Kick-off"_s, u"1 person picked cards"_s,
                                               u"A profile is given from 5 people on"_s};

    // Twelve people in two rounds, and the brand's target round picked by one voice.
    Session twelve = workshop(numbered(u"Member"_s, 12), {u"Now"_s, u"Desired"_s});
    {
        SessionBuilder brand;
        Participant voice{QUuid::createUuid(), u"Brand"_s, {}};
        twelve.participants.append(voice);
        Round target;
        target.id = QUuid::createUuid();
        target.title = u"Brand"_s;
        target.question = u"What should drive us as a brand?"_s;
        target.target = true;
        target.participantIds = {voice.id};
        twelve.rounds.append(target);
        for (int drive : {13, 14, 15}) {
            Pick pick;
            pick.roundId = target.id;
            pick.participantId = voice.id;
            pick.driveId = drive;
            twelve.picks.append(pick);
        }
        twelve.agreements = {{QUuid::createUuid(), u"Plan a monthly team lunch"_s, u"Team lead"_s,
                              QDate(2027, 1, 15)}};
    }
    QTest::newRow("twelve, two rounds and a target")
        << twelve << false
        << QStringList{u"Target profile: Brand"_s, u"From “Now” to “Brand (target)”"_s,
                       u"From “Now” to “Desired”"_s, u"Plan a monthly team lunch"_s,
                       u"Team lead"_s};

    // The sample session: eight people, two rounds with stories, agreements.
    QTest::newRow("the sample session")
        << SampleSession::create() << true
        << QStringList{u"Appendix: the stories"_s, u"Alignment with"_s};

    Session thirty = workshop(numbered(u"Person"_s, 30), {u"Now"_s, u"Desired"_s, u"Next year"_s});
    QTest::newRow("thirty, three rounds, every appendix")
        << thirty << true
        << QStringList{u"Appendix: the stories"_s, u"A story from round 3."_s,
                       u"Appendix: who picked what"_s, u"Person 30"_s};

    // Accents, Greek, Cyrillic and emoji in names, title and stories.
    Session world = workshop({u"Zoë Ærøskøbing"_s, u"Ἀθηνᾶ Παππᾶ"_s, u"Дмитрий Иванов"_s,
                              u"Łukasz Żółć"_s, u"Smiley 😀 Sam"_s, u"Émile"_s},
                             {u"Now"_s});
    world.title = u"Ĳsselmeer — Ωmega Команда 🚀"_s;
    world.team = u"Ærø & Κρήτη"_s;
    world.picks[0].note = u"Γνῶθι σεαυτόν, сказал он 🙂 — déjà vu"_s;
    QTest::newRow("accents, Greek, Cyrillic and emoji")
        << world << true << QStringList{u"Ωmega Команда"_s, u"Ĳsselmeer"_s,
                                        u"Ærø & Κρήτη"_s,   u"Γνῶθι σεαυτόν, сказал он"_s,
                                        u"déjà vu"_s,       u"Zoë Ærøskøbing"_s,
                                        u"Ἀθηνᾶ Παππᾶ"_s,   u"Дмитрий Иванов"_s,
                                        u"Łukasz Żółć"_s,   u"Sam"_s};
}

void TestPdfReport::report_isASoundPdf_withItsTextWhole()
{
    QFETCH(Session, session);
    QFETCH(bool, appendices);
    QFETCH(QStringList, expected);
    ReportOptions options = ReportOptions::defaultsFor(session);
    options.stories = appendices;
    options.pickGrid = appendices;
    const QString path = m_dir.filePath(QString::fromUtf8(QTest::currentDataTag()) + u".pdf"_s);
    QString error;
    int pages = 0;
    QVERIFY2(PdfReport::save(session, options, path, &error, &pages), qPrintable(error));
    QVERIFY(pages >= 2);

    // DRIVEDECK_KEEP_REPORTS=folder keeps the reports, to look at their pages.
    if (const QString keep = qEnvironmentVariable("DRIVEDECK_KEEP_REPORTS"); !keep.isEmpty())
        QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));
    const Tool check = runTool(m_qpdf, {u"--check"_s, path});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    const Tool info = runTool(m_pdfinfo, {path});
    QVERIFY(info.out.contains(QRegularExpression(u"Pages:\\s+%1\\n"_s.arg(pages))));
    QVERIFY(info.out.contains(QRegularExpression(u"Page size:\\s+595(\\.\\d+)? x 842"_s)));
    const QString all = text(path).simplified();
    for (const QString &piece : expected)
        QVERIFY2(all.contains(piece), qPrintable(piece));
    // Every font is embedded: the report looks the same on every machine.
    const Tool fonts = runTool(QStandardPaths::findExecutable(u"pdffonts"_s), {path});
    QVERIFY(fonts.out.contains(u"DejaVuSans "_s));
    for (const QString &line : fonts.out.split(u'\n').mid(2, -1)) {
        if (!line.trimmed().isEmpty())
            QVERIFY2(line.contains(QRegularExpression(u"\\s+yes\\s+(yes|no)\\s+yes\\s+"_s)),
                     qPrintable(line));
    }
}

void TestPdfReport::anonymous_reportNamesNobody_inTextOrMetadata_data()
{
    QTest::addColumn<bool>("sessionAnonymous");
    QTest::addColumn<bool>("forced");
    QTest::newRow("--anonymous") << false << true;
    QTest::newRow("an anonymous session") << true << false;
}

void TestPdfReport::anonymous_reportNamesNobody_inTextOrMetadata()
{
    QFETCH(bool, sessionAnonymous);
    QFETCH(bool, forced);
    const QStringList names{u"Anouk"_s, u"Bram"_s, u"Cas"_s, u"Dewi"_s, u"Eva"_s, u"Finn"_s};
    Session session = workshop(names, {u"Now"_s, u"Desired"_s});
    session.anonymous = sessionAnonymous;
    session.participants[0].alias = u"Blue fox"_s;
    // Names where a facilitator might write them: in stories and agreements.
    session.picks[0].note = u"Bram said the same, and so did EVA."_s;
    session.picks[3].note = u"Like Anouk's story."_s;
    session.agreements = {{QUuid::createUuid(), u"Dewi books the room"_s, u"Cas"_s, {}},
                          {QUuid::createUuid(), u"Finn writes it up"_s, u"Finn"_s, {}}};
    ReportOptions options = ReportOptions::defaultsFor(session);
    options.anonymous = forced;
    options.stories = true;
    options.pickGrid = true;
    const QString path = m_dir.filePath(u"anonymous-%1.pdf"_s.arg(sessionAnonymous));
    QString error;
    QVERIFY2(PdfReport::save(session, options, path, &error), qPrintable(error));

    const QString all = text(path);
    const QString metadata = runTool(m_pdfinfo, {path}).out;
    QVERIFY2(all.contains(u"Blue fox"_s), qPrintable(all.right(2500)));
    QVERIFY(all.contains(u"Person 2"_s));
    QVERIFY(all.contains(u"said the same"_s));
    for (const QString &name : names) {
        const QRegularExpression word(u"\\b%1\\b"_s.arg(name),
                                      QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!all.contains(word), qPrintable(name));
        QVERIFY2(!metadata.contains(word), qPrintable(name));
    }
}

void TestPdfReport::language_isTheReportsOwn_theApplicationKeepsIts()
{
    Session session = workshop(numbered(u"Member"_s, 8), {u"Now"_s});
    ReportOptions options = ReportOptions::defaultsFor(session);
    options.language = u"nl"_s;
    const QString path = m_dir.filePath(u"dutch.pdf"_s);
    QVERIFY(PdfReport::save(session, options, path, nullptr));
    const QString all = text(path);
    QVERIFY2(all.contains(u"Samenvatting"_s), qPrintable(all.left(800)));
    QVERIFY(all.contains(QRegularExpression(u"Basis\\s+\\d+,\\d %"_s)));
    QVERIFY(all.contains(u"Pagina 1 van"_s));
    // The application's own language and number format are as they were.
    QCOMPARE(Translations::current(), u"en"_s);
    QCOMPARE(QLocale().decimalPoint(), u"."_s);
    QCOMPARE(QCoreApplication::translate("DriveDeck::Catalogue", "Basics"), u"Basics"_s);
}

void TestPdfReport::chosenRoundsAndComparisons_onlyThoseAreIn()
{
    Session session = workshop(numbered(u"Member"_s, 8), {u"Now"_s, u"Desired"_s, u"Later"_s});
    ReportOptions options = ReportOptions::defaultsFor(session);
    QCOMPARE(options.comparisons.size(), 2); // Now → Desired, Desired → Later
    options.rounds = {session.rounds.at(2).id};
    options.comparisons = {{session.rounds.at(0).id, session.rounds.at(2).id}};
    const QString path = m_dir.filePath(u"chosen.pdf"_s);
    QVERIFY(PdfReport::save(session, options, path, nullptr));
    const QString all = text(path);
    QVERIFY(all.contains(u"Round: Later"_s));
    QVERIFY(!all.contains(u"Round: Now"_s));
    QVERIFY(!all.contains(u"Round: Desired"_s));
    QVERIFY(all.contains(u"From “Now” to “Later”"_s));
    QVERIFY(!all.contains(u"From “Now” to “Desired”"_s));
}

void TestPdfReport::smallRound_isNamedButNotCharacterised()
{
    Session session = workshop(numbered(u"Member"_s, 3), {u"Now"_s, u"Desired"_s});
    const QString path = m_dir.filePath(u"small.pdf"_s);
    QVERIFY(PdfReport::save(session, ReportOptions::defaultsFor(session), path, nullptr));
    const QString all = text(path).simplified();
    QVERIFY(all.contains(u"Round: Now"_s));
    QVERIFY(all.contains(u"3 people picked cards in this round. A profile is given from 5"_s));
    QVERIFY(all.contains(u"Not compared: one of the two rounds has fewer people"_s));
    // No chart and no figure says more than the group size allows.
    QVERIFY(!all.contains(u"Share of the picks"_s));
    QVERIFY(!all.contains(u"Alignment with"_s));
}

void TestPdfReport::everyPage_isNumberedWithTheFooter()
{
    Session session = workshop(numbered(u"Member"_s, 12), {u"Now"_s, u"Desired"_s});
    const QString path = m_dir.filePath(u"numbered.pdf"_s);
    int pages = 0;
    QVERIFY(PdfReport::save(session, ReportOptions::defaultsFor(session), path, nullptr, &pages));
    for (int page = 1; page <= pages; ++page) {
        const QString onPage =
            runTool(m_pdftotext, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page),
                                  u"-enc"_s, u"UTF-8"_s, path, u"-"_s})
                .out.simplified();
        QVERIFY2(onPage.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(onPage));
        QVERIFY(onPage.contains(u"It is not a psychological assessment of anyone."_s));
        // The running header from the second page on: the team and the title.
        QCOMPARE(onPage.contains(u"Team · Monday, 23 November 2026"_s), page > 1);
    }
}

void TestPdfReport::unwritableFolder_saysWhyAndWritesNothing()
{
    Session session = workshop({u"Anna"_s}, {u"Now"_s});
    const QString path = m_dir.filePath(u"not/there/report.pdf"_s);
    QString error;
    QVERIFY(!PdfReport::save(session, ReportOptions::defaultsFor(session), path, &error));
    QVERIFY2(error.startsWith(u"The report could not be written to "_s), qPrintable(error));
    QVERIFY(error.contains(u"report.pdf"_s));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
