#include "teamprofile/profilepage.h"

#include "io/privatefile.h"
#include "teamprofile/sentencelist.h"

#include "charts/chartimage.h"
#include "charts/chartview.h"
#include "charts/profilecharts.h"
#include "domain/drivetexts.h"
#include "io/tablecsv.h"
#include "profile/drivebuddies.h"
#include "profile/figures.h"
#include "profile/keyfigures.h"
#include "profile/rejections.h"
#include "workshop/entrygridmodel.h"
#include "workshop/persondriveproxy.h"
#include "workshop/sessiondocument.h"
#include "workspace/roundchooser.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace DriveDeck {

ProfilePage::ProfilePage(SessionDocument *document, QWidget *parent)
    : ProfileScreen(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("profilePage"));
    m_rounds = new RoundChooser(document);
    m_roundLabel = new QLabel;
    m_roundLabel->setBuddy(m_rounds);
    m_figures = new QLabel;
    m_figures->setObjectName(QStringLiteral("keyFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_figures->setFocusPolicy(Qt::StrongFocus);
    QFont large = m_figures->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    m_figures->setFont(large);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // In a layout, so that the wrapped text gets the height it needs and the area scrolls.
    auto *figuresBox = new QWidget;
    auto *figuresLayout = new QVBoxLayout(figuresBox);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->addWidget(m_figures);
    figuresLayout->addStretch(1);
    scroll->setWidget(figuresBox);

    m_domainView = new ChartView;
    m_domainView->setObjectName(QStringLiteral("domainChart"));
    m_domainView->setRenderHint(QPainter::Antialiasing);
    m_domainView->setMinimumHeight(200);
    m_drivesView = new ChartView;
    m_drivesView->setObjectName(QStringLiteral("drivesChart"));
    m_drivesView->setRenderHint(QPainter::Antialiasing);
    m_drivesView->setMinimumHeight(420);
    m_deltaView = new ChartView;
    m_deltaView->setObjectName(QStringLiteral("domainDeltaChart"));
    m_deltaView->setRenderHint(QPainter::Antialiasing);
    m_deltaView->setMinimumHeight(200);
    m_deltaView->hide();
    m_byPicks = new QCheckBox;
    m_byPicks->setObjectName(QStringLiteral("drivesByPicks"));
    connect(m_byPicks, &QCheckBox::toggled, this, &ProfilePage::refresh);
    m_radar = new QCheckBox;
    m_radar->setObjectName(QStringLiteral("domainsAsRadar"));
    connect(m_radar, &QCheckBox::toggled, this, &ProfilePage::refresh);
    // Who picked what: the entry grid's cells, read-only and sortable; names (aliases when
    // anonymous) as everywhere on the facilitator's screen.
    m_grid = new EntryGridModel(document, this);
    m_gridProxy = new PersonDriveProxy(this);
    m_gridProxy->setSourceModel(m_grid);
    m_gridView = new QTableView;
    m_gridView->setObjectName(QStringLiteral("personDriveGrid"));
    m_gridView->setModel(m_gridProxy);
    m_gridView->setSortingEnabled(true);
    m_gridView->sortByColumn(-1, Qt::AscendingOrder); // the round's order until asked
    m_gridView->verticalHeader()->hide();
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->horizontalHeader()->setMinimumSectionSize(22);
    m_gridView->horizontalHeader()->setDefaultSectionSize(24);
    // The names as wide as they need; the cards narrow, as in the entry grid.
    m_gridView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    // The stories behind one drive's picks.
    m_storyDrive = new QComboBox;
    m_storyDrive->setObjectName(QStringLiteral("storyDrive"));
    m_storiesLabel = new QLabel;
    m_storiesLabel->setBuddy(m_storyDrive);
    m_stories = new QLabel;
    m_stories->setObjectName(QStringLiteral("profileStories"));
    m_stories->setWordWrap(true);
    m_stories->setTextFormat(Qt::RichText);
    m_stories->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stories->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_stories->setFocusPolicy(Qt::StrongFocus);
    m_driveAbout = new QLabel;
    m_driveAbout->setObjectName(QStringLiteral("driveAbout"));
    m_driveAbout->setWordWrap(true);
    m_driveAbout->setTextFormat(Qt::RichText);
    m_driveAbout->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_driveAbout->setFocusPolicy(Qt::StrongFocus);
    auto *storiesScroll = new QScrollArea;
    storiesScroll->setWidgetResizable(true);
    storiesScroll->setFrameShape(QFrame::NoFrame);
    storiesScroll->setWidget(m_stories);
    m_storiesTab = new QWidget;
    auto *storiesLayout = new QVBoxLayout(m_storiesTab);
    auto *storyTop = new QHBoxLayout;
    storyTop->addWidget(m_storiesLabel);
    storyTop->addWidget(m_storyDrive, 1);
    storiesLayout->addLayout(storyTop);
    storiesLayout->addWidget(m_driveAbout);
    storiesLayout->addWidget(storiesScroll, 1);
    connect(m_storyDrive, &QComboBox::currentIndexChanged, this, &ProfilePage::refreshStories);

    m_figuresTab = scroll;
    m_details = new QTabWidget;
    m_details->setObjectName(QStringLiteral("profileDetails"));
    m_details->addTab(m_figuresTab, QString());
    m_details->addTab(m_gridView, QString());
    m_details->addTab(m_storiesTab, QString());
    // Pairs for the exercises after the reveal.
    m_buddies = new QTableWidget(0, 3);
    m_buddies->setObjectName(QStringLiteral("driveBuddies"));
    m_buddies->verticalHeader()->hide();
    m_buddies->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_buddies->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_buddies->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_buddies->horizontalHeader()->setStretchLastSection(true);
    m_details->addTab(m_buddies, QString());

    // Left the domains and the details; right the 24 drives, each on a row of its own.
    auto *left = new QVBoxLayout;
    left->addWidget(m_domainView, 2);
    left->addWidget(m_details, 3);

    m_compare = new QComboBox;
    m_compare->setObjectName(QStringLiteral("compareWith"));
    m_compareLabel = new QLabel;
    m_compareLabel->setBuddy(m_compare);
    connect(m_compare, &QComboBox::activated, this, [this] {
        // "Another Session…" is a question, not a choice: the list goes back to what it showed.
        if (m_compare->currentData().toString() == QLatin1String("another")) {
            compareWithKey(m_lastComparison);
            Q_EMIT otherSessionWanted();
        }
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        if (m_compare->currentData().toString() != QLatin1String("another"))
            refresh();
    });

    addChartActions(m_domainView, Chart::Domains);
    addChartActions(m_drivesView, Chart::Drives);
    addChartActions(m_deltaView, Chart::DomainDeltas);
    addTableActions(m_gridView, tr("who picked what"));
    addTableActions(m_buddies, tr("drive buddies"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_roundLabel);
    top->addWidget(m_rounds);
    top->addSpacing(24);
    top->addWidget(m_compareLabel);
    top->addWidget(m_compare);
    top->addSpacing(24);
    top->addWidget(m_byPicks);
    top->addSpacing(12);
    top->addWidget(m_radar);
    top->addStretch(1);
    // Right: the drives; while comparing, the change per domain above the cards that moved.
    auto *right = new QVBoxLayout;
    right->addWidget(m_deltaView, 2);
    right->addWidget(m_drivesView, 5);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    connect(m_rounds, &RoundChooser::roundChosen, this, [this] {
        m_grid->setRound(m_rounds->currentRound());
        refresh();
    });
    m_grid->setRound(m_rounds->currentRound());
    // Many signals can come at once (a whole participant removed): one refresh after them.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &ProfilePage::refresh);
    for (auto signal : {&SessionDocument::pickAdded, &SessionDocument::pickRemoved,
                        &SessionDocument::pickChanged})
        connect(document, signal, later, [later] { later->start(); });
    connect(document, &SessionDocument::detailsChanged, later, [later] { later->start(); });
    // A name or alias changed: the grid, the stories and the buddies say it anew.
    connect(document, &SessionDocument::participantChanged, later, [later] { later->start(); });
    retranslate();
}

QChart *ProfilePage::domainChart() const
{
    return m_domainView->chart();
}

QChart *ProfilePage::drivesChart() const
{
    return m_drivesView->chart();
}

QChart *ProfilePage::deltaChart() const
{
    return m_deltaView->isVisibleTo(this) ? m_deltaView->chart() : nullptr;
}

void ProfilePage::addChartActions(QChartView *view, Chart chart)
{
    // On the chart's context menu (right-click, or the menu key on the chart in focus).
    view->setFocusPolicy(Qt::StrongFocus);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(view);
    connect(copy, &QAction::triggered, this,
            [this, chart] { QApplication::clipboard()->setImage(chartImage(chart)); });
    auto *save = new QAction(view);
    connect(save, &QAction::triggered, this, [this, chart] {
        const Round *round = m_document->session().round(m_rounds->currentRound());
        const QString suggested = QStringLiteral("%1 - %2.png")
                                      .arg(round ? round->title : m_document->session().title,
                                           chart == Chart::Domains  ? tr("domains")
                                           : chart == Chart::Drives ? tr("drives")
                                                                    : tr("changes"));
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Chart"), suggested,
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!saveChart(chart, path, &error))
            QMessageBox::warning(this, tr("Save Chart"), error);
    });
    view->addAction(copy);
    view->addAction(save);
    m_chartActions << copy << save;
}

void ProfilePage::addTableActions(QAbstractItemView *view, const QString &fileName)
{
    // As shown (sorted as the view is), for a spreadsheet.
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(view);
    connect(copy, &QAction::triggered, this, [view] {
        auto *mime = new QMimeData;
        mime->setData(QStringLiteral("text/csv"), TableCsv::of(*view->model()));
        mime->setText(QString::fromUtf8(TableCsv::of(*view->model())));
        QApplication::clipboard()->setMimeData(mime);
    });
    auto *save = new QAction(view);
    connect(save, &QAction::triggered, this, [this, view, fileName] {
        const Round *round = m_document->session().round(m_rounds->currentRound());
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Table"),
            QStringLiteral("%1 - %2.csv").arg(round ? round->title : QString(), fileName),
            tr("CSV table (*.csv)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !PrivateFile::restrict(file) ||
            file.write(TableCsv::of(*view->model())) < 0 || !file.commit())
            QMessageBox::warning(this, tr("Save Table"),
                                 tr("“%1” could not be written: %2").arg(path, file.errorString()));
    });
    view->addAction(copy);
    view->addAction(save);
    m_tableActions << copy << save;
}

QImage ProfilePage::chartImage(Chart chart) const
{
    const auto &build = chart == Chart::Domains  ? m_buildDomains
                        : chart == Chart::Drives ? m_buildDrives
                                                 : m_buildDeltas;
    return build ? ChartImage::toImage(build()) : QImage();
}

bool ProfilePage::saveChart(Chart chart, const QString &path, QString *error) const
{
    const auto &build = chart == Chart::Domains  ? m_buildDomains
                        : chart == Chart::Drives ? m_buildDrives
                                                 : m_buildDeltas;
    if (!build) {
        if (error)
            *error = tr("There is no chart to save yet.");
        return false;
    }
    return ChartImage::save(build(), path, error);
}

void ProfilePage::compareWith(const QUuid &roundId)
{
    compareWithKey(roundId.isNull()
                       ? QString()
                       : QStringLiteral("round:") + roundId.toString(QUuid::WithoutBraces));
}

void ProfilePage::compareWithPerson(const QUuid &participantId)
{
    compareWithKey(QStringLiteral("person:") + participantId.toString(QUuid::WithoutBraces));
}

void ProfilePage::compareWithKey(const QString &key)
{
    const int index = m_compare->findData(key);
    m_compare->setCurrentIndex(index >= 0 ? index : 0);
}

void ProfilePage::addOtherSession(const Session &session)
{
    m_otherSessions.removeIf([&](const Session &s) { return s.id == session.id; });
    m_otherSessions.append(session);
    fillComparisons();
    if (!session.rounds.isEmpty())
        compareWithKey(QStringLiteral("session:%1:%2")
                           .arg(session.id.toString(QUuid::WithoutBraces),
                                session.rounds.first().id.toString(QUuid::WithoutBraces)));
}

void ProfilePage::fillComparisons()
{
    // The other rounds (a target round said so), each person against the team, the rounds of
    // other sessions asked for, and a way to ask for another. Keeps its choice while it is there.
    const QString chosen = m_compare->currentData().toString();
    const QUuid current = m_rounds->currentRound();
    const Session &session = m_document->session();
    const QSignalBlocker quiet(m_compare);
    m_compare->clear();
    m_compare->addItem(tr("(nothing)"), QString());
    for (const Round &round : session.rounds) {
        if (round.id == current)
            continue;
        m_compare->addItem(round.target ? tr("%1 (target)").arg(round.title) : round.title,
                           QStringLiteral("round:") + round.id.toString(QUuid::WithoutBraces));
    }
    for (const Session &other : std::as_const(m_otherSessions)) {
        for (const Round &round : other.rounds)
            m_compare->addItem(tr("%1 — %2").arg(other.title, round.title),
                               QStringLiteral("session:%1:%2")
                                   .arg(other.id.toString(QUuid::WithoutBraces),
                                        round.id.toString(QUuid::WithoutBraces)));
    }
    m_compare->addItem(tr("Another Session…"), QStringLiteral("another"));
    if (const Round *round = session.round(current)) {
        m_compare->insertSeparator(m_compare->count());
        // Names as the session shows them: aliases when it is anonymous.
        for (const QUuid &id : round->participantIds) {
            if (session.respondentCount(current) > 0 && !session.picksOf(current, id).isEmpty())
                m_compare->addItem(tr("%1 against the team").arg(session.shownName(id)),
                                   QStringLiteral("person:") + id.toString(QUuid::WithoutBraces));
        }
    }
    const int again = m_compare->findData(chosen);
    m_compare->setCurrentIndex(again >= 0 ? again : 0);
}

void ProfilePage::showStoriesOf(int driveId)
{
    const int index = m_storyDrive->findData(driveId);
    if (index >= 0)
        m_storyDrive->setCurrentIndex(index);
    m_details->setCurrentWidget(m_storiesTab);
}

QString ProfilePage::aboutDriveText() const
{
    return m_driveAbout->accessibleName();
}

QString ProfilePage::storiesText() const
{
    return m_stories->accessibleName();
}

void ProfilePage::refreshStories()
{
    const Session &session = m_document->session();
    const QUuid roundId = m_rounds->currentRound();
    const int driveId = m_storyDrive->currentData().toInt();
    if (!Catalogue::isValidDriveId(driveId) || !session.round(roundId)) {
        m_stories->clear();
        m_stories->setAccessibleName(QString());
        m_driveAbout->clear();
        m_driveAbout->setAccessibleName(QString());
        return;
    }
    // What the drive is about and two questions to start the conversation, then the stories.
    // A blind round hides what the cards are until the facilitator shows them: no words then.
    if (session.round(roundId)->blind) {
        m_driveAbout->clear();
        m_driveAbout->setAccessibleName(QString());
    } else {
        const QStringList prompts = DriveTexts::prompts(driveId);
        QString about =
            QStringLiteral("<p>%1</p><ul>").arg(DriveTexts::description(driveId).toHtmlEscaped());
        for (const QString &prompt : prompts)
            about += QStringLiteral("<li><i>%1</i></li>").arg(prompt.toHtmlEscaped());
        m_driveAbout->setText(about + QStringLiteral("</ul>"));
        m_driveAbout->setAccessibleName(
            QStringList{DriveTexts::description(driveId), prompts.join(u' ')}.join(u' '));
    }
    QStringList plain;
    QString html;
    for (const Pick &pick : session.picks) {
        if (pick.roundId != roundId || pick.driveId != driveId || pick.note.trimmed().isEmpty())
            continue;
        const QString who = session.shownName(pick.participantId);
        const QString line = pick.isPositive()
                                 ? tr("%1: %2").arg(who, pick.note.trimmed())
                                 : tr("%1 (not me): %2").arg(who, pick.note.trimmed());
        plain << line;
        html +=
            QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg((pick.isPositive() ? who : tr("%1 (not me)").arg(who)).toHtmlEscaped(),
                     pick.note.trimmed().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    if (plain.isEmpty()) {
        const QString none =
            tr("No stories for %1 in this round yet.").arg(Catalogue::drive(driveId).name());
        m_stories->setText(none.toHtmlEscaped());
        m_stories->setAccessibleName(none);
        return;
    }
    m_stories->setText(html);
    m_stories->setAccessibleName(plain.join(u' '));
}

void ProfilePage::refreshBuddies()
{
    const Session &session = m_document->session();
    const QList<DriveBuddies::Buddies> buddies =
        DriveBuddies::ofRound(session, m_rounds->currentRound());
    m_buddies->setRowCount(int(buddies.size()));
    for (int row = 0; row < buddies.size(); ++row) {
        const DriveBuddies::Buddies &b = buddies.at(row);
        // Names as the session shows them: aliases when it is anonymous.
        const QStringList cells{
            session.shownName(b.participant),
            tr("%1 (%2 alike)")
                .arg(session.shownName(b.mostSimilar), Figures::percentText(b.similarity)),
            tr("%1 (%2 alike)")
                .arg(session.shownName(b.mostComplementary),
                     Figures::percentText(b.complementary))};
        for (int column = 0; column < 3; ++column) {
            auto *item = m_buddies->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_buddies->setItem(row, column, item);
            }
            item->setText(cells.at(column));
        }
    }
}

void ProfilePage::retranslate()
{
    m_roundLabel->setText(tr("&Round:"));
    m_compareLabel->setText(tr("Com&pare with:"));
    for (int i = 0; i + 1 < m_chartActions.size(); i += 2) {
        m_chartActions.at(i)->setText(tr("&Copy Chart"));
        m_chartActions.at(i + 1)->setText(tr("&Save Chart As…"));
    }
    for (int i = 0; i + 1 < m_tableActions.size(); i += 2) {
        m_tableActions.at(i)->setText(tr("&Copy Table"));
        m_tableActions.at(i + 1)->setText(tr("&Save Table as CSV…"));
    }
    m_compare->setAccessibleName(tr("Compare with"));
    m_details->setTabText(m_details->indexOf(m_figuresTab), tr("&Key Figures"));
    m_details->setTabText(m_details->indexOf(m_gridView), tr("&Who Picked What"));
    m_details->setTabText(m_details->indexOf(m_storiesTab), tr("S&tories"));
    m_details->setTabText(m_details->indexOf(m_buddies), tr("&Buddies"));
    m_buddies->setHorizontalHeaderLabels({tr("Person"), tr("Most alike"), tr("Most different")});
    m_buddies->horizontalHeaderItem(1)->setToolTip(tr("A pair to share what drives them both"));
    m_buddies->horizontalHeaderItem(2)->setToolTip(tr("A pair to learn from each other"));
    m_buddies->setAccessibleName(tr("Drive buddies"));
    m_gridView->setAccessibleName(tr("Who picked what"));
    m_storiesLabel->setText(tr("Stories &of:"));
    m_storyDrive->setAccessibleName(tr("Drive"));
    m_stories->setAccessibleDescription(tr("Stories"));
    m_byPicks->setText(tr("&Most Picked First"));
    m_radar->setText(tr("Domains as R&adar"));
    m_domainView->setAccessibleName(tr("Share of the picks per domain"));
    m_deltaView->setAccessibleName(tr("Change per domain"));
    refresh();
}

void ProfilePage::selectRound(const QUuid &roundId)
{
    m_rounds->selectRound(roundId);
}

QString ProfilePage::text() const
{
    return m_figures->accessibleName();
}

void ProfilePage::setMinimumGroup(int people)
{
    if (m_minimumGroup == people)
        return;
    m_minimumGroup = people;
    refresh();
}

void ProfilePage::refresh()
{
    const QUuid roundId = m_rounds->currentRound();
    const Session &session = m_document->session();
    const Round *round = session.round(roundId);
    if (!round) {
        m_figures->setText(tr("This session has no rounds yet."));
        m_figures->setAccessibleName(m_figures->text());
        return;
    }
    fillComparisons();
    const Profile profile = Profile::ofRound(session, roundId);
    QStringList sentences = KeyFigures::sentences(profile, m_minimumGroup);
    sentences << KeyFigures::polarising(Rejections::ofRound(session, roundId), m_minimumGroup);
    // What the round is set against, if anything: its profile, its name, and whether it is one
    // voice (a target round, a person) that needs no group of its own.
    struct Other
    {
        Profile profile;
        QString name;
        bool single = false;
    };
    std::optional<Other> other;
    QString nameOfThis = round->title;
    const QString key = m_compare->currentData().toString();
    m_lastComparison = key;
    const QStringList parts = key.split(u':');
    if (parts.first() == QLatin1String("round")) {
        const QUuid id(parts.value(1));
        if (const Round *r = session.round(id))
            other = Other{Profile::ofRound(session, id), r->title, r->target};
    } else if (parts.first() == QLatin1String("person")) {
        const QUuid id(parts.value(1));
        if (session.participant(id)) {
            other =
                Other{Profile::ofParticipant(session, roundId, id), session.shownName(id), true};
            nameOfThis = tr("The team");
        }
    } else if (parts.first() == QLatin1String("session")) {
        const QUuid sessionId(parts.value(1)), otherRound(parts.value(2));
        for (const Session &s : std::as_const(m_otherSessions)) {
            const Round *r = s.id == sessionId ? s.round(otherRound) : nullptr;
            if (!r)
                continue;
            other = Other{Profile::ofRound(s, otherRound), tr("%1, %2").arg(s.title, r->title),
                          r->target};
            nameOfThis = tr("%1, %2").arg(session.title, round->title);
        }
    }
    if (other) {
        // Each side needs enough people to be a profile; a target round or a person is one voice.
        const bool enoughHere = round->target || profile.respondents() >= m_minimumGroup;
        const bool enoughThere = !other->profile.isEmpty() &&
                                 (other->single || other->profile.respondents() >= m_minimumGroup);
        if (enoughHere && enoughThere) {
            sentences << KeyFigures::comparison(ProfileComparison::between(profile, other->profile),
                                                other->name);
        } else {
            sentences << (other->profile.isEmpty()
                              ? tr("“%1” has no picks yet to compare with.").arg(other->name)
                              : tr("No comparison with “%1”: each group needs at least %n "
                                   "people with picks.",
                                   nullptr, m_minimumGroup)
                                    .arg(other->name));
            other.reset();
        }
    }
    // The charts anew (the views delete the charts they held): a few milliseconds per pick.
    const Rejections rejections = Rejections::ofRound(session, roundId);
    QChart *oldDomains = m_domainView->chart();
    QChart *oldDrives = m_drivesView->chart();
    QChart *oldDeltas = m_deltaView->chart();
    // How each chart is made, kept for exports at presentation size.
    const std::optional<Profile> otherProfile =
        other ? std::optional<Profile>(other->profile) : std::nullopt;
    const QString nameOfOther = other ? other->name : QString();
    if (m_radar->isChecked())
        m_buildDomains = [a = profile, b = otherProfile, nameA = nameOfThis, nameB = nameOfOther] {
            return ProfileCharts::radar(a, nameA, b ? &*b : nullptr, nameB);
        };
    else if (otherProfile)
        m_buildDomains = [a = profile, b = *otherProfile, nameA = nameOfThis, nameB = nameOfOther] {
            return ProfileCharts::domainComparison(a, b, nameA, nameB);
        };
    else
        m_buildDomains = [profile] { return ProfileCharts::domainShares(profile); };
    const auto order = m_byPicks->isChecked() ? ProfileCharts::DriveOrder::ByPicks
                                              : ProfileCharts::DriveOrder::Catalogue;
    // Comparing, the right shows what changed: per domain, and the cards that moved.
    if (otherProfile) {
        m_buildDeltas = [a = profile, b = *otherProfile, nameA = nameOfThis, nameB = nameOfOther] {
            return ProfileCharts::domainDeltas(a, b, nameA, nameB);
        };
        m_buildDrives = [a = profile, b = *otherProfile, nameA = nameOfThis, nameB = nameOfOther] {
            return ProfileCharts::driveDeltas(a, b, nameA, nameB);
        };
    } else {
        m_buildDeltas = nullptr;
        m_buildDrives = [profile, rejections, order] {
            return ProfileCharts::drives(profile, rejections, order);
        };
    }
    m_domainView->setChart(m_buildDomains());
    m_drivesView->setChart(m_buildDrives());
    m_deltaView->setChart(m_buildDeltas ? m_buildDeltas() : new QChart);
    for (QChartView *view : {m_domainView, m_drivesView, m_deltaView})
        ProfileCharts::useColours(view->chart(), palette());
    delete oldDomains;
    delete oldDrives;
    delete oldDeltas;
    // A click on a drive's bar shows its stories.
    if (const auto *series =
            qobject_cast<QAbstractBarSeries *>(m_drivesView->chart()->series().value(0))) {
        QList<int> rows =
            otherProfile
                ? ProfileCharts::movedDrives(ProfileComparison::between(profile, *otherProfile))
                : ProfileCharts::driveOrder(profile, order);
        std::reverse(rows.begin(), rows.end());
        for (QBarSet *set : series->barSets())
            connect(set, &QBarSet::clicked, this,
                    [this, rows](int index) { showStoriesOf(rows.value(index)); });
    }
    // The drives for the stories: how many stories each has, in the drive order.
    const int chosenDrive = m_storyDrive->currentData().toInt();
    {
        const QSignalBlocker quiet(m_storyDrive);
        m_storyDrive->clear();
        for (const Drive &drive : Catalogue::drives()) {
            int stories = 0;
            for (const Pick &pick : session.picks)
                stories += pick.roundId == roundId && pick.driveId == drive.id &&
                                   !pick.note.trimmed().isEmpty()
                               ? 1
                               : 0;
            m_storyDrive->addItem(tr("%1 — %n story(ies)", nullptr, stories).arg(drive.name()),
                                  drive.id);
        }
        const int again = m_storyDrive->findData(chosenDrive);
        m_storyDrive->setCurrentIndex(again >= 0 ? again : 0);
    }
    refreshStories();
    refreshBuddies();
    // Fewer people than the smallest group: the words say why, the charts stay away.
    const bool enough = profile.respondents() >= m_minimumGroup;
    m_domainView->setVisible(enough);
    m_drivesView->setVisible(enough);
    m_deltaView->setVisible(enough && otherProfile);
    if (!enough) {
        m_buildDomains = nullptr;
        m_buildDrives = nullptr;
        m_buildDeltas = nullptr;
    }
    // In words for a screen reader: the same figures the bars show.
    m_domainView->setAccessibleDescription(ProfileCharts::domainSharesInWords(profile));
    m_drivesView->setAccessibleDescription(ProfileCharts::drivesInWords(profile));
    if (otherProfile) {
        const ProfileComparison comparison = ProfileComparison::between(profile, *otherProfile);
        QStringList deltaWords, movedWords;
        for (const Domain &domain : Catalogue::domains())
            deltaWords << tr("%1 %2").arg(domain.name(),
                                          Figures::pointsText(comparison.domainDelta(domain.id)));
        for (int id : ProfileCharts::movedDrives(comparison, DriveCount))
            movedWords << tr("%1 %2").arg(Catalogue::drive(id).name(),
                                          Figures::pointsText(comparison.driveDelta(id)));
        m_deltaView->setAccessibleDescription(deltaWords.join(QStringLiteral("; ")));
        m_drivesView->setAccessibleName(tr("Cards that moved"));
        m_drivesView->setAccessibleDescription(movedWords.join(QStringLiteral("; ")));
    } else {
        m_drivesView->setAccessibleName(tr("People per drive"));
    }
    m_figures->setText(
        QStringLiteral("<h2>%1</h2>")
            .arg((round->question.isEmpty() ? round->title : round->question).toHtmlEscaped()) +
        sentenceList(sentences));
    // What a screen reader reads: the sentences, without markup.
    m_figures->setAccessibleName(sentences.join(u' '));
    m_rounds->setAccessibleName(tr("Round"));
}

void ProfilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // The system switched between light and dark.
    if (event->type() == QEvent::PaletteChange) {
        for (QChartView *view : {m_domainView, m_drivesView, m_deltaView}) {
            if (view && view->chart())
                ProfileCharts::useColours(view->chart(), palette());
        }
    }
    QWidget::changeEvent(event);
}

} // namespace DriveDeck
