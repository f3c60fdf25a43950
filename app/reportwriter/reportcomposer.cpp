#include "reportwriter/reportcomposer.h"

#include "charts/chartimage.h"
#include "charts/profilecharts.h"
#include "decks/decklibrary.h"
#include "domain/catalogue.h"
#include "domain/drivetexts.h"
#include "profile/figures.h"
#include "profile/keyfigures.h"
#include "profile/profile.h"
#include "profile/profilecomparison.h"
#include "profile/rejections.h"
#include "render/cardpainter.h"
#include "render/pickgridpainter.h"

#include <QImageReader>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace DriveDeck {

namespace {

using K = ReportBlock::Kind;

// Charts are laid out at this many of their own pixels per millimetre of paper: at 4, the
// charts' type comes out at about 8.5 points, as the report's small print.
constexpr qreal ChartPixelsPerMm = 4.0;

ReportBlock chart(QChart *chart, qreal heightMm, const QString &family)
{
    const QSize size(qRound(PageFlow::TextWidthMm * ChartPixelsPerMm),
                     qRound(heightMm * ChartPixelsPerMm));
    return ReportBlock::picture(ChartImage::painting(chart, size, family), heightMm);
}

ReportBlock bullet(const QString &text, const QString &lead = {}, QColor swatch = {})
{
    ReportBlock block = ReportBlock::of(K::Bullet, text, lead);
    block.swatch = swatch;
    return block;
}

ReportBlock heading(const QString &text, bool newPage)
{
    ReportBlock block = ReportBlock::of(K::Heading, text);
    block.pageBreakBefore = newPage;
    return block;
}

QString driveNames(const QList<int> &ids)
{
    QStringList names;
    for (int id : ids)
        names.append(Catalogue::drive(id).name());
    return QLocale().createSeparatedList(names);
}

// The most picked drives: the first three and whatever ties with the third, at most five.
QList<int> topDrivesOf(const Profile &profile)
{
    const QList<int> ranked = profile.topDrives();
    if (ranked.size() <= 3)
        return ranked;
    const qint64 third = profile.picks(ranked.at(2));
    QList<int> top = ranked.mid(0, 3);
    for (qsizetype i = 3; i < ranked.size() && profile.picks(ranked.at(i)) == third; ++i)
        top.append(ranked.at(i));
    if (top.size() > 5)
        top.removeIf([&](int id) { return profile.picks(id) == third; });
    // Empty when too many tie to name: no card stands out, and the report says so.
    return top;
}

} // namespace

ReportComposer::ReportComposer(const Session &session, const ReportOptions &options,
                               const QString &fontFamily)
    : m_session(
          std::make_shared<const Session>(asShown(session, options.anonymous || session.anonymous)))
    , m_options(options)
    , m_family(fontFamily)
{}

Session ReportComposer::asShown(const Session &session, bool anonymous)
{
    Session shown = session;
    if (!anonymous)
        return shown;
    shown.anonymous = true;
    // Every alias first, from the session as an anonymous one shows it ("Person 3").
    QStringList aliases;
    for (const Participant &participant : std::as_const(shown.participants))
        aliases.append(shown.shownName(participant.id));
    QList<std::pair<QRegularExpression, QString>> replacements;
    for (qsizetype i = 0; i < shown.participants.size(); ++i) {
        Participant &participant = shown.participants[i];
        const QString alias = aliases.at(i);
        const QString name = participant.displayName.trimmed();
        // A name as a whole word, in any case: "anna" in a story is Anna too.
        if (!name.isEmpty() && name != alias)
            replacements.append(
                {QRegularExpression(
                     QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(name)),
                     QRegularExpression::CaseInsensitiveOption |
                         QRegularExpression::UseUnicodePropertiesOption),
                 alias});
        participant.displayName = alias;
        participant.alias = alias;
    }
    // Longer names first: "Anna Maria" before "Anna".
    std::sort(replacements.begin(), replacements.end(), [](const auto &a, const auto &b) {
        return a.first.pattern().size() > b.first.pattern().size();
    });
    auto scrub = [&replacements](QString &text) {
        for (const auto &[pattern, alias] : std::as_const(replacements))
            text.replace(pattern, alias);
    };
    for (Pick &pick : shown.picks)
        scrub(pick.note);
    for (Agreement &agreement : shown.agreements) {
        scrub(agreement.text);
        scrub(agreement.owner);
    }
    scrub(shown.notes);
    return shown;
}

