#include "scan/scanview.h"
#include "look/problemtext.h"

#include "deck/cardwidget.h"
#include "domain/catalogue.h"
#include "room/roomtype.h"
#include "workshop/cardpictures.h"
#include "workshop/sessiondocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <functional>

namespace DriveDeck {

// The card of the scan: a card like every other, that says when it has been painted.
class ScanCard : public CardWidget
{
public:
    using CardWidget::CardWidget;
    std::function<void()> onPainted;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        CardWidget::paintEvent(event);
        // The backing store goes to the screen right after this paint, in the same pass.
        if (onPainted)
            onPainted();
    }
};

// How much time the card has left: a bar that empties, and turns red in its last second.
class ScanCountdown : public QWidget
{
public:
    ScanCountdown()
    {
        setFixedHeight(14);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    void setFraction(qreal fraction, bool ending)
    {
        if (qFuzzyCompare(fraction + 1, m_fraction + 1) && ending == m_ending)
            return;
        m_fraction = fraction;
        m_ending = ending;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF track = QRectF(rect()).adjusted(1, 1, -1, -1);
        const qreal radius = track.height() / 2;
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Mid));
        painter.drawRoundedRect(track, radius, radius);
        QRectF left = track;
        left.setWidth(track.width() * std::clamp(m_fraction, 0.0, 1.0));
        painter.setBrush(m_ending ? QColor(0xc6, 0x28, 0x28)
                                  : palette().color(QPalette::Highlight));
        painter.drawRoundedRect(left, radius, radius);
    }

private:
    qreal m_fraction = 1;
    bool m_ending = false;
};

namespace {

QLabel *scaledLabel(double scale, bool bold)
{
    auto *label = new QLabel;
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

QPushButton *answerButton()
{
    auto *button = new QPushButton;
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    button->setFont(font);
    button->setMinimumSize(280, 72); // a finger's worth, and then some
    // The keys answer; focus stays on the scan, so Space or Enter never answers twice.
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

ScanView::ScanView(SessionDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("scanView"));
    setFocusPolicy(Qt::StrongFocus);
    m_cardTimer.setSingleShot(true);
    m_cardTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_cardTimer, &QTimer::timeout, this, &ScanView::onTimeOut);
    m_tick.setInterval(50);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        const int total = secondsPerCard() * 1000;
        if (total <= 0 || !m_cardTimer.isActive())
            return;
        const int left = m_cardTimer.remainingTime();
        m_countdown->setFraction(qreal(left) / total, left < 1000);
    });

    m_who = scaledLabel(1.6, true);
    m_who->setObjectName(QStringLiteral("scanWho"));
    m_position = scaledLabel(1.6, false);
    m_position->setObjectName(QStringLiteral("scanPosition"));
    m_question = scaledLabel(2.0, true);
    m_question->setAlignment(Qt::AlignCenter);
    m_question->setWordWrap(true);

    m_pictures = new CardPictures(this);
    m_card = new ScanCard(1);
    m_card->setObjectName(QStringLiteral("scanCard"));
    m_card->setSelfToggling(false);
    m_card->setFocusPolicy(Qt::NoFocus);
    m_card->onPainted = [this] { onCardPainted(); };
    // A tap on the card itself means nothing: yes and no are the two buttons.
    m_card->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_cardArea = new QWidget;
    m_cardArea->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto *cardLayout = new QHBoxLayout(m_cardArea);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->addWidget(m_card, 0, Qt::AlignCenter);

    m_countdown = new ScanCountdown;
    m_countdown->setObjectName(QStringLiteral("scanCountdown"));

    m_noButton = answerButton();
    m_noButton->setObjectName(QStringLiteral("scanNo"));
    m_yesButton = answerButton();
    m_yesButton->setObjectName(QStringLiteral("scanYes"));
    connect(m_noButton, &QPushButton::clicked, this, [this] { answer(false); });
    connect(m_yesButton, &QPushButton::clicked, this, [this] { answer(true); });
    m_hint = scaledLabel(1.1, false);
    m_hint->setAlignment(Qt::AlignCenter);
    m_problem = scaledLabel(1.2, true);
    m_problem->setAlignment(Qt::AlignCenter);
    m_problem->setWordWrap(true);
    ProblemText::style(m_problem);

    auto *running = new QWidget;
    auto *layout = new QVBoxLayout(running);
    layout->setContentsMargins(32, 24, 32, 24);
    auto *top = new QHBoxLayout;
    top->addWidget(m_who);
    top->addStretch(1);
    top->addWidget(m_position);
    layout->addLayout(top);
    layout->addWidget(m_question);
    layout->addSpacing(16);
    layout->addWidget(m_cardArea, 1);
    layout->addWidget(m_countdown);
    layout->addSpacing(12);
    auto *answers = new QHBoxLayout;
    answers->addStretch(1);
    answers->addWidget(m_noButton);
    answers->addSpacing(64);
    answers->addWidget(m_yesButton);
    answers->addStretch(1);
    layout->addLayout(answers);
    layout->addSpacing(8);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);

    m_pauseText = scaledLabel(2.0, true);
    m_pauseText->setObjectName(QStringLiteral("scanPauseText"));
    m_pauseText->setAlignment(Qt::AlignCenter);
    m_pauseText->setWordWrap(true);
    m_goOnButton = answerButton();
    m_goOnButton->setObjectName(QStringLiteral("scanGoOn"));
    m_goOnButton->setFocusPolicy(Qt::StrongFocus);
    m_stopButton = answerButton();
    m_stopButton->setObjectName(QStringLiteral("scanStop"));
    m_stopButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_goOnButton, &QPushButton::clicked, this, &ScanView::goOn);
    connect(m_stopButton, &QPushButton::clicked, this, &ScanView::stop);
    auto *paused = new QWidget;
    auto *pausedLayout = new QVBoxLayout(paused);
    pausedLayout->setContentsMargins(48, 48, 48, 48);
    pausedLayout->addStretch(1);
    pausedLayout->addWidget(m_pauseText);
    pausedLayout->addSpacing(32);
    auto *pauseButtons = new QHBoxLayout;
    pauseButtons->addStretch(1);
    pauseButtons->addWidget(m_stopButton);
    pauseButtons->addSpacing(32);
    pauseButtons->addWidget(m_goOnButton);
    pauseButtons->addStretch(1);
    pausedLayout->addLayout(pauseButtons);
    pausedLayout->addStretch(1);

    m_pages = new QStackedWidget;
    m_pages->addWidget(running);
    m_pages->addWidget(paused);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    retranslate();
}

