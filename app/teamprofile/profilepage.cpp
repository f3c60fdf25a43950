#include "teamprofile/profilepage.h"

#include "profile/keyfigures.h"
#include "workshop/sessiondocument.h"
#include "workspace/roundchooser.h"

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

    auto *top = new QHBoxLayout;
    top->addWidget(m_roundLabel);
    top->addWidget(m_rounds);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_rounds, &RoundChooser::roundChosen, this, &ProfilePage::refresh);
    // Many signals can come at once (a whole participant removed): one refresh after them.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &ProfilePage::refresh);
    for (auto signal : {&SessionDocument::pickAdded, &SessionDocument::pickRemoved})
        connect(document, signal, later, [later] { later->start(); });
    connect(document, &SessionDocument::detailsChanged, later, [later] { later->start(); });
    m_roundLabel->setText(tr("&Round:"));
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
    const QStringList sentences =
        KeyFigures::sentences(Profile::ofRound(session, roundId), m_minimumGroup);
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
    if (event->type() == QEvent::LanguageChange) {
        m_roundLabel->setText(tr("&Round:"));
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace DriveDeck
