#include "teamprofile/profilepage.h"

#include "charts/profilecharts.h"
#include "profile/keyfigures.h"
#include "profile/rejections.h"
#include "workshop/sessiondocument.h"
#include "workspace/roundchooser.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

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
    scroll->setWidget(m_figures);

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
    // Left the domains and the figures in words; right the 24 drives, each on a row of its own.
    auto *left = new QVBoxLayout;
    left->addWidget(m_domainView, 2);
    left->addWidget(scroll, 3);

    auto *top = new QHBoxLayout;
    top->addWidget(m_roundLabel);
    top->addWidget(m_rounds);
    top->addSpacing(24);
    top->addWidget(m_byPicks);
    top->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(m_drivesView, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    connect(m_rounds, &RoundChooser::roundChosen, this, &ProfilePage::refresh);
    // Many signals can come at once (a whole participant removed): one refresh after them.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &ProfilePage::refresh);
    for (auto signal : {&SessionDocument::pickAdded, &SessionDocument::pickRemoved})
        connect(document, signal, later, [later] { later->start(); });
    connect(document, &SessionDocument::detailsChanged, later, [later] { later->start(); });
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

void ProfilePage::retranslate()
{
    m_roundLabel->setText(tr("&Round:"));
    m_byPicks->setText(tr("&Most Picked First"));
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
    const Profile profile = Profile::ofRound(session, roundId);
    const QStringList sentences = KeyFigures::sentences(profile, m_minimumGroup);
    // The charts anew (the views delete the charts they held): a few milliseconds per pick.
    const Rejections rejections = Rejections::ofRound(session, roundId);
    QChart *oldDomains = m_domainView->chart();
    QChart *oldDrives = m_drivesView->chart();
    m_domainView->setChart(ProfileCharts::domainShares(profile));
    m_drivesView->setChart(ProfileCharts::drives(profile, rejections,
                                                 m_byPicks->isChecked()
                                                     ? ProfileCharts::DriveOrder::ByPicks
                                                     : ProfileCharts::DriveOrder::Catalogue));
    delete oldDomains;
    delete oldDrives;
    // Fewer people than the smallest group: the words say why, the charts stay away.
    const bool enough = profile.respondents() >= m_minimumGroup;
    m_domainView->setVisible(enough);
    m_drivesView->setVisible(enough);
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