QString ReportComposer::documentTitle() const
{
    return tr("%1: workshop report").arg(m_session->title);
}

PageFlow::Frame ReportComposer::frame() const
{
    QStringList left;
    if (!m_session->team.isEmpty())
        left << m_session->team;
    if (m_session->date.isValid())
        left << QLocale().toString(m_session->date, QLocale::LongFormat);
    return {left.join(QStringLiteral(" · ")), m_session->title,
            tr("This report describes what drives the people in this workshop, based on their "
               "own choices, as a starting point for conversation. It is not a psychological "
               "assessment of anyone.")};
}

QList<const Round *> ReportComposer::includedRounds() const
{
    QList<const Round *> rounds;
    for (const Round &round : m_session->rounds) {
        if (m_options.rounds.contains(round.id))
            rounds.append(&round);
    }
    return rounds;
}

int ReportComposer::minimumFor(const Round &round) const
{
    return round.target ? 1 : std::max(1, m_options.minimumGroup);
}

bool ReportComposer::characterised(const Round &round, const Profile &profile) const
{
    return profile.respondents() >= minimumFor(round) && !profile.isEmpty();
}

QString ReportComposer::roundName(const Round &round) const
{
    return round.target ? tr("%1 (target)").arg(round.title) : round.title;
}

QList<ReportBlock> ReportComposer::blocks() const
{
    QList<ReportBlock> blocks;
    cover(blocks);
    summary(blocks);
    // What the team will do comes right after what it found: for a manager, the first thing.
    agreements(blocks);
    for (const Round *round : includedRounds())
        roundSection(blocks, *round);
    bool first = true;
    for (const RoundPair &pair : m_options.comparisons) {
        if (!m_session->round(pair.from) || !m_session->round(pair.to))
            continue;
        if (first)
            blocks.append(heading(tr("Comparisons"), true));
        first = false;
        comparisonSection(blocks, pair);
    }
    if (m_options.stories)
        stories(blocks);
    if (m_options.pickGrid)
        pickGrids(blocks);
    return blocks;
}

void ReportComposer::cover(QList<ReportBlock> &blocks) const
{
    const Session &session = *m_session;
    const QLocale locale;
    blocks.append(ReportBlock::of(K::DomainBand, {}));
    blocks.append(ReportBlock::of(K::Title, session.title));
    blocks.append(ReportBlock::of(K::Subtitle, tr("What drives us: a workshop report")));
    if (!session.team.isEmpty())
        blocks.append(ReportBlock::of(K::Paragraph, session.team, tr("Team:")));
    if (session.date.isValid())
        blocks.append(ReportBlock::of(
            K::Paragraph, locale.toString(session.date, QLocale::LongFormat), tr("Date:")));
    if (!session.facilitator.isEmpty())
        blocks.append(ReportBlock::of(K::Paragraph, session.facilitator, tr("Facilitator:")));
    blocks.append(ReportBlock::of(K::Paragraph,
                                  tr("%n person(s)", nullptr, int(session.participants.size())),
                                  tr("Taking part:")));

    blocks.append(ReportBlock::of(K::Subheading, tr("The questions asked")));
    if (session.rounds.isEmpty()) {
        blocks.append(ReportBlock::of(K::Paragraph, tr("This session has no rounds.")));
    } else {
        // The question where it says more than the round's title.
        bool questions = false;
        for (const Round &round : session.rounds)
            questions = questions || (!round.question.trimmed().isEmpty() &&
                                      round.question.trimmed() != round.title.trimmed());
        QList<QStringList> rows;
        for (const Round &round : session.rounds) {
            const QString question = round.question.isEmpty() ? round.title : round.question;
            const QString people = round.target ? tr("a target profile")
                                                : tr("%1 of %2")
                                                      .arg(session.respondentCount(round.id))
                                                      .arg(round.participantIds.size());
            rows.append(questions ? QStringList{roundName(round), question, people}
                                  : QStringList{roundName(round), people});
        }
        blocks.append(
            questions
                ? ReportBlock::table({tr("Round"), tr("Question"), tr("People with picks")}, rows,
                                     {0.28, 0.50, 0.22})
                : ReportBlock::table({tr("Round"), tr("People with picks")}, rows, {0.6, 0.4}));
    }
    blocks.append(ReportBlock::of(
        K::Paragraph,
        tr("In a DriveDeck workshop each person picks, from 24 image cards, the drives that move "
           "them: what gives their work energy and meaning. The 24 drives fall into five colour "
           "domains. This report adds up the picks of the group; it shows no one's own picks "
           "unless an appendix was asked for, and then only under an alias when the session is "
           "anonymous.")));
    // Whose pictures the cards show: the credit a photo deck's maker asks for.
    const Result<PhotoDeck> deck =
        session.deck.isEmpty() ? Result<PhotoDeck>(Error()) : DeckLibrary().find(session.deck);
    blocks.append(ReportBlock::of(
        K::Small,
        deck && !deck->credit().isEmpty()
            ? tr("The cards' pictures: the photo deck “%1”, %2.").arg(deck->name, deck->credit())
        : deck ? tr("The cards' pictures: the photo deck “%1”.").arg(deck->name)
               : tr("The cards' pictures: Fluent Emoji by Microsoft, MIT licence.")));
    // The five colours, so that a reader knows them before the first chart.
    blocks.append(ReportBlock::of(K::Subheading, tr("The five colour domains")));
    for (const Domain &domain : Catalogue::domains())
        blocks.append(bullet(domain.about(), tr("%1:").arg(domain.name()), domain.colour));
    blocks.append(ReportBlock::of(K::PageBreak, {}));
}

