#include "workspace/agendabar.h"

#include <QAction>
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace DriveDeck {

AgendaBar::AgendaBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("agendaBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(0);
    m_previous = new QToolButton;
    m_previous->setObjectName(QStringLiteral("agendaPrevious"));
    m_previous->setArrowType(Qt::LeftArrow);
    connect(m_previous, &QToolButton::clicked, this, &AgendaBar::previous);
    layout->addWidget(m_previous);
    auto *group = new QButtonGroup(this);
    group->setExclusive(true);
    for (int i = 0; i < StepCount; ++i) {
        auto *button = new QToolButton;
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        group->addButton(button, i);
        layout->addWidget(button);
        m_buttons.append(button);
    }
    connect(group, &QButtonGroup::idClicked, this,
            [this](int id) { setStep(static_cast<Step>(id)); });
    m_next = new QToolButton;
    m_next->setObjectName(QStringLiteral("agendaNext"));
    m_next->setArrowType(Qt::RightArrow);
    connect(m_next, &QToolButton::clicked, this, &AgendaBar::next);
    layout->addWidget(m_next);
    m_buttons.at(int(m_step))->setChecked(true);
    retranslate();
}

void AgendaBar::setStep(Step step)
{
    m_step = step;
    m_buttons.at(int(step))->setChecked(true);
    m_previous->setEnabled(int(step) > 0);
    m_next->setEnabled(int(step) < StepCount - 1);
    Q_EMIT stepChosen(step);
}

void AgendaBar::next()
{
    if (int(m_step) < StepCount - 1)
        setStep(static_cast<Step>(int(m_step) + 1));
}

void AgendaBar::previous()
{
    if (int(m_step) > 0)
        setStep(static_cast<Step>(int(m_step) - 1));
}

void AgendaBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AgendaBar::retranslate()
{
    const QStringList names{tr("Set-up"), tr("Picking"),    tr("Stories"),
                            tr("Reveal"), tr("Discussion"), tr("Agreements")};
    for (int i = 0; i < StepCount; ++i) {
        m_buttons.at(i)->setText(names.at(i));
        m_buttons.at(i)->setAccessibleName(tr("Agenda: %1").arg(names.at(i)));
    }
    m_previous->setToolTip(tr("The step before (F8)"));
    m_previous->setAccessibleName(tr("Agenda: the step before"));
    m_next->setToolTip(tr("The next step (F9)"));
    m_next->setAccessibleName(tr("Agenda: the next step"));
    setAccessibleName(tr("Workshop agenda"));
    m_previous->setEnabled(int(m_step) > 0);
    m_next->setEnabled(int(m_step) < StepCount - 1);
}

} // namespace DriveDeck
