#pragma once

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QPlainTextEdit;
class QListView;

namespace DriveDeck {

class CardPictures;
class CardWidget;
class DeckView;
class ParticipantProgressModel;
class PickWallModel;
class RoundChooser;
class SessionDocument;

// The card wall, the main way to record a round: choose the round and who is picking, then
// click a card (or type its number) to pick it and again to take it back; right-click, or
// Shift with a click, for "not me" where the round allows it. The story of the selected pick is
// written beside the wall. Every change goes through the session's document; a broken rule is
// explained below the wall and changes nothing.
class PickingPage : public QWidget
{
    Q_OBJECT

public:
    explicit PickingPage(SessionDocument *document, QWidget *parent = nullptr);

    DeckView *wall() const { return m_wall; }
    QListView *participantList() const { return m_participants; }
    QPlainTextEdit *storyEditor() const { return m_story; }
    QString problem() const;

    void selectRound(const QUuid &roundId);
    void selectParticipant(const QUuid &participantId);
    QUuid currentRound() const;
    QUuid currentParticipant() const;
    // What a click on a card does (tests and the keyboard call it too).
    void toggleCard(int driveId, bool notMe);
    // In a ranked round: the picked card to rank toRank (1 is first), the others closing up.
    void moveRank(int driveId, int toRank);
    // Writes a story still being typed (before the page goes away).
    void finishEditing() { commitStory(); }

Q_SIGNALS:
    void roundChanged(const QUuid &roundId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void roundChosen();
    void participantChosen();
    void refreshCards();
    void refreshBlindness();
    void refreshCard(int driveId);
    void showStory(int driveId);
    void commitStory();
    bool cardEvent(CardWidget *card, QEvent *event);
    void takeTypedNumber();
    void moveParticipant(int step);
    void showProblem(const QString &message);
    void retranslate();

    SessionDocument *m_document;
    ParticipantProgressModel *m_progress = nullptr;
    PickWallModel *m_picks = nullptr;
    RoundChooser *m_rounds = nullptr;
    QLabel *m_roundLabel = nullptr;
    QLabel *m_question = nullptr;
    QListView *m_participants = nullptr;
    QLabel *m_participantsTitle = nullptr;
    DeckView *m_wall = nullptr;
    CardPictures *m_pictures = nullptr;
    QLabel *m_storyTitle = nullptr;
    QPlainTextEdit *m_story = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_showNames = nullptr; // a blind round: the facilitator reveals the cards
    int m_storyDrive = 0;               // the pick the story editor writes to, or 0
    bool m_loadingStory = false;
    QTimer m_storyTimer;
    QPoint m_dragStart;
    QString m_typed; // digits typed for a card number
    QTimer m_typedTimer;
};

} // namespace DriveDeck