void ReportComposer::summary(QList<ReportBlock> &blocks) const
{
    const Session &session = *m_session;
    blocks.append(heading(tr("Summary"), false));
    const QList<const Round *> rounds = includedRounds();
    blocks.append(ReportBlock::of(
        K::Paragraph,
        tr("%n person(s) took part.", nullptr, int(session.participants.size())) + u' ' +
            tr("This report covers %n round(s) of choosing cards.", nullptr, int(rounds.size()))));
    for (const Round *round : rounds) {
        const Profile profile = Profile::ofRound(session, round->id);
        blocks.append(ReportBlock::of(K::Subheading, roundName(*round)));
        for (const QString &sentence : KeyFigures::sentences(profile, minimumFor(*round)))
            blocks.append(bullet(sentence));
        if (!characterised(*round, profile))
            continue;
        if (const QList<int> blind = profile.blindSpotDrives(); !blind.isEmpty())
            blocks.append(bullet(tr("%n drive(s) picked by nobody.", nullptr, int(blind.size()))));
        for (const QString &sentence :
             KeyFigures::polarising(Rejections::ofRound(session, round->id), minimumFor(*round)))
            blocks.append(bullet(sentence));
    }
    for (const RoundPair &pair : m_options.comparisons) {
        const Round *from = session.round(pair.from);
        const Round *to = session.round(pair.to);
        if (!from || !to)
            continue;
        blocks.append(ReportBlock::of(
            K::Subheading, tr("From “%1” to “%2”").arg(roundName(*from), roundName(*to))));
        const Profile a = Profile::ofRound(session, from->id);
        const Profile b = Profile::ofRound(session, to->id);
        if (!characterised(*from, a) || !characterised(*to, b)) {
            blocks.append(bullet(tr("Not compared: one of the two rounds has fewer people with "
                                    "picks than the smallest group (%1).")
                                     .arg(m_options.minimumGroup)));
            continue;
        }
        for (const QString &sentence :
             KeyFigures::comparison(ProfileComparison::between(a, b), to->title))
            blocks.append(bullet(sentence));
    }
    blocks.append(ReportBlock::of(
        K::Small,
        tr("How to read the figures. A share is the part of the group's choice that went to a "
           "domain or a card, each person counting the same. Affinity weighs a domain's share "
           "against its number of cards: 100 is what picking at random would give. Balance "
           "runs from 0 (every pick in one colour) to 1 (spread evenly over the five). "
           "Alignment says how much two profiles overlap: 100 % is the same profile. A change "
           "in percentage points (pp) is the difference between two shares.")));
}

