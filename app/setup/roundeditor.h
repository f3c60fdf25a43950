#pragma once

#include "domain/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace DriveDeck {

class CardRangeEdit;

// One round, new or edited: its title and question, how people answer (choose some cards, in
// order or not, "not me" or not; or yes/no to every card with seconds per card), its timebox,
// whether it is a target round, and who takes part. The dialog checks the round the way the
// session will, so OK never leaves a broken round behind.
class RoundEditor : public QDialog
{
    Q_OBJECT

public:
    RoundEditor(const Session &session, const Round &round, QWidget *parent = nullptr);

    Round round() const;
    QString problem() const;
    void accept() override;

private:
    void updateEnabled();

    const Session m_session;
    const Round m_original;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_question = nullptr;
    QComboBox *m_mode = nullptr;
    CardRangeEdit *m_cards = nullptr;
    QCheckBox *m_ranked = nullptr;
    QCheckBox *m_notMe = nullptr;
    QSpinBox *m_seconds = nullptr;
    QSpinBox *m_timebox = nullptr;
    QCheckBox *m_target = nullptr;
    QCheckBox *m_blind = nullptr;
    QListWidget *m_members = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace DriveDeck
