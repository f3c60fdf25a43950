#pragma once

#include "domain/result.h"
#include "domain/session.h"
#include "store/sessionstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QTextStream>

#include <memory>

namespace DriveDeck {

class Settings;

// What a command's handler works with: the parsed command line, the streams, and the store.
class CliContext
{
public:
    CliContext(QCommandLineParser &parser, Settings &settings, QTextStream &out, QTextStream &err,
               QTextStream &input);

    QCommandLineParser &parser;
    Settings &settings;
    QTextStream &out;
    QTextStream &err;
    QTextStream &input;
    QString command;
    QString synopsis;
    std::unique_ptr<SessionStore> store;

    // Every option any command takes; each command's row says which it adds.
    const QCommandLineOption help;
    const QCommandLineOption database;
    const QCommandLineOption verbose;
    const QCommandLineOption format;
    const QCommandLineOption round;
    const QCommandLineOption output;
    const QCommandLineOption title;
    const QCommandLineOption team;
    const QCommandLineOption replace;
    const QCommandLineOption all;
    const QCommandLineOption tag;
    const QCommandLineOption from;
    const QCommandLineOption to;
    const QCommandLineOption yes;
    // The chart command's.
    const QCommandLineOption kind;
    const QCommandLineOption picture;
    const QCommandLineOption against;
    const QCommandLineOption againstRound;
    const QCommandLineOption size;
    const QCommandLineOption language;
    const QCommandLineOption anonymous;
    // The deck command's.
    const QCommandLineOption deckName;
    // The report command's.
    const QCommandLineOption report;
    const QCommandLineOption include;
    const QCommandLineOption compare;
    // The import command's: what a CSV does not say about its session.
    const QCommandLineOption sessionDate;
    const QCommandLineOption sessionTag;
    const QCommandLineOption sessionLanguage;
    const QCommandLineOption facilitator;
    // The database command's.
    const QCommandLineOption fromVersion;
    // The profile command's, with --all.
    const QCommandLineOption includeTargets;
    // The forget command's.
    const QCommandLineOption inSession;
    // The edit command's.
    const QCommandLineOption newTitle;
    const QCommandLineOption newDate;
    const QCommandLineOption addTag;
    const QCommandLineOption untag;
    const QCommandLineOption anonymity;

    Result<SessionStore *> openStore();
    Result<Session> loadSession(const QString &reference);
    // The round of that title in session (the first when title is empty), or why not.
    static Result<const Round *> findRound(const Session &session, const QString &title);
    // Print the message and give the exit code: 2 for wrong usage, 1 for a failure.
    int usage(const QString &message);
    int fail(const QString &message);
};

// One command of the table: its name, what it does, how it is called, what it takes, and the
// handler that runs once the arguments are parsed and the store is open.
struct CliCommand
{
    struct Argument
    {
        const char *name;
        const char *description; // translated in the CommandLine context
        const char *syntax = nullptr;
    };

    const char *name;
    const char *description; // translated in the CommandLine context
    const char *synopsis;    // after "drivedeck "; a second line for a second form
    QList<const QCommandLineOption CliContext::*> options;
    QList<Argument> arguments;
    int (*handler)(CliContext &context);
    // Paints with Qt's widgets' graphics (Qt Charts): runs in a QApplication on the offscreen
    // platform, still without a display.
    bool paints = false;
    // Needs the sessions' database (the deck command does not: decks are files).
    bool usesStore = true;
};

// Every command of the command-line library, in the order `drivedeck` lists them. The chart
// command lives apart (cli/chartcommand.h), so that this library and its tests need no widgets.
const QList<CliCommand> &cliCommands();

} // namespace DriveDeck
