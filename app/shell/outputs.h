#pragma once

#include "cli/clicommand.h"
#include "domain/result.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace DriveDeck {

class FileHandOver;
class OrganisationScreen;
class ProfileScreen;
class ReportScreen;
class SessionDocument;
class SessionLibrary;
struct DeckLimits;

// The screens and commands that draw charts and PDFs (Qt Charts, Qt PDF), the hand-over
// between starts (Qt Network) and the zip reader of photo decks (QuaZip), in a module of their own:
// libdrivedeck-outputs.so beside the program, or in DriveDeck's folder of the system's libraries.
// Those libraries take longer to load than the rest of the window's together, and a start needs
// none of them: the module is loaded on a worker thread once the first frame is painted, or when
// first asked for.
class Outputs
{
public:
    virtual ~Outputs() = default;

    virtual ProfileScreen *profilePage(SessionDocument *document) = 0;
    virtual ReportScreen *reportPage(SessionDocument *document) = 0;
    virtual OrganisationScreen *organisationDialog(SessionLibrary *library, int minimumGroup,
                                                   QWidget *parent) = 0;
    // The chart and report commands, in the order `drivedeck` lists them.
    virtual QList<CliCommand> commands() = 0;
    // The channel a later start hands its files to, and the hand-over by a later start: true
    // once the DriveDeck that is there has taken the files.
    virtual FileHandOver *fileHandOver(QObject *parent) = 0;
    virtual bool handOver(const QStringList &files) = 0;
    // A photo deck's zip archive unpacked into a folder (DeckLibrary's zip reader).
    virtual Status unzipDeck(const QString &zipPath, const QString &into,
                             const DeckLimits &limits) = 0;

    // The module, loaded at the first call (or waited for, when loadInBackground() started it);
    // null when it cannot be, with why in error.
    static Outputs *get(QString *error = nullptr);
    // Starts loading the module on a worker thread, so that it is there when first asked for.
    static void loadInBackground();
    // Loads the module on a worker thread and calls done on context's thread once it is there
    // (null when it cannot be): the window does not wait for it.
    static void whenLoaded(QObject *context, std::function<void(Outputs *)> done);
    // Uses these outputs instead of the module: a program that links them in (the tests).
    static void useBuiltIn(Outputs *outputs);
    // Waits for a load on the worker thread (before the program ends).
    static void waitForLoad();
};

} // namespace DriveDeck
