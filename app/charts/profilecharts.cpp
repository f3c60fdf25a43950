#include "charts/profilecharts.h"

#include "domain/colours.h"
#include "profile/figures.h"

#include <algorithm>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPalette>
#include <QPen>
#include <QPolarChart>
#include <QValueAxis>

#include <cmath>
#include <functional>

namespace DriveDeck {

namespace {

QChart *emptyChart()
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation); // figures change with every pick
    return chart;
}

// One set per domain, each value in its own row only (so each bar has its domain's colour), on
// a category axis of labels and a symmetric axis in percentage points around zero.
QChart *divergingChart(const QList<int> &rowsTopDown, const QStringList &labelsTopDown,
                       const std::function<double(int)> &valueOf,
                       const std::function<DomainId(int)> &domainOf)
{
    QChart *chart = emptyChart();
    auto *series = new QHorizontalStackedBarSeries;
    QList<int> rows = rowsTopDown;
    QStringList labels = labelsTopDown;
    // Bars are laid out from the bottom up: reversed, so the first row is on top.
    std::reverse(rows.begin(), rows.end());
    std::reverse(labels.begin(), labels.end());
    double largest = 0;
    for (const Domain &domain : Catalogue::domains()) {
        auto *set = new QBarSet(domain.name());
        set->setColor(domain.cardColour());
        set->setBorderColor(domain.cardColour());
        for (int row : rows) {
            const double value = domainOf(row) == domain.id ? valueOf(row) : 0.0;
            largest = std::max(largest, std::abs(value));
            set->append(value);
        }
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    // Signed labels in percentage points around the line at zero: "−20", "0", "+20" (the
    // title says the unit: a label at the very end would be cut).
    auto *points = new QCategoryAxis;
    // Ticks on round numbers: every 5 points up to 20, every 10 beyond.
    const int step = largest > 20 ? 10 : 5;
    const double end = std::max(5.0, std::ceil(largest / step) * step);
    points->setRange(-end, end);
    points->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int value = -int(end); value <= int(end); value += step) {
        const QString number = value > 0   ? QStringLiteral("+%1").arg(value)
                               : value < 0 ? QStringLiteral("\u2212%1").arg(-value)
                                           : QStringLiteral("0");
        points->append(number, value);
    }
    points->setTitleText(ProfileCharts::tr("change in share of the picks, in percentage points"));
    QFont small = points->titleFont();
    small.setBold(false);
    points->setTitleFont(small);
    chart->addAxis(points, Qt::AlignBottom);
    series->attachAxis(points);
    return chart;
}

} // namespace

QString ProfileCharts::domainLabel(const Profile &profile, DomainId domain)
{
    return tr("%1 %2 · %3")
        .arg(Catalogue::domain(domain).name(), Figures::percentText(profile.domainShare(domain)))
        .arg(Figures::affinityIndex(profile.affinity(domain)));
}

