#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace DriveDeck {

class DeckView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    DeckView *deckView() const { return m_deck; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void switchLanguage(const QString &language);
    void toggleFullScreen();
    void showAbout();

    DeckView *m_deck = nullptr;
    QLabel *m_summary = nullptr;
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
