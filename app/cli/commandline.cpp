#include "cli/commandline.h"

#include "cli/clicommand.h"
#include "decks/decklibrary.h"
#include "domain/catalogue.h"
#include "domain/text.h"
#include "io/pickscsv.h"
#include "io/profileexport.h"
#include "io/sessionexchange.h"
#include "settings/settings.h"
#include "store/schemamigrator.h"

#include <QLoggingCategory>

#include <optional>

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace DriveDeck {

namespace {

constexpr int Success = 0;
constexpr int Failure = 1;
constexpr int Usage = 2;

QString oneLine(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(QStringLiteral("; "));
}

QString translated(const char *text)
{
    return QCoreApplication::translate("DriveDeck::CommandLine", text);
}

} // namespace

Result<const Round *> CliContext::findRound(const Session &session, const QString &title)
{
    if (session.rounds.isEmpty())
        return Error(Error::Kind::NotFound,
                     CommandLine::tr("“%1” has no rounds yet.").arg(session.title));
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
        titles.append(QStringLiteral("\"%1\"").arg(Text::shown(round.title)));
    return Error(Error::Kind::NotFound,
                 CommandLine::tr("“%1” has no round \"%2\"; its rounds are %3.")
                     .arg(Text::shown(session.title), Text::shown(title),
                          Text::shown(titles.join(QStringLiteral(", ")), 300)));
}

namespace {

Result<QString> formatOption(CliContext &c)
{
    const QString format = c.parser.value(c.format).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return Error(Error::Kind::InvalidInput,
                     CommandLine::tr("unknown format \"%1\": use json or csv")
                         .arg(Text::shown(c.parser.value(c.format))));
    return format;
}

int runList(CliContext &c)
{
    if (!c.parser.positionalArguments().isEmpty())
        return c.usage(CommandLine::tr("list takes no arguments"));
    const auto sessions = c.store->list();
    if (!sessions)
        return c.fail(sessions.errorMessage());
    // Who changed each session last, and when: on a shared database that is often the question.
    const QString row = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n");
    int titleWidth = 5, teamWidth = 4;
    for (const SessionSummary &s : *sessions) {
        titleWidth = std::max(titleWidth, int(s.title.size()));
        teamWidth = std::max(teamWidth, int(s.team.size()));
    }
    const QString changed = CommandLine::tr("changed");
    c.out << row.arg(CommandLine::tr("id"), -8)
                 .arg(CommandLine::tr("title"), -titleWidth)
                 .arg(CommandLine::tr("team"), -teamWidth)
                 .arg(CommandLine::tr("date"), -10)
                 .arg(CommandLine::tr("participants"))
                 .arg(CommandLine::tr("rounds"))
                 .arg(changed, -16)
                 .arg(CommandLine::tr("by"));
    for (const SessionSummary &s : *sessions) {
        c.out << row.arg(s.id.toString(QUuid::WithoutBraces).left(8))
                     .arg(s.title, -titleWidth)
                     .arg(s.team, -teamWidth)
                     .arg(s.date.toString(Qt::ISODate), -10)
                     .arg(s.participants, 12)
                     .arg(s.rounds, 6)
                     .arg(s.updatedAt.isValid() ? s.updatedAt.toLocalTime().toString(
                                                      QStringLiteral("yyyy-MM-dd HH:mm"))
                                                : QString(),
                          -std::max(16, int(changed.size())))
                     .arg(s.updatedByAccount.isEmpty() || s.updatedByAccount == s.updatedBy
                              ? s.updatedBy
                              : CommandLine::tr("%1 (as %2)").arg(s.updatedBy, s.updatedByAccount));
    }
    return Success;
}

int runImport(CliContext &c)
{
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 1)
        return c.usage(CommandLine::tr("give one file to import"));
    // What the file does not say, from the command line: checked before the file is read.
    QDate date;
    if (c.parser.isSet(c.sessionDate)) {
        date = QDate::fromString(c.parser.value(c.sessionDate), Qt::ISODate);
        if (!date.isValid())
            return c.usage(CommandLine::tr("\"%1\" is not a date; write it as 2026-11-23")
                               .arg(Text::shown(c.parser.value(c.sessionDate))));
    }
    const QString language = c.parser.value(c.sessionLanguage);
    if (c.parser.isSet(c.sessionLanguage) && language != QLatin1String("en") &&
        language != QLatin1String("nl"))
        return c.usage(CommandLine::tr("\"%1\" is not a language DriveDeck knows: use en or nl")
                           .arg(Text::shown(language)));
    auto session =
        SessionExchange::read(positional.first(), c.parser.value(c.title), c.parser.value(c.team));
    if (!session)
        return c.fail(session.errorMessage());
    Session &read = session.value();
    if (date.isValid())
        read.date = date;
    if (!language.isEmpty())
        read.language = language;
    if (c.parser.isSet(c.facilitator))
        read.facilitator = Text::normalName(c.parser.value(c.facilitator));
    for (const QString &value : c.parser.values(c.sessionTag)) {
        const QString tag = Text::normalName(value);
        if (!tag.isEmpty() && !read.tags.contains(tag, Qt::CaseInsensitive))
            read.tags.append(tag);
    }
    const Status saved =
        SessionExchange::store(*c.store, session.value(),
                               c.parser.isSet(c.replace) ? SessionExchange::WhenExists::Replace
                                                         : SessionExchange::WhenExists::ImportCopy);
    if (!saved)
        return c.fail(saved.errorMessage());
    c.out << CommandLine::tr("Imported “%1” as %2: %3 participants, %4 rounds, %5 picks.")
                 .arg(session->title, session->id.toString(QUuid::WithoutBraces))
                 .arg(session->participants.size())
                 .arg(session->rounds.size())
                 .arg(session->picks.size())
          << Qt::endl;
    return Success;
}

int runExport(CliContext &c)
{
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 1)
        return c.usage(CommandLine::tr("give one session to export"));
    if (!c.parser.isSet(c.output))
        return c.usage(CommandLine::tr("say where to write it with -o FILE"));
    const QString path = c.parser.value(c.output);
    const auto session = c.loadSession(positional.first());
    if (!session)
        return c.fail(session.errorMessage());
    if (path == QLatin1String("-")) {
        // Straight to the terminal or pipe a megabyte at a time: a big session is not held
        // again as text.
        if (QIODevice *device = c.out.device()) {
            c.out.flush();
            if (!PicksCsv::write(*session, *device))
                return c.fail(
                    CommandLine::tr("Cannot write the picks: %1").arg(device->errorString()));
            return Success;
        }
        c.out << QString::fromUtf8(PicksCsv::write(*session));
        return Success;
    }
    if (SessionExchange::kindForExport(path) == SessionExchange::Kind::Unknown)
        return c.usage(CommandLine::tr("\"%1\" should end in .drivedeck or .csv").arg(path));
    const Status written = SessionExchange::write(*session, path);
    if (!written)
        return c.fail(written.errorMessage());
    c.out << CommandLine::tr("Wrote “%1” to %2.").arg(session->title, path) << Qt::endl;
    return Success;
}

