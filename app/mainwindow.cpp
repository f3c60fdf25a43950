#include "mainwindow.h"

#include "databasedialog.h"
#include "deckview.h"
#include "sessionexchange.h"
#include "sessionlistmodel.h"
#include "sessionstore.h"
#include "settings.h"
#include "storeopener.h"
#include "translator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace DriveDeck {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/drivedeck.svg")));

    m_deck = new DeckView;
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("deckScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_deck);
    setCentralWidget(scroll);

    m_summary = new QLabel;
    statusBar()->addWidget(m_summary);
    m_databaseLabel = new QLabel;
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_settings = new Settings(this);

    createActions();
    createSessionList();
    retranslate();
    updateActions();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::setStore(std::unique_ptr<SessionStore> store)
{
    m_store = std::move(store);
    if (m_store) {
        const QString name = m_settings->facilitatorName();
        if (!name.isEmpty())
            m_store->setAuthor(name);
    }
    refreshSessions();
    retranslate();
}

void MainWindow::createSessionList()
{
    m_sessionModel = new SessionListModel(this);
    m_sessionView = new QTableView;
    m_sessionView->setObjectName(QStringLiteral("sessionList"));
    m_sessionView->setModel(m_sessionModel);
    m_sessionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessionView->setAlternatingRowColors(true);
    m_sessionView->setShowGrid(false);
    m_sessionView->verticalHeader()->hide();
    m_sessionView->setWordWrap(false);
    m_sessionView->setTextElideMode(Qt::ElideRight);
    m_sessionView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_sessionView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setSectionResizeMode(SessionListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SessionListModel::TeamColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SessionListModel::DateColumn, QHeaderView::ResizeToContents);
    header->resizeSection(SessionListModel::TeamColumn, 90);
    // A narrow panel has room for what tells sessions apart; the counts are in the tooltip.
    m_sessionView->hideColumn(SessionListModel::ParticipantsColumn);
    m_sessionView->hideColumn(SessionListModel::RoundsColumn);
    connect(m_sessionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_sessionModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);

    m_sessionDock = new QDockWidget(this);
    m_sessionDock->setObjectName(QStringLiteral("sessionDock"));
    m_sessionDock->setWidget(m_sessionView);
    m_sessionDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_sessionDock);
    resizeDocks({m_sessionDock}, {320}, Qt::Horizontal);
    m_sessionsAction = m_sessionDock->toggleViewAction();
    m_sessionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_viewMenu->insertAction(m_fullScreenAction, m_sessionsAction);
}

void MainWindow::refreshSessions()
{
    const QUuid selected = selectedSession();
    if (!m_store) {
        m_sessionModel->setSessions({});
        return;
    }
    const auto sessions = m_store->list();
    if (!sessions) {
        showProblem(tr("Sessions not available"), sessions.errorMessage());
        return;
    }
    m_sessionModel->setSessions(*sessions);
    selectSession(selected);
}

QUuid MainWindow::selectedSession() const
{
    const QModelIndexList rows = m_sessionView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QUuid()
                          : m_sessionModel->data(rows.first(), SessionListModel::IdRole).toUuid();
}

void MainWindow::selectSession(const QUuid &id)
{
    const int row = m_sessionModel->rowOf(id);
    if (row < 0)
        return;
    m_sessionView->selectRow(row);
    m_sessionView->scrollTo(m_sessionModel->index(row, 0));
}

void MainWindow::updateActions()
{
    const bool haveStore = m_store != nullptr;
    const bool haveSelection = haveStore && !selectedSession().isNull();
    m_importAction->setEnabled(haveStore);
    m_exportAction->setEnabled(haveSelection);
    m_deleteAction->setEnabled(haveSelection);
}

bool MainWindow::importFile(const QString &path)
{
    if (!m_store)
        return false;
    auto session = SessionExchange::read(path);
    if (!session) {
        showProblem(tr("Cannot import"), session.errorMessage());
        return false;
    }
    SessionExchange::WhenExists whenExists = SessionExchange::WhenExists::ImportCopy;
    if (m_store->contains(session->id)) {
        QMessageBox ask(QMessageBox::Question, tr("Session already saved"),
                        tr("“%1” is already in your sessions.").arg(session->title),
                        QMessageBox::Cancel, this);
        ask.setInformativeText(tr("Replace the saved session with the one in the file, or keep "
                                  "both?"));
        QPushButton *replace = ask.addButton(tr("Replace"), QMessageBox::DestructiveRole);
        QPushButton *copy = ask.addButton(tr("Keep Both"), QMessageBox::AcceptRole);
        ask.setDefaultButton(copy);
        ask.exec();
        if (ask.clickedButton() == replace)
            whenExists = SessionExchange::WhenExists::Replace;
        else if (ask.clickedButton() != copy)
            return false;
    }
    const Status saved = SessionExchange::store(*m_store, session.value(), whenExists);
    if (!saved) {
        showProblem(tr("Cannot import"), saved.errorMessage());
        return false;
    }
    refreshSessions();
    selectSession(session->id);
    statusBar()->showMessage(
        tr("Imported “%1”: %n participant(s)", nullptr, int(session->participants.size()))
            .arg(session->title),
        8000);
    return true;
}

