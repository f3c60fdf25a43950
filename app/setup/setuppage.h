#pragma once

#include "domain/round.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace DriveDeck {

class AgreementsModel;
class ParticipantsModel;
class RoundsModel;
class SessionDocument;

// Before and around the workshop: the session's details, its people (typed or pasted, one name
// a line; aliases for an anonymous session) and the team's agreements. Every field writes
// through the session's document when it is left, as one undoable step.
class SetupPage : public QWidget
{
    Q_OBJECT

public:
    explicit SetupPage(SessionDocument *document, QWidget *parent = nullptr);
    ~SetupPage() override;

    QTableView *peopleView() const { return m_people; }
    QTableView *agreementsView() const { return m_agreements; }
    QString problem() const;

    // What the Add buttons do (tests call them too): each line of text is one person.
    void addPeople(const QString &lines);
    void addAgreement(const QString &text);
    // A round from the round editor: added when it is new, else changed.
    void saveRound(const Round &round);
    QListView *roundsView() const { return m_rounds; }
    void removeSelectedRound();
    // What the Remove buttons do.
    void removeSelectedPeople();
    // Up (-1) or down (+1) one place; the selection follows.
    void moveSelectedPerson(int step);
    void removeSelectedAgreement();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void loadDetails();
    void commitDetails();
    void editRound(const QUuid &roundId);
    void showProblem(const QString &message);
    void retranslate();

    SessionDocument *m_document;
    ParticipantsModel *m_peopleModel = nullptr;
    AgreementsModel *m_agreementsModel = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_team = nullptr;
    QLineEdit *m_facilitator = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_anonymous = nullptr;
    QComboBox *m_deck = nullptr;
    QCheckBox *m_deckAtRandom = nullptr;
    RoundsModel *m_roundsModel = nullptr;
    QLabel *m_roundsTitle = nullptr;
    QListView *m_rounds = nullptr;
    QPushButton *m_addRound = nullptr;
    QPushButton *m_editRound = nullptr;
    QPushButton *m_removeRound = nullptr;
    QLabel *m_peopleTitle = nullptr;
    QTableView *m_people = nullptr;
    QLineEdit *m_newPerson = nullptr;
    QPushButton *m_addPerson = nullptr;
    QPushButton *m_removePerson = nullptr;
    QPushButton *m_personUp = nullptr;
    QPushButton *m_personDown = nullptr;
    QLabel *m_agreementsTitle = nullptr;
    QTableView *m_agreements = nullptr;
    QLineEdit *m_newAgreement = nullptr;
    QPushButton *m_addAgreement = nullptr;
    QPushButton *m_removeAgreement = nullptr;
    QLabel *m_problem = nullptr;
    QList<QLabel *> m_formLabels;
    bool m_loading = false;
};

} // namespace DriveDeck
