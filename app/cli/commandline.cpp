#include "commandline.h"

#include "catalogue.h"
#include "pickscsv.h"
#include "profileexport.h"
#include "sessionexchange.h"
#include "sessionfile.h"
#include "sessionstore.h"
#include "settings.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <functional>

namespace DriveDeck {

namespace {

constexpr int Success = 0;
constexpr int Failure = 1;
constexpr int Usage = 2;

// A failure for stderr: one line, however many problems it lists.
struct Failed
{
    QString message;
    int code = Failure;
};

QString oneLine(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(QStringLiteral("; "));
}

class Context
{
public:
    Context(QCommandLineParser &parser, QTextStream &out, QTextStream &err, QTextStream &input)
        : parser(parser)
        , out(out)
        , err(err)
        , input(input)
    {}

    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QTextStream &input;
    std::unique_ptr<SessionStore> store;

    const QCommandLineOption database{
        QStringList{QStringLiteral("database")},
        CommandLine::tr("The database: a file path or postgresql://user@host:port/db (default: "
                        "the one set in DriveDeck, else the embedded SQLite database)."),
        QStringLiteral("url")};

    Result<SessionStore *> openStore()
    {
        QString url = parser.value(database);
        if (url.isEmpty())
            url = Settings().databaseUrl();
        Result<DatabaseConfig> config =
            url.isEmpty() ? Result<DatabaseConfig>(DatabaseConfig::defaultSqlite())
                          : DatabaseConfig::fromUrl(url);
        if (!config)
            return config.error();
        auto opened = SessionStore::open(*config);
        if (!opened)
            return opened.error();
        store = std::move(opened).value();
        const QString author = Settings().facilitatorName();
        if (!author.isEmpty())
            store->setAuthor(author);
        return store.get();
    }

