#pragma once

#include "domain/session.h"
#include "shell/outputscreens.h"

#include <QImage>
#include <QUuid>
#include <QWidget>

#include <functional>

class QAbstractItemView;
class QCheckBox;
class QComboBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QChart;
class QChartView;
class QLabel;

namespace DriveDeck {

class EntryGridModel;
class PersonDriveProxy;
class RoundChooser;
class SessionDocument;

// The round's team profile: the domains' shares with their affinity and the people per drive
// as charts (ProfileCharts), beside the key figures in words. Follows every pick as it is
// made, so the room can watch it grow.
class ProfilePage : public ProfileScreen
{
    Q_OBJECT

public:
    explicit ProfilePage(SessionDocument *document, QWidget *parent = nullptr);

    void selectRound(const QUuid &roundId) override;
    QString text() const;
    // The fewest people shown as a profile (Settings › Smallest group).
    void setMinimumGroup(int people) override;
    QChart *domainChart() const;
    QChart *drivesChart() const;
    // While comparing: each domain's change in percentage points (null otherwise).
    QChart *deltaChart() const;
    // The stories behind the picks of one drive (also what a click on its bar shows).
    void showStoriesOf(int driveId);
    enum class Chart
    {
        Domains,
        Drives,
        DomainDeltas
    };
    // A chart as shown, at presentation size (1600 × 900) with its title and legend: for the
    // clipboard, a PNG or an SVG (by the file's extension).
    QImage chartImage(Chart chart) const;
    bool saveChart(Chart chart, const QString &path, QString *error) const;
    // Another round to set this one against (now vs desired, team vs target); null for none.
    void compareWith(const QUuid &roundId);
    // One person's picks in this round against the team's.
    void compareWithPerson(const QUuid &participantId);
    // A saved session's rounds to compare with (team vs team, before vs after); its first round
    // is chosen. Kept while the page lives; a session given again replaces its copy.
    void addOtherSession(const Session &session) override;

    QString storiesText() const;
    // The chosen drive in our own words, with two questions for the conversation.
    QString aboutDriveText() const;
    // Drive buddies: each person with picks, their most alike and most different teammate.
    QTableWidget *buddiesTable() const { return m_buddies; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshStories();
    void refreshBuddies();
    void fillComparisons();
    // What the comparison list holds: "round:", "person:" or "session:" and ids, or "another".
    void compareWithKey(const QString &key);
    void addChartActions(QChartView *view, Chart chart);
    void addTableActions(QAbstractItemView *view, const QString &fileName);
    void retranslate();

    SessionDocument *m_document;
    RoundChooser *m_rounds = nullptr;
    QLabel *m_roundLabel = nullptr;
    QLabel *m_figures = nullptr;
    QChartView *m_domainView = nullptr;
    QChartView *m_drivesView = nullptr;
    QChartView *m_deltaView = nullptr;
    std::function<QChart *()> m_buildDeltas;
    QList<Session> m_otherSessions;
    QString m_lastComparison;
    QCheckBox *m_byPicks = nullptr;
    QCheckBox *m_radar = nullptr;
    QLabel *m_compareLabel = nullptr;
    std::function<QChart *()> m_buildDomains;
    std::function<QChart *()> m_buildDrives;
    QList<QAction *> m_chartActions;
    QList<QAction *> m_tableActions;
    QComboBox *m_compare = nullptr;
    QTabWidget *m_details = nullptr;
    QWidget *m_figuresTab = nullptr;
    EntryGridModel *m_grid = nullptr;
    PersonDriveProxy *m_gridProxy = nullptr;
    QTableView *m_gridView = nullptr;
    QWidget *m_storiesTab = nullptr;
    QLabel *m_storiesLabel = nullptr;
    QComboBox *m_storyDrive = nullptr;
    QLabel *m_stories = nullptr;
    QLabel *m_driveAbout = nullptr;
    QTableWidget *m_buddies = nullptr;
    int m_minimumGroup = 5;
};

} // namespace DriveDeck
