#pragma once

#include "profile/organisationprofile.h"
#include "shell/outputscreens.h"

#include <QDialog>

#include <functional>
#include <optional>

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTimer;

namespace DriveDeck {

class SessionLibrary;

// The profile across saved sessions, for a department or a whole organisation: filtered by team,
// tag, date range and round title, target rounds left out unless asked for, aggregated in the
// database (on the library's thread), with how many sessions, people and respondents it covers. A
// selection of fewer people than the smallest group is not charted, and says why.
class OrganisationDialog : public OrganisationScreen
{
    Q_OBJECT

public:
    OrganisationDialog(SessionLibrary *library, int minimumGroup, QWidget *parent = nullptr);

    ProfileFilter filter() const;
    void setFilter(const ProfileFilter &filter);
    void setMinimumGroup(int people) override;
    // What the figures say, in words (also the screen reader's text).
    QString text() const;
    QChart *domainChart() const;
    QChart *drivesChart() const;
    // True while an answer from the database is awaited.
    bool isBusy() const { return m_asked != m_answered; }

Q_SIGNALS:
    // The figures for the current filter are shown.
    void shown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void ask();
    void present(const Result<OrganisationProfile> &result);
    void fillChoices();
    void retranslate();

    SessionLibrary *m_library;
    int m_minimumGroup;
    QLabel *m_teamLabel = nullptr;
    QComboBox *m_team = nullptr;
    QLabel *m_tagLabel = nullptr;
    QComboBox *m_tag = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_roundLabel = nullptr;
    QComboBox *m_round = nullptr;
    QCheckBox *m_targets = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_domainView = nullptr;
    QChartView *m_drivesView = nullptr;
    QTimer *m_later = nullptr;
    std::function<QChart *()> m_buildDomains;
    std::function<QChart *()> m_buildDrives;
    QList<QAction *> m_chartActions;
    std::optional<OrganisationProfile> m_last;
    int m_asked = 0;
    int m_answered = 0;
};

} // namespace DriveDeck
