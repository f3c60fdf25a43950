#include "picking/pickingpage.h"

#include "look/problemtext.h"
#include "picking/participantprogressdelegate.h"

#include "deck/cardwidget.h"
#include "deck/deckview.h"
#include "domain/catalogue.h"
#include "workshop/cardpictures.h"
#include "workshop/participantprogressmodel.h"
#include "workshop/pickwallmodel.h"
#include "workshop/sessiondocument.h"
#include "workspace/roundchooser.h"

#include <QApplication>
#include <QDrag>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace DriveDeck {

namespace {
constexpr int StoryDelayMs = 600;  // a story is written once typing pauses
constexpr int NumberDelayMs = 800; // "1" then "2" within this is card 12
constexpr char RankDragMime[] = "application/x-drivedeck-ranked-card";
} // namespace

PickingPage::PickingPage(SessionDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_progress(new ParticipantProgressModel(document, this))
    , m_picks(new PickWallModel(document, this))
{
    setObjectName(QStringLiteral("pickingPage"));
    m_rounds = new RoundChooser(document);
    m_rounds->setObjectName(QStringLiteral("roundChooser"));
    m_roundLabel = new QLabel;
    m_roundLabel->setBuddy(m_rounds);
    m_question = new QLabel;
    m_question->setObjectName(QStringLiteral("roundQuestion"));
    m_question->setWordWrap(true);
    QFont questionFont = m_question->font();
    // As large as the wall's domain headings: one bold font on the page, not two of nearly one
    // size (each size of a font is loaded, and each of its letters drawn, once more).
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.25);
    questionFont.setBold(true);
    m_question->setFont(questionFont);

    m_participants = new QListView;
    m_participants->setObjectName(QStringLiteral("participantProgress"));
    m_participants->setItemDelegate(new ParticipantProgressDelegate(m_participants));
    m_participants->setUniformItemSizes(true);
    // Long names are cut short with an ellipsis; the progress always shows.
    m_participants->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_participants->setModel(m_progress);
    // Rows, so that a screen reader can select one (AT-SPI's table selection).
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participants->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participants->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_participantsTitle = new QLabel;
    m_participantsTitle->setBuddy(m_participants);
    // Digits typed in the list are card numbers, not a search for a name.
    m_participants->installEventFilter(this);

    m_wall = new DeckView;
    m_wall->setObjectName(QStringLiteral("cardWall"));
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_wall);
    for (const Drive &drive : Catalogue::drives()) {
        CardWidget *card = m_wall->card(drive.id);
        card->setSelfToggling(false);
        card->setContextMenuPolicy(Qt::CustomContextMenu);
        // Shift+Space on the card in focus: "not me", as Shift with a click; Alt with an arrow
        // and drag and drop change the rank.
        card->installEventFilter(this);
        card->setAcceptDrops(true);
        connect(card, &CardWidget::customContextMenuRequested, this,
                [this, id = drive.id] { toggleCard(id, true); });
    }
    connect(m_wall, &DeckView::cardClicked, this, [this](int driveId) {
        toggleCard(driveId, QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
    });

    m_storyTitle = new QLabel;
    m_storyTitle->setWordWrap(true);
    m_story = new QPlainTextEdit;
    m_story->setObjectName(QStringLiteral("storyEditor"));
    m_storyTitle->setBuddy(m_story);
    m_storyTimer.setSingleShot(true);
    m_storyTimer.setInterval(StoryDelayMs);
    connect(&m_storyTimer, &QTimer::timeout, this, &PickingPage::commitStory);
    connect(m_story, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loadingStory)
            m_storyTimer.start();
    });
    // Leaving the editor writes the story at once.
    m_story->installEventFilter(this);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("pickingProblem"));
    m_problem->setWordWrap(true);
    ProblemText::style(m_problem, true);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    // In the window's own font: readable on a projector (a smaller one would be one more font
    // to load at the start).

    m_showNames = new QPushButton;
    m_showNames->setObjectName(QStringLiteral("showCardNames"));
    m_showNames->setCheckable(true);
    connect(m_showNames, &QPushButton::toggled, this, [this] { refreshBlindness(); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_roundLabel);
    top->addWidget(m_rounds);
    top->addWidget(m_question, 1);
    top->addWidget(m_showNames);

    auto *storyPanel = new QWidget;
    auto *storyLayout = new QVBoxLayout(storyPanel);
    storyLayout->setContentsMargins(0, 0, 0, 0);
    storyLayout->addWidget(m_storyTitle);
    storyLayout->addWidget(m_story, 1);

    auto *participantsPanel = new QWidget;
    auto *participantsLayout = new QVBoxLayout(participantsPanel);
    participantsLayout->setContentsMargins(0, 0, 0, 0);
    participantsLayout->addWidget(m_participantsTitle);
    participantsLayout->addWidget(m_participants, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(participantsPanel);
    splitter->addWidget(scroll);
    splitter->addWidget(storyPanel);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({200, 900, 240});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_hint);

    m_typedTimer.setSingleShot(true);
    m_typedTimer.setInterval(NumberDelayMs);
    connect(&m_typedTimer, &QTimer::timeout, this, &PickingPage::takeTypedNumber);

    connect(m_rounds, &RoundChooser::roundChosen, this, &PickingPage::roundChosen);
    // The session's photo deck on the wall, chosen on the set-up page.
    m_pictures = new CardPictures(this);
    m_wall->setPictures(m_pictures);
    auto followDeck = [this] {
        const Session &session = m_document->session();
        m_pictures->setDeck(session.deck);
        const QUuid roundId = currentRound();
        m_pictures->setRound(int(std::max<qsizetype>(0, session.indexOfRound(roundId))), roundId,
                             session.deckAtRandom);
        m_wall->update();
        for (const Drive &drive : Catalogue::drives())
            m_wall->card(drive.id)->update();
    };
    connect(document, &SessionDocument::opened, this, followDeck);
    connect(document, &SessionDocument::sessionReset, this, followDeck);
    connect(document, &SessionDocument::detailsChanged, this, followDeck);
    connect(this, &PickingPage::roundChanged, this, followDeck);
    connect(m_participants->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PickingPage::participantChosen);
    // A screen reader selects a row without moving the current one: follow the selection.
    connect(m_participants->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_participants->selectionModel()->selectedRows();
        if (!rows.isEmpty() && rows.first().row() != m_participants->currentIndex().row())
            m_participants->setCurrentIndex(rows.first());
    });
    connect(m_progress, &QAbstractItemModel::modelReset, this, [this] {
        if (m_progress->rowCount() > 0 && !m_participants->currentIndex().isValid())
            m_participants->setCurrentIndex(m_progress->index(0, 0));
    });
    connect(m_picks, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                for (int row = from.row(); row <= to.row(); ++row)
                    refreshCard(row + 1);
                if (m_storyDrive && m_picks->mark(m_storyDrive) == PickWallModel::Mark::Open)
                    showStory(0);
            });

    // Shortcuts, not key presses: the wall's scroll area would take Page Down for itself.
    for (const auto &[key, step] :
         {std::pair{Qt::Key_PageDown, 1}, std::pair{Qt::Key_PageUp, -1}}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step] { moveParticipant(step); });
    }

    setFocusPolicy(Qt::StrongFocus);
    retranslate();
    roundChosen();
}