void ReportComposer::roundSection(QList<ReportBlock> &blocks, const Round &round) const
{
    const Session &session = *m_session;
    const Profile profile = Profile::ofRound(session, round.id);
    blocks.append(heading(round.target ? tr("Target profile: %1").arg(round.title)
                                       : tr("Round: %1").arg(round.title),
                          true));
    if (!round.question.isEmpty() && round.question != round.title)
        blocks.append(ReportBlock::of(K::Paragraph, round.question, tr("The question:")));
    QString how;
    if (round.rule.isScan())
        how = tr("Each person answered yes or no to every card in turn.");
    else if (round.rule.minPicks == round.rule.maxPicks)
        how = round.rule.ranked ? tr("Each person chose %n card(s), most important first.", nullptr,
                                     round.rule.maxPicks)
                                : tr("Each person chose %n card(s).", nullptr, round.rule.maxPicks);
    else if (round.rule.ranked)
        how = tr("Each person chose %1 to %2 cards, most important first.")
                  .arg(round.rule.minPicks)
                  .arg(round.rule.maxPicks);
    else
        how = tr("Each person chose %1 to %2 cards.")
                  .arg(round.rule.minPicks)
                  .arg(round.rule.maxPicks);
    if (round.target)
        how = tr("A target profile: what is intended (by the brand, by management), picked as "
                 "one voice.");
    blocks.append(ReportBlock::of(K::Small, how));

    if (!characterised(round, profile)) {
        blocks.append(ReportBlock::of(
            K::Paragraph,
            profile.isEmpty()
                ? tr("Nobody picked a card in this round.")
                : tr("%n person(s) picked cards in this round. A profile is given from %1 "
                     "people on: with fewer, it would say more about the individuals than "
                     "about the group.",
                     nullptr, int(profile.respondents()))
                      .arg(minimumFor(round))));
        return;
    }

    blocks.append(ReportBlock::of(K::Subheading, tr("The colour domains")));
    QList<QStringList> rows;
    QList<QColor> swatches;
    for (const Domain &domain : Catalogue::domains()) {
        rows.append({domain.name(), Figures::percentText(profile.domainShare(domain.id)),
                     QString::number(Figures::affinityIndex(profile.affinity(domain.id))),
                     QString::number(profile.domainPicks(domain.id)),
                     QString::number(domain.driveCount)});
        swatches.append(domain.colour);
    }
    ReportBlock table =
        ReportBlock::table({tr("Domain"), tr("Share of the picks"), tr("Affinity (100 = chance)"),
                            tr("Picks"), tr("Cards")},
                           rows, {0.28, 0.20, 0.24, 0.14, 0.14});
    table.rowSwatches = swatches;
    blocks.append(table);
    blocks.append(ReportBlock::of(
        K::Small, tr("The share is how much of the group's choice went to a domain's cards, "
                     "each person counting the same whether they picked one card or three. The "
                     "affinity weighs it against the number of cards in the domain: 100 is what "
                     "picking at random would give, 200 twice as much. Picks counts the cards "
                     "chosen.")));
    blocks.append(chart(ProfileCharts::domainShares(profile), 62, m_family));

    blocks.append(ReportBlock::of(K::Subheading, tr("What the group shares, what nobody picked")));
    const QList<int> shared = profile.sharedDrives();
    blocks.append(
        shared.isEmpty()
            ? ReportBlock::of(K::Paragraph, tr("No card was picked by half of the group or more."))
            : ReportBlock::of(K::Paragraph, driveNames(shared) + u'.',
                              tr("Shared by at least half of the group:")));
    const QList<int> blind = profile.blindSpotDrives();
    blocks.append(
        blind.isEmpty()
            ? ReportBlock::of(K::Paragraph, tr("Every card was picked by someone."))
            : ReportBlock::of(K::Paragraph, driveNames(blind) + u'.', tr("Picked by nobody:")));
    for (const QString &sentence :
         KeyFigures::polarising(Rejections::ofRound(session, round.id), minimumFor(round)))
        blocks.append(ReportBlock::of(K::Paragraph, sentence));

    blocks.append(ReportBlock::of(K::Subheading, tr("What the most picked drives are about")));
    const QList<int> top = topDrivesOf(profile);
    if (top.isEmpty())
        blocks.append(ReportBlock::of(
            K::Paragraph, tr("No card stands out: %n drive(s) were picked by as many people "
                             "as the next.",
                             nullptr, int(profile.topDrives().size()))));
    if (!top.isEmpty()) {
        // The cards themselves, in a row, as the room saw them: with the session's photos when
        // its deck is on this computer.
        QList<QImage> photos;
        const Result<PhotoDeck> deck =
            session.deck.isEmpty() ? Result<PhotoDeck>(Error()) : DeckLibrary().find(session.deck);
        for (int id : top) {
            QImage photo;
            if (deck) {
                QImageReader reader(deck->imagePath(id, int(session.indexOfRound(round.id))));
                const QSize full = reader.size();
                if (full.isValid())
                    reader.setScaledSize(
                        full.scaled(QSize(480, 320), Qt::KeepAspectRatioByExpanding)
                            .boundedTo(full));
                photo = reader.read();
            }
            photos.append(photo);
        }
        const QString family = m_family;
        blocks.append(ReportBlock::picture(
            [top, photos, family](QPainter &painter, const QRectF &area) {
                const qreal gap = area.height() * 0.12;
                const qreal width = std::min(area.height() / 0.66,
                                             (area.width() - gap * (top.size() - 1)) / top.size());
                QFont font(family);
                for (qsizetype i = 0; i < top.size(); ++i) {
                    CardFace face;
                    face.driveId = top.at(i);
                    face.photo = photos.at(i);
                    CardPainter::paint(
                        painter,
                        QRectF(area.left() + i * (width + gap), area.top(), width, width * 0.66),
                        face, font);
                }
            },
            26));
    }
    for (int id : top) {
        const Drive &drive = Catalogue::drive(id);
        blocks.append(
            bullet(DriveTexts::description(id),
                   tr("%1 (%n person(s)):", nullptr, int(profile.picks(id))).arg(drive.name()),
                   drive.domain().colour));
    }

    blocks.append(ReportBlock::of(K::Subheading, tr("All 24 drives")));
    blocks.append(chart(ProfileCharts::drives(profile, Rejections::ofRound(session, round.id),
                                              ProfileCharts::DriveOrder::Catalogue),
                        128, m_family));

    blocks.append(ReportBlock::of(K::Subheading, tr("The domains, from most to least picked")));
    QList<DomainId> order;
    for (const Domain &domain : Catalogue::domains())
        order.append(domain.id);
    std::stable_sort(order.begin(), order.end(), [&profile](DomainId a, DomainId b) {
        return profile.domainShare(a) > profile.domainShare(b);
    });
    for (DomainId id : order) {
        const Domain &domain = Catalogue::domain(id);
        blocks.append(bullet(domain.about(),
                             tr("%1, %2, affinity %3:")
                                 .arg(domain.name(), Figures::percentText(profile.domainShare(id)))
                                 .arg(Figures::affinityIndex(profile.affinity(id))),
                             domain.colour));
    }
}

