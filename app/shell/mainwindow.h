#pragma once

#include "domain/session.h"
#include "store/databaseconfig.h"
#include "workshop/sessiondocument.h"

#include <QMainWindow>

#include <chrono>
#include <optional>
#include <QPointer>
#include <QUuid>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace DriveDeck {

class DatabaseConnector;
class DeckView;
class LibraryPage;
class OrganisationScreen;
class ProjectorWindow;
class SettingsDialog;
class PickingPage;
class SessionWorkspace;
class SaveStateLabel;
class SessionDocuments;
class SessionLibrary;
class SessionListModel;
class Settings;

// The window shell: the deck, the saved sessions beside it, the menus, and the open session's
// save state. It never touches the database itself: the library lists, imports, exports and
// deletes on its own thread, and an open session edits through its SessionDocument.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // settings is the process's one Settings; it outlives the window. With startWith, that
    // database is opened first, on the library's thread, while the window is being built.
    // beforeFirstText is called once that is asked for, before any text is measured: a start
    // waits there for the fonts a second core is reading (StartWarmUp), while the database
    // opens on the core the window's thread leaves free.
    explicit MainWindow(Settings &settings, const std::optional<DatabaseConfig> &startWith = {},
                        const std::function<void()> &beforeFirstText = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // The whole deck (View › Browse the Cards), made on first use.
    DeckView *deckView();
    SessionLibrary *library() const { return m_library; }
    SessionListModel *sessionModel() const;
    SessionDocument *document() const { return m_document; }
    SaveStateLabel *saveStateLabel() const { return m_saveState; }
    // The open session's card wall, or nullptr.
    PickingPage *pickingPage() const;
    SessionWorkspace *workspace() const { return m_workspace; }

    // Connects to the database (asking for a password or offering this computer's database
    // when needed); databaseOpened() follows.
    void openDatabase(const DatabaseConfig &config);

    // The steps behind the menu actions, with the file already chosen (tests call these); each
    // returns at once, and importFinished()/exportFinished() follow.
    // What follows an import: the session selected in the library, or opened on its wall.
    enum class AfterImport
    {
        Select,
        Open
    };
    void importFile(const QString &path, AfterImport after = AfterImport::Select);
    // Files given on the command line or handed over by a second start (a double-clicked
    // session file): imported one after the other once the database is open, each opened
    // when it is in; a session already saved opens as saved unless the facilitator chooses to
    // replace it or keep both. filesOpened() follows when the queue is empty.
    void openFiles(const QStringList &paths);
    void exportSession(const QUuid &id, const QString &path);
    // Opens a saved session as the window's document.
    void openSession(const QUuid &id);
    // Opens the session with this title (the most recent of that name) or id once the
    // database is open; says so when there is none (drivedeck --open "Team day").
    void openOnStart(const QString &titleOrId);
    // With a session to open at start: the window appears with it, not with a page saying it
    // is coming, when it is at hand within patience; otherwise then, with that page.
    void showOnceOpened(std::chrono::milliseconds patience);
    // Saves a new session and opens it on the card wall; sessionCreated() follows.
    void createSession(const Session &session);
    void createSampleSession();
    // renameFinished() / sessionCreated() follow.
    void renameSession(const QUuid &id, const QString &title);
    void duplicateSession(const QUuid &id, const QString &title);
    QUuid selectedSession() const;
    void selectSession(const QUuid &id);
    // The whole deck, to browse the cards (View › Browse the Cards).
    void showDeck();

Q_SIGNALS:
    // The first frame is painted and the events posted until then are done.
    void firstFramePainted();
    void databaseOpened();
    void importFinished(bool ok);
    void filesOpened();
    void exportFinished(bool ok);
    void deleteFinished(bool ok);
    void sessionCreated(bool ok);
    void renameFinished(bool ok);

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // The profile page asked for another saved session to compare with.
    void compareWithAnotherSession();
    void showOrganisationProfile();
    void createActions();
    // The session library's page, made when first needed.
    LibraryPage *libraryPage();
    void showLibrary();
    void showWorkspace();
    void showOpening(const QString &title);
    void toggleLibrary();
    void toggleProjector();
    void showPersonOnProjector();
    void retranslate();
    void updateActions();
    void updateTitle();
    void chooseImportFile();
    void openNextFile();
    void chooseExportFile();
    void deleteSelected();
    void chooseDatabase();
    void useDatabase(const QString &url, const QString &facilitatorName);
    void openSelected();
    void chooseNewSession();
    void chooseNewTitle();
    void chooseTemplateTitle();
    void askTitle(const QString &title, const QString &label, const QString &suggestion,
                  std::function<void(const QString &)> then);
    void closeDocument();
    // closeDocument() without showing the library instead.
    void releaseDocument();
    void showProblem(const QString &title, const QString &message);
    void switchLanguage(const QString &language);
    void applyLanguage(const QString &language);
    void settingChanged(const QString &key);
    void showSettings();
    void toggleFullScreen();
    void showAbout();
    static QString photoDeckCredits();

    Settings &m_settings;
    SessionLibrary *m_library = nullptr;
    SessionDocuments *m_documents = nullptr;
    DatabaseConnector *m_connector = nullptr;
    QPointer<SessionDocument> m_document;
    DeckView *m_deck = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_databaseLabel = nullptr;
    SaveStateLabel *m_saveState = nullptr;
    QString m_connectingTo;
    LibraryPage *m_libraryPage = nullptr;
    QWidget *m_deckPage = nullptr;
    QLabel *m_openingPage = nullptr;
    QPushButton *m_deckBack = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_projectorAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_timerAction = nullptr;
    QAction *m_showPersonAction = nullptr;
    QAction *m_agendaBackAction = nullptr;
    QAction *m_agendaNextAction = nullptr;
    QPointer<ProjectorWindow> m_projector;
    QAction *m_settingsAction = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QByteArray m_geometryBeforeFullScreen;
    QAction *m_deckAction = nullptr;
    QAction *m_organisationAction = nullptr;
    OrganisationScreen *m_organisation = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_closeAction = nullptr;
    QStackedWidget *m_pages = nullptr;
    SessionWorkspace *m_workspace = nullptr;
    QAction *m_importAction = nullptr;
    // Files waiting to be opened (openFiles()), and whether one is being opened now.
    QStringList m_pendingFiles;
    bool m_openingFile = false;
    QAction *m_exportAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_databaseAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    bool m_quitConfirmed = false;
    bool m_firstFramePainted = false;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace DriveDeck
