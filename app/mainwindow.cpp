#include "mainwindow.h"

#include "deckview.h"
#include "translator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QStatusBar>

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

    createActions();
    retranslate();
    resize(1280, 800);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
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
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
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