ScanView::~ScanView() = default;

Status ScanView::begin(const QUuid &roundId, const QUuid &participantId,
                       std::optional<quint32> seed)
{
    auto turn = std::make_unique<ScanTurn>(m_document, roundId, participantId);
    if (const Status started = turn->start(seed); !started)
        return started;
    m_turn = std::move(turn);
    const Session &session = m_document->session();
    const Round *round = session.round(roundId);
    m_card->setBlind(round && round->blind);
    // The session's photos, every one asked for now: a card is shown (and timed) only once its
    // photo is painted, and by then the next ones are ready.
    m_pictures->setDeck(session.deck);
    m_pictures->setRound(int(std::max<qsizetype>(0, session.indexOfRound(roundId))), roundId,
                         session.deckAtRandom);
    m_card->setPictures(m_pictures);
    if (m_pictures->hasPhotos()) {
        for (const Drive &drive : Catalogue::drives())
            m_pictures->picture(drive.id, cardPixels());
    }
    m_countdown->setVisible(secondsPerCard() > 0);
    m_problem->clear();
    setState(State::Running);
    showCurrent();
    return success();
}

int ScanView::currentDrive() const
{
    return m_turn && m_state == State::Running ? m_turn->currentDrive() : 0;
}

CardWidget *ScanView::card() const
{
    return m_card;
}

int ScanView::secondsPerCard() const
{
    if (!m_turn)
        return 0;
    const Round *round = m_document->session().round(m_turn->roundId());
    return round ? round->rule.secondsPerCard : 0;
}

void ScanView::setState(State state)
{
    m_state = state;
    m_pages->setCurrentIndex(state == State::Paused ? 1 : 0);
    if (state != State::Running) {
        m_cardTimer.stop();
        m_tick.stop();
    }
    if (state == State::Paused)
        m_goOnButton->setFocus();
    else
        setFocus();
    retranslate();
}

void ScanView::showCurrent()
{
    m_cardTimer.stop();
    m_tick.stop();
    m_shownAt.invalidate();
    const int drive = m_turn ? m_turn->currentDrive() : 0;
    if (drive == 0) {
        setState(State::Finished);
        Q_EMIT finished(true);
        return;
    }
    m_card->setDriveId(drive);
    m_countdown->setFraction(1, false);
    m_waitingForPaint = true;
    retranslate();
    // Painted as soon as the event loop comes round: the clock starts only then.
    m_card->update();
}

QSize ScanView::cardPixels() const
{
    // As CardWidget paints: its rectangle less two pixels each side, at the screen's pixels.
    return ((m_card->size() - QSize(4, 4)) * m_card->devicePixelRatioF());
}

void ScanView::onCardPainted()
{
    if (!m_waitingForPaint || m_state != State::Running || m_held)
        return;
    // A photo still on its way: the card is not shown yet, its clock waits.
    if (m_pictures->hasPhotos() && m_pictures->picture(currentDrive(), cardPixels()).isNull())
        return;
    m_waitingForPaint = false;
    m_shownAt.start();
    if (const int seconds = secondsPerCard(); seconds > 0) {
        m_cardTimer.start(seconds * 1000);
        m_tick.start();
    }
    Q_EMIT cardShown(m_card->driveId());
}

