#include "entry/entrygridpage.h"
#include "look/problemtext.h"

#include "domain/catalogue.h"
#include "workshop/entrygridmodel.h"
#include "workshop/sessiondocument.h"
#include "workspace/roundchooser.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace DriveDeck {

EntryGridPage::EntryGridPage(SessionDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new EntryGridModel(document, this))
{
    setObjectName(QStringLiteral("entryGridPage"));
    m_rounds = new RoundChooser(document);
    m_rounds->setObjectName(QStringLiteral("entryRoundChooser"));
    m_roundLabel = new QLabel;
    m_roundLabel->setBuddy(m_rounds);
    m_question = new QLabel;
    m_question->setWordWrap(true);
    QFont questionFont = m_question->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.25);
    questionFont.setBold(true);
    m_question->setFont(questionFont);

    m_grid = new QTableView;
    m_grid->setObjectName(QStringLiteral("entryGrid"));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_grid->setAlternatingRowColors(true);
    m_grid->verticalHeader()->hide();
    m_grid->setWordWrap(false);
    m_grid->horizontalHeader()->setMinimumSectionSize(8);
    m_grid->installEventFilter(this);
    // A click on a card's cell toggles it (Shift: "not me").
    connect(m_grid, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() >= EntryGridModel::FirstDriveColumn) {
            showProblem({});
            m_model->toggle(index,
                            QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
        }
    });
    // Enter after typing a person's cards: on to the next person's cards.
    connect(m_grid->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                const QModelIndex current = m_grid->currentIndex();
                if (hint != QAbstractItemDelegate::SubmitModelCache ||
                    current.column() != EntryGridModel::EntryColumn ||
                    current.row() + 1 >= m_model->rowCount())
                    return;
                QTimer::singleShot(0, this, [this, row = current.row() + 1] {
                    m_grid->setCurrentIndex(m_model->index(row, EntryGridModel::EntryColumn));
                });
            });
    connect(m_model, &EntryGridModel::refused, this, &EntryGridPage::showProblem);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showProblem({}); });

    m_paste = new QPushButton;
    m_paste->setObjectName(QStringLiteral("entryPaste"));
    connect(m_paste, &QPushButton::clicked, this,
            [this] { pasteText(QApplication::clipboard()->text()); });
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("entryProblem"));
    m_problem->setWordWrap(true);
    ProblemText::style(m_problem, true);
    m_problem->hide();
    m_hint = new QLabel;
    m_hint->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_roundLabel);
    top->addWidget(m_rounds);
    top->addWidget(m_question, 1);
    top->addWidget(m_paste);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_hint);

    connect(m_rounds, &RoundChooser::roundChosen, this, &EntryGridPage::roundChosen);
    retranslate();
    roundChosen();
}

QString EntryGridPage::problem() const
{
    return m_problem->isVisible() || !m_problem->text().isEmpty() ? m_problem->text() : QString();
}

void EntryGridPage::selectRound(const QUuid &roundId)
{
    m_rounds->selectRound(roundId);
}

QUuid EntryGridPage::currentRound() const
{
    return m_rounds->currentRound();
}

void EntryGridPage::roundChosen()
{
    const QUuid roundId = m_rounds->currentRound();
    if (m_model->round() != roundId)
        m_model->setRound(roundId);
    const Round *round = m_document->session().round(roundId);
    m_question->setText(round ? (round->question.isEmpty() ? round->title : round->question)
                              : tr("This session has no rounds yet."));
    if (m_model->rowCount() > 0 && !m_grid->currentIndex().isValid())
        m_grid->setCurrentIndex(m_model->index(0, EntryGridModel::EntryColumn));
    retranslate();
    Q_EMIT roundChanged(roundId);
}

void EntryGridPage::pasteText(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        showProblem(tr("The clipboard holds no rows to paste."));
        return;
    }
    const QStringList problems = m_model->paste(text);
    showProblem(problems.join(u'\n'));
}

bool EntryGridPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_grid->currentIndex();
        if (key->matches(QKeySequence::Paste)) {
            pasteText(QApplication::clipboard()->text());
            return true;
        }
        // Space on a card's cell: as a click.
        if (key->key() == Qt::Key_Space && current.isValid() &&
            current.column() >= EntryGridModel::FirstDriveColumn) {
            showProblem({});
            m_model->toggle(current, key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
        // Digits typed anywhere in a row are that person's cards.
        if (current.isValid() && current.column() != EntryGridModel::EntryColumn &&
            key->text().size() == 1 && (key->text().at(0).isDigit() || key->text() == u"-")) {
            // The view then starts editing the row's cards with this very key.
            m_grid->setCurrentIndex(m_model->index(current.row(), EntryGridModel::EntryColumn));
            return false;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntryGridPage::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    m_problem->setAccessibleName(message);
}

void EntryGridPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EntryGridPage::fitColumns()
{
    // Room for the header in this language, and for what is typed in the cells.
    QHeaderView *header = m_grid->horizontalHeader();
    const QFontMetrics metrics(m_grid->font());
    auto fit = [&](int column, int characters) {
        header->resizeSection(column, qMax(header->sectionSizeHint(column) + 8,
                                           metrics.averageCharWidth() * characters));
    };
    fit(EntryGridModel::NameColumn, 18);
    fit(EntryGridModel::EntryColumn, 16);
    fit(EntryGridModel::CheckColumn, 14);
    for (int id = 1; id <= DriveCount; ++id)
        header->resizeSection(EntryGridModel::columnOf(id), metrics.horizontalAdvance(u'0') * 4);
}

void EntryGridPage::retranslate()
{
    fitColumns();
    m_roundLabel->setText(tr("&Round:"));
    m_rounds->setAccessibleName(tr("Round"));
    m_grid->setAccessibleName(tr("Entry grid"));
    m_paste->setText(tr("&Paste from Spreadsheet"));
    m_paste->setToolTip(tr("Rows with a name first, then the cards (Ctrl+V in the grid)."));
    QString hint = tr("Type a person's cards in their row, most important first in a ranked "
                      "round, “-” before a card for “not me” (3 12 -17); Enter goes to the next "
                      "person. Click a card's cell, or press Space on it, to pick or take back.");
    m_hint->setText(hint);
}

} // namespace DriveDeck