QString PickingPage::problem() const
{
    return m_problem->text();
}

QUuid PickingPage::currentRound() const
{
    return m_rounds->currentRound();
}

QUuid PickingPage::currentParticipant() const
{
    return m_progress->participantAt(m_participants->currentIndex().row());
}

void PickingPage::selectRound(const QUuid &roundId)
{
    m_rounds->selectRound(roundId);
}

void PickingPage::roundChosen()
{
    commitStory();
    const QUuid keepParticipant = currentParticipant();
    const QUuid roundId = currentRound();
    if (m_progress->round() != roundId)
        m_progress->setRound(roundId);
    const Round *round = m_document->session().round(roundId);
    m_question->setText(round ? (round->question.isEmpty() ? round->title : round->question)
                              : tr("This session has no rounds yet."));
    const int row = m_progress->rowOf(keepParticipant);
    if (row >= 0)
        m_participants->setCurrentIndex(m_progress->index(row, 0));
    else if (m_progress->rowCount() > 0)
        m_participants->setCurrentIndex(m_progress->index(0, 0));
    // Each blind round starts with the names hidden.
    m_showNames->setChecked(false);
    refreshBlindness();
    participantChosen();
    retranslate();
    Q_EMIT roundChanged(roundId);
}

void PickingPage::refreshBlindness()
{
    const Round *round = m_document->session().round(currentRound());
    const bool blindRound = round && round->blind;
    m_showNames->setVisible(blindRound);
    m_wall->setBlind(blindRound && !m_showNames->isChecked());
    retranslate();
}

