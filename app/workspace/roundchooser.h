#pragma once

#include <QComboBox>
#include <QUuid>

namespace DriveDeck {

class SessionDocument;

// The rounds of the open session to choose from, on every page that works per round; a target
// round says so. Keeps its choice when the rounds change, and tells when the choice changes.
class RoundChooser : public QComboBox
{
    Q_OBJECT

public:
    explicit RoundChooser(SessionDocument *document, QWidget *parent = nullptr);

    QUuid currentRound() const { return currentData().toUuid(); }
    void selectRound(const QUuid &roundId);

Q_SIGNALS:
    // Also after the rounds changed (a round renamed, its rule changed): read it again.
    void roundChosen();

private:
    void fill();

    SessionDocument *m_document;
};

} // namespace DriveDeck