int runProfile(CliContext &c)
{
    const auto chosenFormat = formatOption(c);
    if (!chosenFormat)
        return c.usage(chosenFormat.errorMessage());
    const QStringList positional = c.parser.positionalArguments();
    Profile profile;
    ProfileExport::Subject subject;
    std::optional<ProfileExport::RoundDetail> detail;
    if (c.parser.isSet(c.all)) {
        if (!positional.isEmpty())
            return c.usage(CommandLine::tr("give a session or --all, not both"));
        ProfileFilter filter{c.parser.value(c.team),  c.parser.value(c.tag),           {}, {},
                             c.parser.value(c.round), c.parser.isSet(c.includeTargets)};
        QJsonObject filterJson;
        for (const auto &[option, date] :
             {std::pair{&c.from, &filter.from}, std::pair{&c.to, &filter.to}}) {
            if (!c.parser.isSet(*option))
                continue;
            *date = QDate::fromString(c.parser.value(*option), Qt::ISODate);
            if (!date->isValid())
                return c.usage(CommandLine::tr("\"%1\" is not a date; write it as 2026-11-23")
                                   .arg(Text::shown(c.parser.value(*option))));
            filterJson[option->names().first()] = date->toString(Qt::ISODate);
        }
        // The filters as given, to name them when nothing matches.
        QStringList given;
        for (const QCommandLineOption *option : {&c.team, &c.tag, &c.from, &c.to, &c.round}) {
            if (!c.parser.isSet(*option))
                continue;
            const QString name = option->names().first();
            if (option != &c.from && option != &c.to)
                filterJson[name] = c.parser.value(*option);
            given.append(
                QStringLiteral("--%1 \"%2\"").arg(name, Text::shown(c.parser.value(*option))));
        }
        if (filter.includeTargets)
            filterJson[c.includeTargets.names().first()] = true;
        const auto organisation = c.store->organisationProfile(filter);
        if (!organisation)
            return c.fail(organisation.errorMessage());
        profile = organisation->profile;
        subject.sessions = organisation->sessions;
        subject.people = organisation->people;
        subject.filter = filterJson;
        subject.round = filter.roundTitle;
        // Still the (empty) profile on stdout, as scripts expect; why it is empty on stderr.
        if (organisation->sessions == 0 && !given.isEmpty()) {
            c.err << QStringLiteral("drivedeck %1: %2")
                         .arg(c.command, CommandLine::tr("no saved session matches %1")
                                             .arg(given.join(QLatin1Char(' '))))
                  << Qt::endl;
        }
    } else {
        if (positional.size() != 1)
            return c.usage(CommandLine::tr("give one session, or --all"));
        for (const QCommandLineOption *option :
             {&c.team, &c.tag, &c.from, &c.to, &c.includeTargets}) {
            if (c.parser.isSet(*option))
                return c.usage(
                    CommandLine::tr("--%1 goes with --all").arg(option->names().first()));
        }
        const auto session = c.loadSession(positional.first());
        if (!session)
            return c.fail(session.errorMessage());
        const auto chosen = CliContext::findRound(*session, c.parser.value(c.round));
        if (!chosen)
            return c.fail(chosen.errorMessage());
        profile = Profile::ofRound(*session, (*chosen)->id);
        detail = ProfileExport::RoundDetail::of(*session, (*chosen)->id);
        subject = {
            session->id.toString(QUuid::WithoutBraces), session->title, (*chosen)->title, -1, {}};
    }
    const QByteArray bytes = *chosenFormat == QLatin1String("csv")
                                 ? ProfileExport::profileCsv(profile, subject)
                                 : ProfileExport::toBytes(ProfileExport::profileJson(
                                       profile, subject, detail ? &*detail : nullptr));
    c.out << QString::fromUtf8(bytes);
    return Success;
}

