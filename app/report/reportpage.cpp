#include "report/reportpage.h"

#include "io/privatefile.h"

#include "domain/catalogue.h"
#include "io/pickscsv.h"
#include "io/profileexport.h"
#include "profile/keyfigures.h"
#include "profile/profile.h"
#include "reportwriter/pdfreport.h"
#include "translator.h"
#include "workshop/sessiondocument.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace DriveDeck {

namespace {

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *problem)
{
    // Written whole or not at all: a full disk never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFile::restrict(file) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        if (problem)
            *problem = ReportPage::tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

ReportPage::ReportPage(SessionDocument *document, QWidget *parent)
    : ReportScreen(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("reportPage"));
    m_heading = new QLabel;
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_view = new QTextBrowser;
    m_view->setObjectName(QStringLiteral("reportText"));
    m_view->setOpenLinks(false);
    m_copy = new QPushButton;
    connect(m_copy, &QPushButton::clicked, this, &ReportPage::copySummary);
    m_figures = new QPushButton;
    connect(m_figures, &QPushButton::clicked, this, &ReportPage::chooseFiguresFile);
    m_picks = new QPushButton;
    connect(m_picks, &QPushButton::clicked, this, &ReportPage::choosePicksFile);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);

    // The report's choices, left of its preview.
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    for (const QString &code : Translations::availableLanguages())
        m_language->addItem(Translations::nativeName(code), code);
    m_languageLabel = new QLabel;
    m_languageLabel->setBuddy(m_language);
    m_rounds = new QListWidget;
    m_rounds->setObjectName(QStringLiteral("reportRounds"));
    m_roundsLabel = new QLabel;
    m_roundsLabel->setBuddy(m_rounds);
    m_comparisons = new QListWidget;
    m_comparisons->setObjectName(QStringLiteral("reportComparisons"));
    m_comparisonsLabel = new QLabel;
    m_comparisonsLabel->setBuddy(m_comparisons);
    for (QListWidget *list : {m_rounds, m_comparisons}) {
        list->setUniformItemSizes(true);
        list->setMaximumHeight(list->fontMetrics().height() * 7);
    }
    m_appendicesLabel = new QLabel;
    m_stories = new QCheckBox;
    m_stories->setObjectName(QStringLiteral("reportStories"));
    m_grid = new QCheckBox;
    m_grid->setObjectName(QStringLiteral("reportGrid"));
    m_aliases = new QCheckBox;
    m_aliases->setObjectName(QStringLiteral("reportAliases"));
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("saveReport"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ReportPage::chooseReportFile);
    m_open = new QPushButton;
    m_open->setObjectName(QStringLiteral("openReport"));
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, &ReportPage::openSavedReport);
    m_reportStatus = new QLabel;
    m_reportStatus->setObjectName(QStringLiteral("reportFileStatus"));
    m_reportStatus->setWordWrap(true);
    m_reportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *choices = new QWidget;
    auto *choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 6, 0);
    choicesLayout->addWidget(m_languageLabel);
    choicesLayout->addWidget(m_language);
    choicesLayout->addWidget(m_roundsLabel);
    choicesLayout->addWidget(m_rounds);
    choicesLayout->addWidget(m_comparisonsLabel);
    choicesLayout->addWidget(m_comparisons);
    choicesLayout->addWidget(m_appendicesLabel);
    choicesLayout->addWidget(m_stories);
    choicesLayout->addWidget(m_grid);
    choicesLayout->addWidget(m_aliases);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_open);
    saveRow->addStretch(1);
    choicesLayout->addSpacing(8);
    choicesLayout->addLayout(saveRow);
    choicesLayout->addWidget(m_reportStatus);
    choicesLayout->addStretch(1);
    m_zoom = new QComboBox;
    m_zoom->setObjectName(QStringLiteral("reportZoom"));
    m_zoomLabel = new QLabel;
    m_zoomLabel->setBuddy(m_zoom);
    choicesLayout->insertWidget(0, m_zoom);
    choicesLayout->insertWidget(0, m_zoomLabel);
    auto *choicesScroll = new QScrollArea;
    choicesScroll->setWidget(choices);
    choicesScroll->setWidgetResizable(true);
    choicesScroll->setFrameShape(QFrame::NoFrame);
    choicesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    choicesScroll->setMinimumWidth(280);
    m_choicesScroll = choicesScroll;

    m_previewDocument = new QPdfDocument(this);
    m_preview = new QPdfView;
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setDocument(m_previewDocument);
    m_preview->setPageMode(QPdfView::PageMode::MultiPage);
    // A whole page at a time, as the manager will turn them; Page Width to read the small print.
    m_preview->setZoomMode(QPdfView::ZoomMode::FitInView);
    m_preview->setPageSpacing(12);
    m_preview->setDocumentMargins(QMargins(12, 12, 12, 12));
    m_preview->setBackgroundRole(QPalette::Dark);
    m_preview->setFocusPolicy(Qt::StrongFocus);

    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_preview->setZoomMode(index == 1 ? QPdfView::ZoomMode::FitToWidth
                                          : QPdfView::ZoomMode::FitInView);
    });

    auto *summary = new QWidget;
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_figures);
    buttons->addWidget(m_picks);
    buttons->addWidget(m_status, 1);
    summaryLayout->addLayout(buttons);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(m_preview, QString());
    m_tabs->addTab(summary, QString());

    auto *splitter = new QSplitter;
    splitter->addWidget(choicesScroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);

    // A choice changed: the preview follows once the clicking stops.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportPage::updatePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportPage::schedulePreview);
    connect(m_rounds, &QListWidget::itemChanged, this, &ReportPage::schedulePreview);
    connect(m_comparisons, &QListWidget::itemChanged, this, &ReportPage::schedulePreview);
    for (QCheckBox *box : {m_stories, m_grid, m_aliases})
        connect(box, &QCheckBox::toggled, this, &ReportPage::schedulePreview);

    // Many changes in a row (a whole round typed in) redraw the text once.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &ReportPage::refresh);
    // Not on screen: nothing is worked out until it is shown again (the wall stays quick).
    auto schedule = [this, later] {
        if (isVisible())
            later->start();
        else
            m_stale = true;
        schedulePreview();
    };
    // New, renamed or removed rounds change what there is to choose.
    connect(document, &SessionDocument::opened, this, [this] { buildChoices(); });
    connect(document, &SessionDocument::sessionReset, this, [this] { buildChoices(); });
    connect(document, &SessionDocument::detailsChanged, this, [this] { buildChoices(); });
    connect(document, &SessionDocument::roundInserted, this, [this] { buildChoices(); });
    connect(document, &SessionDocument::roundRemoved, this, [this] { buildChoices(); });
    connect(document, &SessionDocument::roundChanged, this, [this] { buildChoices(); });
    connect(document, &SessionDocument::opened, this, schedule);
    connect(document, &SessionDocument::sessionReset, this, schedule);
    connect(document, &SessionDocument::detailsChanged, this, schedule);
    connect(document, &SessionDocument::participantInserted, this, schedule);
    connect(document, &SessionDocument::participantRemoved, this, schedule);
    connect(document, &SessionDocument::participantChanged, this, schedule);
    connect(document, &SessionDocument::roundInserted, this, schedule);
    connect(document, &SessionDocument::roundRemoved, this, schedule);
    connect(document, &SessionDocument::roundChanged, this, schedule);
    connect(document, &SessionDocument::agreementInserted, this, schedule);
    connect(document, &SessionDocument::agreementRemoved, this, schedule);
    connect(document, &SessionDocument::agreementChanged, this, schedule);
    connect(document, &SessionDocument::pickAdded, this, schedule);
    connect(document, &SessionDocument::pickRemoved, this, schedule);
    connect(document, &SessionDocument::pickChanged, this, schedule);
    retranslate();
}

