#include "charts/chartimage.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <memory>

namespace DriveDeck {

namespace {

// The chart alone in a scene of its own, at the size asked, text a little larger than on screen
// for a projector or a slide.
std::unique_ptr<QGraphicsScene> sceneFor(QChart *chart, QSize size)
{
    auto scene = std::make_unique<QGraphicsScene>();
    scene->addItem(chart); // the scene owns the chart now
    chart->setBackgroundVisible(true);
    chart->setBackgroundBrush(Qt::white);
    // Type in proportion to the picture: a slide is read from across a room.
    const qreal scale = std::max(1.0, size.height() / 420.0);
    auto larger = [scale](QFont font) {
        font.setPointSizeF(font.pointSizeF() * scale);
        return font;
    };
    chart->setTitleFont(larger(chart->titleFont()));
    for (QAbstractAxis *axis : chart->axes())
        axis->setLabelsFont(larger(axis->labelsFont()));
    chart->legend()->setFont(larger(chart->legend()->font()));
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    scene->setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    return scene;
}

void paint(QGraphicsScene &scene, QPaintDevice &device, QSize size)
{
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                 QRectF(QPointF(0, 0), QSizeF(size)));
}

} // namespace

QImage ChartImage::toImage(QChart *chart, QSize size)
{
    auto scene = sceneFor(chart, size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    paint(*scene, image, size);
    return image;
}

bool ChartImage::save(QChart *chart, const QString &path, QString *error, QSize size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        auto scene = sceneFor(chart, size);
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(chart->title());
        svg.setDescription(QStringLiteral("DriveDeck"));
        paint(*scene, svg, size);
        if (!QFileInfo::exists(path)) {
            if (error)
                *error = QCoreApplication::translate("DriveDeck::ChartImage",
                                                     "“%1” could not be written.")
                             .arg(path);
            return false;
        }
        return true;
    }
    const QImage image = toImage(chart, size);
    // Light compression: a chart is flat colour, and the file is written while someone waits.
    if (suffix != QLatin1String("png") || !image.save(path, "PNG", 95)) {
        if (error)
            *error = suffix != QLatin1String("png")
                         ? QCoreApplication::translate("DriveDeck::ChartImage",
                                                       "Save a chart as .png or .svg.")
                         : QCoreApplication::translate("DriveDeck::ChartImage",
                                                       "“%1” could not be written.")
                               .arg(path);
        return false;
    }
    return true;
}

} // namespace DriveDeck
