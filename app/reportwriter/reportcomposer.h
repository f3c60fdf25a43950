#pragma once

#include "render/pageflow.h"
#include "render/reportblock.h"
#include "reportwriter/reportoptions.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace DriveDeck {

class Profile;
struct Round;

// What the report says, block by block, in the language installed while it runs: the cover,
// a summary in sentences, a section per round with its charts and figures, the comparisons,
// the agreements, and the appendices asked for. Every figure comes from the profile maths
// through Figures and KeyFigures, and every chart from ProfileCharts, so the report, the
// window and the command line never disagree. Rounds with fewer people than the smallest group
// are named but not characterised.
class ReportComposer
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::ReportComposer)

public:
    ReportComposer(const Session &session, const ReportOptions &options, const QString &fontFamily);

    QList<ReportBlock> blocks() const;
    PageFlow::Frame frame() const;
    // The PDF's title: the session's and what the document is; never a participant's name.
    QString documentTitle() const;

    // The session as a report may show it. Anonymous: every participant is their alias ("Person
    // 3" without one), and their names are replaced by it in stories and agreements too, so no
    // name is left in the text for someone who was promised anonymity.
    static Session asShown(const Session &session, bool anonymous);

private:
    void cover(QList<ReportBlock> &blocks) const;
    void summary(QList<ReportBlock> &blocks) const;
    void roundSection(QList<ReportBlock> &blocks, const Round &round) const;
    void comparisonSection(QList<ReportBlock> &blocks, const RoundPair &pair) const;
    void agreements(QList<ReportBlock> &blocks) const;
    void stories(QList<ReportBlock> &blocks) const;
    void pickGrids(QList<ReportBlock> &blocks) const;

    // Whether a round's profile may be characterised: a target round is one voice (the brand's),
    // the rule on group size is for people.
    bool characterised(const Round &round, const Profile &profile) const;
    int minimumFor(const Round &round) const;
    QString roundName(const Round &round) const;
    QList<const Round *> includedRounds() const;

    std::shared_ptr<const Session> m_session;
    ReportOptions m_options;
    QString m_family;
};

} // namespace DriveDeck