void ReportPage::setMinimumGroup(int people)
{
    if (m_minimumGroup == people)
        return;
    m_minimumGroup = people;
    refresh();
    schedulePreview();
}

QString ReportPage::plainText() const
{
    QTextDocument text;
    text.setHtml(m_html);
    return text.toPlainText();
}

void ReportPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    if (m_previewStale || m_previewPages == 0)
        schedulePreview();
    QWidget::showEvent(event);
}

void ReportPage::refresh()
{
    m_stale = false;
    const Session &session = m_document->session();
    const QLocale locale;
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(session.title));
    QStringList facts;
    if (!session.team.isEmpty())
        facts << tr("Team: %1").arg(esc(session.team));
    if (session.date.isValid())
        facts << tr("Date: %1").arg(locale.toString(session.date, QLocale::LongFormat));
    if (!session.facilitator.isEmpty())
        facts << tr("Facilitator: %1").arg(esc(session.facilitator));
    facts << tr("%n participant(s)", nullptr, int(session.participants.size()));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));

    if (session.rounds.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("This session has no rounds yet."));
    for (const Round &round : session.rounds) {
        const QString heading =
            round.target ? tr("Target profile: %1").arg(esc(round.title)) : esc(round.title);
        html += QStringLiteral("<h3>%1</h3>").arg(heading);
        if (!round.question.isEmpty() && round.question != round.title)
            html += QStringLiteral("<p><i>%1</i></p>").arg(esc(round.question));
        html += QStringLiteral("<ul>");
        // A target round is one voice (the brand's): the group-size rule is for people.
        const int minimum = round.target ? 1 : m_minimumGroup;
        for (const QString &sentence :
             KeyFigures::sentences(Profile::ofRound(session, round.id), minimum))
            html += QStringLiteral("<li>%1</li>").arg(esc(sentence));
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Agreements"));
    if (session.agreements.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No agreements written down yet."));
    } else {
        html += QStringLiteral("<ol>");
        for (const Agreement &agreement : session.agreements) {
            QStringList who;
            if (!agreement.owner.isEmpty())
                who << tr("owner: %1").arg(esc(agreement.owner));
            if (agreement.due.isValid())
                who << tr("due %1").arg(locale.toString(agreement.due, QLocale::ShortFormat));
            html += QStringLiteral("<li>%1%2</li>")
                        .arg(esc(agreement.text),
                             who.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (%1)").arg(who.join(QStringLiteral(", "))));
        }
        html += QStringLiteral("</ol>");
    }
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(tr("Picks and stories are not linked to names here. This describes what "
                        "drives the group, to start a conversation; it is not a psychological "
                        "assessment."));
    m_html = html;
    m_view->setHtml(html);
    m_view->setAccessibleDescription(plainText());
}

void ReportPage::copySummary()
{
    auto *data = new QMimeData;
    data->setHtml(m_html);
    data->setText(plainText());
    QApplication::clipboard()->setMimeData(data);
    m_status->setText(tr("Summary copied: paste it into an e-mail or a document."));
}

QString ReportPage::fileStem() const
{
    QString name = m_document->session().title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}

bool ReportPage::writeFigures(const QString &path, QString *problem)
{
    // Every round's figures; a round with fewer people than the smallest group is listed
    // without them, as on screen.
    const Session &session = m_document->session();
    QJsonArray rounds;
    for (const Round &round : session.rounds) {
        const Profile profile = Profile::ofRound(session, round.id);
        const int minimum = round.target ? 1 : m_minimumGroup;
        ProfileExport::Subject subject;
        subject.sessionId = session.id.toString(QUuid::WithoutBraces);
        subject.sessionTitle = session.title;
        subject.round = round.title;
        QJsonObject entry;
        if (profile.respondents() >= minimum) {
            entry = ProfileExport::profileJson(profile, subject);
        } else {
            entry[QStringLiteral("round")] = round.title;
            entry[QStringLiteral("participants")] = qint64(profile.respondents());
            entry[QStringLiteral("withheld")] = QStringLiteral("fewer than %1 people").arg(minimum);
        }
        entry[QStringLiteral("target")] = round.target;
        rounds.append(entry);
    }
    QJsonObject all;
    all[QStringLiteral("session")] = session.title;
    all[QStringLiteral("minimumGroup")] = m_minimumGroup;
    all[QStringLiteral("rounds")] = rounds;
    return writeAtomically(path, ProfileExport::toBytes(all), problem);
}

bool ReportPage::writePicks(const QString &path, QString *problem)
{
    return writeAtomically(path, PicksCsv::write(m_document->session()), problem);
}

void ReportPage::chooseFiguresFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Key Figures"), fileStem() + QStringLiteral(" - figures.json"),
        tr("Key figures as JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString problem;
    m_status->setText(writeFigures(path, &problem)
                          ? tr("Key figures saved to %1").arg(QDir::toNativeSeparators(path))
                          : problem);
}

void ReportPage::choosePicksFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Picks"),
                                                      fileStem() + QStringLiteral(" - picks.csv"),
                                                      tr("Picks as CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString problem;
    m_status->setText(writePicks(path, &problem)
                          ? tr("Picks saved to %1").arg(QDir::toNativeSeparators(path))
                          : problem);
}

void ReportPage::buildChoices(bool refreshPreview)
{
    const Session &session = m_document->session();
    // The choices made so far stay; a new round is in, a new pair of rounds only when it is
    // one a facilitator usually compares.
    QHash<QString, bool> chosen;
    for (QListWidget *list : {m_rounds, m_comparisons}) {
        for (int row = 0; row < list->count(); ++row) {
            const QListWidgetItem *item = list->item(row);
            chosen.insert(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
        }
    }
    const ReportOptions usual = ReportOptions::defaultsFor(session);
    const QSignalBlocker roundsQuiet(m_rounds);
    const QSignalBlocker comparisonsQuiet(m_comparisons);
    const QSignalBlocker languageQuiet(m_language);
    const QSignalBlocker aliasesQuiet(m_aliases);
    m_rounds->clear();
    m_comparisons->clear();
    auto nameOf = [](const Round &round) {
        return round.target ? tr("%1 (target)").arg(round.title) : round.title;
    };
    for (const Round &round : session.rounds) {
        auto *item = new QListWidgetItem(nameOf(round), m_rounds);
        const QString key = round.id.toString(QUuid::WithoutBraces);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(chosen.value(key, true) ? Qt::Checked : Qt::Unchecked);
    }
    for (qsizetype a = 0; a < session.rounds.size(); ++a) {
        for (qsizetype b = a + 1; b < session.rounds.size(); ++b) {
            const Round &from = session.rounds.at(a);
            const Round &to = session.rounds.at(b);
            const QString key = from.id.toString(QUuid::WithoutBraces) + u':' +
                                to.id.toString(QUuid::WithoutBraces);
            auto *item =
                new QListWidgetItem(tr("%1 → %2").arg(nameOf(from), nameOf(to)), m_comparisons);
            item->setData(Qt::UserRole, key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            const bool usually = usual.comparisons.contains(RoundPair{from.id, to.id});
            item->setCheckState(chosen.value(key, usually) ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (m_comparisons->count() == 0) {
        auto *none = new QListWidgetItem(tr("Two rounds are needed to compare."), m_comparisons);
        none->setFlags(Qt::NoItemFlags);
    }
    // The report starts in the language the cards were shown in; the window's is another matter.
    if (!m_languageChosen && m_document->isOpen()) {
        m_language->setCurrentIndex(std::max(0, m_language->findData(usual.language)));
        m_languageChosen = true;
    }
    // An anonymous session is reported with aliases, whatever is ticked here.
    m_aliases->setEnabled(!session.anonymous);
    if (session.anonymous)
        m_aliases->setChecked(true);
    m_aliases->setToolTip(session.anonymous
                              ? tr("This session is anonymous: its report always uses aliases.")
                              : tr("Aliases instead of names in the appendix, and in place of "
                                   "any name in the stories and agreements."));
    if (refreshPreview)
        schedulePreview();
}

ReportOptions ReportPage::reportOptions() const
{
    const Session &session = m_document->session();
    ReportOptions options;
    options.language = m_language->currentData().toString();
    for (int row = 0; row < m_rounds->count(); ++row) {
        const QListWidgetItem *item = m_rounds->item(row);
        if (item->checkState() == Qt::Checked)
            options.rounds.append(QUuid::fromString(item->data(Qt::UserRole).toString()));
    }
    for (int row = 0; row < m_comparisons->count(); ++row) {
        const QListWidgetItem *item = m_comparisons->item(row);
        const QStringList ids = item->data(Qt::UserRole).toString().split(u':');
        if (item->checkState() == Qt::Checked && ids.size() == 2)
            options.comparisons.append(
                {QUuid::fromString(ids.first()), QUuid::fromString(ids.last())});
    }
    options.stories = m_stories->isChecked();
    options.pickGrid = m_grid->isChecked();
    options.anonymous = session.anonymous || m_aliases->isChecked();
    options.minimumGroup = m_minimumGroup;
    return options;
}

void ReportPage::schedulePreview()
{
    if (isVisible())
        m_previewTimer->start();
    else
        m_previewStale = true;
}

void ReportPage::updatePreview()
{
    m_previewStale = false;
    if (!m_document->isOpen())
        return;
    int pages = 0;
    const QByteArray bytes = PdfReport::write(m_document->session(), reportOptions(), &pages);
    // The same page stays in view while the choices change.
    const int page = m_preview->pageNavigator()->currentPage();
    auto *buffer = new QBuffer(this);
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    m_previewDocument->load(buffer);
    if (m_previewBuffer)
        m_previewBuffer->deleteLater();
    m_previewBuffer = buffer;
    m_previewPages = pages;
    if (page > 0 && pages > 0)
        m_preview->pageNavigator()->jump(std::min(page, pages - 1), QPointF(), 0);
    m_preview->setAccessibleDescription(tr("Preview of the report, %n page(s).", nullptr, pages));
    m_tabs->setTabText(0, tr("Previe&w (%n page(s))", nullptr, pages));
}

bool ReportPage::saveReport(const QString &path, QString *problem)
{
    int pages = 0;
    if (!PdfReport::save(m_document->session(), reportOptions(), path, problem, &pages))
        return false;
    m_savedReport = path;
    m_open->setEnabled(true);
    m_reportStatus->setText(
        tr("Report saved to %1 (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportPage::chooseReportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Report"), fileStem() + tr(" - report") + QStringLiteral(".pdf"),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString problem;
    if (!saveReport(path, &problem))
        m_reportStatus->setText(problem);
}

void ReportPage::openSavedReport()
{
    if (!m_savedReport.isEmpty() && !QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedReport)))
        m_reportStatus->setText(tr("No program to show PDF documents was found. The report "
                                   "is in %1.")
                                    .arg(QDir::toNativeSeparators(m_savedReport)));
}

void ReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ReportPage::retranslate()
{
    // Only the words: the report's own language is chosen on the page, so the preview stays.
    m_heading->setText(tr("Report for managers"));
    m_tabs->setTabText(0, m_previewPages > 0 ? tr("Previe&w (%n page(s))", nullptr, m_previewPages)
                                             : tr("Previe&w"));
    m_tabs->setTabText(1, tr("S&ummary"));
    m_preview->setAccessibleName(tr("Report preview"));
    m_zoomLabel->setText(tr("&Zoom:"));
    m_zoom->setAccessibleName(tr("Preview zoom"));
    {
        const QSignalBlocker quiet(m_zoom);
        const int zoom = std::max(0, m_zoom->currentIndex());
        m_zoom->clear();
        m_zoom->addItems({tr("Whole page"), tr("Page width")});
        m_zoom->setCurrentIndex(zoom);
    }
    m_languageLabel->setText(tr("Report &language:"));
    m_language->setAccessibleName(tr("Report language"));
    m_roundsLabel->setText(tr("&Rounds:"));
    m_rounds->setAccessibleName(tr("Rounds in the report"));
    m_comparisonsLabel->setText(tr("Co&mparisons:"));
    m_comparisons->setAccessibleName(tr("Comparisons in the report"));
    m_appendicesLabel->setText(tr("Appendices:"));
    m_stories->setText(tr("The s&tories, without names"));
    m_grid->setText(tr("Who p&icked what"));
    m_aliases->setText(tr("&Aliases instead of names"));
    m_save->setText(tr("&Save Report…"));
    m_open->setText(tr("&Open in Viewer"));
    buildChoices(false);
    m_view->setAccessibleName(tr("Report summary"));
    m_copy->setText(tr("&Copy Summary"));
    m_figures->setText(tr("Export Key &Figures…"));
    m_picks->setText(tr("Export &Picks…"));
    m_picks->setToolTip(m_document->session().anonymous
                            ? tr("An anonymous session's picks are written with aliases.")
                            : QString());
    refresh();
    // Longer words (Dutch, a larger system font) widen the choices rather than hide them.
    if (m_choicesScroll && m_choicesScroll->widget()) {
        const int scrollBar = m_choicesScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        m_choicesScroll->setMinimumWidth(
            std::max(280, m_choicesScroll->widget()->minimumSizeHint().width() + scrollBar));
    }
}

} // namespace DriveDeck