int runCompare(CliContext &c)
{
    const auto chosenFormat = formatOption(c);
    if (!chosenFormat)
        return c.usage(chosenFormat.errorMessage());
    const QStringList positional = c.parser.positionalArguments();
    const QStringList rounds = c.parser.values(c.round);
    if (positional.isEmpty() || positional.size() > 2 || rounds.size() != 2)
        return c.usage(CommandLine::tr(
            "give a session, two --round options, and optionally a second session"));
    const auto first = c.loadSession(positional.first());
    if (!first)
        return c.fail(first.errorMessage());
    Result<Session> second = *first;
    if (positional.size() == 2)
        second = c.loadSession(positional.at(1));
    if (!second)
        return c.fail(second.errorMessage());
    const auto roundA = CliContext::findRound(*first, rounds.at(0));
    if (!roundA)
        return c.fail(roundA.errorMessage());
    const auto roundB = CliContext::findRound(*second, rounds.at(1));
    if (!roundB)
        return c.fail(roundB.errorMessage());
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
    c.out << QString::fromUtf8(bytes);
    return Success;
}

int runDeck(CliContext &c)
{
    const QStringList positional = c.parser.positionalArguments();
    const QString action = positional.value(0);
    const DeckLibrary library;
    if (action == QLatin1String("list") && positional.size() == 1) {
        const QList<PhotoDeck> decks = library.decks();
        if (decks.isEmpty()) {
            c.out << CommandLine::tr("No photo decks yet: the cards show DriveDeck's own "
                                     "pictures. Add one with drivedeck deck import PATH.")
                  << Qt::endl;
            return Success;
        }
        for (const PhotoDeck &deck : decks) {
            int pictures = 0;
            for (const QStringList &files : deck.images)
                pictures += int(files.size());
            c.out << CommandLine::tr("%1: %n picture(s)", nullptr, pictures).arg(deck.name);
            if (!deck.credit().isEmpty())
                c.out << u' ' << CommandLine::tr("(%1)").arg(deck.credit());
            c.out << Qt::endl;
        }
        return Success;
    }
    if (action == QLatin1String("import") && positional.size() == 2) {
        const Result<PhotoDeck> deck = library.import(positional.at(1), c.parser.value(c.deckName));
        if (!deck)
            return c.fail(deck.errorMessage());
        c.out << CommandLine::tr("Imported the deck “%1”.").arg(deck->name) << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("remove") && positional.size() == 2) {
        const Status removed = library.remove(positional.at(1));
        if (!removed)
            return c.fail(removed.errorMessage());
        c.out << CommandLine::tr("Removed the deck “%1”.").arg(positional.at(1)) << Qt::endl;
        return Success;
    }
    return c.usage(CommandLine::tr("use deck import PATH, deck list or deck remove NAME"));
}

int runDelete(CliContext &c)
{
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 1)
        return c.usage(CommandLine::tr("give one session to delete"));
    const auto session = c.loadSession(positional.first());
    if (!session)
        return c.fail(session.errorMessage());
    if (!c.parser.isSet(c.yes)) {
        c.out << CommandLine::tr(
                     "Delete “%1” (%2 participants, %3 picks)? This cannot be undone. [y/N] ")
                     .arg(session->title)
                     .arg(session->participants.size())
                     .arg(session->picks.size());
        c.out.flush();
        const QString answer = c.input.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes"))
            return c.fail(CommandLine::tr("not deleted"));
    }
    const Status removed = c.store->remove(session->id);
    if (!removed)
        return c.fail(removed.errorMessage());
    c.out << CommandLine::tr("Deleted “%1”.").arg(session->title) << Qt::endl;
    return Success;
}

