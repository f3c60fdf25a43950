#include "outputs/builtinoutputs.h"

#include "cli/chartcommand.h"
#include "cli/reportcommand.h"
#include "decks/deckzip.h"
#include "handover/instancechannel.h"
#include "organisation/organisationdialog.h"
#include "report/reportpage.h"
#include "teamprofile/profilepage.h"

namespace DriveDeck {

ProfileScreen *BuiltInOutputs::profilePage(SessionDocument *document)
{
    return new ProfilePage(document);
}

ReportScreen *BuiltInOutputs::reportPage(SessionDocument *document)
{
    return new ReportPage(document);
}

OrganisationScreen *BuiltInOutputs::organisationDialog(SessionLibrary *library, int minimumGroup,
                                                       QWidget *parent)
{
    return new OrganisationDialog(library, minimumGroup, parent);
}

QList<CliCommand> BuiltInOutputs::commands()
{
    return {chartCommand(), reportCommand()};
}

FileHandOver *BuiltInOutputs::fileHandOver(QObject *parent)
{
    return new InstanceChannel(InstanceChannel::defaultName(), parent);
}

bool BuiltInOutputs::handOver(const QStringList &files)
{
    return InstanceChannel::handOver(files);
}

Status BuiltInOutputs::unzipDeck(const QString &zipPath, const QString &into,
                                 const DeckLimits &limits)
{
    return DeckZip::unzip(zipPath, into, limits);
}

BuiltInOutputs *BuiltInOutputs::instance()
{
    static BuiltInOutputs outputs;
    return &outputs;
}

} // namespace DriveDeck
