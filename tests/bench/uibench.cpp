// What a facilitator feels on the card wall: from a click on a card to the card painted as
// picked, on SQLite and on PostgreSQL behind a proxy that adds 100 ms per round trip (the write
// queue must keep the database out of the way). Baseline in the same run: a bare QPushButton
// repainted after a click, the same way. Target: under 16 ms (one frame) on both.
// The yes/no scan: from the answer's key press to the next card painted (the moment its reaction
// clock starts), beside the bare time to repaint one card with another drive. Target: one frame.
// Run with: cmake --build build -t bench
#include "benchmark.h"

#include "charts/chartimage.h"
#include "charts/profilecharts.h"
#include "deck/cardwidget.h"
#include "deck/deckview.h"
#include "domain/catalogue.h"
#include "latencyproxy.h"
#include "picking/pickingpage.h"
#include "postgresserver.h"
#include "scan/scanview.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "teamprofile/profilepage.h"
#include "workshop/sessiondocument.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDeadlineTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>
#include <functional>

using namespace DriveDeck;

using Bench::PaintWatch;

namespace {

// Does act, then runs the event loop until done() (at most 5 s); the elapsed nanoseconds.
qint64 nsecsUntil(const std::function<void()> &act, const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    act();
    QDeadlineTimer deadline(5000);
    while (!done() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 1);
    return timer.nsecsElapsed();
}

// Does act and waits for the watched widget's next paint; the elapsed nanoseconds.
qint64 nsecsUntilPainted(PaintWatch &watch, const std::function<void()> &act)
{
    const int before = watch.paints;
    return nsecsUntil(act, [&] { return watch.paints != before; });
}

// The session opened by a document of its own, waited for.
void waitOpen(const SessionDocument &document)
{
    QDeadlineTimer opened(20000);
    while (!document.isOpen() && !opened.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Clicks the widget and waits for its next paint; the elapsed nanoseconds.
qint64 clickUntilPainted(QWidget *widget, PaintWatch &watch)
{
    const QPointF at = QRectF(widget->rect()).center();
    QMouseEvent press(QEvent::MouseButtonPress, at, widget->mapToGlobal(at), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, at, widget->mapToGlobal(at), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    return nsecsUntilPainted(watch, [&] {
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    });
}

Session wallSession()
{
    Testing::SessionBuilder b(QStringLiteral("Bench"));
    b.session().id = QUuid::createUuid();
    b.participant(QStringLiteral("Anouk"));
    b.round(QStringLiteral("Now"), PickingRule::choose(1, 24));
    return b.build();
}

void benchWall(Bench::Runner &runner, const QString &engine, const DatabaseConfig &config,
               double baseline)
{
    Session session = wallSession();
    if (!(*SessionStore::open(config))->save(session))
        qFatal("cannot save");
    SessionDocument document(config, session.id);
    waitOpen(document);
    PickingPage page(&document);
    page.resize(1366, 700);
    page.show();
    QApplication::processEvents();
    CardWidget *card = page.wall()->card(7);
    PaintWatch watch;
    card->installEventFilter(&watch);
    runner.measure(
        engine + QStringLiteral(": click a card -> painted as picked"),
        [&] { return clickUntilPainted(card, watch) / 1000; }, baseline,
        [&] {
            // Back to open, painted, before each timed click.
            if (card->mark() != CardWidget::Mark::Open)
                clickUntilPainted(card, watch);
        },
        20);
}

// Repaints one card showing another drive, the least the scan's next card can cost.
double benchCardRepaint(Bench::Runner &runner)
{
    CardWidget card(1);
    card.setFixedSize(680, 449); // the scan's card at 1366 × 768
    card.show();
    QApplication::processEvents();
    PaintWatch watch;
    card.installEventFilter(&watch);
    int drive = 1;
    return runner.measure(QStringLiteral("baseline: repaint one card with another drive"), [&] {
        drive = drive % DriveCount + 1;
        return nsecsUntilPainted(watch, [&] { card.setDriveId(drive); }) / 1000;
    });
}

void benchScan(Bench::Runner &runner, const QString &engine, const DatabaseConfig &config,
               double baseline)
{
    Testing::SessionBuilder b(QStringLiteral("Scan bench"));
    b.session().id = QUuid::createUuid();
    for (int i = 0; i < 12; ++i)
        b.participant(QStringLiteral("P%1").arg(i + 1));
    b.round(QStringLiteral("Scan"), PickingRule::scan(0));
    Session session = b.build();
    if (!(*SessionStore::open(config))->save(session))
        qFatal("cannot save");
    SessionDocument document(config, session.id);
    waitOpen(document);
    ScanView view(&document);
    view.resize(1366, 768);
    view.show();
    QApplication::processEvents();
    int person = 0;
    int shown = 0;
    QObject::connect(&view, &ScanView::cardShown, [&shown] { ++shown; });
    // Does act and waits for the next card on screen; the elapsed nanoseconds.
    auto untilShown = [&](const std::function<void()> &act) {
        const int before = shown;
        return nsecsUntil(act, [&] { return shown != before; });
    };
    auto beginNext = [&] {
        untilShown([&] {
            if (!view.begin(session.rounds.first().id, session.participants.at(person++).id, 42u))
                qFatal("cannot begin the scan");
        });
    };
    beginNext();
    bool yes = false;
    runner.measure(
        engine + QStringLiteral(": scan answer key -> next card painted"),
        [&] {
            yes = !yes;
            QKeyEvent press(QEvent::KeyPress, yes ? Qt::Key_Y : Qt::Key_N, Qt::NoModifier);
            return untilShown([&] { QApplication::sendEvent(&view, &press); }) / 1000;
        },
        baseline,
        [&] {
            // The last card of a person: the next person's scan, untimed.
            if (view.turn()->seenCount() == DriveCount - 1 ||
                view.state() != ScanView::State::Running)
                beginNext();
        },
        20);
}

// The profile page of a 30-person, 3-round session: choosing another round, or another round to
// compare with, until the charts are painted again; one chart written as SVG and as PNG at
// presentation size. Targets: 50 ms and 100 ms.
void benchProfile(Bench::Runner &runner, const DatabaseConfig &config, QTemporaryDir &dir,
                  double baseline)
{
    Testing::SessionBuilder b(QStringLiteral("Profile bench"));
    b.session().id = QUuid::createUuid();
    for (int i = 0; i < 30; ++i)
        b.participant(QStringLiteral("P%1").arg(i + 1));
    for (const char *title : {"Now", "Desired", "Brand"})
        b.round(QString::fromLatin1(title), PickingRule::choose(1, 5, false, true));
    for (int r = 0; r < 3; ++r)
        for (int p = 0; p < 30; ++p)
            b.picks(r, p, {1 + (p + r) % 24, 1 + (p * 7 + r) % 24, 1 + (p * 11 + 3 * r) % 24});
    Session session = b.build();
    // Three distinct cards each: the builder's picks above may repeat a card; keep the first.
    QSet<QString> seen;
    session.picks.removeIf([&seen](const Pick &pick) {
        const QString key =
            pick.roundId.toString() + pick.participantId.toString() + QString::number(pick.driveId);
        if (seen.contains(key))
            return true;
        seen.insert(key);
        return false;
    });
    if (!(*SessionStore::open(config))->save(session))
        qFatal("cannot save the profile session");
    SessionDocument document(config, session.id);
    waitOpen(document);
    ProfilePage page(&document);
    page.resize(1366, 700);
    page.show();
    QApplication::processEvents();
    auto *drives = page.findChild<QWidget *>(QStringLiteral("drivesChart"));
    PaintWatch watch;
    drives->installEventFilter(&watch);
    // The chart view paints through its viewport.
    if (auto *area = qobject_cast<QAbstractScrollArea *>(drives))
        area->viewport()->installEventFilter(&watch);
    int round = 0;
    auto untilPainted = [&](const std::function<void()> &change) {
        return nsecsUntilPainted(watch, change) / 1000;
    };
    runner.measure(
        QStringLiteral("profile page: another round -> charts painted"),
        [&] {
            round = (round + 1) % 3;
            return untilPainted([&] { page.selectRound(session.rounds.at(round).id); });
        },
        baseline);
    page.selectRound(session.rounds.at(0).id);
    int other = 0;
    runner.measure(
        QStringLiteral("profile page: compare with another round -> painted"),
        [&] {
            other = other % 2 + 1;
            return untilPainted([&] { page.compareWith(session.rounds.at(other).id); });
        },
        baseline);
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    runner.measure(QStringLiteral("one chart as SVG, 1600 x 900"), [&] {
        QString error;
        return page.saveChart(ProfilePage::Chart::Drives, svg, &error) ? 1 : 0;
    });
    runner.measure(QStringLiteral("one chart as PNG, 1600 x 900"), [&] {
        QString error;
        return page.saveChart(ProfilePage::Chart::Drives, png, &error) ? 1 : 0;
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Bench::Runner runner(QStringLiteral("the card wall: click to painted"));

    QPushButton button(QStringLiteral("Bare button"));
    button.setCheckable(true);
    button.resize(200, 132);
    button.show();
    QApplication::processEvents();
    PaintWatch buttonWatch;
    button.installEventFilter(&buttonWatch);
    const double baseline =
        runner.measure(QStringLiteral("baseline: click a QPushButton -> painted"),
                       [&] { return clickUntilPainted(&button, buttonWatch) / 1000; });

    benchWall(runner, QStringLiteral("SQLite"),
              DatabaseConfig::sqlite(dir.filePath(QStringLiteral("wall.sqlite"))), baseline);
    const double cardBaseline = benchCardRepaint(runner);
    benchProfile(runner, DatabaseConfig::sqlite(dir.filePath(QStringLiteral("profile.sqlite"))),
                 dir, baseline);
    benchScan(runner, QStringLiteral("SQLite"),
              DatabaseConfig::sqlite(dir.filePath(QStringLiteral("scan.sqlite"))), cardBaseline);

    Testing::PostgresServer server;
    if (const QString problem = server.start(); !problem.isEmpty()) {
        std::fprintf(stderr, "PostgreSQL benchmark skipped: %s\n", qPrintable(problem));
        return 1;
    }
    server.createDatabase(QStringLiteral("wall"));
    Testing::LatencyProxy proxy(server.port(), 50);
    if (const QString problem = proxy.start(); !problem.isEmpty())
        qFatal("%s", qPrintable(problem));
    DatabaseConfig slow = *DatabaseConfig::fromUrl(server.url(QStringLiteral("wall")));
    slow.host = QStringLiteral("127.0.0.1");
    slow.port = proxy.port();
    benchWall(runner, QStringLiteral("PostgreSQL behind 100 ms per round trip"), slow, baseline);
    server.createDatabase(QStringLiteral("scan"));
    DatabaseConfig slowScan = *DatabaseConfig::fromUrl(server.url(QStringLiteral("scan")));
    slowScan.host = QStringLiteral("127.0.0.1");
    slowScan.port = proxy.port();
    benchScan(runner, QStringLiteral("PostgreSQL behind 100 ms per round trip"), slowScan,
              cardBaseline);
    return 0;
}
