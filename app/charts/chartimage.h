#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <functional>

class QChart;
class QPainter;
class QRectF;

namespace DriveDeck {

// A chart at presentation size on any surface: an image for the clipboard or a PNG, an SVG
// for slides, a PDF page. Takes a chart of its own (built by ProfileCharts for the purpose)
// and lays it out at the size asked, with its title and legend; or a picture painted by the
// render library (the grid of who picked what).
class ChartImage
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::ChartImage)

public:
    static constexpr QSize PresentationSize{1600, 900};
    // Paints the picture into the area given, on whatever device the painter has.
    using Painting = std::function<void(QPainter &painter, const QRectF &area)>;

    // The chart as a picture for another document (the report's pages), laid out at size and
    // scaled into whatever area it is painted in; every text in fontFamily when one is given,
    // so that a PDF looks the same on every machine. Takes ownership of chart.
    static Painting painting(QChart *chart, QSize size, const QString &fontFamily = {});
    // Takes ownership of chart.
    static QImage toImage(QChart *chart, QSize size = PresentationSize);
    // Writes PNG, SVG or PDF by the file's extension; false with why in error. Takes ownership
    // of chart.
    static bool save(QChart *chart, const QString &path, QString *error,
                     QSize size = PresentationSize);
    static bool save(const Painting &painting, const QString &title, const QString &path,
                     QString *error, QSize size = PresentationSize);
    // Whether path's extension is one save() writes.
    static bool canSave(const QString &path);
};

} // namespace DriveDeck
