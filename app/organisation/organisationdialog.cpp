#include "organisation/organisationdialog.h"

#include "charts/chartimage.h"
#include "charts/chartview.h"
#include "charts/profilecharts.h"
#include "profile/keyfigures.h"
#include "profile/rejections.h"
#include "teamprofile/sentencelist.h"
#include "workshop/sessionlibrary.h"
#include "workshop/sessionlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace DriveDeck {

namespace {

// The earliest date a filter can say; shown as "any date".
const QDate NoDate(2000, 1, 1);

QComboBox *editableChoice(const QString &name)
{
    auto *box = new QComboBox;
    box->setObjectName(name);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setMinimumContentsLength(14);
    return box;
}

QDateEdit *dateChoice(const QString &name)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setDate(NoDate);
    return edit;
}

} // namespace

OrganisationDialog::OrganisationDialog(SessionLibrary *library, int minimumGroup, QWidget *parent)
    : OrganisationScreen(parent)
    , m_library(library)
    , m_minimumGroup(minimumGroup)
{
    setObjectName(QStringLiteral("organisationProfile"));
    m_team = editableChoice(QStringLiteral("organisationTeam"));
    m_tag = editableChoice(QStringLiteral("organisationTag"));
    m_round = editableChoice(QStringLiteral("organisationRound"));
    m_from = dateChoice(QStringLiteral("organisationFrom"));
    m_to = dateChoice(QStringLiteral("organisationTo"));
    m_targets = new QCheckBox;
    m_targets->setObjectName(QStringLiteral("organisationTargets"));
    m_teamLabel = new QLabel;
    m_teamLabel->setBuddy(m_team);
    m_tagLabel = new QLabel;
    m_tagLabel->setBuddy(m_tag);
    m_roundLabel = new QLabel;
    m_roundLabel->setBuddy(m_round);
    m_fromLabel = new QLabel;
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel;
    m_toLabel->setBuddy(m_to);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("organisationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    QFont large = m_summary->font();
    large.setPointSizeF(large.pointSizeF() * 1.2);
    m_summary->setFont(large);
    m_domainView = new ChartView;
    m_domainView->setObjectName(QStringLiteral("organisationDomains"));
    m_domainView->setRenderHint(QPainter::Antialiasing);
    m_drivesView = new ChartView;
    m_drivesView->setObjectName(QStringLiteral("organisationDrives"));
    m_drivesView->setRenderHint(QPainter::Antialiasing);
    m_drivesView->setMinimumHeight(380);
    // Copy or save a chart at presentation size, from its context menu.
    for (QChartView *view : {m_domainView, m_drivesView}) {
        view->setFocusPolicy(Qt::StrongFocus);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        const bool domains = view == m_domainView;
        auto *copy = new QAction(view);
        connect(copy, &QAction::triggered, this, [this, domains] {
            const auto &build = domains ? m_buildDomains : m_buildDrives;
            if (build)
                QApplication::clipboard()->setImage(ChartImage::toImage(build()));
        });
        auto *save = new QAction(view);
        connect(save, &QAction::triggered, this, [this, domains] {
            const auto &build = domains ? m_buildDomains : m_buildDrives;
            if (!build)
                return;
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save Chart"),
                tr("Organisation profile - %1.png").arg(domains ? tr("domains") : tr("drives")),
                tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
            QString error;
            if (!path.isEmpty() && !ChartImage::save(build(), path, &error))
                QMessageBox::warning(this, tr("Save Chart"), error);
        });
        view->addAction(copy);
        view->addAction(save);
        m_chartActions << copy << save;
    }

    // Typing in a filter waits a moment; each answer replaces the one before.
    m_later = new QTimer(this);
    m_later->setSingleShot(true);
    m_later->setInterval(300);
    connect(m_later, &QTimer::timeout, this, &OrganisationDialog::ask);
    for (QComboBox *box : {m_team, m_tag, m_round})
        connect(box, &QComboBox::currentTextChanged, m_later, qOverload<>(&QTimer::start));
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, m_later, qOverload<>(&QTimer::start));
    connect(m_targets, &QCheckBox::toggled, m_later, qOverload<>(&QTimer::start));
    connect(library, &SessionLibrary::listed, this, &OrganisationDialog::fillChoices);
    connect(library, &SessionLibrary::listed, m_later, qOverload<>(&QTimer::start));

    auto *filters = new QGridLayout;
    filters->addWidget(m_teamLabel, 0, 0);
    filters->addWidget(m_team, 0, 1);
    filters->addWidget(m_tagLabel, 0, 2);
    filters->addWidget(m_tag, 0, 3);
    filters->addWidget(m_roundLabel, 0, 4);
    filters->addWidget(m_round, 0, 5);
    filters->addWidget(m_fromLabel, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_toLabel, 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->addWidget(m_targets, 1, 4, 1, 2);
    filters->setColumnStretch(6, 1); // the choices keep their width; the room goes right
    auto *left = new QVBoxLayout;
    left->addWidget(m_summary);
    left->addWidget(m_domainView, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(m_drivesView, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(1200, 720);
    fillChoices();
    retranslate();
    ask();
}

ProfileFilter OrganisationDialog::filter() const
{
    ProfileFilter f;
    f.team = m_team->currentText().trimmed();
    f.tag = m_tag->currentText().trimmed();
    f.roundTitle = m_round->currentText().trimmed();
    if (m_from->date() != NoDate)
        f.from = m_from->date();
    if (m_to->date() != NoDate)
        f.to = m_to->date();
    f.includeTargets = m_targets->isChecked();
    return f;
}

void OrganisationDialog::setFilter(const ProfileFilter &filter)
{
    m_team->setCurrentText(filter.team);
    m_tag->setCurrentText(filter.tag);
    m_round->setCurrentText(filter.roundTitle);
    m_from->setDate(filter.from.isValid() ? filter.from : NoDate);
    m_to->setDate(filter.to.isValid() ? filter.to : NoDate);
    m_targets->setChecked(filter.includeTargets);
    m_later->stop();
    ask();
}

void OrganisationDialog::setMinimumGroup(int people)
{
    m_minimumGroup = people;
    if (m_last)
        present(*m_last);
}

QString OrganisationDialog::text() const
{
    return m_summary->accessibleName();
}

QChart *OrganisationDialog::domainChart() const
{
    return m_domainView->isVisibleTo(this) ? m_domainView->chart() : nullptr;
}

QChart *OrganisationDialog::drivesChart() const
{
    return m_drivesView->isVisibleTo(this) ? m_drivesView->chart() : nullptr;
}

void OrganisationDialog::fillChoices()
{
    // The teams and tags of the saved sessions, to choose from or type over.
    QStringList teams, tags;
    for (const SessionSummary &summary : m_library->model()->sessions()) {
        if (!summary.team.isEmpty() && !teams.contains(summary.team))
            teams << summary.team;
        for (const QString &tag : summary.tags) {
            if (!tags.contains(tag))
                tags << tag;
        }
    }
    teams.sort(Qt::CaseInsensitive);
    tags.sort(Qt::CaseInsensitive);
    for (const auto &[box, items] : {std::pair{m_team, teams}, std::pair{m_tag, tags}}) {
        const QString typed = box->currentText();
        const QSignalBlocker quiet(box);
        box->clear();
        box->addItem(QString());
        box->addItems(items);
        box->setCurrentText(typed);
    }
}

void OrganisationDialog::ask()
{
    const int asked = ++m_asked;
    m_summary->setText(tr("Adding up the saved sessions…"));
    // The window may be gone by the time the database answers.
    m_library->organisationProfile(filter(), [self = QPointer<OrganisationDialog>(this),
                                              asked](const Result<OrganisationProfile> &result) {
        if (!self)
            return;
        self->m_answered = std::max(self->m_answered, asked);
        // An answer to a filter since changed is no longer wanted.
        if (asked == self->m_asked)
            self->present(result);
    });
}

void OrganisationDialog::present(const Result<OrganisationProfile> &result)
{
    QChart *oldDomains = m_domainView->chart();
    QChart *oldDrives = m_drivesView->chart();
    m_buildDomains = nullptr;
    m_buildDrives = nullptr;
    QStringList sentences;
    if (!result) {
        m_last.reset();
        sentences << tr("The saved sessions could not be read: %1").arg(result.errorMessage());
    } else {
        m_last = *result;
        const Profile &profile = result->profile;
        // People and respondents apart: three people in two rounds are six respondents. Both
        // languages have one singular, hence a sentence for one and one for more.
        const qint64 people = result->people;
        const qint64 respondents = profile.respondents();
        sentences << tr("%n session(s) match,", nullptr, int(result->sessions)) + u' ' +
                         (people == 1 ? tr("with 1 person who picked cards")
                                      : tr("with %1 people who picked cards").arg(people)) +
                         u' ' +
                         (respondents == 1
                              ? tr("(1 respondent: each person counted once per round).")
                              : tr("(%1 respondents: each person counted once per round).")
                                    .arg(respondents));
        // The smallest group is a number of people, not of answers.
        if (people >= m_minimumGroup) {
            m_buildDomains = [profile] { return ProfileCharts::domainShares(profile); };
            m_buildDrives = [profile] {
                return ProfileCharts::drives(profile, Rejections(),
                                             ProfileCharts::DriveOrder::ByPicks);
            };
            const QStringList figures = KeyFigures::sentences(profile, m_minimumGroup);
            // The first sentence counts the people again; the rest characterise them.
            sentences << figures.mid(1);
        } else if (people > 0) {
            sentences << tr("A profile is shown from %n people on (Settings › Smallest group), "
                            "so that it speaks of a group and not of a few people.",
                            nullptr, m_minimumGroup);
        } else {
            sentences << tr("Widen the filter: no picks match it.");
        }
    }
    m_domainView->setChart(m_buildDomains ? m_buildDomains() : new QChart);
    m_drivesView->setChart(m_buildDrives ? m_buildDrives() : new QChart);
    for (QChartView *view : {m_domainView, m_drivesView})
        ProfileCharts::useColours(view->chart(), palette());
    delete oldDomains;
    delete oldDrives;
    m_domainView->setVisible(bool(m_buildDomains));
    m_drivesView->setVisible(bool(m_buildDrives));
    // In words for a screen reader: the same figures the bars show.
    m_domainView->setAccessibleName(tr("Share of the picks per domain"));
    m_drivesView->setAccessibleName(tr("People per drive"));
    if (m_buildDomains && m_last) {
        m_domainView->setAccessibleDescription(ProfileCharts::domainSharesInWords(m_last->profile));
        m_drivesView->setAccessibleDescription(ProfileCharts::drivesInWords(m_last->profile));
    } else {
        m_domainView->setAccessibleDescription(QString());
        m_drivesView->setAccessibleDescription(QString());
    }
    m_summary->setText(sentenceList(sentences, 6));
    m_summary->setAccessibleName(sentences.join(u' '));
    Q_EMIT shown();
}

void OrganisationDialog::retranslate()
{
    setWindowTitle(tr("Organisation Profile"));
    m_teamLabel->setText(tr("&Team:"));
    m_tagLabel->setText(tr("T&ag:"));
    m_roundLabel->setText(tr("&Round title:"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&Until:"));
    m_targets->setText(tr("&Include target rounds"));
    m_targets->setToolTip(tr("Target rounds hold the profile someone intends, such as the "
                             "brand's, not what people picked for themselves."));
    for (QComboBox *box : {m_team, m_tag, m_round})
        box->lineEdit()->setPlaceholderText(tr("any"));
    m_team->setAccessibleName(tr("Team"));
    m_tag->setAccessibleName(tr("Tag"));
    m_round->setAccessibleName(tr("Round title"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("Until"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setSpecialValueText(tr("any date"));
    m_domainView->setAccessibleName(tr("Share of the picks per domain"));
    m_drivesView->setAccessibleName(tr("People per drive"));
    for (int i = 0; i + 1 < m_chartActions.size(); i += 2) {
        m_chartActions.at(i)->setText(tr("&Copy Chart"));
        m_chartActions.at(i + 1)->setText(tr("&Save Chart As…"));
    }
}

void OrganisationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) {
        for (QChartView *view : {m_domainView, m_drivesView}) {
            if (view && view->chart())
                ProfileCharts::useColours(view->chart(), palette());
        }
    }
    QDialog::changeEvent(event);
}

} // namespace DriveDeck
