#pragma once

#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace DriveDeck {

class SessionListModel;

// The start screen: every saved session with title, team, date, people, rounds and tags, a
// search that filters as you type, and the library's actions as buttons. When nothing is saved
// yet (or the search finds nothing) it says so and offers the way on.
class LibraryPage : public QWidget
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *newSession = nullptr;
        QAction *sample = nullptr;
        QAction *open = nullptr;
        QAction *duplicate = nullptr;
        QAction *rename = nullptr;
        QAction *remove = nullptr;
        QAction *importSession = nullptr;
        QAction *exportSession = nullptr;
    };

    LibraryPage(SessionListModel *model, const Actions &actions, QWidget *parent = nullptr);

    QUuid selectedSession() const;
    // False when the session is not listed or the search hides it.
    bool selectSession(const QUuid &id);
    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    // The session open in the workspace, offered as "Back to …"; empty when none is open.
    void setOpenSession(const QString &title);

Q_SIGNALS:
    void selectionChanged();
    void openRequested(const QUuid &id);
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmptyState();
    void fitColumns();

    SessionListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_heading = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_body = nullptr;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyNew = nullptr;
    QPushButton *m_emptySample = nullptr;
    QPushButton *m_back = nullptr;
    QString m_openTitle;
    QList<QToolButton *> m_buttons;
};

} // namespace DriveDeck
