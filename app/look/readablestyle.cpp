#include "look/readablestyle.h"

#include "domain/colours.h"
#include "look/deferredicon.h"

#include <QPainter>
#include <QPointer>
#include <QStyleOption>

#include <optional>

namespace DriveDeck {

ReadableStyle::ReadableStyle(QStyle *base)
    : QProxyStyle(base)
    , m_fusion(baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
{}

bool ReadableStyle::isDark(const QPalette &palette)
{
    return Colours::relativeLuminance(palette.color(QPalette::Window)) <
           Colours::relativeLuminance(palette.color(QPalette::WindowText));
}

QIcon ReadableStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                  const QWidget *widget) const
{
    // Made when first drawn, as the base style makes it then, from what it was asked with: a
    // copy of the option (its direction: arrows point the other way from right to left), and
    // the widget while it is there.
    std::optional<QStyleOption> given;
    if (option) {
        given = *option;
        given->styleObject = nullptr; // may be gone by then
    }
    return DeferredIcon::make([style = QPointer<QStyle>(baseStyle()), standardIcon, given,
                               asker = QPointer<QWidget>(const_cast<QWidget *>(widget))] {
        if (!style)
            return QIcon();
        return style->standardIcon(standardIcon, given ? &*given : nullptr, asker.data());
    });
}

void ReadableStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                  QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // The elements drawn over first: the palette's darkness (a few powers per colour) is not
    // worked out for every cell of a table.
    const bool drawnOver = element == PE_IndicatorCheckBox ||
                           element == PE_IndicatorItemViewItemCheck ||
                           element == PE_FrameLineEdit || element == PE_IndicatorRadioButton ||
                           element == PE_PanelButtonCommand;
    if (!m_fusion || !option || !drawnOver || !isDark(option->palette))
        return;
    const bool enabled = option->state & State_Enabled;
    QColor outline = option->palette.color(QPalette::WindowText);
    outline.setAlphaF(enabled ? 0.55 : 0.3);
    switch (element) {
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
    case PE_FrameLineEdit: {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(outline, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        painter->restore();
        break;
    }
    case PE_IndicatorRadioButton: {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(outline, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
        break;
    }
    case PE_PanelButtonCommand:
        // A checked toggle ("Card wall" or "Entry grid") in the highlight colour.
        if (option->state & State_On) {
            QColor fill = option->palette.color(QPalette::Highlight);
            fill.setAlphaF(0.35);
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(option->palette.color(QPalette::Highlight), 1));
            painter->setBrush(fill);
            painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
            painter->restore();
        }
        break;
    default:
        break;
    }
}

} // namespace DriveDeck
