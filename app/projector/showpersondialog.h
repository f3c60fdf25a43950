#pragma once

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace DriveDeck {

class Session;

// Before one person's picks go on the projector: whose, and a box the facilitator ticks to say
// that this person agreed. Without the tick nothing is shown: support, not surveillance.
class ShowPersonDialog : public QDialog
{
    Q_OBJECT

public:
    ShowPersonDialog(const Session &session, const QUuid &roundId, QWidget *parent = nullptr);

    QUuid person() const;
    void choose(const QUuid &participantId);
    void setAgreed(bool agreed);

private:
    void update();

    QLabel *m_intro = nullptr;
    QComboBox *m_people = nullptr;
    QCheckBox *m_agreed = nullptr;
    QPushButton *m_show = nullptr;
    QString m_roundTitle;
    QStringList m_names;
};

} // namespace DriveDeck
