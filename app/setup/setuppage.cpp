#include "setup/setuppage.h"
#include "look/problemtext.h"

#include "decks/decklibrary.h"
#include "domain/text.h"
#include "setup/roundeditor.h"
#include "translator.h"
#include "workshop/agreementsmodel.h"
#include "workshop/participantsmodel.h"
#include "workshop/roundsmodel.h"
#include "workshop/sessiondocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace DriveDeck {

namespace {

QTableView *editableTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

SetupPage::SetupPage(SessionDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_peopleModel(new ParticipantsModel(document, this))
    , m_agreementsModel(new AgreementsModel(document, this))
    , m_roundsModel(new RoundsModel(document, this))
{
    setObjectName(QStringLiteral("setupPage"));
    m_detailsTitle = new QLabel;
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("setupTitle"));
    m_team = new QLineEdit;
    m_facilitator = new QLineEdit;
    m_date = new QDateEdit;
    m_date->setCalendarPopup(true);
    m_language = new QComboBox;
    for (const QString &code : Translations::availableLanguages())
        m_language->addItem(Translations::nativeName(code), code);
    m_tags = new QLineEdit;
    m_tags->setObjectName(QStringLiteral("setupTags"));
    m_notes = new QPlainTextEdit;
    m_notes->setTabChangesFocus(true);
    m_notes->installEventFilter(this);
    m_anonymous = new QCheckBox;
    m_anonymous->setObjectName(QStringLiteral("setupAnonymous"));
    // The pictures on the cards: DriveDeck's own, or a photo deck imported on this computer.
    m_deck = new QComboBox;
    m_deck->setObjectName(QStringLiteral("setupDeck"));
    m_deckAtRandom = new QCheckBox;
    m_deckAtRandom->setObjectName(QStringLiteral("setupDeckAtRandom"));

    auto *form = new QFormLayout;
    const QList<QWidget *> fields{m_title,    m_team, m_facilitator, m_date,
                                  m_language, m_deck, m_tags,        m_notes};
    for (QWidget *field : fields) {
        auto *label = new QLabel;
        label->setBuddy(field);
        m_formLabels.append(label);
        form->addRow(label, field);
    }
    form->insertRow(6, QString(), m_deckAtRandom);
    form->addRow(QString(), m_anonymous);

    for (QLineEdit *edit : {m_title, m_team, m_facilitator, m_tags})
        connect(edit, &QLineEdit::editingFinished, this, &SetupPage::commitDetails);
    connect(m_date, &QDateEdit::dateChanged, this, &SetupPage::commitDetails);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SetupPage::commitDetails);
    connect(m_deck, &QComboBox::currentIndexChanged, this, &SetupPage::commitDetails);
    connect(m_deckAtRandom, &QCheckBox::toggled, this, &SetupPage::commitDetails);
    connect(m_anonymous, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        const Status changed = m_document->setAnonymous(on);
        showProblem(changed ? QString() : changed.errorMessage());
    });

    m_roundsTitle = new QLabel;
    m_rounds = new QListView;
    m_rounds->setObjectName(QStringLiteral("setupRounds"));
    m_rounds->setModel(m_roundsModel);
    m_rounds->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_addRound = new QPushButton;
    m_editRound = new QPushButton;
    m_removeRound = new QPushButton;
    connect(m_addRound, &QPushButton::clicked, this, [this] { editRound({}); });
    connect(m_editRound, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_rounds->currentIndex();
        if (current.isValid())
            editRound(current.data(RoundsModel::RoundIdRole).toUuid());
    });
    connect(m_rounds, &QListView::activated, this, [this](const QModelIndex &index) {
        editRound(index.data(RoundsModel::RoundIdRole).toUuid());
    });
    connect(m_removeRound, &QPushButton::clicked, this, &SetupPage::removeSelectedRound);

    m_peopleTitle = new QLabel;
    m_people = editableTable(m_peopleModel, QStringLiteral("setupPeople"));
    m_newPerson = new QLineEdit;
    m_newPerson->setObjectName(QStringLiteral("setupNewPerson"));
    m_addPerson = new QPushButton;
    m_removePerson = new QPushButton;
    m_personUp = new QPushButton(QStringLiteral("↑"));
    m_personDown = new QPushButton(QStringLiteral("↓"));
    connect(m_personUp, &QPushButton::clicked, this, [this] { moveSelectedPerson(-1); });
    connect(m_personDown, &QPushButton::clicked, this, [this] { moveSelectedPerson(+1); });
    connect(m_addPerson, &QPushButton::clicked, this, [this] {
        addPeople(m_newPerson->text());
        m_newPerson->clear();
    });
    connect(m_newPerson, &QLineEdit::returnPressed, m_addPerson, &QPushButton::click);
    connect(m_removePerson, &QPushButton::clicked, this, &SetupPage::removeSelectedPeople);
    connect(m_peopleModel, &ParticipantsModel::refused, this, &SetupPage::showProblem);

    m_agreementsTitle = new QLabel;
    m_agreements = editableTable(m_agreementsModel, QStringLiteral("setupAgreements"));
    // The agreement takes the room; owner and date what they need. One line a row.
    m_agreements->setWordWrap(false);
    m_agreements->horizontalHeader()->setStretchLastSection(false);
    m_agreements->horizontalHeader()->setSectionResizeMode(AgreementsModel::OwnerColumn,
                                                           QHeaderView::Interactive);
    m_agreements->horizontalHeader()->resizeSection(
        AgreementsModel::OwnerColumn, m_agreements->fontMetrics().averageCharWidth() * 16);
    m_agreements->horizontalHeader()->setSectionResizeMode(AgreementsModel::DueColumn,
                                                           QHeaderView::ResizeToContents);
    m_newAgreement = new QLineEdit;
    m_newAgreement->setObjectName(QStringLiteral("setupNewAgreement"));
    m_addAgreement = new QPushButton;
    m_removeAgreement = new QPushButton;
    connect(m_addAgreement, &QPushButton::clicked, this, [this] {
        addAgreement(m_newAgreement->text());
        m_newAgreement->clear();
    });
    connect(m_newAgreement, &QLineEdit::returnPressed, m_addAgreement, &QPushButton::click);
    connect(m_removeAgreement, &QPushButton::clicked, this, &SetupPage::removeSelectedAgreement);
    connect(m_agreementsModel, &AgreementsModel::refused, this, &SetupPage::showProblem);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("setupProblem"));
    m_problem->setWordWrap(true);
    ProblemText::style(m_problem, true);
    m_problem->hide();

    auto *details = new QVBoxLayout;
    details->addWidget(m_detailsTitle);
    details->addLayout(form);
    details->addSpacing(12);
    details->addWidget(m_roundsTitle);
    details->addWidget(m_rounds, 1);
    auto *roundButtons = new QHBoxLayout;
    roundButtons->addWidget(m_addRound);
    roundButtons->addWidget(m_editRound);
    roundButtons->addWidget(m_removeRound);
    roundButtons->addStretch(1);
    details->addLayout(roundButtons);

    auto *addPersonRow = new QHBoxLayout;
    addPersonRow->addWidget(m_newPerson, 1);
    addPersonRow->addWidget(m_addPerson);
    addPersonRow->addWidget(m_personUp);
    addPersonRow->addWidget(m_personDown);
    addPersonRow->addWidget(m_removePerson);
    auto *addAgreementRow = new QHBoxLayout;
    addAgreementRow->addWidget(m_newAgreement, 1);
    addAgreementRow->addWidget(m_addAgreement);
    addAgreementRow->addWidget(m_removeAgreement);
    auto *lists = new QVBoxLayout;
    lists->addWidget(m_peopleTitle);
    lists->addWidget(m_people, 3);
    lists->addLayout(addPersonRow);
    lists->addSpacing(12);
    lists->addWidget(m_agreementsTitle);
    lists->addWidget(m_agreements, 2);
    lists->addLayout(addAgreementRow);

    auto *columns = new QHBoxLayout;
    columns->addLayout(details, 2);
    columns->addSpacing(24);
    columns->addLayout(lists, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);

    connect(document, &SessionDocument::detailsChanged, this, &SetupPage::loadDetails);
    connect(document, &SessionDocument::sessionReset, this, &SetupPage::loadDetails);
    retranslate();
    loadDetails();
}

