#include "kiosk/passthelaptop.h"
#include "look/problemtext.h"

#include "deck/cardwidget.h"
#include "deck/deckview.h"
#include "domain/catalogue.h"
#include "room/roomtype.h"
#include "scan/scanview.h"
#include "workshop/cardpictures.h"
#include "workshop/sessiondocument.h"

#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace DriveDeck {

namespace {

QLabel *bigLabel(double scale, bool bold = true)
{
    auto *label = new QLabel;
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

QPushButton *bigButton()
{
    auto *button = new QPushButton;
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    button->setFont(font);
    button->setMinimumSize(260, 64); // a finger's worth
    button->setAutoDefault(true);    // Enter presses the button in focus, as in a dialog
    return button;
}

QWidget *centred(std::initializer_list<QWidget *> widgets)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch(1);
    for (QWidget *widget : widgets) {
        if (qobject_cast<QPushButton *>(widget))
            layout->addWidget(widget, 0, Qt::AlignHCenter);
        else
            layout->addWidget(widget);
        layout->addSpacing(24);
    }
    layout->addStretch(1);
    return page;
}

} // namespace

PassTheLaptop::PassTheLaptop(SessionDocument *document, const QUuid &roundId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_roundId(roundId)
{
    setObjectName(QStringLiteral("passTheLaptop"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_turnName = bigLabel(3.0);
    m_turnName->setObjectName(QStringLiteral("turnName"));
    m_turnQuestion = bigLabel(1.8, false);
    m_startButton = bigButton();
    connect(m_startButton, &QPushButton::clicked, this, &PassTheLaptop::start);
    m_skipButton = new QPushButton;
    m_skipButton->setObjectName(QStringLiteral("kioskSkip"));
    m_skipButton->setMinimumSize(260, 48); // a finger's worth, quieter than Start
    m_skipButton->setFlat(true);
    m_skipButton->setAutoDefault(true);
    QFont skipFont = m_skipButton->font();
    skipFont.setPointSizeF(skipFont.pointSizeF() * 1.25);
    m_skipButton->setFont(skipFont);
    connect(m_skipButton, &QPushButton::clicked, this, &PassTheLaptop::skip);

    m_cardsQuestion = bigLabel(1.6);
    m_cardsRule = bigLabel(1.4, false);
    m_cardsRule->setWordWrap(false);
    m_cardsProblem = bigLabel(1.2);
    ProblemText::style(m_cardsProblem);
    m_cards = new DeckView;
    // The session's photo deck, as on the card wall.
    {
        auto *pictures = new CardPictures(this);
        const Session &session = document->session();
        pictures->setDeck(session.deck);
        pictures->setRound(int(std::max<qsizetype>(0, session.indexOfRound(roundId))), roundId,
                           session.deckAtRandom);
        m_cards->setPictures(pictures);
    }
    m_cards->setObjectName(QStringLiteral("kioskCards"));
    for (const Drive &drive : Catalogue::drives())
        m_cards->card(drive.id)->setSelfToggling(false);
    connect(m_cards, &DeckView::cardClicked, this, &PassTheLaptop::toggle);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_cards);
    m_doneButton = bigButton();
    m_doneButton->setObjectName(QStringLiteral("kioskDone"));
    connect(m_doneButton, &QPushButton::clicked, this, &PassTheLaptop::done);
    auto *cardsPage = new QWidget;
    auto *cardsLayout = new QVBoxLayout(cardsPage);
    // The question over the whole width; how many are chosen beside the Done button.
    auto *cardsTop = new QHBoxLayout;
    cardsTop->addStretch(1);
    cardsTop->addWidget(m_cardsRule);
    cardsTop->addSpacing(32);
    cardsTop->addWidget(m_doneButton);
    cardsTop->addStretch(1);
    cardsLayout->addWidget(m_cardsQuestion);
    cardsLayout->addLayout(cardsTop);
    cardsLayout->addWidget(m_cardsProblem);
    cardsLayout->addWidget(scroll, 1);

    m_confirmText = bigLabel(1.8);
    m_confirmText->setObjectName(QStringLiteral("confirmText"));
    m_confirmButton = bigButton();
    m_changeButton = bigButton();
    connect(m_confirmButton, &QPushButton::clicked, this, &PassTheLaptop::confirm);
    connect(m_changeButton, &QPushButton::clicked, this, &PassTheLaptop::change);
    auto *confirmButtons = new QWidget;
    auto *confirmRow = new QHBoxLayout(confirmButtons);
    // Spacing (not a spacer) between the two, so that Confirm alone is centred in a scan.
    confirmRow->setSpacing(24);
    confirmRow->addStretch(1);
    confirmRow->addWidget(m_changeButton);
    confirmRow->addWidget(m_confirmButton);
    confirmRow->addStretch(1);

    m_handOverText = bigLabel(2.4);
    m_handOverText->setObjectName(QStringLiteral("handOverText"));
    m_nextButton = bigButton();
    connect(m_nextButton, &QPushButton::clicked, this, &PassTheLaptop::next);

    m_finishedText = bigLabel(2.4);
    m_leaveButton = bigButton();
    connect(m_leaveButton, &QPushButton::clicked, this, &PassTheLaptop::leave);

    m_pages = new QStackedWidget;
    m_pages->addWidget(centred({m_turnName, m_turnQuestion, m_startButton, m_skipButton}));
    m_pages->addWidget(cardsPage);
    m_pages->addWidget(centred({m_confirmText, confirmButtons}));
    m_pages->addWidget(centred({m_handOverText, m_nextButton}));
    m_pages->addWidget(centred({m_finishedText, m_leaveButton}));
    m_scan = new ScanView(document);
    connect(m_scan, &ScanView::finished, this, &PassTheLaptop::onScanFinished);
    m_pages->addWidget(m_scan); // the Cards step of a scan round
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(document, &SessionDocument::pickAdded, this, &PassTheLaptop::refreshCards);
    connect(document, &SessionDocument::pickRemoved, this, &PassTheLaptop::refreshCards);
    connect(document, &SessionDocument::pickChanged, this, &PassTheLaptop::refreshCards);
    // A blind round: only the cards' numbers, here too.
    if (const Round *round = document->session().round(roundId); round && round->blind)
        m_cards->setBlind(true);
    m_person = nextPerson();
    retranslate();
    goTo(m_person.isNull() ? Step::Finished : Step::Turn);
}

QUuid PassTheLaptop::nextPerson() const
{
    // The first in the list who has not yet done what the round asks.
    const Session &session = m_document->session();
    const Round *round = session.round(m_roundId);
    if (!round)
        return {};
    for (const Participant &p : session.participants) {
        if (round->includes(p.id) && p.id != m_person && !m_skipped.contains(p.id) &&
            !session.isDone(m_roundId, p.id))
            return p.id;
    }
    return {};
}

int PassTheLaptop::positivePicks() const
{
    return m_document->session().progressCount(m_roundId, m_person);
}

void PassTheLaptop::goTo(Step step)
{
    m_step = step;
    const bool scanning = step == Step::Cards && isScan();
    m_pages->setCurrentIndex(scanning ? m_pages->indexOf(m_scan) : int(step));
    retranslate();
    if (scanning) {
        m_scan->setFocus();
        return;
    }
    // The main button of each step takes Enter.
    QPushButton *main = step == Step::Turn       ? m_startButton
                        : step == Step::Cards    ? m_doneButton
                        : step == Step::Confirm  ? m_confirmButton
                        : step == Step::HandOver ? m_nextButton
                                                 : m_leaveButton;
    main->setDefault(true);
    main->setFocus();
    if (step == Step::Cards)
        refreshCards();
}

bool PassTheLaptop::isScan() const
{
    const Round *round = m_document->session().round(m_roundId);
    return round && round->rule.isScan();
}

void PassTheLaptop::start()
{
    if (isScan()) {
        if (const Status begun = m_scan->begin(m_roundId, m_person); !begun) {
            m_turnQuestion->setText(begun.errorMessage());
            return;
        }
    }
    goTo(Step::Cards);
}

void PassTheLaptop::skip()
{
    if (m_step != Step::Turn || m_person.isNull())
        return;
    m_skipped.insert(m_person);
    m_person = nextPerson();
    goTo(m_person.isNull() ? Step::Finished : Step::Turn);
}

void PassTheLaptop::onScanFinished(bool complete)
{
    if (m_step != Step::Cards)
        return;
    if (complete) {
        goTo(Step::Confirm);
        return;
    }
    // Stopped for now: their answers so far are kept; the laptop goes on.
    m_skipped.insert(m_person);
    confirm();
}

void PassTheLaptop::done()
{
    const Round *round = m_document->session().round(m_roundId);
    if (round && positivePicks() < round->rule.minPicks) {
        m_cardsProblem->setText(
            tr("Choose at least %n card(s) first.", nullptr, round->rule.minPicks));
        return;
    }
    goTo(Step::Confirm);
}

void PassTheLaptop::confirm()
{
    // Nothing of this person stays on screen from here on.
    m_person = nextPerson();
    goTo(m_person.isNull() ? Step::Finished : Step::HandOver);
}

void PassTheLaptop::change()
{
    goTo(Step::Cards);
}

void PassTheLaptop::next()
{
    goTo(m_person.isNull() ? Step::Finished : Step::Turn);
}

void PassTheLaptop::leave()
{
    m_leaving = true;
    close();
}

void PassTheLaptop::toggle(int driveId)
{
    if (m_step != Step::Cards || m_person.isNull())
        return;
    const Status toggled = m_document->togglePick(m_roundId, m_person, driveId);
    m_cardsProblem->setText(toggled ? QString() : toggled.errorMessage());
}

void PassTheLaptop::refreshCards()
{
    const QList<Pick> own = m_document->session().picksOf(m_roundId, m_person);
    for (const Drive &drive : Catalogue::drives()) {
        const auto pick = std::find_if(own.cbegin(), own.cend(),
                                       [&](const Pick &p) { return p.driveId == drive.id; });
        if (pick == own.cend())
            m_cards->card(drive.id)->setMark(CardWidget::Mark::Open);
        else
            m_cards->card(drive.id)->setMark(pick->isPositive() ? CardWidget::Mark::Picked
                                                                : CardWidget::Mark::NotMe,
                                             pick->rank.value_or(0));
    }
    retranslate();
}

QStringList PassTheLaptop::visibleTexts() const
{
    QStringList texts;
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        texts << widget->accessibleName() << widget->accessibleDescription() << widget->toolTip();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
    }
    texts.removeAll(QString());
    return texts;
}

void PassTheLaptop::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        askToLeave();
        return;
    }
    // On the cards, Enter means "done", wherever the focus is.
    if (m_step == Step::Cards && !isScan() &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        done();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PassTheLaptop::askToLeave()
{
    // No card times out while the facilitator is asked.
    m_scan->setHeld(true);
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Back to the Facilitator"),
                                tr("Stop passing the laptop and return to the facilitator?"),
                                QMessageBox::NoButton, this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setInformativeText(tr("The picks made so far are saved."));
    QPushButton *stay = ask->addButton(tr("Keep Going"), QMessageBox::RejectRole);
    QPushButton *leave = ask->addButton(tr("Return"), QMessageBox::AcceptRole);
    ask->setDefaultButton(stay);
    connect(ask, &QMessageBox::finished, this, [this, ask, leave] {
        if (ask->clickedButton() == leave) {
            this->leave();
            return;
        }
        m_scan->setHeld(false);
        if (m_step == Step::Cards && isScan())
            m_scan->setFocus();
    });
    ask->open();
}

void PassTheLaptop::closeEvent(QCloseEvent *event)
{
    // The window manager's close, or Alt+F4 by a participant: the facilitator decides.
    if (!m_leaving) {
        event->ignore();
        askToLeave();
        return;
    }
    Q_EMIT finished();
    QWidget::closeEvent(event);
}

void PassTheLaptop::resizeEvent(QResizeEvent *event)
{
    // Type that grows with the screen: read at arm's length and across the table, on a laptop
    // or a large touch screen alike.
    const int height = RoomType::basis(event->size().height());
    RoomType::setPixels(m_turnName, height / 18);
    RoomType::setPixels(m_turnQuestion, height / 30);
    RoomType::setPixels(m_cardsQuestion, height / 34);
    RoomType::setPixels(m_cardsRule, height / 44);
    RoomType::setPixels(m_cardsProblem, height / 48);
    RoomType::setPixels(m_confirmText, height / 30);
    RoomType::setPixels(m_handOverText, height / 24);
    RoomType::setPixels(m_finishedText, height / 24);
    for (QPushButton *button : {m_startButton, m_doneButton, m_confirmButton, m_changeButton,
                                m_nextButton, m_leaveButton}) {
        RoomType::setPixels(button, height / 34);
        button->setMinimumSize(qMax(260, height / 3), qMax(64, height / 12));
    }
    RoomType::setPixels(m_skipButton, height / 48);
    QWidget::resizeEvent(event);
}

void PassTheLaptop::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PassTheLaptop::retranslate()
{
    setWindowTitle(tr("DriveDeck — Pass the Laptop"));
    const Session &session = m_document->session();
    const Round *round = session.round(m_roundId);
    const QString question =
        round ? (round->question.isEmpty() ? round->title : round->question) : QString();
    const bool here = !m_person.isNull() &&
                      (m_step == Step::Turn || m_step == Step::Cards || m_step == Step::Confirm);
    const QString name = here ? session.shownName(m_person) : QString();
    m_turnName->setText(name.isEmpty() ? QString() : tr("%1, it is your turn").arg(name));
    m_turnQuestion->setText(question);
    m_startButton->setText(tr("Start"));
    m_skipButton->setText(tr("Skip — Someone Else First"));
    m_cardsQuestion->setText(question);
    if (round && !round->rule.isScan()) {
        const int picked = here ? positivePicks() : 0;
        m_cardsRule->setText(
            round->rule.minPicks == round->rule.maxPicks
                ? tr("Choose %1 cards: %2 chosen").arg(round->rule.maxPicks).arg(picked)
                : tr("Choose %1 to %2 cards: %3 chosen")
                      .arg(round->rule.minPicks)
                      .arg(round->rule.maxPicks)
                      .arg(picked));
        m_doneButton->setEnabled(picked >= round->rule.minPicks);
    }
    m_cards->setAccessibleName(tr("Cards"));
    m_doneButton->setText(tr("Done"));
    if (m_step == Step::Confirm && here) {
        QStringList chosen;
        for (const Pick &p : session.picksOf(m_roundId, m_person))
            if (p.isPositive())
                chosen << m_cards->card(p.driveId)->text();
        if (round && round->rule.isScan())
            m_confirmText->setText(
                chosen.isEmpty() ? tr("That was the last card.\nYou said yes to none of them.")
                                 : tr("That was the last card.\nYou said yes to:\n%1")
                                       .arg(chosen.join(QLatin1Char('\n'))));
        else
            m_confirmText->setText(tr("You chose:\n%1").arg(chosen.join(QLatin1Char('\n'))));
    } else {
        m_confirmText->clear();
    }
    // A scan is answered on first impulse: no going back over it.
    m_changeButton->setVisible(!(round && round->rule.isScan()));
    m_confirmButton->setText(round && round->rule.isScan() ? tr("OK") : tr("Yes, That's It"));
    m_changeButton->setText(tr("Change"));
    m_handOverText->setText(tr("Thank you!\nPlease hand the laptop to the next person."));
    m_nextButton->setText(tr("I'm Next"));
    m_finishedText->setText(
        m_skipped.isEmpty()
            ? tr("Everyone has picked.\nPlease hand the laptop back to the facilitator.")
            : tr("Everyone has had a turn.\nPlease hand the laptop back to the facilitator."));
    m_leaveButton->setText(tr("Back to the Facilitator"));
}

} // namespace DriveDeck