bool MainWindow::exportSession(const QUuid &id, const QString &path)
{
    if (!m_store)
        return false;
    const auto session = m_store->load(id);
    if (!session) {
        showProblem(tr("Cannot export"), session.errorMessage());
        return false;
    }
    const Status written = SessionExchange::write(*session, path);
    if (!written) {
        showProblem(tr("Cannot export"), written.errorMessage());
        return false;
    }
    statusBar()->showMessage(
        tr("Saved “%1” to %2").arg(session->title, QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Session"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Sessions and picks (*.drivedeck *.csv);;DriveDeck sessions (*.drivedeck);;Picks as "
           "CSV (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::chooseExportFile()
{
    const QUuid id = selectedSession();
    const int row = m_sessionModel->rowOf(id);
    if (row < 0)
        return;
    QString name = m_sessionModel->sessions().at(row).title;
    name.replace(QRegularExpression(QStringLiteral("[\\/:*?\"<>|]")), QStringLiteral("-"));
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Session"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(name + QStringLiteral(".drivedeck")),
        tr("DriveDeck session (*.drivedeck);;Picks as CSV (*.csv)"), &selectedFilter);
    if (!path.isEmpty())
        exportSession(id, path);
}

void MainWindow::deleteSelected()
{
    const QUuid id = selectedSession();
    const int row = m_sessionModel->rowOf(id);
    if (row < 0 || !m_store)
        return;
    const SessionSummary &s = m_sessionModel->sessions().at(row);
    QMessageBox ask(
        QMessageBox::Warning, tr("Delete Session"),
        tr("Delete “%1” with its %n participant(s) and all their picks?", nullptr, s.participants)
            .arg(s.title),
        QMessageBox::Cancel, this);
    ask.setInformativeText(tr("This cannot be undone. Export it first to keep a copy."));
    QPushButton *remove = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    const Status removed = m_store->remove(id);
    if (!removed)
        showProblem(tr("Cannot delete"), removed.errorMessage());
    refreshSessions();
}

void MainWindow::chooseDatabase()
{
    DatabaseDialog dialog(this);
    dialog.setDatabaseUrl(m_settings->databaseUrl());
    dialog.setFacilitatorName(m_settings->facilitatorName());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings->setFacilitatorName(dialog.facilitatorName());
    const QString url = dialog.databaseUrl();
    const DatabaseConfig config =
        url.isEmpty() ? DatabaseConfig::defaultSqlite() : *DatabaseConfig::fromUrl(url);
    std::unique_ptr<SessionStore> store = StoreOpener::open(config, this);
    if (!store)
        return;
    // Remember the shared database only once it worked (the fallback is not a choice).
    m_settings->setDatabaseUrl(store->config().isPostgres() ? url : QString());
    setStore(std::move(store));
}

void MainWindow::showProblem(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message.section(QLatin1Char('\n'), 0, 0),
                    QMessageBox::Ok, this);
    if (message.contains(QLatin1Char('\n')))
        box.setDetailedText(message);
    box.exec();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseImportFile);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseExportFile);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_deleteAction = m_fileMenu->addAction(QString(), this, &MainWindow::deleteSelected);
    m_fileMenu->addSeparator();
    m_databaseAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseDatabase);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_fullScreenAction = m_viewMenu->addAction(QString(), this, &MainWindow::toggleFullScreen);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    m_fullScreenAction->setCheckable(true);

    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &language : Translations::availableLanguages()) {
        QAction *action = m_languageMenu->addAction(Translations::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == Translations::current());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { switchLanguage(language); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("DriveDeck"));
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import Session…"));
    m_exportAction->setText(tr("&Export Session…"));
    m_deleteAction->setText(tr("&Delete Session…"));
    m_databaseAction->setText(tr("Data&base…"));
    m_sessionDock->setWindowTitle(tr("Sessions"));
    m_sessionsAction->setText(tr("&Sessions"));
    if (!m_store)
        m_databaseLabel->setText(tr("No database"));
    else if (m_store->config().isPostgres())
        m_databaseLabel->setText(tr("Shared database: %1").arg(m_store->config().displayUrl()));
    else
        m_databaseLabel->setText(tr("Saved on this computer"));
    m_databaseLabel->setToolTip(m_store ? m_store->config().displayUrl() : QString());
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About DriveDeck"));
    m_summary->setText(tr("24 drives in 5 colour domains"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::switchLanguage(const QString &language)
{
    Translations::install(language);
}

void MainWindow::toggleFullScreen()
{
    // Full screen is the projector view: the deck alone, the session list out of the way.
    if (isFullScreen()) {
        showNormal();
        m_sessionDock->setVisible(m_sessionsWereVisible);
    } else {
        m_sessionsWereVisible = m_sessionDock->isVisible();
        m_sessionDock->hide();
        showFullScreen();
    }
    m_fullScreenAction->setChecked(isFullScreen());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About DriveDeck"),
        tr("<h3>DriveDeck %1</h3>"
           "<p>Run in-room workshops on the 24 drives that move people: show the cards, record "
           "each participant's picks and stories, and discuss the team's colour profile.</p>"
           "<p>DriveDeck describes what drives a group, to start a conversation. It is not a "
           "psychological assessment.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace DriveDeck