QChart *ProfileCharts::domainShares(const Profile &profile)
{
    QChart *chart = emptyChart();
    // One set per domain, its value in its own row only: each bar in its own colour.
    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    const auto &domains = Catalogue::domains();
    for (const Domain &domain : domains)
        categories.prepend(domainLabel(profile, domain.id)); // the first domain on top
    for (const Domain &domain : domains) {
        auto *set = new QBarSet(domain.name());
        set->setColor(domain.cardColour());
        set->setBorderColor(domain.cardColour());
        for (qsizetype row = 0; row < categories.size(); ++row) {
            const bool own = categories.at(row) == domainLabel(profile, domain.id);
            set->append(own ? profile.domainShare(domain.id) * 100.0 : 0.0);
        }
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *rows = new QBarCategoryAxis;
    rows->append(categories);
    chart->addAxis(rows, Qt::AlignLeft);
    series->attachAxis(rows);
    auto *percent = new QValueAxis;
    double top = 0;
    for (const Domain &domain : domains)
        top = std::max(top, profile.domainShare(domain.id) * 100.0);
    percent->setRange(0, std::max(10.0, std::ceil(top / 10.0) * 10.0));
    percent->setLabelFormat(QStringLiteral("%d %"));
    percent->setTickCount(int(percent->max() / 10.0) + 1);
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(percent);
    chart->setTitle(tr("Share of the picks per domain, with affinity (100 = chance)"));
    return chart;
}

QChart *ProfileCharts::radar(const Profile &profile, const QString &name, const Profile *other,
                             const QString &otherName)
{
    auto *chart = new QPolarChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    const auto &domains = Catalogue::domains();
    const qreal step = 360.0 / qreal(domains.size());
    auto *angles = new QCategoryAxis;
    angles->setRange(0, 360);
    angles->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype i = 0; i < qsizetype(domains.size()); ++i)
        angles->append(domains[std::size_t(i)].name(), qreal(i) * step);
    chart->addAxis(angles, QPolarChart::PolarOrientationAngular);
    auto *radius = new QValueAxis;
    double top = 150;
    auto outline = [&](const Profile &p, const QString &label, const QColor &colour) {
        auto *line = new QLineSeries;
        line->setName(label);
        for (qsizetype i = 0; i <= qsizetype(domains.size()); ++i) {
            const Domain &d = domains[std::size_t(i % qsizetype(domains.size()))];
            const double index = Figures::affinityIndex(p.affinity(d.id));
            top = std::max(top, index);
            line->append(qreal(i) * step, index);
        }
        line->setPen(QPen(colour, 3));
        chart->addSeries(line);
        line->attachAxis(angles);
        line->attachAxis(radius);
    };
    // Chance: affinity 100 in every domain, a dashed ring to read the shape against.
    auto *chance = new QLineSeries;
    chance->setName(tr("Chance (100)"));
    for (int i = 0; i <= 72; ++i)
        chance->append(i * 5.0, 100);
    chance->setPen(QPen(QColor(150, 150, 150), 1.5, Qt::DashLine));
    chart->addAxis(radius, QPolarChart::PolarOrientationRadial);
    chart->addSeries(chance);
    chance->attachAxis(angles);
    chance->attachAxis(radius);
    if (other)
        outline(*other, otherName, QColor(144, 164, 174));
    outline(profile, name, QColor(55, 71, 79));
    radius->setRange(0, std::ceil(top / 50.0) * 50.0);
    radius->setLabelFormat(QStringLiteral("%d"));
    radius->setTickCount(int(radius->max() / 50.0) + 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(tr("Affinity per domain (100 = chance)"));
    return chart;
}

QChart *ProfileCharts::domainComparison(const Profile &a, const Profile &b, const QString &nameOfA,
                                        const QString &nameOfB)
{
    QChart *chart = emptyChart();
    auto *series = new QHorizontalBarSeries;
    auto *setA = new QBarSet(nameOfA);
    // Not the grey of "not me": a pale slate for A, a dark one for B.
    setA->setColor(QColor(144, 164, 174));
    setA->setBorderColor(QColor(144, 164, 174));
    auto *setB = new QBarSet(nameOfB);
    setB->setColor(QColor(55, 71, 79));
    setB->setBorderColor(QColor(55, 71, 79));
    QStringList categories;
    double top = 0;
    // From the bottom up: the first domain on top.
    const auto &domains = Catalogue::domains();
    for (auto it = domains.crbegin(); it != domains.crend(); ++it) {
        const double shareA = a.domainShare(it->id), shareB = b.domainShare(it->id);
        categories.append(tr("%1 %2").arg(it->name(), Figures::pointsText(shareB - shareA)));
        setA->append(shareA * 100.0);
        setB->append(shareB * 100.0);
        top = std::max({top, shareA * 100.0, shareB * 100.0});
    }
    // Within each domain's pair A above B (the first set is drawn lowest), read from A to B.
    series->append(setB);
    series->append(setA);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *rows = new QBarCategoryAxis;
    rows->append(categories);
    chart->addAxis(rows, Qt::AlignLeft);
    series->attachAxis(rows);
    auto *percent = new QValueAxis;
    percent->setRange(0, std::max(10.0, std::ceil(top / 10.0) * 10.0));
    percent->setLabelFormat(QStringLiteral("%d %"));
    percent->setTickCount(int(percent->max() / 10.0) + 1);
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(percent);
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setReverseMarkers(true); // A first, as in the title
    chart->setTitle(tr("Share of the picks per domain: “%1” and “%2”").arg(nameOfA, nameOfB));
    return chart;
}

QChart *ProfileCharts::domainDeltas(const Profile &a, const Profile &b, const QString &nameOfA,
                                    const QString &nameOfB)
{
    const ProfileComparison comparison = ProfileComparison::between(a, b);
    QList<int> rows;
    QStringList labels;
    for (const Domain &domain : Catalogue::domains()) {
        rows.append(int(domain.id));
        labels.append(
            tr("%1 %2").arg(domain.name(), Figures::pointsText(comparison.domainDelta(domain.id))));
    }
    QChart *chart = divergingChart(
        rows, labels, [&](int row) { return comparison.domainDelta(DomainId(row)) * 100.0; },
        [](int row) { return DomainId(row); });
    chart->setTitle(tr("From “%1” to “%2”: change per domain · aligned %3")
                        .arg(nameOfA, nameOfB, Figures::percentText(comparison.alignment())));
    return chart;
}

QList<int> ProfileCharts::movedDrives(const ProfileComparison &comparison, int limit)
{
    QList<int> moved;
    for (int id : comparison.biggestGaps()) {
        if (moved.size() >= limit)
            break;
        // Only what shows as a change once rounded: a tenth of a point or more.
        if (Figures::percent(std::abs(comparison.driveDelta(id))) >= 0.1)
            moved.append(id);
    }
    return moved;
}

QChart *ProfileCharts::driveDeltas(const Profile &a, const Profile &b, const QString &nameOfA,
                                   const QString &nameOfB)
{
    const ProfileComparison comparison = ProfileComparison::between(a, b);
    const QList<int> rows = movedDrives(comparison);
    QStringList labels;
    for (int id : rows)
        labels.append(tr("%1 %2").arg(Catalogue::drive(id).mainWord(),
                                      Figures::pointsText(comparison.driveDelta(id))));
    QChart *chart = divergingChart(
        rows, labels, [&](int id) { return comparison.driveDelta(id) * 100.0; },
        [](int id) { return Catalogue::drive(id).domainId; });
    chart->setTitle(rows.isEmpty()
                        ? tr("No card moved from “%1” to “%2”").arg(nameOfA, nameOfB)
                        : tr("The cards that moved most from “%1” to “%2”").arg(nameOfA, nameOfB));
    return chart;
}

QString ProfileCharts::domainSharesInWords(const Profile &profile)
{
    QStringList words;
    for (const Domain &domain : Catalogue::domains())
        words << domainLabel(profile, domain.id);
    return words.join(QStringLiteral("; "));
}

QString ProfileCharts::drivesInWords(const Profile &profile)
{
    QStringList words;
    for (int id : driveOrder(profile, DriveOrder::ByPicks)) {
        if (profile.picks(id) > 0)
            words << tr("%1: %2").arg(Catalogue::drive(id).name()).arg(profile.picks(id));
    }
    return words.join(QStringLiteral("; "));
}

void ProfileCharts::useColours(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.18);
    QColor line = text;
    line.setAlphaF(0.45);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    // Bars and lines keep their domain's hue, in a shade that stands out from the window.
    const QColor window = palette.color(QPalette::Window);
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setColor(Colours::shadeOn(set->color(), window));
        } else if (auto *lines = qobject_cast<QLineSeries *>(series)) {
            QPen pen = lines->pen();
            pen.setColor(Colours::shadeOn(pen.color(), window));
            lines->setPen(pen);
        }
    }
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
        // A category axis's own lines (the zero line, the chance ring) mark something: stronger.
        if (qobject_cast<QCategoryAxis *>(axis))
            axis->setGridLinePen(QPen(line, 1));
    }
}

