#include "shell/application.h"

#include "decks/decklibrary.h"

#include "cli/clicommand.h"
#include "cli/commandline.h"
#include "look/readablestyle.h"
#include "render/cardpainter.h"
#include "settings/settings.h"
#include "shell/mainwindow.h"
#include "shell/outputs.h"
#include "shell/outputscreens.h"
#include "shell/startprobe.h"
#include "shell/startwarmup.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace DriveDeck {

namespace {

// The same names for the window and the command line, so both find the same data folder.
void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DriveDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("DriveDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DRIVEDECK_VERSION));
}

// --language first, then the one chosen in the menu last time, then the system's.
QString startLanguage(const QString &asked, const Settings &settings)
{
    if (!asked.isEmpty())
        return asked;
    const QString chosen = settings.language();
    return chosen.isEmpty() ? Translations::systemLanguage() : chosen;
}

// Every command: the command-line library's, then the chart and report commands of the outputs
// module (loaded for them: a start of the window does not ask for this table). Without the
// module, why is in moduleProblem.
const QList<CliCommand> &commandTable(QString *moduleProblem = nullptr)
{
    static QString problem;
    static const QList<CliCommand> table = [] {
        Outputs *outputs = Outputs::get(&problem);
        return outputs ? cliCommands() + outputs->commands() : cliCommands();
    }();
    if (moduleProblem)
        *moduleProblem = problem;
    return table;
}

// Runs command, found in table (the command-line library's own commands do not load the outputs
// module).
int runCommand(int argc, char *argv[], const CliCommand &command, const QList<CliCommand> &table)
{
    // A command needs no display. One that paints charts needs QtWidgets' graphics scene, so a
    // QApplication, on the offscreen platform unless another is asked for.
    std::unique_ptr<QCoreApplication> app;
    if (command.paints) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setApplicationNames();
    Settings settings;
    Translations::install(startLanguage({}, settings));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream input(stdin);
    return CommandLine::run(QCoreApplication::arguments(), settings, out, err, input, table);
}

// --help, help and --version need no display: answered before any window could be made.
int runHelp(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    Settings settings;
    Translations::install(startLanguage({}, settings));
    const QString word = QString::fromLocal8Bit(argv[1]);
    QTextStream out(stdout);
    if (word == QLatin1String("--version") || word == QLatin1String("-v")) {
        out << QStringLiteral("DriveDeck %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return 0;
    }
    // "drivedeck help import" is "drivedeck import --help".
    if (argc > 2 && CommandLine::find(commandTable(), QString::fromLocal8Bit(argv[2]))) {
        QTextStream err(stderr);
        QTextStream input(stdin);
        return CommandLine::run({QString::fromLocal8Bit(argv[0]), QString::fromLocal8Bit(argv[2]),
                                 QStringLiteral("--help")},
                                settings, out, err, input, commandTable());
    }
    CommandLine::printOverview(out, commandTable());
    return 0;
}

int runWindow(QApplication &app, StartWarmUp &warmUp);

// A photo deck's zip, unpacked by the outputs module, which holds the zip reader (loaded when a
// deck is imported from a zip, as for a chart: a start does not load QuaZip).
Status unzipDeckWithOutputs(const QString &zipPath, const QString &into, const DeckLimits &limits)
{
    QString problem;
    Outputs *outputs = Outputs::get(&problem);
    if (!outputs)
        return Error(Error::Kind::Unsupported,
                     QCoreApplication::translate(
                         "DriveDeck::Application",
                         "DriveDeck cannot open zip archives without its module: %1 Meanwhile, "
                         "unpack %2 and import its folder.")
                         .arg(problem, QFileInfo(zipPath).fileName()));
    return outputs->unzipDeck(zipPath, into, limits);
}

} // namespace

int runApplication(int argc, char *argv[])
{
    DeckLibrary::setZipReader(&unzipDeckWithOutputs);
    if (argc > 1) {
        const QByteArray word(argv[1]);
        if (word == "--help" || word == "-h" || word == "help" || word == "--help-all" ||
            word == "--version" || word == "-v")
            return runHelp(argc, argv);
    }
    // A command runs before any window exists.
    if (argc > 1) {
        const QString word = QString::fromLocal8Bit(argv[1]);
        if (const CliCommand *command = CommandLine::find(cliCommands(), word))
            return runCommand(argc, argv, *command, cliCommands());
        // A word that is neither an option nor like a file's name: one of the outputs module's
        // commands (looked for before any file: a folder named "report" beside does not make
        // `drivedeck report` a file to open), or a mistyped command ("drivedeck lsit"), said as
        // such, with or without a display.
        const bool bareWord =
            !word.startsWith(u'-') && !word.contains(u'.') && !word.contains(u'/');
        QString moduleProblem;
        if (bareWord) {
            const QList<CliCommand> &table = commandTable(&moduleProblem);
            if (const CliCommand *command = CommandLine::find(table, word))
                return runCommand(argc, argv, *command, table);
        }
        if (bareWord && !QFileInfo::exists(word)) {
            QCoreApplication app(argc, argv);
            setApplicationNames();
            Translations::install(Translations::systemLanguage());
            QTextStream err(stderr);
            if (!moduleProblem.isEmpty() &&
                (word == QLatin1String("chart") || word == QLatin1String("report"))) {
                Outputs::get(&moduleProblem); // now in the language installed
                err << QStringLiteral("drivedeck: ") << moduleProblem << Qt::endl;
                return 1;
            }
            err << QCoreApplication::translate("DriveDeck::CommandLine",
                                               "drivedeck: unknown command \"%1\"; the commands "
                                               "are %2")
                       .arg(word, CommandLine::commands().join(QStringLiteral(", ")) +
                                      QStringLiteral(", chart, report"))
                << Qt::endl;
            return 2;
        }
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The window needs a display; without one Qt would abort.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        Translations::install(Translations::systemLanguage());
        QTextStream(stderr) << QCoreApplication::translate(
                                   "DriveDeck::Application",
                                   "drivedeck: there is no display to show the window on "
                                   "(DISPLAY is not set); the commands work without one: "
                                   "drivedeck help")
                            << Qt::endl;
        return 1;
    }
#endif

    StartWarmUp warmUp;
    QApplication app(argc, argv);
    const int exitCode = runWindow(app, warmUp);
    warmUp.wait(); // long done, but not to be left running while the application goes
    return exitCode;
}

namespace {

int runWindow(QApplication &app, StartWarmUp &warmUp)
{
    // The system's style, with what a dark palette needs to keep check boxes visible.
    QApplication::setStyle(new ReadableStyle(QStyleFactory::create(QApplication::style()->name())));
    setApplicationNames();
    QApplication::setDesktopFileName(QStringLiteral("org.drivedeck.DriveDeck"));
    Settings settings;

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "DriveDeck::Application", "Run in-room workshops on the 24 drives that move people."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption languageOption(
        QStringList{QStringLiteral("language")},
        QApplication::translate("DriveDeck::Application", "Interface language: en or nl."),
        QStringLiteral("code"));
    parser.addOption(languageOption);
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("database")},
        QApplication::translate("DriveDeck::Application",
                                "The database: a file path or postgresql://user@host:port/db."),
        QStringLiteral("url"));
    parser.addOption(databaseOption);
    const QCommandLineOption openOption(
        QStringList{QStringLiteral("open")},
        QApplication::translate("DriveDeck::Application",
                                "Open this session (its title or id) on the card wall."),
        QStringLiteral("session"));
    parser.addOption(openOption);
    const QCommandLineOption verboseOption(
        QStringList{QStringLiteral("verbose")},
        QApplication::translate("DriveDeck::Application",
                                "Print what DriveDeck does with the database and files."));
    parser.addOption(verboseOption);
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("DriveDeck::Application",
                                "Session files (.drivedeck) or picks (.csv) to import and open."),
        QStringLiteral("[files...]"));
    // Help, the version and a mistyped option end the program with exit() inside process(),
    // which would not wait for the warm-up: it is waited for first.
    if (!parser.parse(app.arguments()) || parser.isSet(helpOption) ||
        parser.isSet(QStringLiteral("help-all")) || parser.isSet(versionOption)) {
        warmUp.wait();
        parser.process(app);
        return 1; // not reached: process() has ended the program
    }
    // A double-clicked session file while DriveDeck runs: the window that is there opens it.
    const QStringList files = parser.positionalArguments();
    // (The module that hands them over is loaded for it: only a start with files waits for it.)
    if (!files.isEmpty() && !parser.isSet(databaseOption)) {
        Outputs *outputs = Outputs::get();
        if (outputs && outputs->handOver(files))
            return 0;
    }
    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("drivedeck.*.debug=true"));

    const QString language = startLanguage(parser.value(languageOption), settings);
    Translations::install(language);
    // Numbers and dates in the window follow its language ("62,5 %", "26 nov. 2026").
    Translations::useLocaleOf(language);

    // The cards and their pictures are drawn once per size and then read from the cache folder.
    const QDir cache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    CardPainter::setMotifFolder(cache.filePath(QStringLiteral("motifs")));
    CardPainter::setCardFolder(cache.filePath(QStringLiteral("cards")));
    // Until the first frame is painted (StartWarmUp turns it off).
    CardPainter::mapKeptCards(true);
    // The embedded SQLite database unless one is chosen here or in the settings. It opens on
    // its own thread, asked for before the window is built so that both happen at once.
    const QString url =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : settings.databaseUrl();
    const Result<DatabaseConfig> config =
        url.isEmpty() ? Result<DatabaseConfig>(DatabaseConfig::defaultSqlite())
                      : DatabaseConfig::fromUrl(url);
    MainWindow window(settings, config ? *config : DatabaseConfig::defaultSqlite(),
                      [&warmUp] { warmUp.waitForFonts(); });
    if (parser.isSet(openOption))
        window.openOnStart(parser.value(openOption));
    QObject::connect(&window, &MainWindow::firstFramePainted, &window,
                     [&warmUp] { warmUp.firstFramePainted(); });
    StartProbe::attachIfAsked(window);
    // The session asked for appears at once on its wall when it is at hand within a moment (it
    // is read while the window is built); else a page says which session is coming.
    if (parser.isSet(openOption))
        window.showOnceOpened(std::chrono::milliseconds(200));
    else
        window.show();
    if (!files.isEmpty())
        window.openFiles(files);
    // Once the window is on the screen (the first paint waits for neither): the outputs module
    // on a worker thread, so that the Profile and Report pages find it ready; and the channel
    // later starts hand their files to, which is in that module. A window on a database of its
    // own (--database) keeps to itself.
    QTimer::singleShot(250, &window, [&window, listen = !parser.isSet(databaseOption)] {
        Outputs::whenLoaded(&window, [&window, listen](Outputs *outputs) {
            if (!listen || !outputs)
                return;
            FileHandOver *channel = outputs->fileHandOver(&window);
            QObject::connect(channel, &FileHandOver::filesArrived, &window, &MainWindow::openFiles);
            channel->listen();
        });
    });
    const int exitCode = app.exec();
    Outputs::waitForLoad(); // not to be left loading while the program ends
    return exitCode;
}

} // namespace

} // namespace DriveDeck