int runDatabase(CliContext &c)
{
    const QStringList positional = c.parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("sql") && positional.size() == 1) {
        bool number = false;
        const int from = c.parser.value(c.fromVersion).toInt(&number);
        const int latest = SchemaMigrator::LatestVersion;
        if (!number || from < 0 || from > latest)
            return c.usage(
                CommandLine::tr("--from-version takes a schema version from 0 to %1").arg(latest));
        if (from == latest) {
            c.err << CommandLine::tr("drivedeck database: version %1 is this DriveDeck's "
                                     "newest; there is nothing to run.")
                         .arg(latest)
                  << Qt::endl;
            return Success;
        }
        c.out << SchemaMigrator::driveDeckSchema(true).script(from);
        return Success;
    }
    if (action == QLatin1String("init") && positional.size() == 1) {
        // Opening creates or upgrades the schema, and does nothing else.
        const Result<SessionStore *> opened = c.openStore();
        if (!opened)
            return c.fail(opened.errorMessage());
        const Result<QString> schema = (*opened)->schemaName();
        if (!schema)
            return c.fail(schema.errorMessage());
        const QString where = (*opened)->config().displayUrl();
        if (schema->isEmpty()) {
            c.out << CommandLine::tr("DriveDeck's tables are ready in %1 (schema version %2).")
                         .arg(where)
                         .arg(SchemaMigrator::LatestVersion);
        } else {
            c.out << CommandLine::tr("DriveDeck's tables are ready in %1, schema \"%2\" (schema "
                                     "version %3), connected as %4.")
                         .arg(where, *schema)
                         .arg(SchemaMigrator::LatestVersion)
                         .arg((*opened)->account());
        }
        c.out << Qt::endl;
        return Success;
    }
    return c.usage(CommandLine::tr("use database init or database sql"));
}

// What forgetting takes out of each session, as a table: a number per column, no plurals.
void printForgetTable(QTextStream &out, const ForgetReport &report)
{
    const QStringList headers{CommandLine::tr("id"),       CommandLine::tr("picks"),
                              CommandLine::tr("notes"),    CommandLine::tr("agreements"),
                              CommandLine::tr("mentions"), CommandLine::tr("session")};
    QList<QStringList> rows;
    for (const ForgetReport::Part &part : report.sessions) {
        rows.append({part.sessionId.toString(QUuid::WithoutBraces).left(8),
                     QString::number(part.picks), QString::number(part.notes),
                     QString::number(part.agreements), QString::number(part.mentions), part.title});
    }
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    auto line = [&](const QStringList &fields) {
        QStringList cells;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            // The id and the title read from the left, the numbers from the right.
            const bool text = i == 0 || i + 1 == fields.size();
            cells.append(i + 1 == fields.size() ? fields.at(i)
                         : text                 ? fields.at(i).leftJustified(widths.at(i))
                                                : fields.at(i).rightJustified(widths.at(i)));
        }
        out << QStringLiteral("  ") << cells.join(QStringLiteral("  ")) << '\n';
    };
    line(headers);
    for (const QStringList &row : std::as_const(rows))
        line(row);
}

int runForget(CliContext &c)
{
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 1 || Text::normalName(positional.first()).isEmpty())
        return c.usage(CommandLine::tr("give the name of the one person to forget"));
    std::optional<QUuid> only;
    QString onlyTitle;
    if (c.parser.isSet(c.inSession)) {
        const auto session = c.loadSession(c.parser.value(c.inSession));
        if (!session)
            return c.fail(session.errorMessage());
        only = session->id;
        onlyTitle = session->title;
    }
    const QString name = positional.first();
    const auto found = c.store->forgetParticipant(name, only, true);
    if (!found)
        return c.fail(found.errorMessage());
    if (found->isEmpty()) {
        const QString shown = Text::shown(Text::normalName(name));
        return c.fail(only
                          ? CommandLine::tr("nobody called \"%1\" in “%2”, and no text there names "
                                            "them; nothing was changed")
                                .arg(shown, onlyTitle)
                          : CommandLine::tr("nobody called \"%1\" in the saved sessions, and no "
                                            "text names them; nothing was changed")
                                .arg(shown));
    }
    if (!c.parser.isSet(c.yes)) {
        c.out << CommandLine::tr("Forget “%1”? From these sessions go their name and alias, their "
                                 "picks with their notes, their scans, target rounds only they "
                                 "picked and the agreements they own; other texts that mention "
                                 "them keep their words, with "
                                 "“%2” for the name:")
                     .arg(found->name, found->replacement)
              << '\n';
        printForgetTable(c.out, *found);
        c.out << CommandLine::tr("This cannot be undone. [y/N] ");
        c.out.flush();
        const QString answer = c.input.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes"))
            return c.fail(CommandLine::tr("nothing was forgotten"));
    }
    const auto forgotten = c.store->forgetParticipant(name, only, false);
    if (!forgotten)
        return c.fail(forgotten.errorMessage());
    c.out << CommandLine::tr("Forgot “%1”:").arg(forgotten->name) << '\n';
    printForgetTable(c.out, *forgotten);
    if (!forgotten->residue.isEmpty())
        c.out << forgotten->residue << '\n';
    c.out.flush();
    return Success;
}

