#include "teamprofile/profilepage.h"

#include "charts/chartimage.h"
#include "charts/profilecharts.h"
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
    : QWidget(parent)
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

    m_domainView = new QChartView;
    m_domainView->setObjectName(QStringLiteral("domainChart"));
    m_domainView->setRenderHint(QPainter::Antialiasing);
    m_domainView->setMinimumHeight(200);
    m_drivesView = new QChartView;
    m_drivesView->setObjectName(QStringLiteral("drivesChart"));
    m_drivesView->setRenderHint(QPainter::Antialiasing);
    m_drivesView->setMinimumHeight(420);
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
    connect(m_compare, &QComboBox::currentIndexChanged, this, &ProfilePage::refresh);

    addChartActions(m_domainView, Chart::Domains);
    addChartActions(m_drivesView, Chart::Drives);
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
    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(m_drivesView, 1);
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
                                           chart == Chart::Domains ? tr("domains") : tr("drives"));
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Chart"), suggested, tr("PNG image (*.png);;SVG drawing (*.svg)"));
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
        if (!file.open(QIODevice::WriteOnly) || file.write(TableCsv::of(*view->model())) < 0 ||
            !file.commit())
            QMessageBox::warning(this, tr("Save Table"),
                                 tr("“%1” could not be written: %2").arg(path, file.errorString()));
    });
    view->addAction(copy);
    view->addAction(save);
    m_tableActions << copy << save;
}

QImage ProfilePage::chartImage(Chart chart) const
{
    const auto &build = chart == Chart::Domains ? m_buildDomains : m_buildDrives;
    return build ? ChartImage::toImage(build()) : QImage();
}

bool ProfilePage::saveChart(Chart chart, const QString &path, QString *error) const
{
    const auto &build = chart == Chart::Domains ? m_buildDomains : m_buildDrives;
    if (!build) {
        if (error)
            *error = tr("There is no chart to save yet.");
        return false;
    }
    return ChartImage::save(build(), path, error);
}

void ProfilePage::compareWith(const QUuid &roundId)
{
    const int index = m_compare->findData(roundId);
    m_compare->setCurrentIndex(index >= 0 ? index : 0);
}

void ProfilePage::fillComparisons()
{
    // The other rounds, a target round said so; keeps its choice while that round is there.
    const QUuid chosen = m_compare->currentData().toUuid();
    const QUuid current = m_rounds->currentRound();
    const QSignalBlocker quiet(m_compare);
    m_compare->clear();
    m_compare->addItem(tr("(nothing)"), QUuid());
    for (const Round &round : m_document->session().rounds) {
        if (round.id == current)
            continue;
        m_compare->addItem(round.target ? tr("%1 (target)").arg(round.title) : round.title,
                           round.id);
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
        return;
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
    m_drivesView->setAccessibleName(tr("People per drive"));
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
    const QUuid otherId = m_compare->currentData().toUuid();
    const Round *other = session.round(otherId);
    std::optional<Profile> otherProfile;
    if (other) {
        otherProfile = Profile::ofRound(session, otherId);
        // Each side needs enough people to be a profile (a target round is one "participant").
        const auto enoughIn = [this](const Round &r, const Profile &p) {
            return r.target || p.respondents() >= m_minimumGroup;
        };
        if ((round->target || profile.respondents() >= m_minimumGroup) &&
            enoughIn(*other, *otherProfile))
            sentences << KeyFigures::comparison(ProfileComparison::between(profile, *otherProfile),
                                                other->title);
        else
            otherProfile.reset();
    }
    // The charts anew (the views delete the charts they held): a few milliseconds per pick.
    const Rejections rejections = Rejections::ofRound(session, roundId);
    QChart *oldDomains = m_domainView->chart();
    QChart *oldDrives = m_drivesView->chart();
    // How each chart is made, kept for exports at presentation size.
    if (m_radar->isChecked())
        m_buildDomains = [a = profile, b = otherProfile, nameA = round->title,
                          nameB = other ? other->title : QString()] {
            return ProfileCharts::radar(a, nameA, b ? &*b : nullptr, nameB);
        };
    else if (otherProfile)
        m_buildDomains = [a = profile, b = *otherProfile, nameA = round->title,
                          nameB = other->title] {
            return ProfileCharts::domainComparison(a, b, nameA, nameB);
        };
    else
        m_buildDomains = [profile] { return ProfileCharts::domainShares(profile); };
    const auto order = m_byPicks->isChecked() ? ProfileCharts::DriveOrder::ByPicks
                                              : ProfileCharts::DriveOrder::Catalogue;
    m_buildDrives = [profile, rejections, order] {
        return ProfileCharts::drives(profile, rejections, order);
    };
    m_domainView->setChart(m_buildDomains());
    m_drivesView->setChart(m_buildDrives());
    delete oldDomains;
    delete oldDrives;
    // A click on a drive's bar shows its stories.
    if (const auto *series =
            qobject_cast<QAbstractBarSeries *>(m_drivesView->chart()->series().value(0))) {
        const QList<int> rows = [&] {
            QList<int> ids = ProfileCharts::driveOrder(
                profile, m_byPicks->isChecked() ? ProfileCharts::DriveOrder::ByPicks
                                                : ProfileCharts::DriveOrder::Catalogue);
            std::reverse(ids.begin(), ids.end());
            return ids;
        }();
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
    if (!enough) {
        m_buildDomains = nullptr;
        m_buildDrives = nullptr;
    }
    // In words for a screen reader: the same figures the bars show.
    QStringList domainWords;
    for (const Domain &domain : Catalogue::domains())
        domainWords << ProfileCharts::domainLabel(profile, domain.id);
    m_domainView->setAccessibleDescription(domainWords.join(QStringLiteral("; ")));
    QStringList driveWords;
    for (int id : ProfileCharts::driveOrder(profile, ProfileCharts::DriveOrder::ByPicks)) {
        if (profile.picks(id) > 0)
            driveWords << tr("%1: %2").arg(Catalogue::drive(id).name()).arg(profile.picks(id));
    }
    m_drivesView->setAccessibleDescription(driveWords.join(QStringLiteral("; ")));
    QString html =
        QStringLiteral("<h2>%1</h2><ul>")
            .arg((round->question.isEmpty() ? round->title : round->question).toHtmlEscaped());
    for (const QString &sentence : sentences)
        html += QStringLiteral("<li style=\"margin-bottom: 8px\">%1</li>")
                    .arg(sentence.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_figures->setText(html);
    // What a screen reader reads: the sentences, without markup.
    m_figures->setAccessibleName(sentences.join(u' '));
    m_rounds->setAccessibleName(tr("Round"));
}

void ProfilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace DriveDeck
