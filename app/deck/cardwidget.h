#pragma once

#include <QAbstractButton>

namespace DriveDeck {

// One drive card, painted as a tile in its domain colour with the two-word name. Checkable, so
// that picking rounds can use the same card.
class CardWidget : public QAbstractButton
{
    Q_OBJECT

public:
    explicit CardWidget(int driveId, QWidget *parent = nullptr);

    int driveId() const { return m_driveId; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    int m_driveId;
};

} // namespace DriveDeck
