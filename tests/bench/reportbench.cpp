// The PDF report of a 30-person, 3-round session with every appendix, beside one chart alone on
// a PDF page. Target: the report in under 500 ms.
#include "benchmark.h"
#include "charts/chartimage.h"
#include "charts/profilecharts.h"
#include "profile/profile.h"
#include "profile/rejections.h"
#include "reportwriter/pdfreport.h"
#include "sessionbuilder.h"
#include "translator.h"

#include <QApplication>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace DriveDeck;

namespace {

Session thirtyPeople()
{
    Testing::SessionBuilder b(QStringLiteral("Report bench"));
    b.session().id = QUuid::createUuid();
    b.session().facilitator = QStringLiteral("Kim");
    for (int i = 0; i < 30; ++i)
        b.participant(QStringLiteral("Person %1").arg(i + 1));
    for (const char *title : {"Now", "Desired", "Next year"})
        b.round(QString::fromLatin1(title), PickingRule::choose(1, 3, true, true));
    Session session = b.build();
    for (int r = 0; r < 3; ++r) {
        for (int p = 0; p < 30; ++p) {
            for (int rank = 1; rank <= 3; ++rank) {
                Pick pick =
                    b.pick(r, p, 1 + (p * 5 + r * 7 + rank * 3) % 24, Polarity::Positive, rank);
                pick.note = QStringLiteral("A story told about this card in the room, a sentence "
                                           "or two long, as a facilitator writes it down.");
                session.picks.append(pick);
            }
        }
    }
    for (int i = 0; i < 5; ++i)
        session.agreements.append({QUuid::createUuid(), QStringLiteral("Agreement %1").arg(i + 1),
                                   QStringLiteral("Owner"), QDate(2027, 1, 1 + i)});
    return session;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Translations::install(QStringLiteral("en"));
    const Session session = thirtyPeople();
    Bench::Runner runner(QStringLiteral("the PDF report"));

    // The baseline: the 24-drive chart alone, laid out and painted on one A4 PDF page.
    const Profile profile = Profile::ofRound(session, session.rounds.first().id);
    const Rejections rejections = Rejections::ofRound(session, session.rounds.first().id);
    const QString family = PdfReport::fontFamily();
    const double chart = runner.measure(QStringLiteral("baseline: one chart on a PDF page"), [&] {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(),
                                      QPageLayout::Millimeter));
        const ChartImage::Painting painting = ChartImage::painting(
            ProfileCharts::drives(profile, rejections, ProfileCharts::DriveOrder::Catalogue),
            QSize(765, 576), family);
        QPainter painter(&pdf);
        painting(painter, QRectF(236, 236, 2008, 1512));
        painter.end();
        return bytes.size();
    });

    ReportOptions options = ReportOptions::defaultsFor(session);
    options.stories = true;
    options.pickGrid = true;
    int pages = 0;
    runner.measure(
        QStringLiteral("30 people, 3 rounds, every appendix (en)"),
        [&] { return PdfReport::write(session, options, &pages).size(); }, chart);
    const int allPages = pages;
    options.language = QStringLiteral("nl");
    runner.measure(
        QStringLiteral("the same in Dutch, the window in English"),
        [&] { return PdfReport::write(session, options, &pages).size(); }, chart);
    options.stories = false;
    options.pickGrid = false;
    options.language = QStringLiteral("en");
    runner.measure(
        QStringLiteral("30 people, 3 rounds, no appendices"),
        [&] { return PdfReport::write(session, options, &pages).size(); }, chart);
    std::printf("(%d pages with every appendix, %d without)\n", allPages, pages);
    return 0;
}
