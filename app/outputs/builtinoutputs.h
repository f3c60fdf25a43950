#pragma once

#include "shell/outputs.h"

namespace DriveDeck {

// The outputs themselves: the module's entry returns them, and a program that links them in
// (the tests) hands them to Outputs::useBuiltIn().
class BuiltInOutputs : public Outputs
{
public:
    ProfileScreen *profilePage(SessionDocument *document) override;
    ReportScreen *reportPage(SessionDocument *document) override;
    OrganisationScreen *organisationDialog(SessionLibrary *library, int minimumGroup,
                                           QWidget *parent) override;
    QList<CliCommand> commands() override;
    FileHandOver *fileHandOver(QObject *parent) override;
    bool handOver(const QStringList &files) override;
    Status unzipDeck(const QString &zipPath, const QString &into,
                     const DeckLimits &limits) override;

    static BuiltInOutputs *instance();
};

} // namespace DriveDeck
