#include "shell/mainwindow.h"

#include "database/databaseconnector.h"
#include "database/databasedialog.h"
#include "deck/deckview.h"
#include "decks/decklibrary.h"
#include "help/shortcutsdialog.h"
#include "library/librarypage.h"
#include "library/newsessiondialog.h"
#include "library/othersessiondialog.h"
#include "picking/pickingpage.h"
#include "preferences/screenchoice.h"
#include "preferences/settingsdialog.h"
#include "projector/projectorwindow.h"
#include "projector/showpersondialog.h"
#include "settings/settings.h"
#include "shell/outputs.h"
#include "shell/outputscreens.h"
#include "shell/savestatelabel.h"
#include "translator.h"
#include "workshop/samplesession.h"
#include "workshop/sessiondocument.h"
#include "workshop/sessiondocuments.h"
#include "workshop/sessionlibrary.h"
#include "workshop/sessionlistmodel.h"
#include "workshop/taskprogress.h"
#include "workspace/sessionworkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWindow>

namespace DriveDeck {

MainWindow::MainWindow(Settings &settings, const std::optional<DatabaseConfig> &startWith,
                       const std::function<void()> &beforeFirstText, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_library(new SessionLibrary(this))
    , m_documents(new SessionDocuments(this))
    , m_connector(new DatabaseConnector(m_library, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // The database's own list once the first frame is painted (the kept list shows until then).
    m_library->holdListing();
    // A window that is not painted soon (started minimised, on another desktop) lists anyway.
    QTimer::singleShot(std::chrono::seconds(2), this, [this] { m_library->releaseListing(); });
    // Asked for before anything is connected to the connector: its answers arrive as events,
    // once the window below exists; meanwhile the status bar says "connecting".
    if (startWith) {
        m_library->setAuthor(m_settings.facilitatorName());
        m_connector->connectTo(*startWith);
        m_connectingTo = startWith->displayUrl();
    }
    if (beforeFirstText)
        beforeFirstText();

    // The library to start with, the deck to browse the cards (made when first asked for: a
    // start shows the library sooner without it), and the open session's workspace.
    m_pages = new QStackedWidget;
    setCentralWidget(m_pages);

    m_summary = new QLabel;
    statusBar()->addWidget(m_summary);
    m_saveState = new SaveStateLabel;
    statusBar()->addPermanentWidget(m_saveState);
    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_library->setAuthor(m_settings.facilitatorName());
    connect(&m_settings, &Settings::changed, this, &MainWindow::settingChanged);
    connect(m_library, &SessionLibrary::problem, this, [this](const Error &error) {
        showProblem(tr("Sessions not available"), error.message());
    });
    connect(m_connector, &DatabaseConnector::connecting, this, [this](const QString &url) {
        m_connectingTo = url;
        retranslate();
        updateActions();
    });
    connect(m_connector, &DatabaseConnector::connected, this, [this] {
        m_connectingTo.clear();
        retranslate();
        if (m_settingsDialog)
            m_settingsDialog->setDatabaseText(m_databaseLabel->text());
        updateActions();
        Q_EMIT databaseOpened();
    });
    connect(m_connector, &DatabaseConnector::gaveUp, this, [this] {
        m_connectingTo.clear();
        retranslate();
        updateActions();
    });

    createActions();
    // The library page once it is first shown: a start that opens a session goes straight to it.
    connect(m_library->model(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);
    retranslate();
    updateActions();
    // 1280 x 800, or less on a small screen (a beamer at 1024 x 768).
    QSize size(1280, 800);
    if (const QScreen *shown = screen())
        size = size.boundedTo(shown->availableGeometry().size() * 0.95);
    resize(size);
}

MainWindow::~MainWindow()
{
    // The session is let go of, and nothing is shown instead (the library page, made for it,
    // would be built only to be destroyed).
    releaseDocument();
}

PickingPage *MainWindow::pickingPage() const
{
    return m_workspace ? m_workspace->pickingPage() : nullptr;
}

SessionListModel *MainWindow::sessionModel() const
{
    return m_library->model();
}

void MainWindow::openDatabase(const DatabaseConfig &config)
{
    closeDocument();
    m_connector->connectTo(config);
}

LibraryPage *MainWindow::libraryPage()
{
    if (m_libraryPage)
        return m_libraryPage;
    LibraryPage::Actions actions;
    actions.newSession = m_newAction;
    actions.sample = m_sampleAction;
    actions.open = m_openAction;
    actions.duplicate = m_duplicateAction;
    actions.rename = m_renameAction;
    actions.remove = m_deleteAction;
    actions.importSession = m_importAction;
    actions.exportSession = m_exportAction;
    m_libraryPage = new LibraryPage(m_library->model(), actions);
    connect(m_libraryPage, &LibraryPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_libraryPage, &LibraryPage::openRequested, this, &MainWindow::openSession);
    connect(m_libraryPage, &LibraryPage::backRequested, this, &MainWindow::showWorkspace);
    m_pages->addWidget(m_libraryPage);
    return m_libraryPage;
}

void MainWindow::showLibrary()
{
    LibraryPage *page = libraryPage();
    page->setOpenSession(m_document && m_document->isOpen() ? m_document->session().title
                                                            : QString());
    m_pages->setCurrentWidget(page);
    if (m_document)
        page->selectSession(m_document->id());
    page->view()->setFocus();
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Nothing else asked for (a session to open, a file): the library, the keyboard's focus
    // where Qt puts it (the search field, first in the tab order).
    if (!m_pages->currentWidget())
        m_pages->setCurrentWidget(libraryPage());
    QMainWindow::showEvent(event);
}

DeckView *MainWindow::deckView()
{
    if (!m_deck) {
        m_deck = new DeckView;
        auto *scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("deckScrollArea"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(m_deck);
        // A way back in sight, also on a projector: the button, or Escape.
        m_deckBack = new QPushButton;
        m_deckBack->setObjectName(QStringLiteral("deckBack"));
        auto back = [this] {
            if (m_workspace)
                showWorkspace();
            else
                showLibrary();
        };
        connect(m_deckBack, &QPushButton::clicked, this, back);
        m_deckPage = new QWidget;
        auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_deckPage);
        escape->setContext(Qt::WidgetWithChildrenShortcut);
        connect(escape, &QShortcut::activated, this, back);
        auto *bar = new QHBoxLayout;
        bar->setContentsMargins(12, 6, 12, 0);
        bar->addWidget(m_deckBack);
        bar->addStretch(1);
        auto *layout = new QVBoxLayout(m_deckPage);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addLayout(bar);
        layout->addWidget(scroll, 1);
        m_pages->addWidget(m_deckPage);
    }
    return m_deck;
}

void MainWindow::showDeck()
{
    deckView();
    m_deckBack->setText(m_workspace && m_document
                            ? tr("← Back to “%1” (Esc)").arg(m_document->session().title)
                            : tr("← Back to the Sessions (Esc)"));
    m_pages->setCurrentWidget(m_deckPage);
    m_deck->setFocus();
}

void MainWindow::showOpening(const QString &title)
{
    if (!m_openingPage) {
        m_openingPage = new QLabel;
        m_openingPage->setObjectName(QStringLiteral("openingPage"));
        m_openingPage->setAlignment(Qt::AlignCenter);
        m_pages->addWidget(m_openingPage);
    }
    m_openingPage->setText(tr("Opening “%1”…").arg(title));
    m_pages->setCurrentWidget(m_openingPage);
}

void MainWindow::showOnceOpened(std::chrono::milliseconds patience)
{
    if (m_pages->currentWidget() != m_openingPage) {
        show();
        return;
    }
    auto *waiting = new QObject(this);
    auto showNow = [this, waiting] {
        waiting->deleteLater();
        if (!isVisible())
            show();
    };
    connect(m_pages, &QStackedWidget::currentChanged, waiting, showNow);
    QTimer::singleShot(patience, waiting, showNow);
}

void MainWindow::showWorkspace()
{
    if (m_workspace)
        m_pages->setCurrentWidget(m_workspace);
}

void MainWindow::toggleLibrary()
{
    if (m_libraryPage && m_pages->currentWidget() == m_libraryPage && m_workspace)
        showWorkspace();
    else
        showLibrary();
}

QUuid MainWindow::selectedSession() const
{
    return m_libraryPage ? m_libraryPage->selectedSession() : QUuid();
}

void MainWindow::selectSession(const QUuid &id)
{
    // Without the page yet: it selects the open session when it is first shown.
    if (m_libraryPage)
        m_libraryPage->selectSession(id);
}

void MainWindow::updateActions()
{
    const bool haveStore = m_library->isOpen() && !m_connector->isConnecting();
    // The library's actions work on the session selected in the library.
    const bool inLibrary = m_libraryPage && m_pages->currentWidget() == m_libraryPage;
    const bool haveSelection = haveStore && inLibrary && !selectedSession().isNull();
    m_openAction->setEnabled(haveSelection);
    m_newAction->setEnabled(haveStore);
    m_sampleAction->setEnabled(haveStore);
    m_closeAction->setEnabled(m_document != nullptr);
    m_projectorAction->setEnabled(m_workspace != nullptr);
    m_projectorAction->setChecked(m_projector != nullptr);
    m_revealAction->setEnabled(m_projector != nullptr);
    m_revealAction->setChecked(m_projector &&
                               m_projector->phase() == ProjectorWindow::Phase::Reveal);
    m_timerAction->setEnabled(m_projector != nullptr);
    m_showPersonAction->setEnabled(m_projector != nullptr);
    m_showPersonAction->setChecked(m_projector && !m_projector->shownPerson().isNull());
    m_agendaBackAction->setEnabled(m_workspace != nullptr);
    m_agendaNextAction->setEnabled(m_workspace != nullptr);
    m_libraryAction->setEnabled(!inLibrary || m_workspace);
    m_renameAction->setEnabled(haveSelection);
    m_duplicateAction->setEnabled(haveSelection);
    m_importAction->setEnabled(haveStore);
    m_organisationAction->setEnabled(haveStore);
    m_exportAction->setEnabled(haveSelection);
    m_deleteAction->setEnabled(haveSelection);
    m_databaseAction->setEnabled(!m_connector->isConnecting());
    QUndoStack *stack = m_document ? m_document->undoStack() : nullptr;
    m_undoAction->setEnabled(stack && stack->canUndo());
    m_redoAction->setEnabled(stack && stack->canRedo());
    m_undoAction->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                                    : tr("&Undo"));
    m_redoAction->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                                    : tr("&Redo"));
}

void MainWindow::updateTitle()
{
    // The open session names the window, so the facilitator sees which workshop is recorded.
    if (m_document && m_document->isOpen())
        setWindowTitle(tr("%1 — DriveDeck").arg(m_document->session().title));
    else
        setWindowTitle(tr("DriveDeck"));
}

void MainWindow::openFiles(const QStringList &paths)
{
    m_pendingFiles += paths;
    // Handed over from a second start: the facilitator looks for this window now.
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (!m_openingFile)
        openNextFile();
}

void MainWindow::openNextFile()
{
    if (m_pendingFiles.isEmpty()) {
        m_openingFile = false;
        Q_EMIT filesOpened();
        return;
    }
    m_openingFile = true;
    if (!m_library->isOpen()) {
        // Started by a double-click: the database is still opening (or asks for a password).
        connect(m_library, &SessionLibrary::opened, this, &MainWindow::openNextFile,
                Qt::SingleShotConnection);
        return;
    }
    const QString path = m_pendingFiles.takeFirst();
    if (!QFileInfo(path).isFile()) {
        showProblem(tr("Cannot open"),
                    tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
        QMetaObject::invokeMethod(this, &MainWindow::openNextFile, Qt::QueuedConnection);
        return;
    }
    // One import at a time, through the library's queue: a file handed over while another is
    // being read waits its turn.
    connect(
        this, &MainWindow::importFinished, this, [this] { openNextFile(); },
        Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    importFile(path, AfterImport::Open);
}

void MainWindow::importFile(const QString &path, AfterImport after)
{
    if (!m_library->isOpen()) {
        Q_EMIT importFinished(false);
        return;
    }
    statusBar()->showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    // A big file takes seconds to read and save: after a moment a progress dialog shows, with
    // Cancel (nothing is imported then).
    const std::shared_ptr<TaskProgress> progress = TaskProgress::create();
    auto *dialog = new QProgressDialog(this);
    dialog->setObjectName(QStringLiteral("importProgress"));
    dialog->setWindowTitle(tr("Import Session"));
    dialog->setLabelText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    dialog->setAccessibleName(tr("Import progress"));
    dialog->setMinimumDuration(500);
    dialog->setRange(0, 0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, progress.get(), &TaskProgress::cancel);
    connect(progress.get(), &TaskProgress::progressed, dialog,
            [dialog](qint64 done, qint64 total, const QString &stage) {
                dialog->setLabelText(stage + QStringLiteral("…"));
                dialog->setRange(0, total > 0 ? 1000 : 0);
                if (total > 0)
                    dialog->setValue(int(done * 1000 / total));
            });
    auto finish = [this, dialog](bool ok) {
        dialog->deleteLater();
        Q_EMIT importFinished(ok);
    };
    m_library->readFile(
        path,
        [this, progress, dialog, finish, after](const Result<Session> &session,
                                                bool alreadyStored) {
            statusBar()->clearMessage();
            if (session.errorKind() == Error::Kind::Cancelled) {
                finish(false);
                return;
            }
            if (!session) {
                dialog->hide();
                showProblem(tr("Cannot import"), session.errorMessage());
                finish(false);
                return;
            }
            auto saved = [this, dialog, finish, after](const Result<Session> &imported) {
                dialog->hide();
                if (imported.errorKind() == Error::Kind::Cancelled) {
                    statusBar()->showMessage(tr("Import cancelled; nothing was imported."), 8000);
                    finish(false);
                    return;
                }
                if (!imported) {
                    showProblem(tr("Cannot import"), imported.errorMessage());
                    finish(false);
                    return;
                }
                selectSession(imported->id);
                if (after == AfterImport::Open)
                    openSession(imported->id);
                statusBar()->showMessage(tr("Imported “%1”: %n participant(s)", nullptr,
                                            int(imported->participants.size()))
                                             .arg(imported->title),
                                         8000);
                finish(true);
            };
            if (!alreadyStored) {
                m_library->importSession(*session, SessionExchange::WhenExists::ImportCopy, saved,
                                         progress);
                return;
            }
            dialog->hide();
            auto *ask = new QMessageBox(QMessageBox::Question, tr("Session already saved"),
                                        tr("“%1” is already in your sessions.").arg(session->title),
                                        QMessageBox::Cancel, this);
            ask->setAttribute(Qt::WA_DeleteOnClose);
            ask->setInformativeText(
                tr("Replace the saved session with the one in the file, or keep both?"));
            QPushButton *replace = ask->addButton(tr("Replace"), QMessageBox::DestructiveRole);
            QPushButton *copy = ask->addButton(tr("Keep Both"), QMessageBox::AcceptRole);
            ask->setDefaultButton(copy);
            // Opened from outside (a double-click): most often the saved session is wanted.
            QPushButton *open = nullptr;
            if (after == AfterImport::Open) {
                ask->setInformativeText(tr("Open the saved session, replace it with the one in "
                                           "the file, or keep both?"));
                open = ask->addButton(tr("Open the Saved One"), QMessageBox::AcceptRole);
                ask->setDefaultButton(open);
            }
            connect(ask, &QMessageBox::finished, this,
                    [this, ask, replace, copy, open, session = *session, saved, progress, finish] {
                        if (open && ask->clickedButton() == open) {
                            selectSession(session.id);
                            openSession(session.id);
                            finish(true);
                        } else if (ask->clickedButton() == replace)
                            m_library->importSession(session, SessionExchange::WhenExists::Replace,
                                                     saved, progress);
                        else if (ask->clickedButton() == copy)
                            m_library->importSession(
                                session, SessionExchange::WhenExists::ImportCopy, saved, progress);
                        else
                            finish(false);
                    });
            ask->open();
        },
        progress);
}

void MainWindow::exportSession(const QUuid &id, const QString &path)
{
    if (!m_library->isOpen()) {
        Q_EMIT exportFinished(false);
        return;
    }
    m_library->exportSession(id, path, [this, path](const Result<Session> &session) {
        if (!session) {
            showProblem(tr("Cannot export"), session.errorMessage());
            Q_EMIT exportFinished(false);
            return;
        }
        statusBar()->showMessage(
            tr("Saved “%1” to %2").arg(session->title, QDir::toNativeSeparators(path)), 8000);
        Q_EMIT exportFinished(true);
    });
}

void MainWindow::askTitle(const QString &title, const QString &label, const QString &suggestion,
                          std::function<void(const QString &)> then)
{
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(title);
    ask->setLabelText(label);
    ask->setTextValue(suggestion);
    connect(ask, &QInputDialog::textValueSelected, this, [then](const QString &text) {
        if (!text.trimmed().isEmpty())
            then(text.trimmed());
    });
    ask->open();
}

void MainWindow::chooseNewTitle()
{
    const QUuid id = selectedSession();
    const int row = sessionModel()->rowOf(id);
    if (row < 0)
        return;
    askTitle(tr("Rename Session"), tr("New title:"), sessionModel()->sessions().at(row).title,
             [this, id](const QString &title) { renameSession(id, title); });
}

void MainWindow::renameSession(const QUuid &id, const QString &title)
{
    // An open session is renamed through its document (and can be undone there); any other
    // through the library.
    if (SessionDocument *open = m_documents->find(id)) {
        SessionDetails details = SessionDetails::of(open->session());
        details.title = title;
        const Status renamed = open->setDetails(details);
        if (!renamed)
            showProblem(tr("Cannot rename"), renamed.errorMessage());
        Q_EMIT renameFinished(renamed.ok());
        return;
    }
    m_library->rename(id, title, [this](const Result<Session> &renamed) {
        if (!renamed)
            showProblem(tr("Cannot rename"), renamed.errorMessage());
        Q_EMIT renameFinished(renamed.ok());
    });
}

void MainWindow::chooseTemplateTitle()
{
    const QUuid id = selectedSession();
    const int row = sessionModel()->rowOf(id);
    if (row < 0)
        return;
    askTitle(tr("Duplicate as Template"),
             tr("Title of the new session (same people and rounds, no picks):"),
             tr("%1 (next)").arg(sessionModel()->sessions().at(row).title),
             [this, id](const QString &title) { duplicateSession(id, title); });
}

void MainWindow::duplicateSession(const QUuid &id, const QString &title)
{
    m_library->duplicateAsTemplate(id, title, [this](const Result<Session> &copy) {
        if (!copy) {
            showProblem(tr("Cannot duplicate"), copy.errorMessage());
            Q_EMIT sessionCreated(false);
            return;
        }
        selectSession(copy->id);
        Q_EMIT sessionCreated(true);
    });
}

void MainWindow::chooseNewSession()
{
    auto *dialog = new NewSessionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFacilitator(m_settings.facilitatorName());
    dialog->setLanguage(Translations::current());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createSession(dialog->session()); });
    dialog->open();
}

void MainWindow::createSampleSession()
{
    createSession(SampleSession::create());
}

void MainWindow::createSession(const Session &session)
{
    if (!m_library->isOpen()) {
        Q_EMIT sessionCreated(false);
        return;
    }
    m_library->createSession(session, [this](const Result<Session> &created) {
        if (!created) {
            showProblem(tr("Cannot create the session"), created.errorMessage());
            Q_EMIT sessionCreated(false);
            return;
        }
        selectSession(created->id);
        openSession(created->id);
        Q_EMIT sessionCreated(true);
    });
}

void MainWindow::openOnStart(const QString &titleOrId)
{
    // The session in the library's list: once the database is open, the list kept from last
    // time is enough (the session opens while the library lists the database); a session that
    // is not in it is looked for again in the database's own list.
    auto find = [this, titleOrId]() -> bool {
        const QList<SessionSummary> &sessions = sessionModel()->sessions();
        const QString wanted = titleOrId.trimmed();
        const QUuid id = QUuid::fromString(wanted);
        // The start of an id, as the commands take it ("e5464bad"), when it names one session.
        const bool idStart =
            id.isNull() && wanted.size() >= 4 &&
            QRegularExpression(QStringLiteral("^[0-9a-fA-F-]+$")).match(wanted).hasMatch();
        QList<const SessionSummary *> byStart;
        if (idStart) {
            for (const SessionSummary &s : sessions) {
                if (s.id.toString(QUuid::WithoutBraces).startsWith(wanted, Qt::CaseInsensitive))
                    byStart.append(&s);
            }
        }
        const SessionSummary *found = byStart.size() == 1 ? byStart.first() : nullptr;
        for (const SessionSummary &s : sessions) {
            if (found && byStart.size() == 1)
                break;
            const bool matches =
                id.isNull() ? s.title.compare(wanted, Qt::CaseInsensitive) == 0 : s.id == id;
            // Two with one title: the most recent one.
            if (matches && (!found || s.date > found->date))
                found = &s;
        }
        if (!found)
            return false;
        const QUuid chosen = found->id;
        selectSession(chosen);
        openSession(chosen);
        return true;
    };
    auto findOrSay = [this, titleOrId, find] {
        if (find())
            return;
        showLibrary();
        showProblem(tr("Session not found"),
                    tr("There is no session “%1” in this database.").arg(titleOrId));
    };
    // Until then a plain page says what is coming (the library would be painted for nothing).
    showOpening(titleOrId);
    if (m_library->isListed()) {
        findOrSay();
        return;
    }
    auto *once = new QObject(this);
    auto whenOpen = [this, once, find, findOrSay] {
        if (find()) {
            once->deleteLater();
            return;
        }
        connect(m_library, &SessionLibrary::listed, once, [once, findOrSay] {
            once->deleteLater();
            findOrSay();
        });
    };
    if (m_library->isOpen()) {
        whenOpen();
    } else {
        connect(m_library, &SessionLibrary::opened, once, whenOpen, Qt::SingleShotConnection);
        // No database at all: the library says why.
        connect(m_connector, &DatabaseConnector::gaveUp, once, [this, once] {
            once->deleteLater();
            showLibrary();
        });
    }
}

void MainWindow::openSelected()
{
    const QUuid id = selectedSession();
    if (!id.isNull())
        openSession(id);
}

void MainWindow::openSession(const QUuid &id)
{
    if (m_document && m_document->id() == id) {
        showWorkspace();
        return;
    }
    closeDocument();
    SessionDocument *document = m_documents->open(m_library->config(), id, m_library->author());
    m_document = document;
    connect(document, &SessionDocument::opened, this, &MainWindow::updateTitle);
    connect(document, &SessionDocument::detailsChanged, this, &MainWindow::updateTitle);
    connect(document, &SessionDocument::sessionReset, this, &MainWindow::updateTitle);
    connect(document, &SessionDocument::openFailed, this, [this](const Error &error) {
        showProblem(tr("Cannot open the session"), error.message());
        closeDocument();
    });
    connect(document, &SessionDocument::writeFailed, this,
            [this](const Error &error) { statusBar()->showMessage(error.message(), 15000); });
    // Everything saved: the library's list shows the new counts and date. Not when the session
    // has just been read: nothing changed (and at a start with --open the library would list the
    // database while the wall is being painted).
    connect(document, &SessionDocument::saveStateChanged, this,
            [this, justOpened = true](SessionDocument::SaveState state) mutable {
                if (state != SessionDocument::SaveState::Saved)
                    return;
                if (!std::exchange(justOpened, false))
                    m_library->refresh();
            });
    QUndoStack *stack = document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateActions);
    m_saveState->setDocument(document);
    m_workspace = new SessionWorkspace(document);
    m_workspace->setMinimumGroup(m_settings.minimumGroupSize());
    // The projector follows the agenda: the reveal from "Reveal" on.
    connect(m_workspace->agenda(), &AgendaBar::stepChosen, this, [this](AgendaBar::Step step) {
        if (m_projector)
            m_projector->setPhase(AgendaBar::reveals(step) ? ProjectorWindow::Phase::Reveal
                                                           : ProjectorWindow::Phase::Picking);
        updateActions();
    });
    connect(m_workspace, &SessionWorkspace::otherSessionWanted, this,
            &MainWindow::compareWithAnotherSession);
    m_pages->addWidget(m_workspace);
    // The wall once the session is loaded (on the document's thread; a moment on this
    // computer, longer across a slow network): painted once, with the picks. Meanwhile a page
    // says which session is opening.
    if (document->isOpen()) {
        showWorkspace();
    } else {
        const int row = sessionModel()->rowOf(id);
        showOpening(row >= 0 ? sessionModel()->sessions().at(row).title : QString());
        connect(
            document, &SessionDocument::opened, this,
            [this] {
                if (m_pages->currentWidget() == m_openingPage)
                    showWorkspace();
            },
            Qt::SingleShotConnection);
    }
    updateTitle();
    updateActions();
}

void MainWindow::toggleProjector()
{
    if (m_projector) {
        m_projector->close();
        return;
    }
    if (!m_document || !m_workspace)
        return;
    m_projector = new ProjectorWindow(m_document, this);
    m_projector->setAttribute(Qt::WA_DeleteOnClose);
    m_projector->setRound(m_workspace->currentRound());
    if (AgendaBar::reveals(m_workspace->agenda()->step()))
        m_projector->setPhase(ProjectorWindow::Phase::Reveal);
    connect(m_workspace, &SessionWorkspace::roundChanged, m_projector, &ProjectorWindow::setRound);
    connect(m_projector, &ProjectorWindow::shownPersonChanged, this, &MainWindow::updateActions);
    connect(m_projector, &ProjectorWindow::closed, this, [this] {
        m_projector = nullptr;
        updateActions();
    });
    // Full screen on the projector's screen; a window to preview on a single screen.
    QScreen *target = ScreenChoice::projectorFor(m_settings.projectorScreen(), screen());
    if (target && target != screen()) {
        m_projector->setScreen(target);
        m_projector->setGeometry(target->geometry());
        m_projector->showFullScreen();
    } else {
        m_projector->show();
    }
    updateActions();
}

void MainWindow::showPersonOnProjector()
{
    if (!m_projector || !m_document) {
        updateActions();
        return;
    }
    // A second press takes the person's picks off the room's screen.
    if (!m_projector->shownPerson().isNull()) {
        m_projector->showPerson({});
        return;
    }
    auto *dialog = new ShowPersonDialog(m_document->session(), m_projector->round(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_projector)
            return;
        m_projector->showPerson(dialog->person());
        // The picks are seen at the reveal.
        m_projector->setPhase(ProjectorWindow::Phase::Reveal);
        updateActions();
    });
    connect(dialog, &QDialog::finished, this, &MainWindow::updateActions);
    dialog->open();
    updateActions();
}

