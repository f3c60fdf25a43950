#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;

namespace DriveDeck {

class RoundChooser;
class SessionDocument;

// The round's team profile, for now in words: the key figures that the charts of the profiles
// issue will draw. Follows every pick as it is made, so the room can watch it grow.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePage(SessionDocument *document, QWidget *parent = nullptr);

    void selectRound(const QUuid &roundId);
    QString text() const;
    // The fewest people shown as a profile (Settings › Smallest group).
    void setMinimumGroup(int people);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    SessionDocument *m_document;
    RoundChooser *m_rounds = nullptr;
    QLabel *m_roundLabel = nullptr;
    QLabel *m_figures = nullptr;
    int m_minimumGroup = 5;
};

} // namespace DriveDeck
