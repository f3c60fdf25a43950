#include "report/reportpage.h"

#include "domain/catalogue.h"
#include "io/pickscsv.h"
#include "io/profileexport.h"
#include "profile/keyfigures.h"
#include "profile/profile.h"
#include "workshop/sessiondocument.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace DriveDeck {

namespace {

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *problem)
{
    // Written whole or not at all: a full disk never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (problem)
            *problem = ReportPage::tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

ReportPage::ReportPage(SessionDocument *document, QWidget *parent)
    : QWidget(parent)
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

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_figures);
    buttons->addWidget(m_picks);
    buttons->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

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
    };
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

void ReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ReportPage::retranslate()
{
    m_heading->setText(tr("Summary for the report"));
    m_view->setAccessibleName(tr("Report summary"));
    m_copy->setText(tr("&Copy Summary"));
    m_figures->setText(tr("Export Key &Figures…"));
    m_picks->setText(tr("Export &Picks…"));
    m_picks->setToolTip(m_document->session().anonymous
                            ? tr("An anonymous session's picks are written with aliases.")
                            : QString());
    refresh();
}

} // namespace DriveDeck
