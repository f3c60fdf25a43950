#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class QChart;

namespace DriveDeck {

// A chart at presentation size on any surface: an image for the clipboard or a PNG, an SVG
// for slides, a PDF page later. Takes a chart of its own (built by ProfileCharts for the purpose)
// and lays it out at the size asked, with its title and legend.
class ChartImage
{
public:
    static constexpr QSize PresentationSize{1600, 900};

    // Takes ownership of chart.
    static QImage toImage(QChart *chart, QSize size = PresentationSize);
    // Writes PNG or SVG by the file's extension; false with why in error.
    static bool save(QChart *chart, const QString &path, QString *error,
                     QSize size = PresentationSize);
};

} // namespace DriveDeck
