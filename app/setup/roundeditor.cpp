#include "setup/roundeditor.h"
#include "look/problemtext.h"

#include "domain/catalogue.h"
#include "setup/cardrangeedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace DriveDeck {

RoundEditor::RoundEditor(const Session &session, const Round &round, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(round)
{
    setObjectName(QStringLiteral("roundEditor"));
    setWindowTitle(round.title.isEmpty() ? tr("New Round") : tr("Round “%1”").arg(round.title));
    m_title = new QLineEdit(round.title);
    m_title->setObjectName(QStringLiteral("roundTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_question = new QLineEdit(round.question);
    m_question->setAccessibleName(tr("Question"));
    m_mode = new QComboBox;
    m_mode->addItem(tr("Choose cards"));
    m_mode->addItem(tr("Yes or no to every card (a scan)"));
    m_mode->setCurrentIndex(round.rule.isScan() ? 1 : 0);
    m_mode->setAccessibleName(tr("How people answer"));
    m_cards = new CardRangeEdit(round.rule.minPicks, round.rule.maxPicks);
    m_ranked = new QCheckBox(tr("In order: the first card is the most important"));
    m_ranked->setChecked(round.rule.ranked);
    m_notMe = new QCheckBox(tr("“Not me” cards allowed"));
    m_notMe->setChecked(round.rule.allowNegative);
    m_seconds = new QSpinBox;
    m_seconds->setRange(0, 60);
    m_seconds->setSpecialValueText(tr("no limit"));
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setValue(round.rule.secondsPerCard);
    m_seconds->setAccessibleName(tr("Seconds per card"));
    m_timebox = new QSpinBox;
    m_timebox->setRange(0, Round::MaxTimeboxMinutes);
    m_timebox->setSpecialValueText(tr("none"));
    m_timebox->setSuffix(tr(" min"));
    m_timebox->setValue(round.timeboxMinutes);
    m_timebox->setAccessibleName(tr("Timebox"));
    m_target = new QCheckBox(tr("Target round: the profile one picker intends (the brand, "
                                "management), for comparisons"));
    m_target->setChecked(round.target);
    m_blind = new QCheckBox(tr("B&lind: the cards show only their number while people pick; "
                               "the facilitator reveals them afterwards"));
    m_blind->setObjectName(QStringLiteral("roundBlind"));
    m_blind->setChecked(round.blind);
    m_members = new QListWidget;
    m_members->setAccessibleName(tr("Who takes part"));
    for (const Participant &p : session.participants) {
        auto *item = new QListWidgetItem(p.displayName, m_members);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(round.includes(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    ProblemText::style(m_problem);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Question:"), m_question);
    form->addRow(tr("&Answers:"), m_mode);
    form->addRow(tr("Cards:"), m_cards);
    form->addRow(QString(), m_ranked);
    form->addRow(QString(), m_notMe);
    form->addRow(tr("&Seconds per card:"), m_seconds);
    form->addRow(tr("Time&box:"), m_timebox);
    form->addRow(QString(), m_target);
    form->addRow(QString(), m_blind);
    form->addRow(tr("&Who takes part:"), m_members);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoundEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RoundEditor::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RoundEditor::updateEnabled);
    updateEnabled();
    resize(560, 600);
}

void RoundEditor::updateEnabled()
{
    const bool scan = m_mode->currentIndex() == 1;
    for (QWidget *choose : std::initializer_list<QWidget *>{m_cards, m_ranked, m_notMe})
        choose->setEnabled(!scan);
    m_seconds->setEnabled(scan);
}

Round RoundEditor::round() const
{
    Round round = m_original;
    if (round.id.isNull())
        round.id = QUuid::createUuid();
    round.title = m_title->text().simplified();
    round.question = m_question->text().simplified();
    round.rule = m_mode->currentIndex() == 1
                     ? PickingRule::scan(m_seconds->value())
                     : PickingRule::choose(m_cards->minimum(), m_cards->maximum(),
                                           m_ranked->isChecked(), m_notMe->isChecked());
    round.timeboxMinutes = m_timebox->value();
    round.target = m_target->isChecked();
    round.blind = m_blind->isChecked();
    round.participantIds.clear();
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_members->item(i)->checkState() == Qt::Checked)
            round.participantIds.append(m_members->item(i)->data(Qt::UserRole).toUuid());
    }
    return round;
}

QString RoundEditor::problem() const
{
    const Round edited = round();
    if (edited.title.isEmpty())
        return tr("Give the round a title.");
    return edited.problem();
}

void RoundEditor::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_problem->setText(why);
        m_problem->setAccessibleName(why);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace DriveDeck
