#pragma once

class QWidget;

namespace DriveDeck {

// Type for the screens a room reads (the projector, passing the laptop, the scan): sized in
// pixels from the screen's height, so it is read from the back of the room on any projector
// and at arm's length on a laptop alike.
class RoomType
{
public:
    // The widget's font at this pixel size, its family and weight kept.
    static void setPixels(QWidget *widget, int pixels);
    // The height the sizes are worked out from: the window's, but never less than a small
    // laptop's, so type never becomes too small to read.
    static int basis(int windowHeight, int smallest = 480);
};

} // namespace DriveDeck
