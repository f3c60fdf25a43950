#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace DriveDeck {

class EntryGridModel;
class RoundChooser;
class SessionDocument;

// Copying paper cards fast: the round's people against the 24 cards. Type a person's cards in
// their row ("3 12 -17", Enter goes to the next person), or click a card's cell (Space on the
// cell in focus; Shift for "not me"); paste rows from a spreadsheet. What the round's rule
// refuses is said below the grid and changes nothing.
class EntryGridPage : public QWidget
{
    Q_OBJECT

public:
    explicit EntryGridPage(SessionDocument *document, QWidget *parent = nullptr);

    QTableView *grid() const { return m_grid; }
    EntryGridModel *model() const { return m_model; }
    QString problem() const;
    void selectRound(const QUuid &roundId);
    QUuid currentRound() const;
    // The clipboard's rows, as the Paste button does.
    void pasteText(const QString &text);

Q_SIGNALS:
    void roundChanged(const QUuid &roundId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void roundChosen();
    void showProblem(const QString &message);
    void retranslate();
    void fitColumns();

    SessionDocument *m_document;
    EntryGridModel *m_model = nullptr;
    RoundChooser *m_rounds = nullptr;
    QLabel *m_roundLabel = nullptr;
    QLabel *m_question = nullptr;
    QTableView *m_grid = nullptr;
    QPushButton *m_paste = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace DriveDeck
