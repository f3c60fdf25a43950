#pragma once

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QChart;
class QChartView;
class QLabel;

namespace DriveDeck {

class RoundChooser;
class SessionDocument;

// The round's team profile: the domains' shares with their affinity and the people per drive
// as charts (ProfileCharts), beside the key figures in words. Follows every pick as it is
// made, so the room can watch it grow.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePage(SessionDocument *document, QWidget *parent = nullptr);

    void selectRound(const QUuid &roundId);
    QString text() const;
    // The fewest people shown as a profile (Settings › Smallest group).
    void setMinimumGroup(int people);
    QChart *domainChart() const;
    QChart *drivesChart() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    SessionDocument *m_document;
    RoundChooser *m_rounds = nullptr;
    QLabel *m_roundLabel = nullptr;
    QLabel *m_figures = nullptr;
    QChartView *m_domainView = nullptr;
    QChartView *m_drivesView = nullptr;
    QCheckBox *m_byPicks = nullptr;
    int m_minimumGroup = 5;
};

} // namespace DriveDeck