int runEdit(CliContext &c)
{
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 1)
        return c.usage(CommandLine::tr("give one session to edit"));
    const QList<const QCommandLineOption *> changes{&c.newTitle, &c.team,  &c.newDate,
                                                    &c.addTag,   &c.untag, &c.anonymity};
    if (std::none_of(changes.cbegin(), changes.cend(),
                     [&](const QCommandLineOption *option) { return c.parser.isSet(*option); }))
        return c.usage(CommandLine::tr("say what to change: --title, --team, --date, --tag, "
                                       "--untag or --anonymous"));
    // Every value is checked before the session is read: a wrong one changes nothing.
    const QString title = Text::normalName(c.parser.value(c.newTitle));
    if (c.parser.isSet(c.newTitle) && title.isEmpty())
        return c.usage(CommandLine::tr("a session's title cannot be empty"));
    QDate date;
    if (c.parser.isSet(c.newDate)) {
        date = QDate::fromString(c.parser.value(c.newDate), Qt::ISODate);
        if (!date.isValid())
            return c.usage(CommandLine::tr("\"%1\" is not a date; write it as 2026-11-23")
                               .arg(Text::shown(c.parser.value(c.newDate))));
    }
    std::optional<bool> anonymous;
    if (c.parser.isSet(c.anonymity)) {
        const QString value = c.parser.value(c.anonymity).trimmed().toLower();
        if (value == QLatin1String("on"))
            anonymous = true;
        else if (value == QLatin1String("off"))
            anonymous = false;
        else
            return c.usage(CommandLine::tr("\"%1\" is not on or off for --anonymous")
                               .arg(Text::shown(c.parser.value(c.anonymity))));
    }

    const auto loaded = c.loadSession(positional.first());
    if (!loaded)
        return c.fail(loaded.errorMessage());
    Session session = *loaded;
    if (c.parser.isSet(c.newTitle))
        session.title = title;
    if (c.parser.isSet(c.team))
        session.team = Text::normalName(c.parser.value(c.team));
    if (date.isValid())
        session.date = date;
    if (anonymous)
        session.anonymous = *anonymous;
    for (const QString &value : c.parser.values(c.untag)) {
        const QString tag = Text::normalName(value);
        const auto at =
            std::find_if(session.tags.cbegin(), session.tags.cend(), [&](const QString &t) {
                return t.compare(tag, Qt::CaseInsensitive) == 0;
            });
        if (at == session.tags.cend()) {
            QStringList tags;
            for (const QString &t : std::as_const(loaded->tags))
                tags.append(QStringLiteral("\"%1\"").arg(Text::shown(t)));
            const QString has =
                tags.isEmpty()
                    ? CommandLine::tr("it has no tags")
                    : CommandLine::tr("its tags are %1").arg(tags.join(QStringLiteral(", ")));
            return c.fail(CommandLine::tr("“%1” has no tag \"%2\"; %3. Nothing was changed.")
                              .arg(Text::shown(loaded->title), Text::shown(tag), has));
        }
        session.tags.removeAt(at - session.tags.cbegin());
    }
    for (const QString &value : c.parser.values(c.addTag)) {
        const QString tag = Text::normalName(value);
        if (!tag.isEmpty() && !session.tags.contains(tag, Qt::CaseInsensitive))
            session.tags.append(tag);
    }

    const QString arrow = QStringLiteral("  %1: %2 → %3\n");
    auto onOff = [](bool on) { return on ? CommandLine::tr("on") : CommandLine::tr("off"); };
    QString changed;
    if (session.title != loaded->title)
        changed += arrow.arg(CommandLine::tr("title"), loaded->title, session.title);
    if (session.team != loaded->team)
        changed += arrow.arg(CommandLine::tr("team"), loaded->team, session.team);
    if (session.date != loaded->date)
        changed += arrow.arg(CommandLine::tr("date"), loaded->date.toString(Qt::ISODate),
                             session.date.toString(Qt::ISODate));
    if (session.tags != loaded->tags)
        changed += arrow.arg(CommandLine::tr("tags"), loaded->tags.join(QStringLiteral(", ")),
                             session.tags.join(QStringLiteral(", ")));
    if (session.anonymous != loaded->anonymous)
        changed += arrow.arg(CommandLine::tr("anonymous"), onOff(loaded->anonymous),
                             onOff(session.anonymous));
    if (changed.isEmpty()) {
        c.out
            << CommandLine::tr("“%1” is already as asked; nothing was changed.").arg(loaded->title)
            << Qt::endl;
        return Success;
    }
    const Status saved = c.store->save(session);
    if (!saved)
        return c.fail(saved.errorMessage());
    c.out << CommandLine::tr("Changed “%1”:").arg(loaded->title) << '\n' << changed;
    c.out.flush();
    return Success;
}

