#include "domain/catalogue.h"

#include "domain/colours.h"
#include "domain/text.h"

#include <QCoreApplication>

namespace DriveDeck {

namespace {

constexpr const char *Context = "DriveDeck::Catalogue";

std::array<Domain, DomainCount> makeDomains()
{
    return {{
        {DomainId::Basics, QStringLiteral("basics"),
         QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Basics"),
         QT_TRANSLATE_NOOP("DriveDeck::Catalogue",
                           "Feeling safe with others and in the world: relationships, loyalty, "
                           "belonging, care, order and security."),
         QColor(0x4C, 0xAF, 0x50), 6},
        {DomainId::SelfDevelopment, QStringLiteral("self-development"),
         QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Self-development"),
         QT_TRANSLATE_NOOP("DriveDeck::Catalogue",
                           "Discovering and playing: freedom, creativity, curiosity and being "
                           "yourself."),
         QColor(0xFF, 0x98, 0x00), 6},
        {DomainId::Ambition, QStringLiteral("ambition"),
         QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Ambition"),
         QT_TRANSLATE_NOOP("DriveDeck::Catalogue",
                           "Making a mark on the world: talent, success, winning, recognition "
                           "and influence."),
         QColor(0x9C, 0x27, 0xB0), 8},
        {DomainId::Vitality, QStringLiteral("vitality"),
         QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Vitality"),
         QT_TRANSLATE_NOOP("DriveDeck::Catalogue",
                           "A healthy body and mind: energy, fitness and resilience."),
         QColor(0x21, 0x96, 0xF3), 2},
        {DomainId::Attraction, QStringLiteral("attraction"),
         QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Attraction"),
         QT_TRANSLATE_NOOP("DriveDeck::Catalogue",
                           "Beauty, pleasure and the senses: aesthetics, sensuality and the "
                           "exciting edge of life."),
         QColor(0xE9, 0x1E, 0x63), 2},
    }};
}

std::array<Drive, DriveCount> makeDrives()
{
    // clang-format off
    return {{
        {1, QStringLiteral("idealism"), DomainId::Basics, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Idealism"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Better world")},
        {2, QStringLiteral("loyalty"), DomainId::Basics, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Loyal"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Moral")},
        {3, QStringLiteral("connection"), DomainId::Basics, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Connected"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Together")},
        {4, QStringLiteral("caring"), DomainId::Basics, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Warm"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Caring")},
        {5, QStringLiteral("order"), DomainId::Basics, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Order"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Structure")},
        {6, QStringLiteral("security"), DomainId::Basics, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Safe"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Secure")},
        {7, QStringLiteral("relaxation"), DomainId::SelfDevelopment, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Relaxed"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Carefree")},
        {8, QStringLiteral("play"), DomainId::SelfDevelopment, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Play"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Fun")},
        {9, QStringLiteral("independence"), DomainId::SelfDevelopment, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Unbound"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Independent")},
        {10, QStringLiteral("creativity"), DomainId::SelfDevelopment, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Creative"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Fantasy")},
        {11, QStringLiteral("uniqueness"), DomainId::SelfDevelopment, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Individual"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Unique")},
        {12, QStringLiteral("curiosity"), DomainId::SelfDevelopment, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Discover"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Curious")},
        {13, QStringLiteral("talent"), DomainId::Ambition, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Capable"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Talent")},
        {14, QStringLiteral("achievement"), DomainId::Ambition, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Achievement"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Innovation")},
        {15, QStringLiteral("winning"), DomainId::Ambition, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Challenge"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Winning")},
        {16, QStringLiteral("pride"), DomainId::Ambition, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Pride"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Self-assured")},
        {17, QStringLiteral("recognition"), DomainId::Ambition, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Appreciation"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Recognition")},
        {18, QStringLiteral("prestige"), DomainId::Ambition, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Standing"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Prestige")},
        {19, QStringLiteral("possession"), DomainId::Ambition, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Collect"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Possess")},
        {20, QStringLiteral("leadership"), DomainId::Ambition, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Influence"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Leadership")},
        {21, QStringLiteral("fitness"), DomainId::Vitality, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Fit"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Sporty")},
        {22, QStringLiteral("health"), DomainId::Vitality, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Health"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Nutrition")},
        {23, QStringLiteral("beauty"), DomainId::Attraction, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Beauty"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Aesthetics")},
        {24, QStringLiteral("sensuality"), DomainId::Attraction, QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Sexy"), QT_TRANSLATE_NOOP("DriveDeck::Catalogue", "Aroused")},
    }};
    // clang-format on
}

} // namespace

QString Domain::name() const
{
    return QCoreApplication::translate(Context, nameText);
}

QString Domain::about() const
{
    return QCoreApplication::translate(Context, aboutText);
}

QColor Domain::cardColour() const
{
    return Colours::shadeForText(colour, Colours::MinimumTextContrast);
}

QColor Domain::textColour() const
{
    return Colours::readableTextOn(cardColour());
}

const Domain &Drive::domain() const
{
    return Catalogue::domain(domainId);
}

QString Drive::mainWord() const
{
    return QCoreApplication::translate(Context, mainText);
}

QString Drive::secondWord() const
{
    return QCoreApplication::translate(Context, secondText);
}

QString Drive::name() const
{
    return mainWord() + QStringLiteral(" · ") + secondWord();
}

const std::array<Domain, DomainCount> &Catalogue::domains()
{
    static const auto all = makeDomains();
    return all;
}

const std::array<Drive, DriveCount> &Catalogue::drives()
{
    static const auto all = makeDrives();
    return all;
}

const Domain &Catalogue::domain(DomainId id)
{
    return domains()[static_cast<std::size_t>(id)];
}

const Drive &Catalogue::drive(int id)
{
    Q_ASSERT(isValidDriveId(id));
    return drives()[static_cast<std::size_t>(id - 1)];
}

const QList<int> &Catalogue::driveIdsOf(DomainId domain)
{
    static const std::array<QList<int>, DomainCount> byDomain = [] {
        std::array<QList<int>, DomainCount> ids;
        for (const Drive &drive : drives())
            ids[static_cast<int>(drive.domainId)].append(drive.id);
        return ids;
    }();
    return byDomain[static_cast<int>(domain)];
}

Result<int> Catalogue::findDrive(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    // Digits only: "2\0junk" is not drive 2.
    const bool isNumber = Text::isDigits(trimmed) && trimmed.size() <= 3;
    const int id = isNumber ? trimmed.toInt() : 0;
    if (isNumber && isValidDriveId(id))
        return id;
    if (!isNumber) {
        for (const Drive &drive : drives()) {
            if (trimmed.compare(drive.key, Qt::CaseInsensitive) == 0)
                return drive.id;
        }
    }
    return Error(Error::Kind::InvalidInput,
                 QCoreApplication::translate(
                     Context, "unknown drive \"%1\": use a drive id from 1 to 24 or a key such "
                              "as \"idealism\"")
                     .arg(Text::shown(text)));
}

Result<DomainId> Catalogue::findDomain(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const Domain &domain : domains()) {
        if (trimmed.compare(domain.key, Qt::CaseInsensitive) == 0)
            return domain.id;
    }
    return Error(Error::Kind::InvalidInput,
                 QCoreApplication::translate(
                     Context, "unknown domain \"%1\": use basics, self-development, ambition, "
                              "vitality or attraction")
                     .arg(text.toString()));
}

} // namespace DriveDeck
