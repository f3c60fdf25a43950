#include "charts/chartimage.h"

#include "io/privatefile.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLegend>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <memory>

namespace DriveDeck {

namespace {

// The chart alone in a scene of its own, at the size asked, text a little larger than on screen
// for a projector or a slide.
std::shared_ptr<QGraphicsScene> sceneFor(QChart *chart, QSize size)
{
    auto scene = std::make_shared<QGraphicsScene>();
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
    // Qt Charts elides a row's label to "…" when its line is taller than the row: a chart of
    // 24 drives keeps its names by taking type no taller than the rows allow.
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        auto *rows = qobject_cast<QBarCategoryAxis *>(axis);
        if (!rows || rows->count() == 0)
            continue;
        const qreal rowHeight = size.height() * 0.72 / rows->count();
        QFont font = rows->labelsFont();
        const qreal lineHeight = QFontMetricsF(font).height();
        if (lineHeight > rowHeight) {
            font.setPointSizeF(font.pointSizeF() * rowHeight / lineHeight);
            rows->setLabelsFont(font);
        }
        rows->setTruncateLabels(false);
    }
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    scene->setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    return scene;
}

ChartImage::Painting paintingOf(const std::shared_ptr<QGraphicsScene> &scene)
{
    return [scene](QPainter &painter, const QRectF &area) {
        scene->render(&painter, area, scene->sceneRect());
    };
}

void paint(const ChartImage::Painting &painting, QPaintDevice &device, QSize size)
{
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painting(painter, QRectF(QPointF(0, 0), QSizeF(size)));
}

QImage imageOf(const ChartImage::Painting &painting, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    paint(painting, image, size);
    return image;
}

// Every text of the chart in one family, sizes kept.
void useFamily(QChart *chart, const QString &family)
{
    auto inFamily = [&family](QFont font) {
        font.setFamily(family);
        // No ligatures in a document: words stay searchable ("affinity", not "a-ﬃ-nity").
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
        return font;
    };
    chart->setTitleFont(inFamily(chart->titleFont()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(inFamily(axis->labelsFont()));
        axis->setTitleFont(inFamily(axis->titleFont()));
    }
    chart->legend()->setFont(inFamily(chart->legend()->font()));
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(inFamily(set->labelFont()));
        }
    }
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

ChartImage::Painting ChartImage::painting(QChart *chart, QSize size, const QString &fontFamily)
{
    if (!fontFamily.isEmpty())
        useFamily(chart, fontFamily);
    return paintingOf(sceneFor(chart, size));
}

QImage ChartImage::toImage(QChart *chart, QSize size)
{
    return imageOf(paintingOf(sceneFor(chart, size)), size);
}

bool ChartImage::canSave(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg") ||
           suffix == QLatin1String("pdf");
}

bool ChartImage::save(QChart *chart, const QString &path, QString *error, QSize size)
{
    const QString title = chart->title();
    return save(paintingOf(sceneFor(chart, size)), title, path, error, size);
}

bool ChartImage::save(const Painting &painting, const QString &title, const QString &path,
                      QString *error, QSize size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!canSave(path))
        return fail(error, ChartImage::tr("Save a chart as .png, .svg or .pdf."));
    const QString notWritten = ChartImage::tr("“%1” could not be written.").arg(path);
    // Written whole or not at all: a half-written file never replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFile::restrict(file))
        return fail(error, notWritten + u' ' + file.errorString());
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        // At a screen's 96 dots per inch, so a viewer shows it at the size asked.
        svg.setResolution(96);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(QStringLiteral("DriveDeck"));
        paint(painting, svg, size);
    } else if (suffix == QLatin1String("pdf")) {
        // One page the picture's size, in vectors: at 96 dots per inch, 1600 × 900 is
        // 16.7 × 9.4 inches, scaled to the paper when printed.
        QPdfWriter pdf(&file);
        pdf.setResolution(96);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("DriveDeck"));
        pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point,
                                                QString(), QPageSize::ExactMatch),
                                      QPageLayout::Portrait, QMarginsF()));
        paint(painting, pdf, size);
    } else {
        // Fast compression (zlib level 1 of 9): a chart is flat colour, and the file is written
        // while someone waits.
        if (!imageOf(painting, size).save(&file, "PNG", 80))
            return fail(error, notWritten);
    }
    if (!file.commit())
        return fail(error, notWritten + u' ' + file.errorString());
    return true;
}

} // namespace DriveDeck
