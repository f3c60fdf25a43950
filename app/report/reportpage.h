#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace DriveDeck {

class SessionDocument;

// What a manager who was not in the room needs, in words: the session, each round's key
// figures (target rounds named as such), and the agreements, following every change. It can be
// copied into an e-mail, and the figures and picks exported for a spreadsheet. Names never
// appear; an anonymous session's picks are exported with aliases.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPage(SessionDocument *document, QWidget *parent = nullptr);

    // The fewest people shown as a profile (Settings › Smallest group).
    void setMinimumGroup(int people);
    QString html() const { return m_html; }
    QString plainText() const;
    // The exports the buttons ask a file name for (tests call them directly).
    bool writeFigures(const QString &path, QString *problem);
    bool writePicks(const QString &path, QString *problem);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    void copySummary();
    void chooseFiguresFile();
    void choosePicksFile();
    QString fileStem() const;

    SessionDocument *m_document;
    int m_minimumGroup = 5;
    bool m_stale = false; // changed while not on screen
    QString m_html;
    QLabel *m_heading = nullptr;
    QTextBrowser *m_view = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_figures = nullptr;
    QPushButton *m_picks = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace DriveDeck