QList<int> ProfileCharts::driveOrder(const Profile &profile, DriveOrder order)
{
    QList<int> ids;
    if (order == DriveOrder::ByPicks)
        ids = profile.topDrives();
    for (int id = 1; id <= DriveCount; ++id) {
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QChart *ProfileCharts::drives(const Profile &profile, const Rejections &rejections,
                              DriveOrder order)
{
    QChart *chart = emptyChart();
    // Rows from the bottom up: reversed, so the first drive of the order is on top and every
    // name has a whole row to itself.
    QList<int> ids = driveOrder(profile, order);
    std::reverse(ids.begin(), ids.end());
    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    for (int id : ids)
        categories.append(Catalogue::drive(id).mainWord());
    qint64 most = 1, mostRejected = 0;
    // People who picked, one set per domain so each bar has its domain's colour.
    for (const Domain &domain : Catalogue::domains()) {
        auto *set = new QBarSet(domain.name());
        set->setColor(domain.cardColour());
        set->setBorderColor(domain.cardColour());
        for (int id : ids) {
            const bool own = Catalogue::drive(id).domainId == domain.id;
            set->append(own ? double(profile.picks(id)) : 0.0);
            if (own)
                most = std::max(most, profile.picks(id));
        }
        series->append(set);
    }
    // "Not me" left of the line, in grey: apart from the profile, never part of it.
    bool anyRejection = false;
    for (int id : ids) {
        anyRejection = anyRejection || rejections.rejections(id) > 0;
        mostRejected = std::max(mostRejected, rejections.rejections(id));
    }
    if (anyRejection) {
        auto *notMe = new QBarSet(tr("Not me"));
        notMe->setColor(QColor(120, 120, 120));
        notMe->setBorderColor(QColor(120, 120, 120));
        for (int id : ids)
            notMe->append(-double(rejections.rejections(id)));
        series->append(notMe);
    }
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    QFont small = axis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    axis->setLabelsFont(small);
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    // A count of people on both sides of the line: "2" to the left is two people saying "not me"
    // (a value axis would print "-2"). Half a person of room at each end.
    auto *people = new QCategoryAxis;
    people->setRange(mostRejected > 0 ? -double(mostRejected) - 0.5 : 0.0, double(most) + 0.5);
    people->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qint64 step = std::max(most, mostRejected) > 10 ? 5 : 1;
    for (qint64 value = -(mostRejected / step) * step; value <= most; value += step)
        // Labels must differ: the left side's carry a zero-width space.
        people->append(QString::number(qAbs(value)) +
                           (value < 0 ? QStringLiteral("\u200B") : QString()),
                       double(value));
    chart->addAxis(people, Qt::AlignBottom);
    series->attachAxis(people);
    chart->setTitle(anyRejection ? tr("People per drive; “not me” left of the line")
                                 : tr("People per drive"));
    return chart;
}

} // namespace DriveDeck
