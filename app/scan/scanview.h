#pragma once

#include "domain/result.h"
#include "workshop/scanturn.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace DriveDeck {

class CardPictures;

class CardWidget;
class SessionDocument;

// The timed yes/no scan for one person: one large card at a time, answered with Y/N, → / ←,
// J/F, or a tap on Yes or No. Intuition rather than deliberation: where the round sets
// seconds per card a countdown runs, and a card left unanswered is recorded as no answer;
// several in a row pause the scan and ask whether to go on. The reaction time runs from the
// moment the card has been painted (not from when it was asked for) to the answer, on a
// monotonic clock, and is stored with the pick.
class ScanView : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,     // no scan begun
        Running,  // a card on screen, waiting for the answer
        Paused,   // several cards timed out in a row: go on?
        Finished, // every card seen
    };

    explicit ScanView(SessionDocument *document, QWidget *parent = nullptr);
    ~ScanView() override;

    // Starts (or resumes) the person's scan in the round; the seed is stored when it is new.
    Status begin(const QUuid &roundId, const QUuid &participantId,
                 std::optional<quint32> seed = std::nullopt);

    State state() const { return m_state; }
    const ScanTurn *turn() const { return m_turn.get(); }
    // The card on screen now, or 0.
    int currentDrive() const;
    CardWidget *card() const;
    // Whether the card on screen has been painted, so an answer now has a reaction time.
    bool isCardShown() const { return m_shownAt.isValid(); }

    // What the buttons and keys do (tests call them too).
    void answer(bool yes);
    void goOn();
    void stop();
    // While the facilitator is asked something over the scan: no clock runs. When it is released
    // the card counts as shown afresh.
    void setHeld(bool held);

Q_SIGNALS:
    // After the card's first paint: the moment the reaction clock starts.
    void cardShown(int driveId);
    // The scan ends: complete when every card was seen, else the person stopped for now.
    void finished(bool complete);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QSize cardPixels() const;
    void showCurrent();
    void onCardPainted();
    void onTimeOut();
    void setState(State state);
    void fitCard();
    void retranslate();
    int secondsPerCard() const;

    SessionDocument *m_document;
    CardPictures *m_pictures = nullptr;
    std::unique_ptr<ScanTurn> m_turn;
    State m_state = State::Idle;
    bool m_waitingForPaint = false;
    bool m_held = false;
    QElapsedTimer m_shownAt;
    QTimer m_cardTimer;
    QTimer m_tick;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_question = nullptr;
    class ScanCard *m_card = nullptr;
    QWidget *m_cardArea = nullptr;
    class ScanCountdown *m_countdown = nullptr;
    QPushButton *m_noButton = nullptr;
    QPushButton *m_yesButton = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_pauseText = nullptr;
    QPushButton *m_goOnButton = nullptr;
    QPushButton *m_stopButton = nullptr;
};

} // namespace DriveDeck
