#include "cli/chartcommand.h"

#include "charts/chartimage.h"
#include "charts/profilecharts.h"
#include "cli/commandline.h"
#include "profile/profile.h"
#include "profile/rejections.h"
#include "profile/reveal.h"
#include "render/pickgridpainter.h"
#include "render/revealpainter.h"
#include "settings/settings.h"
#include "translator.h"

#include <QFont>
#include <QPainter>
#include <QRegularExpression>

namespace DriveDeck {

namespace {

constexpr int Success = 0;

// Below this or above that a picture is a mistake, not a choice.
constexpr int SmallestSide = 200;
constexpr int LargestSide = 8000;

Result<QSize> sizeOption(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const QSize size =
        match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (!size.isValid() || size.width() < SmallestSide || size.height() < SmallestSide ||
        size.width() > LargestSide || size.height() > LargestSide)
        return Error(Error::Kind::InvalidInput,
                     CommandLine::tr("\"%1\" is not a size; write it as 1600x900, each side "
                                     "from %2 to %3 pixels")
                         .arg(text)
                         .arg(SmallestSide)
                         .arg(LargestSide));
    return size;
}

// Why a round's profile is not drawn, or nothing when it may be: a profile of fewer people
// than the smallest group set in DriveDeck says more about them than about a team.
QString tooSmall(const Round &round, const Profile &profile, int minimumGroup)
{
    if (round.target || profile.respondents() >= minimumGroup)
        return {};
    return CommandLine::tr("“%1” has %n person(s) with picks; a chart needs at least %2 (the "
                           "smallest group set in DriveDeck), so that it speaks of a team and "
                           "not of a few people.",
                           nullptr, int(profile.respondents()))
        .arg(round.title)
        .arg(minimumGroup);
}

int runChart(CliContext &c)
{
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 1)
        return c.usage(CommandLine::tr("give one session"));
    const QString path = c.parser.value(c.picture);
    if (path.isEmpty() || !ChartImage::canSave(path))
        return c.usage(CommandLine::tr("give the file to write with -o, ending in .svg, .png "
                                       "or .pdf"));
    const QString kind = c.parser.value(c.kind).toLower();
    const QStringList kinds{QStringLiteral("domains"), QStringLiteral("drives"),
                            QStringLiteral("radar"),   QStringLiteral("grid"),
                            QStringLiteral("reveal"),  QStringLiteral("compare")};
    if (!kinds.contains(kind))
        return c.usage(CommandLine::tr("unknown kind \"%1\": use %2")
                           .arg(c.parser.value(c.kind), kinds.join(QStringLiteral(", "))));
    const bool comparing = kind == QLatin1String("compare");
    if (!comparing && (c.parser.isSet(c.against) || c.parser.isSet(c.againstRound)))
        return c.usage(CommandLine::tr("--against and --against-round go with --kind compare"));
    if (comparing && !c.parser.isSet(c.against) && !c.parser.isSet(c.againstRound))
        return c.usage(CommandLine::tr("--kind compare needs --against-round, or --against with "
                                       "another session"));
    const Result<QSize> size = sizeOption(c.parser.value(c.size));
    if (!size)
        return c.usage(size.errorMessage());
    if (c.parser.isSet(c.language)) {
        const QString language = c.parser.value(c.language).toLower();
        if (!Translations::availableLanguages().contains(language))
            return c.usage(CommandLine::tr("unknown language \"%1\": use %2")
                               .arg(c.parser.value(c.language),
                                    Translations::availableLanguages().join(QStringLiteral(", "))));
        // The labels' words and their numbers both: "41,2 %" in Dutch.
        Translations::install(language);
        Translations::useLocaleOf(language);
    }

    const Result<Session> loaded = c.loadSession(positional.first());
    if (!loaded)
        return c.fail(loaded.errorMessage());
    Session session = *loaded;
    if (c.parser.isSet(c.anonymous))
        session.anonymous = true;
    const auto round = CliContext::findRound(session, c.parser.value(c.round));
    if (!round)
        return c.fail(round.errorMessage());
    const int minimumGroup = c.settings.minimumGroupSize();
    const Profile profile = Profile::ofRound(session, (*round)->id);