void MainWindow::closeDocument()
{
    if (!m_document)
        return;
    releaseDocument();
    showLibrary();
    updateTitle();
    updateActions();
}

void MainWindow::releaseDocument()
{
    if (!m_document)
        return;
    if (m_projector)
        m_projector->close();
    m_saveState->setDocument(nullptr);
    if (m_workspace) {
        m_workspace->finishEditing();
        m_pages->removeWidget(m_workspace);
        m_workspace->deleteLater();
        m_workspace = nullptr;
    }
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    m_documents->close(m_document->id());
    m_document.clear();
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
    const int row = sessionModel()->rowOf(id);
    if (row < 0)
        return;
    QString name = sessionModel()->sessions().at(row).title;
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
    const int row = sessionModel()->rowOf(id);
    if (row < 0 || !m_library->isOpen())
        return;
    const SessionSummary s = sessionModel()->sessions().at(row);
    auto *ask = new QMessageBox(
        QMessageBox::Warning, tr("Delete Session"),
        tr("Delete “%1” with its %n participant(s) and all their picks?", nullptr, s.participants)
            .arg(s.title),
        QMessageBox::Cancel, this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setInformativeText(tr("This cannot be undone. Export it first to keep a copy."));
    QPushButton *remove = ask->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    ask->setDefaultButton(QMessageBox::Cancel);
    connect(ask, &QMessageBox::finished, this, [this, ask, remove, id] {
        if (ask->clickedButton() != remove)
            return;
        if (m_document && m_document->id() == id)
            closeDocument();
        m_library->remove(id, [this](const Status &removed) {
            if (!removed)
                showProblem(tr("Cannot delete"), removed.errorMessage());
            Q_EMIT deleteFinished(removed.ok());
        });
    });
    ask->open();
}

void MainWindow::chooseDatabase()
{
    auto *dialog = new DatabaseDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDatabaseUrl(m_settings.databaseUrl());
    dialog->setFacilitatorName(m_settings.facilitatorName());
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { useDatabase(dialog->databaseUrl(), dialog->facilitatorName()); });
    dialog->open();
}