const CliCommand::Argument SessionArgument{
    "session", QT_TRANSLATE_NOOP("DriveDeck::CommandLine", "Id, start of the id, or title.")};

} // namespace

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> table{
        {"list",
         QT_TRANSLATE_NOOP("DriveDeck::CommandLine",
                           "Lists the saved sessions: id, title, team, date, participants and "
                           "rounds."),
         "list",
         {},
         {},
         runList},
        {"import",
         QT_TRANSLATE_NOOP("DriveDeck::CommandLine",
                           "Imports a session file (.drivedeck) or picks (.csv) as a new session, "
                           "all or nothing."),
         "import FILE",
         {&CliContext::title, &CliContext::team, &CliContext::sessionDate, &CliContext::sessionTag,
          &CliContext::sessionLanguage, &CliContext::facilitator, &CliContext::replace},
         {{"file", QT_TRANSLATE_NOOP("DriveDeck::CommandLine", "The .drivedeck or .csv file.")}},
         runImport},
        {"export",
         QT_TRANSLATE_NOOP("DriveDeck::CommandLine",
                           "Writes a session to a file: a .drivedeck session file or the picks as "
                           ".csv, by the file's extension."),
         "export SESSION -o FILE",
         {&CliContext::output},
         {SessionArgument},
         runExport},
        {"profile",
         QT_TRANSLATE_NOOP("DriveDeck::CommandLine",
                           "Prints the team profile of a round with every figure, or with --all "
                           "the profile over many sessions."),
         "profile SESSION [--round TITLE] [--format json|csv]\n"
         "  drivedeck profile --all [--team T] [--tag G] [--from DATE] [--to DATE] "
         "[--round TITLE] [--include-targets]",
         {&CliContext::round, &CliContext::format, &CliContext::all, &CliContext::team,
          &CliContext::tag, &CliContext::from, &CliContext::to, &CliContext::includeTargets},
         {SessionArgument},
         runProfile},
        {"compare",
         QT_TRANSLATE_NOOP("DriveDeck::CommandLine",
                           "Compares two rounds: of one session, or of two sessions."),
         "compare SESSION --round A [SESSION2] --round B [--format json|csv]",
         {&CliContext::round, &CliContext::format},
         {SessionArgument,
          {"session2",
           QT_TRANSLATE_NOOP("DriveDeck::CommandLine", "The second session (default: the first)."),
           "[session2]"}},
         runCompare},
        {"delete",
         QT_TRANSLATE_NOOP("DriveDeck::CommandLine", "Deletes a saved session and all its picks."),
         "delete SESSION [--yes]",
         {&CliContext::yes},
         {SessionArgument},
         runDelete},
        {"edit",
         QT_TRANSLATE_NOOP("DriveDeck::CommandLine",
                           "Changes a saved session's title, team, date, tags or anonymity."),
         "edit SESSION [--title T] [--team T] [--date YYYY-MM-DD] [--tag G]... [--untag G]... "
         "[--anonymous on|off]",
         {&CliContext::newTitle, &CliContext::team, &CliContext::newDate, &CliContext::addTag,
          &CliContext::untag, &CliContext::anonymity},
         {SessionArgument},
         runEdit},
        {"forget",
         QT_TRANSLATE_NOOP("DriveDeck::CommandLine",
                           "A privacy request: removes a person's picks, notes and name from every "
                           "session, or from one; asks unless --yes."),
         "forget PARTICIPANT [--session S] [--yes]",
         {&CliContext::inSession, &CliContext::yes},
         {{"participant", QT_TRANSLATE_NOOP("DriveDeck::CommandLine",
                                            "The person's name as in the sessions, in any case.")}},
         runForget},
        {"deck",
         QT_TRANSLATE_NOOP("DriveDeck::CommandLine",
                           "Imports, lists or removes photo decks: a folder or .zip with a "
                           "picture per drive, named by drive (loyalty.jpg) or listed in "
                           "deck.json."),
         "deck import PATH [--name NAME]\n  drivedeck deck list\n  drivedeck deck remove NAME",
         {&CliContext::deckName},
         {{"action", QT_TRANSLATE_NOOP("DriveDeck::CommandLine", "import, list or remove."),
           "import|list|remove"},
          {"path",
           QT_TRANSLATE_NOOP("DriveDeck::CommandLine",
                             "The folder or .zip to import, or the deck to remove."),
           "[PATH|NAME]"}},
         runDeck,
         false,
         false},
        {"database",
         QT_TRANSLATE_NOOP("DriveDeck::CommandLine",
                           "For a database administrator: init creates or upgrades DriveDeck's "
                           "tables and does nothing else; sql prints the SQL that does it, to "
                           "review and run."),
         "database init --database URL\n  drivedeck database sql [--from-version N]",
         {&CliContext::fromVersion},
         {{"action", QT_TRANSLATE_NOOP("DriveDeck::CommandLine", "init or sql."), "init|sql"}},
         runDatabase,
         false,
         false},
    };
    return table;
}

