#pragma once

#include "reportwriter/reportoptions.h"
#include "shell/outputscreens.h"

#include <QWidget>

class QBuffer;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPdfDocument;
class QPdfView;
class QScrollArea;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace DriveDeck {

class SessionDocument;

// What a manager who was not in the room reads. The PDF report: what to include (rounds,
// comparisons, appendices, aliases) and its language, beside a live preview of its pages, saved
// and opened in the desktop's viewer. And the summary in words (each round's key figures, target
// rounds named as such, the agreements), to copy into an e-mail, with the figures and picks
// exported for a spreadsheet. Both follow every change to the session. Names never appear in
// the summary; an anonymous session's picks are exported with aliases.
class ReportPage : public ReportScreen
{
    Q_OBJECT

public:
    explicit ReportPage(SessionDocument *document, QWidget *parent = nullptr);

    // The fewest people shown as a profile (Settings › Smallest group).
    void setMinimumGroup(int people) override;
    QString html() const { return m_html; }
    QString plainText() const;
    // The exports the buttons ask a file name for (tests call them directly).
    bool writeFigures(const QString &path, QString *problem);
    bool writePicks(const QString &path, QString *problem);

    // The report as the choices on the page make it.
    ReportOptions reportOptions() const;
    // Writes the report; false with why in problem. Then Open in Viewer opens it.
    bool saveReport(const QString &path, QString *problem);
    QPdfDocument *previewDocument() const { return m_previewDocument; }
    // The pages the preview shows, once worked out (0 before).
    int previewPages() const { return m_previewPages; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    // The rounds and pairs to choose from, keeping what was chosen.
    void buildChoices(bool refreshPreview = true);
    void schedulePreview();
    void updatePreview();
    void chooseReportFile();
    void openSavedReport();
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

    // The report's choices and its preview.
    bool m_previewStale = false;
    bool m_languageChosen = false;
    int m_previewPages = 0;
    QString m_savedReport;
    QTimer *m_previewTimer = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QComboBox *m_zoom = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_roundsLabel = nullptr;
    QListWidget *m_rounds = nullptr;
    QLabel *m_comparisonsLabel = nullptr;
    QListWidget *m_comparisons = nullptr;
    QLabel *m_appendicesLabel = nullptr;
    QCheckBox *m_stories = nullptr;
    QCheckBox *m_grid = nullptr;
    QCheckBox *m_aliases = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_reportStatus = nullptr;
    QPdfDocument *m_previewDocument = nullptr;
    QBuffer *m_previewBuffer = nullptr;
    QPdfView *m_preview = nullptr;
    // The choices beside the preview: as wide as their widest word, never scrolled sideways.
    QScrollArea *m_choicesScroll = nullptr;
};

} // namespace DriveDeck