    Result<Session> loadSession(const QString &reference)
    {
        const Result<QUuid> id = store->resolve(reference);
        if (!id)
            return id.error();
        return store->load(*id);
    }
};

Result<const Round *> findRound(const Session &session, const QString &title)
{
    if (session.rounds.isEmpty())
        return Error(CommandLine::tr("“%1” has no rounds yet.").arg(session.title));
    if (title.isEmpty())
        return &session.rounds.first();
    for (const Round &round : session.rounds) {
        if (round.title == title)
            return &round;
    }
    for (const Round &round : session.rounds) {
        if (round.title.compare(title, Qt::CaseInsensitive) == 0)
            return &round;
    }
    QStringList titles;
    for (const Round &round : session.rounds)
        titles.append(QStringLiteral("\"%1\"").arg(round.title));
    return Error(CommandLine::tr("“%1” has no round \"%2\"; its rounds are %3.")
                     .arg(session.title, title, titles.join(QStringLiteral(", "))));
}

Result<QString> formatOption(QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString format = parser.value(option).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return Error(
            CommandLine::tr("unknown format \"%1\": use json or csv").arg(parser.value(option)));
    return format;
}

} // namespace

QStringList CommandLine::commands()
{
    return {QStringLiteral("list"),    QStringLiteral("import"),  QStringLiteral("export"),
            QStringLiteral("profile"), QStringLiteral("compare"), QStringLiteral("delete")};
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                     QTextStream &input)
{
    const QString command = arguments.value(1);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    Context c(parser, out, err, input);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Shows this help."));
    parser.addOption(help);
    parser.addOption(c.database);

    const QCommandLineOption format(QStringList{QStringLiteral("format")},
                                    tr("Output format: json (default) or csv."),
                                    QStringLiteral("format"), QStringLiteral("json"));
    const QCommandLineOption round(QStringList{QStringLiteral("round")},
                                   tr("The round's title (default: the first round)."),
                                   QStringLiteral("title"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The file to write: .drivedeck or .csv (- writes CSV to "
                                       "the terminal)."),
                                    QStringLiteral("file"));
    const QCommandLineOption title(QStringList{QStringLiteral("title")},
                                   tr("The imported session's title (default: the file's name)."),
                                   QStringLiteral("title"));
    const QCommandLineOption team(QStringList{QStringLiteral("team")}, tr("The team."),
                                  QStringLiteral("team"));
    const QCommandLineOption replace(QStringList{QStringLiteral("replace")},
                                     tr("Replace the saved session with the same id instead of "
                                        "importing a copy."));
    const QCommandLineOption all(QStringList{QStringLiteral("all")},
                                 tr("The profile over every saved session (each participant's "
                                    "picks in one round count as one respondent)."));
    const QCommandLineOption tag(QStringList{QStringLiteral("tag")},
                                 tr("With --all: only sessions with this tag."),
                                 QStringLiteral("tag"));
    const QCommandLineOption from(QStringList{QStringLiteral("from")},
                                  tr("With --all: sessions on or after this date."),
                                  QStringLiteral("yyyy-mm-dd"));
    const QCommandLineOption to(QStringList{QStringLiteral("to")},
                                tr("With --all: sessions on or before this date."),
                                QStringLiteral("yyyy-mm-dd"));
    const QCommandLineOption yes(QStringList{QStringLiteral("y"), QStringLiteral("yes")},
                                 tr("Do not ask before deleting."));

    QString synopsis;
    if (command == QLatin1String("list")) {
        parser.setApplicationDescription(tr("Lists the saved sessions: id, title, team, date, "
                                            "participants and rounds."));
        synopsis = QStringLiteral("list");
    } else if (command == QLatin1String("import")) {
        parser.setApplicationDescription(tr("Imports a session file (.drivedeck) or picks (.csv) "
                                            "as a new session, all or nothing."));
        parser.addOptions({title, team, replace});
        parser.addPositionalArgument(QStringLiteral("file"), tr("The .drivedeck or .csv file."));
        synopsis = QStringLiteral("import FILE");
    } else if (command == QLatin1String("export")) {
        parser.setApplicationDescription(tr("Writes a session to a file: a .drivedeck session "
                                            "file or the picks as .csv, by the file's extension."));
        parser.addOption(output);
        parser.addPositionalArgument(QStringLiteral("session"),
                                     tr("Id, start of the id, or title."));
        synopsis = QStringLiteral("export SESSION -o FILE");
    } else if (command == QLatin1String("profile")) {
        parser.setApplicationDescription(tr("Prints the team profile of a round with every "
                                            "figure, or with --all the profile over many "
                                            "sessions."));
        parser.addOptions({round, format, all, team, tag, from, to});
        parser.addPositionalArgument(QStringLiteral("session"),
                                     tr("Id, start of the id, or title."));
        synopsis = QStringLiteral("profile SESSION [--round TITLE] [--format json|csv]\n"
                                  "  drivedeck profile --all [--team T] [--tag G] [--from DATE] "
                                  "[--to DATE] [--round TITLE]");
    } else if (command == QLatin1String("compare")) {
        parser.setApplicationDescription(tr("Compares two rounds: of one session, or of two "
                                            "sessions."));
        parser.addOptions({round, format});
        parser.addPositionalArgument(QStringLiteral("session"),
                                     tr("Id, start of the id, or title."));
        parser.addPositionalArgument(QStringLiteral("session2"),
                                     tr("The second session (default: the first)."),
                                     QStringLiteral("[session2]"));
        synopsis =
            QStringLiteral("compare SESSION --round A [SESSION2] --round B [--format json|csv]");
    } else if (command == QLatin1String("delete")) {
        parser.setApplicationDescription(tr("Deletes a saved session and all its picks."));
        parser.addOption(yes);
        parser.addPositionalArgument(QStringLiteral("session"),
                                     tr("Id, start of the id, or title."));
        synopsis = QStringLiteral("delete SESSION [--yes]");
    } else {
        err << tr("drivedeck: unknown command \"%1\"; the commands are %2")
                   .arg(command, commands().join(QStringLiteral(", ")))
            << Qt::endl;
        return Usage;
    }

    QStringList parsed = arguments;
    parsed.removeAt(1); // the command word
    if (!parser.parse(parsed)) {
        err << QStringLiteral("drivedeck %1: %2").arg(command, parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
        text.replace(0, firstBreak,
                     QStringLiteral("Usage: drivedeck ") + synopsis +
                         QStringLiteral(" [--database URL]"));
        out << text;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    auto usage = [&](const QString &message) {
        err << QStringLiteral("drivedeck %1: %2 (usage: drivedeck %3)")
                   .arg(command, message, synopsis.section(QLatin1Char('\n'), 0, 0))
            << Qt::endl;
        return Usage;
    };
    auto fail = [&](const QString &message) {
        err << QStringLiteral("drivedeck %1: %2").arg(command, oneLine(message)) << Qt::endl;
        return Failure;
    };

    const Result<SessionStore *> opened = c.openStore();
    if (!opened)
        return fail(opened.errorMessage());
    SessionStore &store = **opened;

    if (command == QLatin1String("list")) {
        if (!positional.isEmpty())
            return usage(tr("list takes no arguments"));
        const auto sessions = store.list();
        if (!sessions)
            return fail(sessions.errorMessage());
        const QString row = QStringLiteral("%1  %2  %3  %4  %5  %6\n");
        int titleWidth = 5, teamWidth = 4;
        for (const SessionSummary &s : *sessions) {
            titleWidth = std::max(titleWidth, int(s.title.size()));
            teamWidth = std::max(teamWidth, int(s.team.size()));
        }
        out << row.arg(tr("id"), -8)
                   .arg(tr("title"), -titleWidth)
                   .arg(tr("team"), -teamWidth)
                   .arg(tr("date"), -10)
                   .arg(tr("participants"))
                   .arg(tr("rounds"));
        for (const SessionSummary &s : *sessions) {
            out << row.arg(s.id.toString(QUuid::WithoutBraces).left(8))
                       .arg(s.title, -titleWidth)
                       .arg(s.team, -teamWidth)
                       .arg(s.date.toString(Qt::ISODate), -10)
                       .arg(s.participants, 12)
                       .arg(s.rounds, 6);
        }
        return Success;
    }

    if (command == QLatin1String("import")) {
        if (positional.size() != 1)
            return usage(tr("give one file to import"));
        auto session =
            SessionExchange::read(positional.first(), parser.value(title), parser.value(team));
        if (!session)
            return fail(session.errorMessage());
        const Status saved =
            SessionExchange::store(store, session.value(),
                                   parser.isSet(replace) ? SessionExchange::WhenExists::Replace
                                                         : SessionExchange::WhenExists::ImportCopy);
        if (!saved)
            return fail(saved.errorMessage());
        out << tr("Imported “%1” as %2: %3 participants, %4 rounds, %5 picks.")
                   .arg(session->title, session->id.toString(QUuid::WithoutBraces))
                   .arg(session->participants.size())
                   .arg(session->rounds.size())
                   .arg(session->picks.size())
            << Qt::endl;
        return Success;
    }

    if (command == QLatin1String("export")) {
        if (positional.size() != 1)
            return usage(tr("give one session to export"));
        if (!parser.isSet(output))
            return usage(tr("say where to write it with -o FILE"));
        const QString path = parser.value(output);
        const auto session = c.loadSession(positional.first());
        if (!session)
            return fail(session.errorMessage());
        if (path == QLatin1String("-")) {
            out << QString::fromUtf8(PicksCsv::write(*session));
            return Success;
        }
        if (SessionExchange::kindForExport(path) == SessionExchange::Kind::Unknown)
            return usage(tr("\"%1\" should end in .drivedeck or .csv").arg(path));
        const Status written = SessionExchange::write(*session, path);
        if (!written)
            return fail(written.errorMessage());
        out << tr("Wrote “%1” to %2.").arg(session->title, path) << Qt::endl;
        return Success;
    }

    if (command == QLatin1String("profile")) {
        const auto chosenFormat = formatOption(parser, format);
        if (!chosenFormat)
            return usage(chosenFormat.errorMessage());
        Profile profile;
        ProfileExport::Subject subject;
        if (parser.isSet(all)) {
            if (!positional.isEmpty())
                return usage(tr("give a session or --all, not both"));
            ProfileFilter filter{
                parser.value(team), parser.value(tag), {}, {}, parser.value(round)};
            QJsonObject filterJson;
            for (const auto &[option, date] :
                 {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
                if (!parser.isSet(*option))
                    continue;
                *date = QDate::fromString(parser.value(*option), Qt::ISODate);
                if (!date->isValid())
                    return usage(tr("\"%1\" is not a date; write it as 2026-11-23")
                                     .arg(parser.value(*option)));
                filterJson[option->names().first()] = date->toString(Qt::ISODate);
            }
            for (const QCommandLineOption *option : {&team, &tag, &round}) {
                if (parser.isSet(*option))
                    filterJson[option->names().first()] = parser.value(*option);
            }
            const auto organisation = store.organisationProfile(filter);
            if (!organisation)
                return fail(organisation.errorMessage());
            profile = organisation->profile;
            subject.sessions = organisation->sessions;
            subject.filter = filterJson;
            subject.round = filter.roundTitle;
        } else {
            if (positional.size() != 1)
                return usage(tr("give one session, or --all"));
            for (const QCommandLineOption *option : {&team, &tag, &from, &to}) {
                if (parser.isSet(*option))
                    return usage(tr("--%1 goes with --all").arg(option->names().first()));
            }
            const auto session = c.loadSession(positional.first());
            if (!session)
                return fail(session.errorMessage());
            const auto chosen = findRound(*session, parser.value(round));
            if (!chosen)
                return fail(chosen.errorMessage());
            profile = Profile::ofRound(*session, (*chosen)->id);
            subject = {session->id.toString(QUuid::WithoutBraces),
                       session->title,
                       (*chosen)->title,
                       -1,
                       {}};
        }
        const QByteArray bytes =
            *chosenFormat == QLatin1String("csv")
                ? ProfileExport::profileCsv(profile, subject)
                : ProfileExport::toBytes(ProfileExport::profileJson(profile, subject));
        out << QString::fromUtf8(bytes);
        return Success;
    }

    if (command == QLatin1String("compare")) {
        const auto chosenFormat = formatOption(parser, format);
        if (!chosenFormat)
            return usage(chosenFormat.errorMessage());
        const QStringList rounds = parser.values(round);
        if (positional.isEmpty() || positional.size() > 2 || rounds.size() != 2)
            return usage(
                tr("give a session, two --round options, and optionally a second session"));
        const auto first = c.loadSession(positional.first());
        if (!first)
            return fail(first.errorMessage());
        Result<Session> second = *first;
        if (positional.size() == 2)
            second = c.loadSession(positional.at(1));
        if (!second)
            return fail(second.errorMessage());
        const auto roundA = findRound(*first, rounds.at(0));
        if (!roundA)
            return fail(roundA.errorMessage());
        const auto roundB = findRound(*second, rounds.at(1));
        if (!roundB)
            return fail(roundB.errorMessage());
        const ProfileComparison comparison = ProfileComparison::between(
            Profile::ofRound(*first, (*roundA)->id), Profile::ofRound(*second, (*roundB)->id));
        const ProfileExport::Subject a{
            first->id.toString(QUuid::WithoutBraces), first->title, (*roundA)->title, -1, {}};
        const ProfileExport::Subject b{
            second->id.toString(QUuid::WithoutBraces), second->title, (*roundB)->title, -1, {}};
        const QByteArray bytes =
            *chosenFormat == QLatin1String("csv")
                ? ProfileExport::comparisonCsv(comparison)
                : ProfileExport::toBytes(ProfileExport::comparisonJson(comparison, a, b));
        out << QString::fromUtf8(bytes);
        return Success;
    }

    // delete
    if (positional.size() != 1)
        return usage(tr("give one session to delete"));
    const auto session = c.loadSession(positional.first());
    if (!session)
        return fail(session.errorMessage());
    if (!parser.isSet(yes)) {
        out << tr("Delete “%1” (%2 participants, %3 picks)? This cannot be undone. [y/N] ")
                   .arg(session->title)
                   .arg(session->participants.size())
                   .arg(session->picks.size());
        out.flush();
        const QString answer = input.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes"))
            return fail(tr("not deleted"));
    }
    const Status removed = store.remove(session->id);
    if (!removed)
        return fail(removed.errorMessage());
    out << tr("Deleted “%1”.").arg(session->title) << Qt::endl;
    return Success;
}

} // namespace DriveDeck
