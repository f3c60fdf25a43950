#pragma once

#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <utility>
#include <vector>

namespace DriveDeck::Bench {

// Counts the paints of the widget it watches (installed as its event filter).
class PaintWatch : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// A tiny harness: runs a case repeatedly (at least 5 times, or as asked, and ~1 s), reports the
// median and,
// when given, the ratio to a baseline measured in the same run.
class Runner
{
public:
    explicit Runner(const QString &title)
        : m_out(stdout)
    {
        m_out << "# " << title << "\n";
        m_out << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(QStringLiteral("case"), -48)
                     .arg(QStringLiteral("median ms"), 12)
                     .arg(QStringLiteral("runs"), 6)
                     .arg(QStringLiteral("x baseline"), 11);
        m_out.flush();
    }

    template<typename F>
    double measure(const QString &name, F &&work, double baselineMs = 0.0)
    {
        return measure(
            name, std::forward<F>(work), baselineMs, [] {}, 5);
    }

    // prepare runs before each timed run, untimed (a fresh database, say).
    template<typename F, typename P>
    double measure(const QString &name, F &&work, double baselineMs, P &&prepare,
                   std::size_t minimumRuns)
    {
        std::vector<double> samples;
        QElapsedTimer total;
        total.start();
        volatile qint64 sink = 0;
        while (samples.size() < minimumRuns || (total.elapsed() < 1000 && samples.size() < 200)) {
            prepare();
            QElapsedTimer timer;
            timer.start();
            sink = sink + static_cast<qint64>(work());
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(samples.begin(), samples.end());
        const double median = samples[samples.size() / 2];
        m_out << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(name, -48)
                     .arg(median, 12, 'f', 4)
                     .arg(samples.size(), 6)
                     .arg(baselineMs > 0 ? QString::number(median / baselineMs, 'f', 1)
                                         : QStringLiteral("1.0"),
                          11);
        m_out.flush();
        return median;
    }

private:
    QTextStream m_out;
};

} // namespace DriveDeck::Bench
