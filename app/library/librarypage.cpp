#include "library/librarypage.h"

#include "workshop/sessionlistmodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace DriveDeck {

LibraryPage::LibraryPage(SessionListModel *model, const Actions &actions, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("libraryPage"));
    // Search and sort in a proxy: the library's model stays in the store's order.
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(SessionListModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SessionListModel::SortRole);

    m_heading = new QLabel;
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("sessionSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateEmptyState();
    });
    m_back = new QPushButton;
    m_back->setObjectName(QStringLiteral("backToSession"));
    m_back->hide();
    connect(m_back, &QPushButton::clicked, this, &LibraryPage::backRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_back);
    top->addSpacing(12);
    top->addWidget(m_search);

    // The library's actions as buttons: they follow the actions' text and enabled state.
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    const QList<QAction *> shown = {
        actions.newSession,   actions.sample, actions.open, actions.duplicate,
        actions.rename,       actions.remove, nullptr,      actions.importSession,
        actions.exportSession};
    for (QAction *action : shown) {
        if (!action) {
            buttons->addSpacing(16);
            continue;
        }
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(false);
        buttons->addWidget(button);
        m_buttons.append(button);
    }
    buttons->addStretch(1);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("sessionList"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(SessionListModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setSectionResizeMode(SessionListModel::TitleColumn, QHeaderView::Stretch);
    // Widths from the font, not from measuring every row: with 1,000 sessions, columns sized
    // to their contents would lay out every cell's text on each change (fitColumns).
    for (int column = 0; column < SessionListModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->setSectionResizeMode(SessionListModel::TitleColumn, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LibraryPage::selectionChanged);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(SessionListModel::IdRole).toUuid());
    });

    // Nothing to list: say so, and offer the way on.
    m_empty = new QWidget;
    // Plain text in two labels, not rich text: no text document to lay out at every start.
    m_emptyTitle = new QLabel;
    m_emptyTitle->setObjectName(QStringLiteral("libraryEmptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyText = new QLabel;
    m_emptyText->setObjectName(QStringLiteral("libraryEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyNew = new QPushButton;
    connect(m_emptyNew, &QPushButton::clicked, actions.newSession, &QAction::trigger);
    m_emptySample = new QPushButton;
    connect(m_emptySample, &QPushButton::clicked, actions.sample, &QAction::trigger);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(m_emptyNew);
    emptyButtons->addWidget(m_emptySample);
    emptyButtons->addStretch(1);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addSpacing(12);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);

    m_body = new QStackedWidget;
    m_body->addWidget(m_view);
    m_body->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_body, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &LibraryPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LibraryPage::updateEmptyState);
    connect(model, &SessionListModel::knownChanged, this, &LibraryPage::updateEmptyState);
    retranslate();
    updateEmptyState();
}

QUuid LibraryPage::selectedSession() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QUuid() : rows.first().data(SessionListModel::IdRole).toUuid();
}

bool LibraryPage::selectSession(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid())
        return false; // hidden by the search
    m_view->selectRow(shown.row());
    m_view->scrollTo(shown);
    return true;
}

void LibraryPage::setOpenSession(const QString &title)
{
    m_openTitle = title;
    m_back->setVisible(!title.isEmpty());
    retranslate();
}

void LibraryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LibraryPage::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics(m_view->font());
    const int padding = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    auto fit = [&](int column, const QString &widest) {
        header->resizeSection(column, qMax(header->sectionSizeHint(column),
                                           metrics.horizontalAdvance(widest) + padding));
    };
    // The widest date of the year in this language, and three-digit counts.
    fit(SessionListModel::DateColumn,
        QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat));
    fit(SessionListModel::ParticipantsColumn, QStringLiteral("000"));
    fit(SessionListModel::RoundsColumn, QStringLiteral("000"));
    header->resizeSection(SessionListModel::TeamColumn, metrics.averageCharWidth() * 24);
    header->resizeSection(SessionListModel::TagsColumn, metrics.averageCharWidth() * 28);
}

void LibraryPage::updateEmptyState()
{
    // Until the list is known (a moment at start), the empty table, not "No sessions yet".
    const bool nothingSaved = m_model->isKnown() && m_model->rowCount() == 0;
    const bool nothingFound = m_model->rowCount() > 0 && m_proxy->rowCount() == 0;
    m_body->setCurrentWidget(nothingSaved || nothingFound ? m_empty : m_view);
    m_emptyNew->setVisible(nothingSaved);
    m_emptySample->setVisible(nothingSaved);
    if (nothingSaved) {
        m_emptyTitle->setText(tr("No sessions yet"));
        m_emptyText->setText(tr("Create a session for your next workshop, or explore the sample "
                                "session:\neight people, two rounds and their stories."));
    } else if (nothingFound) {
        m_emptyTitle->setText(tr("No session matches “%1”").arg(m_search->text()));
        m_emptyText->setText(tr("The search looks in titles, teams and tags."));
    }
}

void LibraryPage::retranslate()
{
    m_heading->setText(tr("Sessions"));
    m_search->setPlaceholderText(tr("Search title, team or tag"));
    m_search->setAccessibleName(tr("Search sessions"));
    m_view->setAccessibleName(tr("Saved sessions"));
    m_emptyNew->setText(tr("New Session…"));
    m_emptySample->setText(tr("Create Sample Session"));
    m_back->setText(tr("Back to “%1”").arg(m_openTitle));
    m_back->setAccessibleName(m_back->text());
    fitColumns();
    updateEmptyState();
}

} // namespace DriveDeck
