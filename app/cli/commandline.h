#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace DriveDeck {

class Settings;
struct CliCommand;

// `drivedeck COMMAND ...`: list, import, export, profile, compare, delete. Needs no display.
// Exit codes: 0 success, 1 failure, 2 wrong usage; failures print one line on stderr. Every
// command is one row of the table in cli/clicommand.h.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::CommandLine)

public:
    // The names of cliCommands().
    static QStringList commands();
    // The command called word in table, or null.
    static const CliCommand *find(const QList<CliCommand> &table, const QString &word);

    // arguments: the whole command line, program name first. settings: the process's one
    // Settings (the database and facilitator chosen in the window). input answers questions
    // (delete asks before deleting). table: the commands there are (cliCommands(), and the
    // chart command where it is linked).
    static int run(const QStringList &arguments, Settings &settings, QTextStream &out,
                   QTextStream &err, QTextStream &input, const QList<CliCommand> &table);
    static int run(const QStringList &arguments, Settings &settings, QTextStream &out,
                   QTextStream &err, QTextStream &input);
    // What `drivedeck --help` and `drivedeck help` print: how to start the window, and every
    // command with what it does. Needs no display.
    static void printOverview(QTextStream &out, const QList<CliCommand> &table);
};

} // namespace DriveDeck