CliContext::CliContext(QCommandLineParser &parser, Settings &settings, QTextStream &out,
                       QTextStream &err, QTextStream &input)
    : parser(parser)
    , settings(settings)
    , out(out)
    , err(err)
    , input(input)
    , help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
           CommandLine::tr("Shows this help."))
    , database(QStringList{QStringLiteral("database")},
               CommandLine::tr("The database: a file path or postgresql://user@host:port/db "
                               "(default: the one set in DriveDeck, else the embedded SQLite "
                               "database)."),
               QStringLiteral("url"))
    , verbose(QStringList{QStringLiteral("verbose")},
              CommandLine::tr("Print what DriveDeck does with the database and files; a failure "
                              "is still said in one line."))
    , format(QStringList{QStringLiteral("format")},
             CommandLine::tr("Output format: json (default) or csv."), QStringLiteral("format"),
             QStringLiteral("json"))
    , round(QStringList{QStringLiteral("round")},
            CommandLine::tr("The round's title (default: the first round)."),
            QStringLiteral("title"))
    , output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
             CommandLine::tr("The file to write: .drivedeck or .csv (- writes CSV to the "
                             "terminal)."),
             QStringLiteral("file"))
    , title(QStringList{QStringLiteral("title")},
            CommandLine::tr("The imported session's title (default: the file's name)."),
            QStringLiteral("title"))
    , team(QStringList{QStringLiteral("team")}, CommandLine::tr("The team."),
           QStringLiteral("team"))
    , replace(QStringList{QStringLiteral("replace")},
              CommandLine::tr("Replace the saved session with the same id instead of importing "
                              "a copy."))
    , all(QStringList{QStringLiteral("all")},
          CommandLine::tr("The profile over every saved session (each participant's picks in "
                          "one round count as one respondent)."))
    , tag(QStringList{QStringLiteral("tag")},
          CommandLine::tr("With --all: only sessions with "
                          "this tag."),
          QStringLiteral("tag"))
    , from(QStringList{QStringLiteral("from")},
           CommandLine::tr("With --all: sessions on or after this date."),
           QStringLiteral("yyyy-mm-dd"))
    , to(QStringList{QStringLiteral("to")},
         CommandLine::tr("With --all: sessions on or before this date."),
         QStringLiteral("yyyy-mm-dd"))
    , yes(QStringList{QStringLiteral("y"), QStringLiteral("yes")},
          CommandLine::tr("Do not ask before deleting."))
    , kind(QStringList{QStringLiteral("kind")},
           CommandLine::tr("What to draw: domains, drives, radar, grid (who picked what), reveal "
                           "(the cards as the room saw them) or compare."),
           QStringLiteral("kind"), QStringLiteral("domains"))
    , picture(QStringList{QStringLiteral("o"), QStringLiteral("output")},
              CommandLine::tr("The picture to write: .svg, .png or .pdf."), QStringLiteral("file"))
    , against(QStringList{QStringLiteral("against")},
              CommandLine::tr("With --kind compare: the other session (default: the same)."),
              QStringLiteral("session"))
    , againstRound(QStringList{QStringLiteral("against-round")},
                   CommandLine::tr("With --kind compare: the other round (default: the other "
                                   "session's first)."),
                   QStringLiteral("title"))
    , size(QStringList{QStringLiteral("size")},
           CommandLine::tr("The picture's size in pixels (default: 1600x900)."),
           QStringLiteral("widthxheight"), QStringLiteral("1600x900"))
    , language(QStringList{QStringLiteral("language")},
               CommandLine::tr("The labels' language and number format: en or nl."),
               QStringLiteral("code"))
    , anonymous(QStringList{QStringLiteral("anonymous")},
                CommandLine::tr("Aliases instead of names, as in an anonymous session."))
    , deckName(QStringList{QStringLiteral("name")},
               CommandLine::tr("With import: the deck's name (default: its deck.json's, else the "
                               "file's)."),
               QStringLiteral("name"))
    , report(QStringList{QStringLiteral("o"), QStringLiteral("output")},
             CommandLine::tr("The report to write, a .pdf file."), QStringLiteral("file"))
    , include(QStringList{QStringLiteral("include")},
              CommandLine::tr("Appendices, separated by commas: stories (without names), grid "
                              "(who picked what)."),
              QStringLiteral("list"))
    , compare(QStringList{QStringLiteral("compare")},
              CommandLine::tr("Two rounds to compare, \"From:To\" by title; again for more "
                              "(default: each round with the next, and with each target)."),
              QStringLiteral("from:to"))
    , sessionDate(QStringList{QStringLiteral("date")},
                  CommandLine::tr("The workshop's date (default: the file's, or today)."),
                  QStringLiteral("yyyy-mm-dd"))
    , sessionTag(QStringList{QStringLiteral("tag")},
                 CommandLine::tr("A tag for the session; again for more."), QStringLiteral("tag"))
    , sessionLanguage(QStringList{QStringLiteral("language")},
                      CommandLine::tr("The workshop's language: en or nl."), QStringLiteral("code"))
    , facilitator(QStringList{QStringLiteral("facilitator")},
                  CommandLine::tr("Who ran the workshop."), QStringLiteral("name"))
    , fromVersion(QStringList{QStringLiteral("from-version")},
                  CommandLine::tr("The schema version the database has now (default: 0, a new "
                                  "database)."),
                  QStringLiteral("n"), QStringLiteral("0"))
    , includeTargets(QStringList{QStringLiteral("include-targets")},
                     CommandLine::tr("With --all: count the target rounds too (the profile someone "
                                     "intends, such as the brand's), which are left out "
                                     "otherwise."))
    , inSession(QStringList{QStringLiteral("session")},
                CommandLine::tr("Only in this session: its id, the start of its id, or its title "
                                "(default: every session)."),
                QStringLiteral("session"))
    , newTitle(QStringList{QStringLiteral("title")}, CommandLine::tr("The session's new title."),
               QStringLiteral("title"))
    , newDate(QStringList{QStringLiteral("date")}, CommandLine::tr("The workshop's date."),
              QStringLiteral("yyyy-mm-dd"))
    , addTag(QStringList{QStringLiteral("tag")}, CommandLine::tr("Adds a tag; again for more."),
             QStringLiteral("tag"))
    , untag(QStringList{QStringLiteral("untag")}, CommandLine::tr("Removes a tag; again for more."),
            QStringLiteral("tag"))
    , anonymity(QStringList{QStringLiteral("anonymous")},
                CommandLine::tr("on: show aliases instead of names; off: show names."),
                QStringLiteral("on|off"))
{}