void PickingPage::selectParticipant(const QUuid &participantId)
{
    const int row = m_progress->rowOf(participantId);
    if (row >= 0)
        m_participants->setCurrentIndex(m_progress->index(row, 0));
}

void PickingPage::participantChosen()
{
    commitStory();
    m_picks->setSelection(currentRound(), currentParticipant());
    m_wall->setEnabled(!currentParticipant().isNull());
    showProblem({});
    showStory(0);
    refreshCards();
}

void PickingPage::refreshCards()
{
    for (int id = 1; id <= DriveCount; ++id)
        refreshCard(id);
}

void PickingPage::refreshCard(int driveId)
{
    const QModelIndex index = m_picks->index(driveId - 1);
    const auto mark = m_picks->data(index, PickWallModel::MarkRole).value<PickWallModel::Mark>();
    const CardWidget::Mark shown = mark == PickWallModel::Mark::Picked  ? CardWidget::Mark::Picked
                                   : mark == PickWallModel::Mark::NotMe ? CardWidget::Mark::NotMe
                                                                        : CardWidget::Mark::Open;
    m_wall->card(driveId)->setMark(
        shown, m_picks->data(index, PickWallModel::RankRole).toInt(),
        !m_picks->data(index, PickWallModel::NoteRole).toString().isEmpty());
    if (driveId == m_storyDrive && !m_story->hasFocus())
        showStory(driveId);
}

void PickingPage::toggleCard(int driveId, bool notMe)
{
    const QUuid round = currentRound();
    const QUuid participant = currentParticipant();
    if (round.isNull() || participant.isNull()) {
        showProblem(tr("Choose who is picking first."));
        return;
    }
    commitStory();
    const Status status = m_document->togglePick(round, participant, driveId,
                                                 notMe ? Polarity::Negative : Polarity::Positive);
    if (!status) {
        showProblem(status.errorMessage());
        return;
    }
    showProblem({});
    showStory(m_picks->mark(driveId) == PickWallModel::Mark::Open ? 0 : driveId);
}

void PickingPage::showStory(int driveId)
{
    m_storyDrive = driveId;
    m_loadingStory = true;
    if (driveId == 0) {
        m_story->setPlainText(QString());
        m_story->setEnabled(false);
    } else {
        m_story->setPlainText(
            m_picks->data(m_picks->index(driveId - 1), PickWallModel::NoteRole).toString());
        m_story->setEnabled(true);
    }
    m_loadingStory = false;
    retranslate();
}

void PickingPage::commitStory()
{
    m_storyTimer.stop();
    if (m_storyDrive == 0 || !m_story->isEnabled())
        return;
    const PickKey key{currentRound(), currentParticipant(), m_storyDrive};
    const Status written = m_document->setPickNote(key, m_story->toPlainText());
    if (!written)
        showProblem(written.errorMessage());
}

void PickingPage::moveRank(int driveId, int toRank)
{
    const CardWidget *card = m_wall->card(driveId);
    if (!card || card->rank() == 0) {
        showProblem(tr("Only a card picked in a ranked round has a rank to change."));
        return;
    }
    commitStory();
    const Status moved =
        m_document->movePickRank(PickKey{currentRound(), currentParticipant(), driveId}, toRank);
    if (!moved) {
        showProblem(moved.errorMessage());
        return;
    }
    showProblem({});
    showStory(driveId);
}

