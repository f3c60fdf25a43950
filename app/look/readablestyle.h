#pragma once

#include <QProxyStyle>

namespace DriveDeck {

// Fusion, the style Qt 6.4 uses on most Linux desktops, outlines check boxes, fields and
// checked buttons a shade darker than the window: on a dark palette that is nearly black on
// dark grey, and a check box or a pressed toggle can no longer be seen. On a dark palette this
// style adds an outline in the text colour and marks checked buttons in the highlight colour;
// on a light palette, and over any other style, it changes nothing but when icons are read.
class ReadableStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes over base (as QProxyStyle does).
    explicit ReadableStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    // The base style's icons, read from their files when first drawn (see DeferredIcon): a
    // window makes several it may never show (the menu bar's overflow arrow, a search field's
    // clear button).
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

    // Whether a palette is a dark one: light text on a dark window.
    static bool isDark(const QPalette &palette);

private:
    bool m_fusion = false;
};

} // namespace DriveDeck
