#pragma once

#include "domain/session.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace DriveDeck {

class CardRangeEdit;

// A new workshop in one step: its title and team, who takes part (pasted or typed, one name a
// line) and the first question with how many cards people pick. Everything else is set up
// later; the card wall opens right after.
class NewSessionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewSessionDialog(QWidget *parent = nullptr);

    void setFacilitator(const QString &name);
    void setLanguage(const QString &language);
    // The session the fields describe: fresh ids, everybody in the first round.
    Session session() const;
    // The names, one per line, blanks and doubles dropped.
    QStringList names() const;
    QString problem() const;

    void accept() override;

private:
    void updateProblem();

    QLineEdit *m_title = nullptr;
    QLineEdit *m_team = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_people = nullptr;
    QLineEdit *m_question = nullptr;
    CardRangeEdit *m_cards = nullptr;
    QLabel *m_problem = nullptr;
    QString m_facilitator;
    QString m_language = QStringLiteral("en");
};

} // namespace DriveDeck