bool PickingPage::cardEvent(CardWidget *card, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers().testFlag(Qt::ShiftModifier)) {
            toggleCard(card->driveId(), true);
            return true;
        }
        // Alt with an arrow: the card in focus one place earlier or later.
        if (key->modifiers() == Qt::AltModifier && card->rank() > 0) {
            if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Up) {
                moveRank(card->driveId(), card->rank() - 1);
                return true;
            }
            if (key->key() == Qt::Key_Right || key->key() == Qt::Key_Down) {
                moveRank(card->driveId(), card->rank() + 1);
                return true;
            }
        }
        return false;
    }
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton)
            m_dragStart = mouse->position().toPoint();
        return false;
    }
    case QEvent::MouseMove: {
        // A ranked card dragged onto another takes its place.
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (!mouse->buttons().testFlag(Qt::LeftButton) || card->rank() == 0 ||
            (mouse->position().toPoint() - m_dragStart).manhattanLength() <
                QApplication::startDragDistance())
            return false;
        auto *drag = new QDrag(card);
        auto *data = new QMimeData;
        data->setData(QString::fromLatin1(RankDragMime), QByteArray::number(card->driveId()));
        drag->setMimeData(data);
        drag->setPixmap(
            card->grab().scaledToWidth(qMax(60, card->width() / 2), Qt::SmoothTransformation));
        drag->exec(Qt::MoveAction);
        card->setDown(false); // the release went to the drag, not to the button
        return true;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const bool fits =
            drag->mimeData()->hasFormat(QString::fromLatin1(RankDragMime)) && card->rank() > 0;
        if (fits)
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const int dragged = drop->mimeData()->data(QString::fromLatin1(RankDragMime)).toInt();
        if (dragged > 0 && card->rank() > 0 && dragged != card->driveId()) {
            moveRank(dragged, card->rank());
            drop->acceptProposedAction();
        }
        return true;
    }
    default:
        return false;
    }
}

bool PickingPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_story && event->type() == QEvent::FocusOut)
        commitStory();
    if (auto *card = qobject_cast<CardWidget *>(watched); card && cardEvent(card, event))
        return true;
    if (watched == m_participants && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->text().size() == 1 && key->text().at(0).isDigit()) {
            keyPressEvent(key);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PickingPage::keyPressEvent(QKeyEvent *event)
{
    // Card numbers typed anywhere on the page (not in the story): "7", or "1" "2" for 12.
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isDigit() && !m_story->hasFocus()) {
        m_typed += text;
        if (m_typed.size() >= 2 || m_typed.toInt() > 2)
            takeTypedNumber();
        else
            m_typedTimer.start();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PickingPage::takeTypedNumber()
{
    m_typedTimer.stop();
    const int driveId = m_typed.toInt();
    m_typed.clear();
    if (!Catalogue::isValidDriveId(driveId)) {
        showProblem(tr("There is no card %1: the cards are numbered 1 to 24.").arg(driveId));
        return;
    }
    toggleCard(driveId, QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
}

void PickingPage::moveParticipant(int step)
{
    const int rows = m_progress->rowCount();
    if (rows == 0)
        return;
    const int row = (m_participants->currentIndex().row() + step + rows) % rows;
    m_participants->setCurrentIndex(m_progress->index(row, 0));
}

void PickingPage::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    m_problem->setAccessibleName(message);
}

void PickingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PickingPage::retranslate()
{
    m_roundLabel->setText(tr("&Round:"));
    m_rounds->setAccessibleName(tr("Round"));
    m_participantsTitle->setText(tr("Who is &picking"));
    m_participants->setAccessibleName(tr("Who is picking"));
    m_showNames->setText(tr("Show the Cards' &Names"));
    m_showNames->setToolTip(tr("A blind round: the cards show only their numbers while people "
                               "pick. Show the names when the room is ready."));
    m_wall->setAccessibleName(tr("Card wall"));
    m_story->setAccessibleName(tr("Story"));
    m_hint->setText(tr("Click a card or type its number to pick it, again to take it back. "
                       "Right-click or Shift for “not me”. Page Up and Page Down: the previous "
                       "or next person."));
    if (const Round *round = m_document->session().round(currentRound());
        round && round->rule.ranked)
        m_hint->setText(m_hint->text() + QLatin1Char(' ') +
                        tr("The order of picking is the rank: drag a card onto another, or "
                           "press Alt with an arrow, to change it."));
    const Session &session = m_document->session();
    if (m_storyDrive == 0) {
        m_storyTitle->setText(tr("&Story: pick a card to write its story"));
    } else {
        m_storyTitle->setText(
            tr("&Story of %1 for %2")
                .arg(m_wall->card(m_storyDrive)->text(), session.shownName(currentParticipant())));
    }
}

} // namespace DriveDeck