void ReportComposer::comparisonSection(QList<ReportBlock> &blocks, const RoundPair &pair) const
{
    const Session &session = *m_session;
    const Round &from = *session.round(pair.from);
    const Round &to = *session.round(pair.to);
    blocks.append(ReportBlock::of(K::Subheading,
                                  tr("From “%1” to “%2”").arg(roundName(from), roundName(to))));
    const Profile a = Profile::ofRound(session, from.id);
    const Profile b = Profile::ofRound(session, to.id);
    if (!characterised(from, a) || !characterised(to, b)) {
        blocks.append(ReportBlock::of(
            K::Paragraph, tr("Not compared: one of the two rounds has fewer people with picks "
                             "than the smallest group (%1).")
                              .arg(m_options.minimumGroup)));
        return;
    }
    const ProfileComparison comparison = ProfileComparison::between(a, b);
    for (const QString &sentence : KeyFigures::comparison(comparison, to.title))
        blocks.append(bullet(sentence));
    QList<QStringList> rows;
    QList<QColor> swatches;
    for (const Domain &domain : Catalogue::domains()) {
        rows.append({domain.name(), Figures::percentText(a.domainShare(domain.id)),
                     Figures::percentText(b.domainShare(domain.id)),
                     Figures::pointsText(comparison.domainDelta(domain.id))});
        swatches.append(domain.colour);
    }
    ReportBlock table = ReportBlock::table({tr("Domain"), from.title, to.title, tr("Change")}, rows,
                                           {0.28, 0.24, 0.24, 0.24});
    table.rowSwatches = swatches;
    blocks.append(table);
    blocks.append(chart(ProfileCharts::domainComparison(a, b, from.title, to.title), 66, m_family));
    if (!ProfileCharts::movedDrives(comparison).isEmpty())
        blocks.append(chart(ProfileCharts::driveDeltas(a, b, from.title, to.title), 92, m_family));
}

