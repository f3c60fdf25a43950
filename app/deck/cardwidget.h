#pragma once

#include <QAbstractButton>
#include <QPointer>

namespace DriveDeck {

class CardPictures;

// One drive card, painted as a tile in its domain colour with the two-word name. Checkable, so
// that picking rounds can use the same card.
class CardWidget : public QAbstractButton
{
    Q_OBJECT

public:
    // What the card shows of one participant's pick in a round.
    enum class Mark
    {
        Open,
        Picked,
        NotMe
    };

    explicit CardWidget(int driveId, QWidget *parent = nullptr);

    int driveId() const { return m_driveId; }
    // Another card in the same place (the scan shows one card after another).
    void setDriveId(int driveId);

    // On the card wall the card shows what the document holds: a click asks, it does not toggle.
    void setSelfToggling(bool selfToggling) { m_selfToggling = selfToggling; }
    // rank 0: no rank. The accessible description says the same (a screen reader's view).
    void setMark(Mark mark, int rank = 0, bool hasStory = false);
    Mark mark() const { return m_mark; }
    int rank() const { return m_rank; }
    // A blind round: the card shows only its number, no word and no colour, and says nothing
    // more to a screen reader either.
    void setBlind(bool blind);
    bool isBlind() const { return m_blind; }
    // The session's photo deck, when it has one; the card shows its photo, else the motif.
    void setPictures(CardPictures *pictures);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void nextCheckState() override;
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    void paintMark(QPainter &painter, const QRectF &area, const QColor &ink);

    int m_driveId;
    bool m_selfToggling = true;
    Mark m_mark = Mark::Open;
    int m_rank = 0;
    bool m_hasStory = false;
    bool m_blind = false;
    QPointer<CardPictures> m_pictures;
};

} // namespace DriveDeck
