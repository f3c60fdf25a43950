#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace DriveDeck {

class Settings;

// `drivedeck COMMAND ...`: list, import, export, profile, compare, delete. Needs no display.
// Exit codes: 0 success, 1 failure, 2 wrong usage; failures print one line on stderr. Every
// command is one row of the table in cli/clicommand.h.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::CommandLine)

public:
    static QStringList commands();
    static bool isCommand(const QString &word) { return commands().contains(word); }

    // arguments: the whole command line, program name first. settings: the process's one
    // Settings (the database and facilitator chosen in the window). input answers questions
    // (delete asks before deleting).
    static int run(const QStringList &arguments, Settings &settings, QTextStream &out,
                   QTextStream &err, QTextStream &input);
};

} // namespace DriveDeck