void MainWindow::useDatabase(const QString &url, const QString &facilitatorName)
{
    m_settings.setFacilitatorName(facilitatorName);
    const Result<DatabaseConfig> config =
        url.isEmpty() ? Result<DatabaseConfig>(DatabaseConfig::defaultSqlite())
                      : DatabaseConfig::fromUrl(url);
    if (!config) {
        showProblem(tr("Database not available"), config.errorMessage());
        return;
    }
    // Remember the shared database only once it worked (the fallback is not a choice).
    auto *once = new QObject(this);
    connect(m_connector, &DatabaseConnector::connected, once,
            [this, url, once](const DatabaseConfig &used) {
                m_settings.setDatabaseUrl(used.isPostgres() ? url : QString());
                once->deleteLater();
            });
    connect(m_connector, &DatabaseConnector::gaveUp, once, &QObject::deleteLater);
    openDatabase(*config);
}

void MainWindow::showProblem(const QString &title, const QString &message)
{
    // Shown, not waited for: the window goes on with whatever comes back meanwhile.
    auto *box = new QMessageBox(QMessageBox::Warning, title,
                                message.section(QLatin1Char('\n'), 0, 0), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (message.contains(QLatin1Char('\n')))
        box->setDetailedText(message);
    box->open();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseNewSession);
    m_newAction->setShortcut(QKeySequence::New);
    m_sampleAction = m_fileMenu->addAction(QString(), this, &MainWindow::createSampleSession);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSelected);
    m_openAction->setShortcut(QKeySequence::Open);
    m_renameAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseNewTitle);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_duplicateAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseTemplateTitle);
    m_closeAction = m_fileMenu->addAction(QString(), this, &MainWindow::closeDocument);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_fileMenu->addSeparator();
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

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(QString(), this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(QString(), this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addSeparator();
    m_settingsAction = m_editMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_libraryAction = m_viewMenu->addAction(QString(), this, &MainWindow::toggleLibrary);
    m_libraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_deckAction = m_viewMenu->addAction(QString(), this, &MainWindow::showDeck);
    m_deckAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_organisationAction =
        m_viewMenu->addAction(QString(), this, &MainWindow::showOrganisationProfile);
    m_organisationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_viewMenu->addSeparator();
    // The room's screen, following the round being recorded.
    m_projectorAction = m_viewMenu->addAction(QString(), this, &MainWindow::toggleProjector);
    m_projectorAction->setCheckable(true);
    m_projectorAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_revealAction = m_viewMenu->addAction(QString(), this, [this](bool reveal) {
        if (m_projector)
            m_projector->setPhase(reveal ? ProjectorWindow::Phase::Reveal
                                         : ProjectorWindow::Phase::Picking);
    });
    m_revealAction->setCheckable(true);
    m_revealAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_timerAction = m_viewMenu->addAction(QString(), this, [this] {
        if (m_projector)
            m_projector->restartTimer();
    });
    m_timerAction->setShortcut(QKeySequence(Qt::Key_F7));
    // One person's picks on the projector: only after the facilitator confirms they agreed.
    m_showPersonAction = m_viewMenu->addAction(QString(), this, &MainWindow::showPersonOnProjector);
    m_showPersonAction->setCheckable(true);
    m_showPersonAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    // The workshop's agenda: where the facilitator is, one key on or back.
    m_agendaBackAction = m_viewMenu->addAction(QString(), this, [this] {
        if (m_workspace)
            m_workspace->agenda()->previous();
    });
    m_agendaBackAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_agendaNextAction = m_viewMenu->addAction(QString(), this, [this] {
        if (m_workspace)
            m_workspace->agenda()->next();
    });
    m_agendaNextAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_viewMenu->addSeparator();
    m_fullScreenAction = m_viewMenu->addAction(QString(), this, &MainWindow::toggleFullScreen);
    // The platform's full-screen key where it has one, and F11 everywhere (a projector remote's
    // "full screen" button often sends it).
    QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    if (!fullScreenKeys.contains(QKeySequence(Qt::Key_F11)))
        fullScreenKeys.append(QKeySequence(Qt::Key_F11));
    m_fullScreenAction->setShortcuts(fullScreenKeys);
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
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar()->actions(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    updateTitle();
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Session…"));
    m_sampleAction->setText(tr("Create Sa&mple Session"));
    m_openAction->setText(tr("&Open Session"));
    m_closeAction->setText(tr("&Close Session"));
    m_renameAction->setText(tr("&Rename Session…"));
    m_duplicateAction->setText(tr("Duplicate as &Template…"));
    m_editMenu->setTitle(tr("&Edit"));
    m_settingsAction->setText(tr("&Settings…"));
    m_importAction->setText(tr("&Import Session…"));
    m_exportAction->setText(tr("&Export Session…"));
    m_deleteAction->setText(tr("&Delete Session…"));
    m_databaseAction->setText(tr("Data&base…"));
    m_libraryAction->setText(tr("Session Li&brary"));
    m_projectorAction->setText(tr("&Projector Window"));
    m_revealAction->setText(tr("&Reveal on the Projector"));
    m_timerAction->setText(tr("Restart the Projector &Timer"));
    m_showPersonAction->setText(tr("Show One Person's P&icks…"));
    m_agendaBackAction->setText(tr("Agenda: the Step B&efore"));
    m_agendaNextAction->setText(tr("Agenda: the &Next Step"));
    m_deckAction->setText(tr("Browse the &Cards"));
    m_organisationAction->setText(tr("&Organisation Profile…"));
    const DatabaseConfig &config = m_library->config();
    if (!m_connectingTo.isEmpty())
        m_databaseLabel->setText(tr("Connecting to %1…").arg(m_connectingTo));
    else if (!m_library->isOpen())
        m_databaseLabel->setText(tr("No database"));
    else if (config.isPostgres())
        m_databaseLabel->setText(tr("Shared database: %1").arg(config.displayUrl()));
    else
        m_databaseLabel->setText(tr("On this computer"));
    m_databaseLabel->setToolTip(m_library->isOpen() ? config.displayUrl() : QString());
    updateActions();
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About DriveDeck"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_summary->setText(tr("24 drives in 5 colour domains"));
}

bool MainWindow::event(QEvent *event)
{
    // What the first frame need not wait for, once it is painted and the events already posted
    // are done (a timer of 0 ms): the icon (reading an SVG loads a plugin) and the database's
    // own list of sessions.
    if (event->type() == QEvent::Paint && !m_firstFramePainted) {
        m_firstFramePainted = true;
        auto *later = new QTimer(this);
        later->setSingleShot(true);
        connect(later, &QTimer::timeout, this, [this, later] {
            m_library->releaseListing();
            setWindowIcon(QIcon(QStringLiteral(":/icons/drivedeck.svg")));
            later->deleteLater();
            Q_EMIT firstFramePainted();
        });
        later->start(0);
    }
    return QMainWindow::event(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::switchLanguage(const QString &language)
{
    applyLanguage(language);
    m_settings.setLanguage(language);
}

void MainWindow::applyLanguage(const QString &chosen)
{
    const QString language = chosen.isEmpty() ? Translations::systemLanguage() : chosen;
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
    if (language == Translations::current())
        return;
    Translations::install(language);
    Translations::useLocaleOf(language);
}

void MainWindow::settingChanged(const QString &key)
{
    if (key == Settings::FacilitatorNameKey)
        m_library->setAuthor(m_settings.facilitatorName());
    else if (key == Settings::LanguageKey)
        applyLanguage(m_settings.language());
    else if (key == Settings::MinimumGroupSizeKey && m_workspace)
        m_workspace->setMinimumGroup(m_settings.minimumGroupSize());
}

void MainWindow::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new SettingsDialog(m_settings, m_databaseLabel->text(), this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settingsDialog, &SettingsDialog::databaseChangeRequested, this,
            &MainWindow::chooseDatabase);
    m_settingsDialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Changes still on their way to an unreachable database would be lost on quitting: ask,
    // and close again once the answer is Quit Anyway.
    if (!m_quitConfirmed && m_document && m_document->unsavedChanges() > 0) {
        event->ignore();
        auto *ask = new QMessageBox(QMessageBox::Warning, tr("Changes not saved yet"),
                                    tr("%n change(s) to “%1” have not reached the database yet.",
                                       nullptr, m_document->unsavedChanges())
                                        .arg(m_document->session().title),
                                    QMessageBox::NoButton, this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setInformativeText(m_document->lastError().message());
        QPushButton *wait = ask->addButton(tr("Keep Waiting"), QMessageBox::RejectRole);
        QPushButton *quit = ask->addButton(tr("Quit Anyway"), QMessageBox::DestructiveRole);
        ask->setDefaultButton(wait);
        connect(ask, &QMessageBox::finished, this, [this, ask, quit] {
            if (ask->clickedButton() != quit)
                return;
            m_quitConfirmed = true;
            close();
        });
        ask->open();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::toggleFullScreen()
{
    if (isFullScreen()) {
        showNormal();
        if (!m_geometryBeforeFullScreen.isEmpty())
            restoreGeometry(m_geometryBeforeFullScreen);
    } else {
        m_geometryBeforeFullScreen = saveGeometry();
        // The projector: the screen chosen in the settings, else another screen than this one.
        QScreen *target = ScreenChoice::projectorFor(m_settings.projectorScreen(), screen());
        if (target && target != screen()) {
            if (QWindow *window = windowHandle())
                window->setScreen(target);
            setGeometry(target->availableGeometry());
        }
        showFullScreen();
    }
    m_fullScreenAction->setChecked(isFullScreen());
}

QString MainWindow::photoDeckCredits()
{
    // The photo decks on this computer, with the credit their makers ask for.
    QStringList lines;
    for (const PhotoDeck &deck : DeckLibrary().decks()) {
        const QString credit = deck.credit();
        lines << (credit.isEmpty()
                      ? deck.name.toHtmlEscaped()
                      : tr("%1: %2").arg(deck.name.toHtmlEscaped(), credit.toHtmlEscaped()));
    }
    return lines.isEmpty()
               ? QString()
               : tr("<p><b>Photo decks</b><br>%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About DriveDeck"),
        tr("<h3>DriveDeck %1</h3>"
           "<p>Run in-room workshops on the 24 drives that move people: show the cards, record "
           "each participant's picks and stories, and discuss the team's colour profile.</p>"
           "<p>DriveDeck describes what drives a group, to start a conversation. It is not a "
           "psychological assessment.</p>"
           "<p><b>Credits</b><br>The 24 drives in five colour domains follow the 23plusone "
           "model, from the emotive-branding research of Kim Cramer and Alexander Koene. "
           "DriveDeck's texts are its own; facilitators who hold a licence for a photo deck "
           "load it themselves.</p>"
           "<p>The cards' pictures are Fluent Emoji by Microsoft (MIT licence). The report is "
           "set in DejaVu Sans.</p>"
           "<p>Built with Qt %2, Qt Charts, Boost.Serialization, QuaZip, SQLite and "
           "PostgreSQL.</p>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())) +
            photoDeckCredits());
}

void MainWindow::compareWithAnotherSession()
{
    if (!m_workspace)
        return;
    OtherSessionDialog dialog(sessionModel(), m_workspace->document()->session().id, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenSession().isNull())
        return;
    // Read on the library's thread; the page may be gone (the session closed) by the answer.
    QPointer<SessionWorkspace> workspace = m_workspace;
    m_library->load(dialog.chosenSession(), [this, workspace](const Result<Session> &session) {
        if (!workspace)
            return;
        if (!session) {
            QMessageBox::warning(this, tr("Compare with Another Session"), session.errorMessage());
            return;
        }
        if (ProfileScreen *profile = workspace->profilePage())
            profile->addOtherSession(*session);
    });
}

void MainWindow::showOrganisationProfile()
{
    // One window, kept: its filters stay as they were left while the app runs.
    if (!m_organisation) {
        QString error;
        Outputs *outputs = Outputs::get(&error);
        if (!outputs) {
            showProblem(tr("Organisation Profile"), error);
            return;
        }
        m_organisation =
            outputs->organisationDialog(m_library, m_settings.minimumGroupSize(), this);
        m_organisation->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    m_organisation->setMinimumGroup(m_settings.minimumGroupSize());
    m_organisation->show();
    m_organisation->raise();
    m_organisation->activateWindow();
}

} // namespace DriveDeck