void ReportComposer::agreements(QList<ReportBlock> &blocks) const
{
    const Session &session = *m_session;
    blocks.append(heading(tr("Agreements"), false));
    if (session.agreements.isEmpty()) {
        blocks.append(ReportBlock::of(K::Paragraph, tr("No agreements were written down.")));
        return;
    }
    blocks.append(
        ReportBlock::of(K::Paragraph, tr("What the team agreed to do with what it found.")));
    const QLocale locale;
    QList<QStringList> rows;
    int number = 0;
    for (const Agreement &agreement : session.agreements) {
        rows.append({QString::number(++number), agreement.text,
                     agreement.owner.isEmpty() ? tr("everyone") : agreement.owner,
                     agreement.due.isValid()
                         ? locale.toString(agreement.due, QStringLiteral("d MMMM yyyy"))
                         : tr("no date")});
    }
    blocks.append(ReportBlock::table({tr("#"), tr("Agreement"), tr("Who"), tr("By when")}, rows,
                                     {0.06, 0.52, 0.20, 0.22}));
}

void ReportComposer::stories(QList<ReportBlock> &blocks) const
{
    const Session &session = *m_session;
    blocks.append(heading(tr("Appendix: the stories"), true));
    blocks.append(ReportBlock::of(
        K::Small, tr("What people said about their cards, as the facilitator noted it, "
                     "without who said it.")));
    for (const Round *round : includedRounds()) {
        QList<const Pick *> told;
        for (const Pick &pick : session.picks) {
            if (pick.roundId == round->id && !pick.note.trimmed().isEmpty())
                told.append(&pick);
        }
        // By card, so the stories about one drive read together; no order that hints at who.
        std::stable_sort(told.begin(), told.end(), [](const Pick *a, const Pick *b) {
            return std::pair(a->driveId, !a->isPositive()) <
                   std::pair(b->driveId, !b->isPositive());
        });
        blocks.append(ReportBlock::of(K::Subheading, roundName(*round)));
        if (told.isEmpty()) {
            blocks.append(ReportBlock::of(K::Paragraph, tr("No stories were written down.")));
            continue;
        }
        // A card's name once, its stories under it; "not me" stories apart.
        QString last;
        for (const Pick *pick : std::as_const(told)) {
            const Drive &drive = Catalogue::drive(pick->driveId);
            const QString card =
                pick->isPositive() ? drive.name() : tr("%1 (not me)").arg(drive.name());
            if (card != last) {
                ReportBlock name = ReportBlock::of(K::Paragraph, {}, card);
                blocks.append(name);
                last = card;
            }
            blocks.append(bullet(tr("“%1”").arg(pick->note.trimmed()), {}, drive.domain().colour));
        }
    }
}

void ReportComposer::pickGrids(QList<ReportBlock> &blocks) const
{
    blocks.append(heading(tr("Appendix: who picked what"), true));
    blocks.append(ReportBlock::of(
        K::Small,
        m_session->anonymous
            ? tr("A row per person, under their alias; a dot is a card picked (with its rank), "
                 "a grey cross a card set aside as “not me”.")
            : tr("A row per person; a dot is a card picked (with its rank), a grey cross a card "
                 "set aside as “not me”.")));
    const std::shared_ptr<const Session> session = m_session;
    for (const Round *round : includedRounds()) {
        const auto grid = std::make_shared<PickGridPainter>(*session, round->id);
        grid->setTitleShown(false);
        blocks.append(ReportBlock::of(K::Subheading, roundName(*round)));
        // The session outlives the painting: the lambda keeps it.
        const qsizetype people = round->participantIds.size();
        blocks.append(ReportBlock::picture(
            [session, grid](QPainter &painter, const QRectF &area) { grid->paint(painter, area); },
            std::clamp<qreal>(30 + 6.5 * qreal(people), 60, 230)));
    }
}

} // namespace DriveDeck