SetupPage::~SetupPage()
{
    // A field that loses its focus while the page is being destroyed finishes its edit: not
    // into a page that is no longer there (UndefinedBehaviorSanitizer saw it).
    for (QLineEdit *edit : {m_title, m_team, m_facilitator, m_tags})
        disconnect(edit, nullptr, this, nullptr);
}

QString SetupPage::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SetupPage::loadDetails()
{
    m_loading = true;
    const Session &s = m_document->session();
    m_title->setText(s.title);
    m_team->setText(s.team);
    m_facilitator->setText(s.facilitator);
    m_date->setDate(s.date.isValid() ? s.date : QDate::currentDate());
    const int language = m_language->findData(s.language);
    m_language->setCurrentIndex(language >= 0 ? language : 0);
    m_tags->setText(s.tags.join(QStringLiteral(", ")));
    if (!m_notes->hasFocus())
        m_notes->setPlainText(s.notes);
    m_anonymous->setChecked(s.anonymous);
    // The decks on this computer, and the session's own even when it is not here (a database
    // shared with another facilitator): the cards then show DriveDeck's pictures.
    m_deck->clear();
    m_deck->addItem(tr("DriveDeck's own pictures"), QString());
    for (const PhotoDeck &deck : DeckLibrary().decks())
        m_deck->addItem(deck.name, deck.name);
    int deck = m_deck->findData(s.deck);
    if (deck < 0) {
        m_deck->addItem(tr("%1 (not on this computer)").arg(s.deck), s.deck);
        deck = m_deck->count() - 1;
    }
    m_deck->setCurrentIndex(deck);
    m_deckAtRandom->setChecked(s.deckAtRandom);
    m_deckAtRandom->setEnabled(!s.deck.isEmpty());
    m_loading = false;
}

