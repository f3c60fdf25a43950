#include "look/readablestyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QIcon>
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

// Whether one of Qt's image-format plugins is loaded in this process (the first image file read
// loads all of them).
bool imagePluginLoaded()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    return maps.readAll().contains("/imageformats/");
}

QImage drawn(const QIcon &icon)
{
    return icon.pixmap(QSize(32, 32), 1.0).toImage();
}

// Fusion on a dark palette draws check boxes and checked toggles a shade darker than the
// window: ReadableStyle outlines them in the text colour, and leaves light palettes alone.
// Its icons are the base style's, read from their files when first drawn.
class TestReadableStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: no icon has been drawn in this process yet.
    void standardIcon_readsNoImageUntilDrawn();
    void standardIcon_drawnAsTheBaseStyleDrawsIt_data();
    void standardIcon_drawnAsTheBaseStyleDrawsIt();
    void standardIcon_rightToLeft_pointsTheOtherWay();
    void standardIcon_atEveryPixelRatio_asTheBaseStyle_data();
    void standardIcon_atEveryPixelRatio_asTheBaseStyle();
    void standardIcon_copyChanged_keepsItsOwn();
    void darkPalette_checkBoxAndToggleStandOut_data();
    void darkPalette_checkBoxAndToggleStandOut();
    void lightPalette_looksAsFusion();
};

void TestReadableStyle::standardIcon_readsNoImageUntilDrawn()
{
    QVERIFY(!imagePluginLoaded());
    ReadableStyle readable(QStyleFactory::create(u"Fusion"_s));
    const QIcon clear = readable.standardIcon(QStyle::SP_LineEditClearButton);
    const QIcon overflow = readable.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    QVERIFY(!imagePluginLoaded());
    // Drawn: read then, and the same pixels as Fusion's own.
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    const QImage image = drawn(clear);
    QVERIFY(imagePluginLoaded());
    QVERIFY(!image.isNull());
    QCOMPARE(image, drawn(fusion->standardIcon(QStyle::SP_LineEditClearButton)));
    QVERIFY(!overflow.isNull());
}

void TestReadableStyle::standardIcon_drawnAsTheBaseStyleDrawsIt_data()
{
    QTest::addColumn<QStyle::StandardPixmap>("icon");
    QTest::newRow("search field's clear button") << QStyle::SP_LineEditClearButton;
    QTest::newRow("menu bar's overflow arrow") << QStyle::SP_ToolBarHorizontalExtensionButton;
    QTest::newRow("warning") << QStyle::SP_MessageBoxWarning;
    QTest::newRow("back arrow") << QStyle::SP_ArrowBack;
    QTest::newRow("file dialog's new folder") << QStyle::SP_FileDialogNewFolder;
}

void TestReadableStyle::standardIcon_drawnAsTheBaseStyleDrawsIt()
{
    QFETCH(QStyle::StandardPixmap, icon);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    ReadableStyle readable(QStyleFactory::create(u"Fusion"_s));
    const QIcon expected = fusion->standardIcon(icon);
    const QIcon deferred = readable.standardIcon(icon);
    QVERIFY(!expected.isNull());
    QCOMPARE(deferred.isNull(), expected.isNull());
    QCOMPARE(drawn(deferred), drawn(expected));
    QCOMPARE(deferred.availableSizes(), expected.availableSizes());
    QCOMPARE(deferred.actualSize(QSize(20, 20)), expected.actualSize(QSize(20, 20)));
    QCOMPARE(deferred.pixmap(QSize(32, 32), QIcon::Disabled).toImage(),
             expected.pixmap(QSize(32, 32), QIcon::Disabled).toImage());
}

void TestReadableStyle::standardIcon_rightToLeft_pointsTheOtherWay()
{
    // Made when drawn, from a copy of the option it was asked with, which may be gone by then.
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    ReadableStyle readable(QStyleFactory::create(u"Fusion"_s));
    QStyleOption rightToLeft;
    rightToLeft.direction = Qt::RightToLeft;
    QStyleOption leftToRight;
    leftToRight.direction = Qt::LeftToRight;
    QIcon back;
    {
        const QStyleOption passing = rightToLeft;
        back = readable.standardIcon(QStyle::SP_ArrowBack, &passing);
    }
    const QImage expected = drawn(fusion->standardIcon(QStyle::SP_ArrowBack, &rightToLeft));
    QCOMPARE(drawn(back), expected);
    QVERIFY(expected != drawn(fusion->standardIcon(QStyle::SP_ArrowBack, &leftToRight)));
    // Asked for by a widget: as the base style answers that widget.
    QWidget widget;
    widget.setLayoutDirection(Qt::RightToLeft);
    QCOMPARE(drawn(readable.standardIcon(QStyle::SP_ArrowBack, nullptr, &widget)),
             drawn(fusion->standardIcon(QStyle::SP_ArrowBack, nullptr, &widget)));
}

void TestReadableStyle::standardIcon_atEveryPixelRatio_asTheBaseStyle_data()
{
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("1") << 1.0;
    QTest::newRow("1.5") << 1.5;
    QTest::newRow("2") << 2.0;
}

void TestReadableStyle::standardIcon_atEveryPixelRatio_asTheBaseStyle()
{
    // A laptop at 2 beside a projector at 1: each screen's pixmap at its own ratio, once.
    QFETCH(qreal, ratio);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    ReadableStyle readable(QStyleFactory::create(u"Fusion"_s));
    for (QStyle::StandardPixmap icon :
         {QStyle::SP_MessageBoxWarning, QStyle::SP_ToolBarHorizontalExtensionButton}) {
        const QPixmap expected = fusion->standardIcon(icon).pixmap(QSize(16, 16), ratio);
        const QPixmap deferred = readable.standardIcon(icon).pixmap(QSize(16, 16), ratio);
        QCOMPARE(deferred.size(), expected.size());
        QCOMPARE(deferred.devicePixelRatio(), expected.devicePixelRatio());
        QCOMPARE(deferred.toImage(), expected.toImage());
    }
}

void TestReadableStyle::standardIcon_copyChanged_keepsItsOwn()
{
    // A copy given a pixmap of its own (a button's state) has it; the original is as it was.
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    ReadableStyle readable(QStyleFactory::create(u"Fusion"_s));
    const QIcon original = readable.standardIcon(QStyle::SP_DialogOkButton);
    QIcon copy = original;
    QPixmap green(32, 32);
    green.fill(Qt::green);
    copy.addPixmap(green, QIcon::Selected);
    QCOMPARE(copy.pixmap(QSize(32, 32), 1.0, QIcon::Selected).toImage().pixelColor(16, 16),
             QColor(Qt::green));
    QCOMPARE(copy.pixmap(QSize(32, 32), 1.0, QIcon::Normal).toImage(), drawn(original));
    QCOMPARE(drawn(original), drawn(fusion->standardIcon(QStyle::SP_DialogOkButton)));
    QVERIFY(original.pixmap(QSize(32, 32), 1.0, QIcon::Selected).toImage().pixelColor(16, 16) !=
            QColor(Qt::green));
}

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
