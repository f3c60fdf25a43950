#pragma once

#include <QMainWindow>
#include <QUuid>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTableView;

namespace DriveDeck {

class DeckView;
class SessionListModel;
class SessionStore;
class Settings;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DeckView *deckView() const { return m_deck; }
    SessionListModel *sessionModel() const { return m_sessionModel; }
    SessionStore *store() const { return m_store.get(); }
    // Where sessions are saved; the window lists them and imports and exports through it.
    void setStore(std::unique_ptr<SessionStore> store);

    // The steps behind the menu actions, with the file already chosen (tests call these).
    bool importFile(const QString &path);
    bool exportSession(const QUuid &id, const QString &path);
    QUuid selectedSession() const;
    void selectSession(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createSessionList();
    void retranslate();
    void refreshSessions();
    void updateActions();
    void chooseImportFile();
    void chooseExportFile();
    void deleteSelected();
    void chooseDatabase();
    void showProblem(const QString &title, const QString &message);
    void switchLanguage(const QString &language);
    void toggleFullScreen();
    void showAbout();

    DeckView *m_deck = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_databaseLabel = nullptr;
    std::unique_ptr<SessionStore> m_store;
    Settings *m_settings = nullptr;
    SessionListModel *m_sessionModel = nullptr;
    QTableView *m_sessionView = nullptr;
    QDockWidget *m_sessionDock = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_databaseAction = nullptr;
    QAction *m_sessionsAction = nullptr;
    bool m_sessionsWereVisible = true;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace DriveDeck
