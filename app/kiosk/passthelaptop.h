#pragma once

#include <QSet>
#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace DriveDeck {

class DeckView;
class ScanView;
class SessionDocument;

// Pass the laptop: when everyone sits around one computer, each person picks in turn, full
// screen. Their name and the question; the cards, large enough to touch; a look at what they
// chose before it counts; then a neutral screen that asks to hand the laptop on and shows
// nothing of the person before. Picks are stored the moment they are made, like everywhere.
// Esc or closing asks first: the facilitator takes over only after saying so. In a yes/no scan
// round the cards come one at a time (ScanView) instead of all at once.
class PassTheLaptop : public QWidget
{
    Q_OBJECT

public:
    enum class Step
    {
        Turn,     // "Anouk, your turn" and the question
        Cards,    // the cards
        Confirm,  // "You chose: …"
        HandOver, // "Please hand the laptop to the next person"
        Finished  // everyone has picked
    };

    PassTheLaptop(SessionDocument *document, const QUuid &roundId, QWidget *parent = nullptr);

    Step step() const { return m_step; }
    QUuid currentParticipant() const { return m_person; }
    DeckView *cards() const { return m_cards; }
    ScanView *scan() const { return m_scan; }
    // Every text on screen now, for the privacy checks of the hand-over.
    QStringList visibleTexts() const;
    // The buttons a person presses (tests press them too).
    void start();
    void done();
    void confirm();
    void change();
    void next();
    // Someone who does not want to, or is not there: the next person's turn, and no more
    // turns for them in this round of passing.
    void skip();
    // Back to the facilitator without asking (after the question was answered).
    void leave();

Q_SIGNALS:
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void goTo(Step step);
    void refreshCards();
    void toggle(int driveId);
    QUuid nextPerson() const;
    int positivePicks() const;
    void askToLeave();
    void onScanFinished(bool complete);
    bool isScan() const;
    void retranslate();

    SessionDocument *m_document;
    QUuid m_roundId;
    QUuid m_person;
    Step m_step = Step::Turn;
    bool m_leaving = false;
    QSet<QUuid> m_skipped;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_turnName = nullptr;
    QLabel *m_turnQuestion = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    ScanView *m_scan = nullptr;
    QLabel *m_cardsQuestion = nullptr;
    QLabel *m_cardsRule = nullptr;
    QLabel *m_cardsProblem = nullptr;
    DeckView *m_cards = nullptr;
    QPushButton *m_doneButton = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_changeButton = nullptr;
    QLabel *m_handOverText = nullptr;
    QPushButton *m_nextButton = nullptr;
    QLabel *m_finishedText = nullptr;
    QPushButton *m_leaveButton = nullptr;
};

} // namespace DriveDeck
