#include "cli/reportcommand.h"

#include "cli/commandline.h"
#include "reportwriter/pdfreport.h"
#include "settings/settings.h"
#include "translator.h"

#include <QFileInfo>

namespace DriveDeck {

namespace {

constexpr int Success = 0;

int runReport(CliContext &c)
{
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 1)
        return c.usage(CommandLine::tr("give one session"));
    const QString path = c.parser.value(c.report);
    if (path.isEmpty() || QFileInfo(path).suffix().toLower() != QLatin1String("pdf"))
        return c.usage(CommandLine::tr("give the report to write with -o, ending in .pdf"));
    QString language;
    if (c.parser.isSet(c.language)) {
        language = c.parser.value(c.language).toLower();
        if (!Translations::availableLanguages().contains(language))
            return c.usage(CommandLine::tr("unknown language \"%1\": use %2")
                               .arg(c.parser.value(c.language),
                                    Translations::availableLanguages().join(QStringLiteral(", "))));
    }
    bool stories = false;
    bool grid = false;
    for (const QString &value : c.parser.values(c.include)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString name = part.trimmed().toLower();
            if (name == QLatin1String("stories"))
                stories = true;
            else if (name == QLatin1String("grid"))
                grid = true;
            else
                return c.usage(
                    CommandLine::tr("unknown appendix \"%1\": use stories, grid").arg(part));
        }
    }

    const Result<Session> loaded = c.loadSession(positional.first());
    if (!loaded)
        return c.fail(loaded.errorMessage());
    const Session &session = *loaded;
    ReportOptions options = ReportOptions::defaultsFor(session);
    if (!language.isEmpty())
        options.language = language;
    options.stories = stories;
    options.pickGrid = grid;
    options.anonymous = options.anonymous || c.parser.isSet(c.anonymous);
    options.minimumGroup = c.settings.minimumGroupSize();
    if (c.parser.isSet(c.compare)) {
        options.comparisons.clear();
        for (const QString &text : c.parser.values(c.compare)) {
            const Result<RoundPair> pair = ReportOptions::pairByTitles(session, text);
            if (!pair)
                return c.fail(pair.errorMessage());
            options.comparisons.append(*pair);
        }
    }

    QString error;
    int pages = 0;
    if (!PdfReport::save(session, options, path, &error, &pages))
        return c.fail(error);
    c.out << CommandLine::tr("Wrote %1: the report on “%2”, %n page(s), in %3.", nullptr, pages)
                 .arg(path, session.title, Translations::nativeName(options.language))
          << Qt::endl;
    return Success;
}

} // namespace

const CliCommand &reportCommand()
{
    static const CliCommand command{
        "report",
        QT_TRANSLATE_NOOP("DriveDeck::CommandLine",
                          "Writes the PDF report for managers: summary, a section per round, "
                          "comparisons, agreements and, when asked, the appendices."),
        "report SESSION -o FILE.pdf [--language nl] [--include stories,grid] "
        "[--compare \"Now:Desired\"] [--anonymous]",
        {&CliContext::report, &CliContext::language, &CliContext::include, &CliContext::compare,
         &CliContext::anonymous},
        {{"session",
          QT_TRANSLATE_NOOP("DriveDeck::CommandLine", "Id, start of the id, or title.")}},
        runReport,
        true};
    return command;
}

} // namespace DriveDeck
