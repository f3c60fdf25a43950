#pragma once

#include "catalogue.h"

#include <QList>
#include <QRect>
#include <QWidget>

namespace DriveDeck {

class CardWidget;

// The 24 cards grouped by colour domain. Cards scale so the whole deck fits the window when it
// can (a projector shows everything at once) and the view scrolls when it cannot.
class DeckView : public QWidget
{
    Q_OBJECT

public:
    explicit DeckView(QWidget *parent = nullptr);

    CardWidget *card(int driveId) const;
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
    struct Layout
    {
        QList<QRect> cards;    // by drive index
        QList<QRect> headings; // by domain index
        int height = 0;
    };
    // Blocks of one domain are laid out rowsPerBlock cards high (when the width allows), then
    // flowed left to right and centred.
    Layout computeLayout(int width, int cardWidth, int rowsPerBlock) const;
    // The layout with the largest cards that fits width x height; the smallest cards when
    // nothing fits (the view then scrolls). height <= 0 means "any height".
    Layout bestLayout(int width, int height) const;
    void relayout();

    QList<CardWidget *> m_cards;
    QList<QRect> m_headings;
    int m_availableHeight = 0;
};

} // namespace DriveDeck
