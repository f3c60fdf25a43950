#include "projector/projectorwindow.h"

#include "render/revealpainter.h"
#include "room/roomtype.h"
#include "workshop/cardpictures.h"
#include "workshop/sessiondocument.h"

#include <QCloseEvent>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace DriveDeck {

// The reveal, painted by RevealPainter; in words for a screen reader.
class ProjectorWindow::RevealView : public QWidget
{
public:
    RevealView(const Reveal &reveal, const RevealPainter::PersonalPicks &person)
        : m_reveal(reveal)
        , m_person(person)
    {
        setMinimumSize(480, 320);
    }

    void changed(bool showsPerson, const QString &personText)
    {
        m_showsPerson = showsPerson;
        QStringList cards;
        for (int id = 1; id <= DriveCount; ++id)
            cards << RevealPainter::describe(m_reveal.card(id));
        if (showsPerson)
            cards << personText;
        setAccessibleDescription(cards.join(QStringLiteral("; ")));
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        RevealPainter::PhotoOf photoOf;
        if (m_pictures && m_pictures->hasPhotos())
            photoOf = [this](int driveId, QSize pixels) {
                return m_pictures->picture(driveId, pixels);
            };
        RevealPainter::paint(painter, rect(), m_reveal, font(),
                             palette().color(QPalette::WindowText),
                             m_showsPerson ? &m_person : nullptr, photoOf);
    }

public:
    // The session's photo deck, as on the card wall.
    void setPictures(CardPictures *pictures)
    {
        m_pictures = pictures;
        connect(pictures, &CardPictures::pictureReady, this, [this] { update(); });
    }

private:
    QPointer<CardPictures> m_pictures;
    const Reveal &m_reveal;
    const RevealPainter::PersonalPicks &m_person;
    bool m_showsPerson = false;
};

ProjectorWindow::ProjectorWindow(SessionDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
{
    setObjectName(QStringLiteral("projectorWindow"));
    // Large type for the back of the room.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    QFont clock = font();
    clock.setPointSizeF(clock.pointSizeF() * 4.0);
    clock.setBold(true);
    QFont medium = font();
    medium.setPointSizeF(medium.pointSizeF() * 1.8);

    m_question = new QLabel;
    m_question->setObjectName(QStringLiteral("projectorQuestion"));
    m_question->setFont(big);
    m_question->setWordWrap(true);
    m_question->setAlignment(Qt::AlignCenter);
    m_clock = new QLabel;
    m_clock->setObjectName(QStringLiteral("projectorClock"));
    m_clock->setFont(clock);
    m_clock->setAlignment(Qt::AlignCenter);
    m_progressText = new QLabel;
    m_progressText->setObjectName(QStringLiteral("projectorProgress"));
    m_progressText->setFont(medium);
    m_progressText->setAlignment(Qt::AlignCenter);
    m_progress = new QProgressBar;
    m_progress->setTextVisible(false);

    m_pickingPage = new QWidget;
    auto *picking = new QVBoxLayout(m_pickingPage);
    picking->setContentsMargins(48, 48, 48, 48);
    picking->addStretch(2);
    picking->addWidget(m_question);
    picking->addSpacing(24);
    picking->addWidget(m_clock);
    picking->addStretch(1);
    picking->addWidget(m_progressText);
    picking->addWidget(m_progress, 0, Qt::AlignHCenter);
    picking->addStretch(2);

    auto *revealPage = new QWidget;
    m_revealTitle = new QLabel;
    m_revealTitle->setFont(medium);
    m_revealTitle->setWordWrap(true);
    m_revealView = new RevealView(m_reveal, m_personalPicks);
    m_pictures = new CardPictures(this);
    m_revealView->setPictures(m_pictures);
    m_revealView->setObjectName(QStringLiteral("projectorReveal"));
    auto *reveal = new QVBoxLayout(revealPage);
    reveal->setContentsMargins(12, 12, 12, 12);
    reveal->addWidget(m_revealTitle);
    reveal->addWidget(m_revealView, 1);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_pickingPage);
    m_pages->addWidget(revealPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setAutoFillBackground(true);

    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &ProjectorWindow::tick);
    // Many picks in a row (a paste) redraw the room's screen once.
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(0);
    connect(&m_refreshSoon, &QTimer::timeout, this, &ProjectorWindow::refresh);
    auto later = [this] { m_refreshSoon.start(); };
    connect(document, &SessionDocument::pickAdded, this, later);
    connect(document, &SessionDocument::pickRemoved, this, later);
    connect(document, &SessionDocument::pickChanged, this, later);
    connect(document, &SessionDocument::roundChanged, this, later);
    connect(document, &SessionDocument::sessionReset, this, later);
    connect(document, &SessionDocument::opened, this, later);
    connect(document, &SessionDocument::roundRemoved, this, [this](int, const QUuid &id) {
        if (id == m_roundId)
            setRound({});
    });
    connect(document, &SessionDocument::participantRemoved, this, [this](int, const QUuid &id) {
        if (id == m_person)
            showPerson({});
    });
    resize(960, 540);
    retranslate();
}

void ProjectorWindow::setRound(const QUuid &roundId)
{
    if (roundId == m_roundId)
        return;
    m_roundId = roundId;
    // Someone agreed to show their picks of that round, not of the next.
    m_person = QUuid();
    Q_EMIT shownPersonChanged(m_person);
    refresh();
    restartTimer();
}

