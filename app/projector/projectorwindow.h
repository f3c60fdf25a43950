#pragma once

#include "profile/reveal.h"
#include "render/revealpainter.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <chrono>

class QLabel;
class QProgressBar;
class QStackedWidget;

namespace DriveDeck {

class CardPictures;

class SessionDocument;

// The room's screen: a second window, full screen on the projector when there is one (a
// window to preview when there is not). While the group picks it shows the question, a
// countdown of the round's timebox and how many are done ("17 of 22 done"), never a name or a
// pick; at the facilitator's command the reveal: the round's cards with the number of people
// on each, shared drives, blind spots and polarising drives, and the domains' shares. One
// person's own picks are marked at the reveal only when the facilitator turns that on for
// someone who agreed; a new round, or the person leaving the session, turns it off again.
class ProjectorWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Phase
    {
        Picking,
        Reveal
    };

    explicit ProjectorWindow(SessionDocument *document, QWidget *parent = nullptr);

    void setRound(const QUuid &roundId);
    QUuid round() const { return m_roundId; }
    void setPhase(Phase phase);
    Phase phase() const { return m_phase; }
    // The countdown from the round's timebox; for tests, any length.
    void restartTimer();
    void startTimer(std::chrono::milliseconds length);
    bool timeIsUp() const { return m_timeUp; }
    // At the reveal, this person's picks marked on the cards, with their (shown) name; a null
    // id shows nobody's.
    void showPerson(const QUuid &participantId);
    const QUuid &shownPerson() const { return m_person; }
    // The numbers the reveal shows, by drive (what the room sees).
    const Reveal &reveal() const { return m_reveal; }
    // Every text on the window, for the room's privacy checks: labels, names, descriptions.
    QStringList allTexts() const;

Q_SIGNALS:
    void shownPersonChanged(const QUuid &participantId);
    // Esc on the projector, or the window closed: the facilitator's menu follows.
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class RevealView;
    void refresh();
    void tick();
    void retranslate();

    SessionDocument *m_document;
    QUuid m_roundId;
    QUuid m_person;
    RevealPainter::PersonalPicks m_personalPicks;
    Phase m_phase = Phase::Picking;
    Reveal m_reveal;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_pickingPage = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    RevealView *m_revealView = nullptr;
    CardPictures *m_pictures = nullptr;
    QLabel *m_revealTitle = nullptr;
    QTimer m_tick;
    QTimer m_refreshSoon;
    QElapsedTimer m_clockStarted;
    qint64 m_timerLengthMs = 0;
    bool m_timeUp = false;
};

} // namespace DriveDeck
