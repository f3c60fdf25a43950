#include "look/readablestyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

using namespace Qt::StringLiterals;
using DriveDeck::ReadableStyle;

namespace {

QPalette darkPalette()
{
    // Adwaita dark's main colours, as the GTK platform theme hands them to Qt.
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEC));
    palette.setColor(QPalette::Base, QColor(0x2D, 0x2D, 0x2D));
    palette.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEC));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xEE, 0xEE, 0xEC));
    palette.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xE4));
    return palette;
}

// How many pixels of an image differ clearly from the window colour.
int visiblePixels(const QImage &image, const QColor &window)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.lightness() - window.lightness()) > 40)
                ++count;
        }
    }
    return count;
}

QImage indicatorOf(QStyle *style, const QPalette &palette, bool checkedButton)
{
    QImage image(24, 24, QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Window));
    QPainter painter(&image);
    QStyleOptionButton option;
    option.rect = QRect(4, 4, 16, 16);
    option.palette = palette;
    option.state = QStyle::State_Enabled | QStyle::State_Off;
    if (checkedButton)
        option.state = QStyle::State_Enabled | QStyle::State_On;
    style->drawPrimitive(checkedButton ? QStyle::PE_PanelButtonCommand
                                       : QStyle::PE_IndicatorCheckBox,
                         &option, &painter);
    painter.end();
    return image;
}

} // namespace

// Fusion on a dark palette draws check boxes and checked toggles a shade darker than the
// window: ReadableStyle outlines them in the text colour, and leaves light palettes alone.
class TestReadableStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void darkPalette_checkBoxAndToggleStandOut_data();
    void darkPalette_checkBoxAndToggleStandOut();
    void lightPalette_looksAsFusion();
};

void TestReadableStyle::darkPalette_checkBoxAndToggleStandOut_data()
{
    QTest::addColumn<bool>("toggle");
    QTest::newRow("check box") << false;
    QTest::newRow("checked toggle") << true;
}

void TestReadableStyle::darkPalette_checkBoxAndToggleStandOut()
{
    QFETCH(bool, toggle);
    const QPalette dark = darkPalette();
    QVERIFY(ReadableStyle::isDark(dark));
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    ReadableStyle readable(QStyleFactory::create(u"Fusion"_s));
    const int before =
        visiblePixels(indicatorOf(fusion.get(), dark, toggle), dark.window().color());
    const int after = visiblePixels(indicatorOf(&readable, dark, toggle), dark.window().color());
    // The outline's pixels: a 16 px square has some 60 on its edge.
    QVERIFY2(after >= before + 40, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
}

void TestReadableStyle::lightPalette_looksAsFusion()
{
    std::unique_ptr<QStyle> reference(QStyleFactory::create(u"Fusion"_s));
    const QPalette light = reference->standardPalette();
    QVERIFY(!ReadableStyle::isDark(light));
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    ReadableStyle readable(QStyleFactory::create(u"Fusion"_s));
    for (bool toggle : {false, true})
        QCOMPARE(indicatorOf(&readable, light, toggle), indicatorOf(fusion.get(), light, toggle));
}

QTEST_MAIN(TestReadableStyle)
#include "tst_readablestyle.moc"