void SetupPage::commitDetails()
{
    if (m_loading)
        return;
    SessionDetails details = SessionDetails::of(m_document->session());
    details.title = m_title->text().simplified();
    details.team = m_team->text().simplified();
    details.facilitator = m_facilitator->text().simplified();
    details.date = m_date->date();
    details.language = m_language->currentData().toString();
    details.tags.clear();
    for (const QString &tag : m_tags->text().split(QLatin1Char(','))) {
        if (!tag.simplified().isEmpty() && !details.tags.contains(tag.simplified()))
            details.tags.append(tag.simplified());
    }
    details.notes = m_notes->toPlainText();
    details.deck = m_deck->currentData().toString();
    details.deckAtRandom = m_deckAtRandom->isChecked();
    const Status changed = m_document->setDetails(details);
    showProblem(changed ? QString() : changed.errorMessage());
    if (!changed)
        loadDetails();
}

bool SetupPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commitDetails();
    return QWidget::eventFilter(watched, event);
}

void SetupPage::addPeople(const QString &lines)
{
    // Pasted from a spreadsheet or typed one by one: each line a person, blanks skipped.
    QString problem;
    for (const QString &line : lines.split(QLatin1Char('\n'))) {
        const QString name = Text::normalName(line);
        if (name.isEmpty())
            continue;
        const Status added = m_document->addParticipant({QUuid::createUuid(), name, {}});
        if (!added)
            problem = added.errorMessage();
    }
    showProblem(problem);
}

void SetupPage::removeSelectedPeople()
{
    const QModelIndexList rows = m_people->selectionModel()->selectedRows();
    QList<QUuid> ids;
    for (const QModelIndex &row : rows)
        ids.append(row.data(ParticipantsModel::ParticipantIdRole).toUuid());
    QString problem;
    for (const QUuid &id : ids) {
        const Status removed = m_document->removeParticipant(id);
        if (!removed)
            problem = removed.errorMessage();
    }
    showProblem(problem);
}

void SetupPage::editRound(const QUuid &roundId)
{
    const Session &session = m_document->session();
    Round round;
    if (const Round *existing = session.round(roundId)) {
        round = *existing;
    } else {
        // A new round: everybody takes part, three cards, as most workshops do.
        round.rule = PickingRule::choose(1, 3);
        for (const Participant &p : session.participants)
            round.participantIds.append(p.id);
    }
    auto *editor = new RoundEditor(session, round, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] { saveRound(editor->round()); });
    editor->open();
}

void SetupPage::saveRound(const Round &round)
{
    const Status saved = m_document->session().round(round.id) ? m_document->updateRound(round)
                                                               : m_document->addRound(round);
    showProblem(saved ? QString() : saved.errorMessage());
}