void ScanView::answer(bool yes)
{
    // An answer to a card not yet on screen (a key held down, a double tap) is not an answer.
    if (m_state != State::Running || !m_turn || !m_shownAt.isValid() || m_held)
        return;
    const int reaction = int((m_shownAt.nsecsElapsed() + 500'000) / 1'000'000);
    const Status answered = m_turn->answer(yes, reaction);
    m_problem->setText(answered ? QString() : answered.errorMessage());
    showCurrent();
}

void ScanView::onTimeOut()
{
    if (m_state != State::Running || !m_turn)
        return;
    const Status recorded = m_turn->timeOut();
    m_problem->setText(recorded ? QString() : recorded.errorMessage());
    if (m_turn->shouldPause() && m_turn->currentDrive() != 0) {
        setState(State::Paused);
        return;
    }
    showCurrent();
}

void ScanView::goOn()
{
    if (m_state != State::Paused || !m_turn)
        return;
    m_turn->resume();
    setState(State::Running);
    showCurrent();
}

void ScanView::stop()
{
    if (m_state == State::Idle)
        return;
    const bool complete = m_turn && m_turn->isFinished();
    setState(complete ? State::Finished : State::Idle);
    Q_EMIT finished(complete);
}

void ScanView::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    if (held) {
        m_cardTimer.stop();
        m_tick.stop();
        m_shownAt.invalidate();
    } else if (m_state == State::Running) {
        showCurrent();
    }
}

void ScanView::keyPressEvent(QKeyEvent *event)
{
    if (m_state == State::Paused &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        goOn();
        return;
    }
    if (m_state == State::Running) {
        switch (event->key()) {
        case Qt::Key_Y:
        case Qt::Key_J:
        case Qt::Key_Right:
            if (!event->isAutoRepeat())
                answer(true);
            return;
        case Qt::Key_N:
        case Qt::Key_F:
        case Qt::Key_Left:
            if (!event->isAutoRepeat())
                answer(false);
            return;
        default:
            break;
        }
    }
    QWidget::keyPressEvent(event);
}

void ScanView::resizeEvent(QResizeEvent *event)
{
    // Type that grows with the screen, like the projector's: read at arm's length on a laptop,
    // and across a table.
    const int height = RoomType::basis(event->size().height());
    RoomType::setPixels(m_who, height / 30);
    RoomType::setPixels(m_position, height / 30);
    RoomType::setPixels(m_question, height / 22);
    RoomType::setPixels(m_hint, height / 50);
    RoomType::setPixels(m_problem, height / 40);
    RoomType::setPixels(m_pauseText, height / 24);
    for (QPushButton *button : {m_noButton, m_yesButton, m_goOnButton, m_stopButton}) {
        RoomType::setPixels(button, height / 28);
        button->setMinimumSize(qMax(280, height * 3 / 8), qMax(72, height / 10));
    }
    QWidget::resizeEvent(event);
    fitCard();
}

void ScanView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitCard();
}

void ScanView::hideEvent(QHideEvent *event)
{
    // Out of sight, no clock: back on screen the card counts from its next paint.
    m_cardTimer.stop();
    m_tick.stop();
    m_shownAt.invalidate();
    if (m_state == State::Running)
        m_waitingForPaint = true;
    QWidget::hideEvent(event);
}

void ScanView::fitCard()
{
    // As large as the room between the question and the buttons allows, in the cards' shape.
    const QSize room = m_cardArea->size();
    if (room.isEmpty())
        return;
    const qreal ratio = 200.0 / 132.0;
    int height = room.height();
    int width = int(height * ratio);
    if (width > room.width() * 0.8) {
        width = int(room.width() * 0.8);
        height = int(width / ratio);
    }
    m_card->setFixedSize(qMax(120, width), qMax(80, height));
}

void ScanView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScanView::retranslate()
{
    m_noButton->setText(tr("✕  No"));
    m_noButton->setAccessibleName(tr("No, not me"));
    m_yesButton->setText(tr("Yes  ✓"));
    m_yesButton->setAccessibleName(tr("Yes, that's me"));
    m_hint->setText(tr("Answer quickly, without thinking long: Y, J or → for yes; N, F or ← for "
                       "no."));
    m_goOnButton->setText(tr("Go On"));
    m_stopButton->setText(tr("Stop for Now"));
    setAccessibleName(tr("Yes or no scan"));
    if (!m_turn) {
        m_who->clear();
        m_position->clear();
        m_question->clear();
        m_pauseText->clear();
        return;
    }
    const Session &session = m_document->session();
    const Round *round = session.round(m_turn->roundId());
    m_who->setText(session.shownName(m_turn->participantId()));
    const int seen = m_turn->seenCount();
    m_position->setText(m_state == State::Running && !m_turn->isFinished()
                            ? tr("Card %1 of %2").arg(seen + 1).arg(DriveCount)
                            : QString());
    m_question->setText(round ? (round->question.isEmpty() ? round->title : round->question)
                              : QString());
    m_pauseText->setText(tr("%n card(s) in a row went by without an answer.\nGo on when you "
                            "are ready.",
                            nullptr, m_turn->timeoutsInARow()));
    m_countdown->setAccessibleName(
        secondsPerCard() > 0 ? tr("%n second(s) per card", nullptr, secondsPerCard()) : QString());
}

} // namespace DriveDeck