Result<SessionStore *> CliContext::openStore()
{
    QString url = parser.value(database);
    if (url.isEmpty())
        url = settings.databaseUrl();
    Result<DatabaseConfig> config = url.isEmpty()
                                        ? Result<DatabaseConfig>(DatabaseConfig::defaultSqlite())
                                        : DatabaseConfig::fromUrl(url);
    if (!config)
        return config.error();
    auto opened = SessionStore::open(*config);
    if (!opened)
        return opened.error();
    store = std::move(opened).value();
    store->setWaitingNotice([this] {
        err << CommandLine::tr("drivedeck: waiting for another DriveDeck that is writing to the "
                               "database…")
            << Qt::endl;
    });
    const QString author = settings.facilitatorName();
    if (!author.isEmpty())
        store->setAuthor(author);
    return store.get();
}

Result<Session> CliContext::loadSession(const QString &reference)
{
    const Result<QUuid> id = store->resolve(reference);
    if (!id)
        return id.error();
    return store->load(*id);
}

int CliContext::usage(const QString &message)
{
    err << QStringLiteral("drivedeck %1: %2 (usage: drivedeck %3)")
               .arg(command, message, synopsis.section(QLatin1Char('\n'), 0, 0))
        << Qt::endl;
    return Usage;
}

int CliContext::fail(const QString &message)
{
    err << QStringLiteral("drivedeck %1: %2").arg(command, oneLine(message)) << Qt::endl;
    return Failure;
}

void CommandLine::printOverview(QTextStream &out, const QList<CliCommand> &table)
{
    out << tr("Usage: drivedeck [--language en|nl] [--database URL] [--open SESSION] "
              "[--verbose]\n"
              "         opens the window.\n"
              "       drivedeck COMMAND [options]\n"
              "         runs a command, no display needed; drivedeck COMMAND --help lists its "
              "options.")
        << "\n\n"
        << tr("Commands:") << '\n';
    qsizetype width = 0;
    for (const CliCommand &command : table)
        width = std::max(width, qsizetype(qstrlen(command.name)));
    for (const CliCommand &command : table) {
        out << "  " << QString::fromLatin1(command.name).leftJustified(width + 2)
            << translated(command.description) << '\n';
    }
    out.flush();
}

QStringList CommandLine::commands()
{
    QStringList names;
    for (const CliCommand &command : cliCommands())
        names.append(QString::fromLatin1(command.name));
    return names;
}

const CliCommand *CommandLine::find(const QList<CliCommand> &table, const QString &word)
{
    const auto command = std::find_if(table.cbegin(), table.cend(), [&](const CliCommand &c) {
        return word == QLatin1String(c.name);
    });
    return command == table.cend() ? nullptr : &*command;
}

int CommandLine::run(const QStringList &arguments, Settings &settings, QTextStream &out,
                     QTextStream &err, QTextStream &input)
{
    return run(arguments, settings, out, err, input, cliCommands());
}

int CommandLine::run(const QStringList &arguments, Settings &settings, QTextStream &out,
                     QTextStream &err, QTextStream &input, const QList<CliCommand> &table)
{
    const QString name = arguments.value(1);
    const CliCommand *command = find(table, name);
    if (!command) {
        QStringList names;
        for (const CliCommand &each : table)
            names.append(QString::fromLatin1(each.name));
        err << tr("drivedeck: unknown command \"%1\"; the commands are %2")
                   .arg(Text::shown(name), names.join(QStringLiteral(", ")))
            << Qt::endl;
        return Usage;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    CliContext c(parser, settings, out, err, input);
    c.command = name;
    c.synopsis = QString::fromUtf8(command->synopsis);
    parser.addOption(c.help);
    parser.addOption(c.database);
    parser.addOption(c.verbose);
    parser.setApplicationDescription(translated(command->description));
    for (const auto option : command->options)
        parser.addOption(c.*option);
    for (const CliCommand::Argument &argument : command->arguments) {
        parser.addPositionalArgument(
            QString::fromLatin1(argument.name), translated(argument.description),
            argument.syntax ? QString::fromLatin1(argument.syntax) : QString());
    }

    QStringList parsed = arguments;
    parsed.removeAt(1); // the command word
    if (!parser.parse(parsed)) {
        err << QStringLiteral("drivedeck %1: %2").arg(name, parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(c.help)) {
        QString text = parser.helpText();
        const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
        text.replace(0, firstBreak,
                     QStringLiteral("Usage: drivedeck ") + c.synopsis +
                         QStringLiteral(" [--database URL]"));
        out << text;
        return Success;
    }
    if (parser.isSet(c.verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("drivedeck.*.debug=true"));
    if (command->usesStore) {
        const Result<SessionStore *> opened = c.openStore();
        if (!opened)
            return c.fail(opened.errorMessage());
    }
    return command->handler(c);
}

} // namespace DriveDeck