void ProjectorWindow::showPerson(const QUuid &participantId)
{
    if (participantId == m_person)
        return;
    m_person = participantId;
    refresh();
    Q_EMIT shownPersonChanged(m_person);
}

void ProjectorWindow::setPhase(Phase phase)
{
    m_phase = phase;
    m_pages->setCurrentIndex(phase == Phase::Reveal ? 1 : 0);
    refresh();
}

void ProjectorWindow::restartTimer()
{
    const Round *round = m_document->session().round(m_roundId);
    startTimer(std::chrono::minutes(round ? round->timeboxMinutes : 0));
}

void ProjectorWindow::startTimer(std::chrono::milliseconds length)
{
    m_timerLengthMs = length.count();
    m_timeUp = false;
    setPalette(QPalette()); // the end-of-time colour goes
    m_clockStarted.start();
    if (m_timerLengthMs > 0)
        m_tick.start();
    else
        m_tick.stop();
    tick();
}

void ProjectorWindow::tick()
{
    QPalette palette = this->palette();
    if (m_timerLengthMs <= 0) {
        m_clock->clear();
        m_clock->hide();
        return;
    }
    m_clock->show();
    const qint64 left = qMax<qint64>(0, m_timerLengthMs - m_clockStarted.elapsed());
    if (left == 0) {
        // The end is seen from the back of the room: words and a change of colour.
        if (!m_timeUp) {
            m_timeUp = true;
            m_tick.stop();
            palette.setColor(QPalette::Window, QColor(255, 236, 179));
            setPalette(palette);
        }
        m_clock->setText(tr("Time is up"));
        return;
    }
    const qint64 seconds = (left + 999) / 1000;
    m_clock->setText(
        QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void ProjectorWindow::refresh()
{
    const Session &session = m_document->session();
    const Round *round = session.round(m_roundId);
    m_reveal = Reveal::ofRound(session, m_roundId);
    m_pictures->setDeck(session.deck);
    m_pictures->setRound(int(std::max<qsizetype>(0, session.indexOfRound(m_roundId))), m_roundId,
                         session.deckAtRandom);
    if (!round) {
        m_question->setText(session.title);
        m_progressText->clear();
        m_progress->hide();
    } else {
        m_question->setText(round->question.isEmpty() ? round->title : round->question);
        // How far the group is, never who or what.
        m_progressText->setText(tr("%1 of %2 done").arg(m_reveal.done()).arg(m_reveal.members()));
        m_progress->show();
        m_progress->setRange(0, qMax(1, m_reveal.members()));
        m_progress->setValue(m_reveal.done());
        m_progress->setAccessibleName(m_progressText->text());
    }
    const QString title =
        round ? (round->target ? tr("Target profile: %1").arg(round->title) : round->title)
              : QString();
    QString revealTitle =
        tr("%1 — %n people picked", nullptr, int(m_reveal.profile().respondents())).arg(title);
    m_personalPicks = {};
    QString personText;
    const bool showsPerson = round && !m_person.isNull() && session.participant(m_person);
    if (showsPerson) {
        QStringList me, notMe;
        for (const Pick &pick : session.picksOf(m_roundId, m_person)) {
            if (pick.isPositive()) {
                m_personalPicks.me.insert(pick.driveId);
                me << Catalogue::drive(pick.driveId).name();
            } else {
                m_personalPicks.notMe.insert(pick.driveId);
                notMe << Catalogue::drive(pick.driveId).name();
            }
        }
        const QString name = session.shownName(m_person);
        revealTitle +=
            QLatin1Char('\n') + tr("✓ marks the picks of %1, who agreed to show them").arg(name);
        personText = notMe.isEmpty() ? tr("%1 picked %2").arg(name, me.join(QStringLiteral(", ")))
                                     : tr("%1 picked %2; not me: %3")
                                           .arg(name, me.join(QStringLiteral(", ")),
                                                notMe.join(QStringLiteral(", ")));
    }
    m_revealTitle->setText(revealTitle);
    m_revealView->changed(showsPerson, personText);
}

QStringList ProjectorWindow::allTexts() const
{
    QStringList texts{windowTitle(), accessibleName(), accessibleDescription()};
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (m_phase == Phase::Picking && !m_pickingPage->isAncestorOf(widget) &&
            widget != m_pickingPage)
            continue; // the reveal's page is not on screen while picking
        texts << widget->accessibleName() << widget->accessibleDescription() << widget->toolTip();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
    }
    texts.removeAll(QString());
    return texts;
}

void ProjectorWindow::resizeEvent(QResizeEvent *event)
{
    // Type that grows with the screen: read from the back of the room on any projector.
    const int height = RoomType::basis(event->size().height(), 360);
    RoomType::setPixels(m_question, height / 16);
    RoomType::setPixels(m_clock, height / 6);
    RoomType::setPixels(m_progressText, height / 28);
    RoomType::setPixels(m_revealTitle, height / 32);
    m_progress->setFixedSize(event->size().width() / 2, qMax(12, height / 40));
    QWidget::resizeEvent(event);
}

void ProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ProjectorWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT closed();
    QWidget::closeEvent(event);
}

void ProjectorWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProjectorWindow::retranslate()
{
    setWindowTitle(tr("DriveDeck — Projector"));
    setAccessibleName(tr("Projector"));
    m_revealView->setAccessibleName(tr("The round's cards"));
    refresh();
    tick();
}

} // namespace DriveDeck
