#pragma once

#include <QWidget>

class QToolButton;

namespace DriveDeck {

// Where the workshop is: set-up, picking, stories, reveal, discussion, agreements. The
// facilitator moves on and back (the buttons, or F9 and F8 in the View menu); each step brings up
// the page it needs, and the projector follows (the reveal from step 4 on).
class AgendaBar : public QWidget
{
    Q_OBJECT

public:
    enum class Step
    {
        SetUp,
        Picking,
        Stories,
        Reveal,
        Discussion,
        Agreements
    };
    static constexpr int StepCount = 6;

    explicit AgendaBar(QWidget *parent = nullptr);

    Step step() const { return m_step; }
    void setStep(Step step);
    void next();
    void previous();
    // The projector shows the reveal at this step.
    static bool reveals(Step step) { return int(step) >= int(Step::Reveal); }

Q_SIGNALS:
    void stepChosen(DriveDeck::AgendaBar::Step step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Step m_step = Step::Picking;
    QList<QToolButton *> m_buttons;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
};

} // namespace DriveDeck
