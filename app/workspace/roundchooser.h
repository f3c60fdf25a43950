#pragma once

#include <QComboBox>
#include <QUuid>

namespace DriveDeck {

class SessionDocument;

// The rounds of the open session to choose from, on every page that works per round; a target
// round says so. Keeps its choice when the rounds change, and tells when the choice changes. As
// wide as its longest title, measured here: QComboBox's AdjustToContents builds the list that
// drops down (an item view of its own) as soon as an item is added, about half a millisecond of
// a start that never shows it.
class RoundChooser : public QComboBox
{
    Q_OBJECT

public:
    explicit RoundChooser(SessionDocument *document, QWidget *parent = nullptr);

    QUuid currentRound() const { return currentData().toUuid(); }
    void selectRound(const QUuid &roundId);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Also after the rounds changed (a round renamed, its rule changed): read it again.
    void roundChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    QSize measured() const;

    SessionDocument *m_document;
    mutable QSize m_sizeHint; // invalid: to be measured again
};

} // namespace DriveDeck
