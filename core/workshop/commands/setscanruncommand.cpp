#include "workshop/commands/setscanruncommand.h"

#include "domain/catalogue.h"
#include "workshop/sessiondocument.h"

namespace DriveDeck {

namespace {

QString describe(const Session &session, const std::optional<ScanRun> &before, const ScanRun &after)
{
    const QString who = session.shownName(after.participantId);
    if (!before)
        return SetScanRunCommand::tr("Start the scan of %1").arg(who);
    if (after.unanswered.size() > before->unanswered.size())
        return SetScanRunCommand::tr("No answer from %1 on %2")
            .arg(who, session.cardName(after.roundId, after.unanswered.last()));
    return SetScanRunCommand::tr("Change the scan of %1").arg(who);
}

} // namespace

SetScanRunCommand::SetScanRunCommand(SessionDocument *document,
                                     const std::optional<ScanRun> &before, const ScanRun &after)
    : DocumentCommand(document, Change::SetScanRun{after.roundId, after.participantId, after},
                      Change::SetScanRun{after.roundId, after.participantId, before},
                      describe(document->session(), before, after))
{}

} // namespace DriveDeck
