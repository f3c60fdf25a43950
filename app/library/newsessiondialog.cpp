#include "library/newsessiondialog.h"
#include "look/problemtext.h"

#include "domain/catalogue.h"
#include "domain/text.h"
#include "setup/cardrangeedit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace DriveDeck {

NewSessionDialog::NewSessionDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newSessionDialog"));
    setWindowTitle(tr("New Session"));
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("newSessionTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Kick-off Sales"));
    m_team = new QLineEdit;
    m_team->setAccessibleName(tr("Team"));
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date"));
    m_people = new QPlainTextEdit;
    m_people->setObjectName(QStringLiteral("newSessionPeople"));
    m_people->setAccessibleName(tr("Participants, one name per line"));
    m_people->setTabChangesFocus(true);
    m_people->setPlaceholderText(tr("Anouk\nBram\nChen"));
    m_question = new QLineEdit(tr("What drives you now?"));
    m_question->setAccessibleName(tr("First question"));
    m_cards = new CardRangeEdit(1, 3);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    ProblemText::style(m_problem);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&eam:"), m_team);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Participants\n(one per line):"), m_people);
    form->addRow(tr("First &question:"), m_question);
    form->addRow(tr("Cards each:"), m_cards);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewSessionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_title, m_question})
        connect(edit, &QLineEdit::textChanged, this, &NewSessionDialog::updateProblem);
    connect(m_people, &QPlainTextEdit::textChanged, this, &NewSessionDialog::updateProblem);
    connect(m_cards, &CardRangeEdit::changed, this, &NewSessionDialog::updateProblem);
    m_problem->hide();
    resize(520, 560);
}

void NewSessionDialog::setFacilitator(const QString &name)
{
    m_facilitator = name;
}

void NewSessionDialog::setLanguage(const QString &language)
{
    m_language = language;
}

QStringList NewSessionDialog::names() const
{
    QStringList names;
    QSet<QString> seen;
    for (const QString &line : m_people->toPlainText().split(QLatin1Char('\n'))) {
        const QString name = Text::normalName(line);
        if (name.isEmpty() || seen.contains(name.toCaseFolded()))
            continue;
        seen.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

Session NewSessionDialog::session() const
{
    Session session = Session::create(m_title->text().simplified());
    session.team = m_team->text().simplified();
    session.date = m_date->date();
    session.facilitator = m_facilitator;
    session.language = m_language;
    for (const QString &name : names())
        session.participants.append({QUuid::createUuid(), name, {}});
    Round round;
    round.id = QUuid::createUuid();
    round.question = m_question->text().simplified();
    round.title = round.question;
    round.rule = PickingRule::choose(m_cards->minimum(), m_cards->maximum());
    for (const Participant &p : std::as_const(session.participants))
        round.participantIds.append(p.id);
    session.rounds.append(round);
    return session;
}

QString NewSessionDialog::problem() const
{
    if (m_title->text().simplified().isEmpty())
        return tr("Give the session a title.");
    if (names().isEmpty())
        return tr("Add the people who take part, one name per line.");
    if (m_question->text().simplified().isEmpty())
        return tr("Write the first question.");
    if (m_cards->maximum() < m_cards->minimum())
        return tr("At most %1 cards is fewer than at least %2.")
            .arg(m_cards->maximum())
            .arg(m_cards->minimum());
    return {};
}

void NewSessionDialog::updateProblem()
{
    if (m_problem->isVisible())
        m_problem->setText(problem());
}

void NewSessionDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_problem->setText(why);
        m_problem->show();
        m_problem->setAccessibleName(why);
        return;
    }
    QDialog::accept();
}

} // namespace DriveDeck
