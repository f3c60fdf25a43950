#include "look/problemtext.h"

#include "domain/colours.h"

#include <QEvent>
#include <QLabel>

namespace DriveDeck::ProblemText {

namespace {

void colour(QLabel *label)
{
    QPalette palette = label->palette();
    const QColor red = Colours::problemTextOn(palette.color(QPalette::Window));
    if (palette.color(QPalette::WindowText) == red)
        return;
    palette.setColor(QPalette::WindowText, red);
    label->setPalette(palette);
}

// Recolours its label when the palette it inherits changes (light to dark).
class Follower : public QObject
{
public:
    explicit Follower(QLabel *label)
        : QObject(label)
    {
        label->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            colour(static_cast<QLabel *>(watched));
        return false;
    }
};

} // namespace

void style(QLabel *label, bool bold)
{
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    colour(label);
    new Follower(label);
}

} // namespace DriveDeck::ProblemText
