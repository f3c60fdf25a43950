#include "room/roomtype.h"

#include <QWidget>

#include <algorithm>

namespace DriveDeck {

void RoomType::setPixels(QWidget *widget, int pixels)
{
    QFont font = widget->font();
    font.setPixelSize(std::max(1, pixels));
    widget->setFont(font);
}

int RoomType::basis(int windowHeight, int smallest)
{
    return std::max(smallest, windowHeight);
}

} // namespace DriveDeck
