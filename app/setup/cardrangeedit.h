#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;

namespace DriveDeck {

// "1 to 3" cards: how many cards a round asks for, as the New Session dialog and the round
// editor both set it.
class CardRangeEdit : public QWidget
{
    Q_OBJECT

public:
    explicit CardRangeEdit(int minimum, int maximum, QWidget *parent = nullptr);

    int minimum() const;
    int maximum() const;
    QSpinBox *minimumBox() const { return m_min; }
    QSpinBox *maximumBox() const { return m_max; }

Q_SIGNALS:
    void changed();

private:
    QSpinBox *m_min = nullptr;
    QSpinBox *m_max = nullptr;
};

} // namespace DriveDeck