    QString error;
    bool written = false;
    QString what;
    if (kind == QLatin1String("reveal")) {
        // The room's reveal as a picture: the cards with how many people picked each.
        const QString why = tooSmall(**round, profile, minimumGroup);
        if (!why.isEmpty())
            return c.fail(why);
        const Reveal reveal = Reveal::ofRound(session, (*round)->id);
        what = (*round)->title;
        written = ChartImage::save(
            [&reveal](QPainter &painter, const QRectF &area) {
                painter.fillRect(area, QColor(240, 240, 240));
                QFont font;
                font.setPixelSize(std::max(12, int(area.height() / 60)));
                RevealPainter::paint(painter, area.toRect(), reveal, font, QColor(30, 30, 30));
            },
            (*round)->title, path, &error, *size);
    } else if (kind == QLatin1String("grid")) {
        // Names, or aliases when anonymous: the grid is the facilitator's record of the room.
        const PickGridPainter grid(session, (*round)->id);
        what = grid.title();
        written = ChartImage::save(
            [&grid](QPainter &painter, const QRectF &area) { grid.paint(painter, area); },
            grid.title(), path, &error, *size);
    } else if (comparing) {
        Result<Session> other = session;
        if (c.parser.isSet(c.against)) {
            other = c.loadSession(c.parser.value(c.against));
            if (!other)
                return c.fail(other.errorMessage());
        }
        const auto otherRound = CliContext::findRound(*other, c.parser.value(c.againstRound));
        if (!otherRound)
            return c.fail(otherRound.errorMessage());
        const Profile otherProfile = Profile::ofRound(*other, (*otherRound)->id);
        for (const auto &[r, p] :
             {std::pair{*round, &profile}, std::pair{*otherRound, &otherProfile}}) {
            const QString why = tooSmall(*r, *p, minimumGroup);
            if (!why.isEmpty())
                return c.fail(why);
        }
        // Two sessions: each side says its session too.
        const bool twoSessions = other->id != session.id;
        const QString nameOfA = twoSessions
                                    ? CommandLine::tr("%1, %2").arg(session.title, (*round)->title)
                                    : (*round)->title;
        const QString nameOfB =
            twoSessions ? CommandLine::tr("%1, %2").arg(other->title, (*otherRound)->title)
                        : (*otherRound)->title;
        what = CommandLine::tr("“%1” against “%2”").arg(nameOfA, nameOfB);
        written =
            ChartImage::save(ProfileCharts::domainDeltas(profile, otherProfile, nameOfA, nameOfB),
                             path, &error, *size);
    } else {
        const QString why = tooSmall(**round, profile, minimumGroup);
        if (!why.isEmpty())
            return c.fail(why);
        what = (*round)->title;
        if (kind == QLatin1String("domains"))
            written = ChartImage::save(ProfileCharts::domainShares(profile), path, &error, *size);
        else if (kind == QLatin1String("radar"))
            written = ChartImage::save(ProfileCharts::radar(profile, (*round)->title), path, &error,
                                       *size);
        else
            written = ChartImage::save(
                ProfileCharts::drives(profile, Rejections::ofRound(session, (*round)->id),
                                      ProfileCharts::DriveOrder::Catalogue),
                path, &error, *size);
    }
    if (!written)
        return c.fail(error);
    c.out << CommandLine::tr("Wrote %1 (%2, %3 × %4).")
                 .arg(path, what)
                 .arg(size->width())
                 .arg(size->height())
          << Qt::endl;
    return Success;
}

} // namespace

const CliCommand &chartCommand()
{
    static const CliCommand command{
        "chart",
        QT_TRANSLATE_NOOP("DriveDeck::CommandLine",
                          "Draws a round's profile, who picked what, or a comparison of two "
                          "rounds as SVG, PNG or PDF, with the same figures as the window."),
        "chart SESSION [--round R] --kind domains|drives|radar|grid|reveal|compare "
        "[--against-round R2 | --against SESSION2 [--against-round R2]] -o FILE.svg|.png|.pdf "
        "[--size 1600x900] [--language nl] [--anonymous]",
        {&CliContext::round, &CliContext::kind, &CliContext::against, &CliContext::againstRound,
         &CliContext::picture, &CliContext::size, &CliContext::language, &CliContext::anonymous},
        {{"session",
          QT_TRANSLATE_NOOP("DriveDeck::CommandLine", "Id, start of the id, or title.")}},
        runChart,
        true};
    return command;
}

} // namespace DriveDeck
