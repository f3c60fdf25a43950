#pragma once

#include "domain/catalogue.h"
#include "render/decklayout.h"

#include <QHash>
#include <QList>
#include <QRect>
#include <QWidget>

namespace DriveDeck {

class CardPictures;
class CardWidget;

// The 24 cards grouped by colour domain. Cards scale so the whole deck fits the window when it
// can (a projector shows everything at once) and the view scrolls when it cannot.
class DeckView : public QWidget
{
    Q_OBJECT

public:
    explicit DeckView(QWidget *parent = nullptr);

    CardWidget *card(int driveId) const;
    // A blind round: every card shows only its number, and the domains' headings go too
    // (they would tell what the cards under them are).
    void setBlind(bool blind);
    // The session's photos for every card (null for DriveDeck's own motifs).
    void setPictures(CardPictures *pictures);
    // Where a domain's heading is drawn (for tests and screenshots).
    QRect headingRect(DomainId domain) const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void cardClicked(int driveId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int headingHeight() const;
    const QList<int> &headingWidths() const;
    // What the layout depends on besides the size changed: worked out again.
    void forgetMeasures();
    void relayout();
    bool m_blind = false;
    // A layout asks for the height at a width several times before the deck is shown, and the
    // wall's scroll area at every resize: each answer tries a few arrangements of 24 cards.
    mutable QHash<int, int> m_heightForWidth;
    mutable QList<int> m_headingWidths;

    QList<CardWidget *> m_cards;
    DeckLayout m_layout;
    int m_availableHeight = 0;
};

} // namespace DriveDeck