void SetupPage::removeSelectedRound()
{
    const QModelIndex current = m_rounds->currentIndex();
    if (!current.isValid())
        return;
    const Status removed = m_document->removeRound(current.data(RoundsModel::RoundIdRole).toUuid());
    showProblem(removed ? QString() : removed.errorMessage());
}

void SetupPage::moveSelectedPerson(int step)
{
    const QModelIndex current = m_people->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + step;
    if (to < 0 || to >= m_peopleModel->rowCount())
        return;
    const Status moved = m_document->moveParticipant(
        current.data(ParticipantsModel::ParticipantIdRole).toUuid(), to);
    showProblem(moved ? QString() : moved.errorMessage());
    if (moved)
        m_people->selectRow(to);
}

void SetupPage::addAgreement(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const Status added = m_document->addAgreement({QUuid::createUuid(), text.trimmed(), {}, {}});
    showProblem(added ? QString() : added.errorMessage());
}

void SetupPage::removeSelectedAgreement()
{
    const QModelIndexList rows = m_agreements->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Status removed =
        m_document->removeAgreement(rows.first().data(AgreementsModel::AgreementIdRole).toUuid());
    showProblem(removed ? QString() : removed.errorMessage());
}

void SetupPage::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setAccessibleName(message);
    m_problem->setVisible(!message.isEmpty());
}

void SetupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SetupPage::retranslate()
{
    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    for (QLabel *title : {m_detailsTitle, m_roundsTitle, m_peopleTitle, m_agreementsTitle})
        title->setFont(heading);
    m_detailsTitle->setText(tr("The session"));
    m_peopleTitle->setText(tr("People"));
    m_roundsTitle->setText(tr("Rounds"));
    m_rounds->setAccessibleName(tr("Rounds"));
    m_addRound->setText(tr("Add &Round…"));
    m_editRound->setText(tr("Ed&it Round…"));
    m_removeRound->setText(tr("Remove"));
    m_removeRound->setAccessibleName(tr("Remove the selected round"));
    m_agreementsTitle->setText(tr("Agreements"));
    const QStringList labels{tr("&Title:"), tr("T&eam:"),     tr("&Facilitator:"),
                             tr("&Date:"),  tr("&Language:"), tr("Pi&ctures:"),
                             tr("Ta&gs:"),  tr("&Notes:")};
    const QStringList names{tr("Title"),    tr("Team"),          tr("Facilitator"), tr("Date"),
                            tr("Language"), tr("Card pictures"), tr("Tags"),        tr("Notes")};
    for (int i = 0; i < m_formLabels.size(); ++i) {
        m_formLabels.at(i)->setText(labels.at(i));
        m_formLabels.at(i)->buddy()->setAccessibleName(names.at(i));
    }
    m_tags->setPlaceholderText(tr("pilot, sales, 2026 Q4"));
    m_anonymous->setText(tr("&Anonymous: show aliases instead of names, on screen and in "
                            "every export"));
    m_deckAtRandom->setText(tr("With several pictures per drive, a different one at rando&m "
                               "for each round"));
    m_deck->setToolTip(tr("Import photo decks in Edit › Settings or with drivedeck deck "
                          "import."));
    m_people->setAccessibleName(tr("People"));
    m_newPerson->setPlaceholderText(tr("A name (paste several, one a line)"));
    m_newPerson->setAccessibleName(tr("New person"));
    m_addPerson->setText(tr("Add &Person"));
    m_removePerson->setText(tr("Remove"));
    m_personUp->setAccessibleName(tr("Move the selected person up"));
    m_personUp->setToolTip(m_personUp->accessibleName());
    m_personDown->setAccessibleName(tr("Move the selected person down"));
    m_personDown->setToolTip(m_personDown->accessibleName());
    m_removePerson->setAccessibleName(tr("Remove the selected people"));
    m_agreements->setAccessibleName(tr("Agreements"));
    m_newAgreement->setPlaceholderText(tr("What the team agreed"));
    m_newAgreement->setAccessibleName(tr("New agreement"));
    m_addAgreement->setText(tr("Add Agree&ment"));
    m_removeAgreement->setText(tr("Remove"));
    m_removeAgreement->setAccessibleName(tr("Remove the selected agreement"));
}

} // namespace DriveDeck
