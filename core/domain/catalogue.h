#pragma once

#include "domain/result.h"

#include <QColor>
#include <QList>
#include <QString>

#include <array>

namespace DriveDeck {

// The five colour domains, in their fixed catalogue order.
enum class DomainId : quint8
{
    Basics,
    SelfDevelopment,
    Ambition,
    Vitality,
    Attraction
};

inline constexpr int DomainCount = 5;
inline constexpr int DriveCount = 24;

class Domain
{
public:
    DomainId id;
    QString key;          // fixed: used in files, the database and exports
    const char *nameText; // English source text, translated by name()
    const char *aboutText;
    QColor colour; // the reference hue, for charts and accents
    int driveCount;

    int index() const { return static_cast<int>(id); }
    int order() const { return index() + 1; }
    QString name() const;
    QString about() const;
    // The fill for cards and labels that carry text: the hue, or a darker shade of it where
    // text would not reach WCAG's 4.5:1 on the hue itself.
    QColor cardColour() const;
    // Near-black or white, whichever reads best on cardColour(); always at least 4.5:1.
    QColor textColour() const;
};

class Drive
{
public:
    int id; // 1..24, fixed
    QString key;
    DomainId domainId;
    const char *mainText;
    const char *secondText;

    int index() const { return id - 1; }
    const Domain &domain() const;
    QString mainWord() const;
    QString secondWord() const;
    // "Idealism · Better world"
    QString name() const;
};

// The fixed catalogue of 24 drives in five domains. Names are translated through Qt's
// translation system (context "DriveDeck::Catalogue"), so they follow the installed language.
class Catalogue
{
public:
    static const std::array<Domain, DomainCount> &domains();
    static const std::array<Drive, DriveCount> &drives();

    static const Domain &domain(DomainId id);
    // Precondition: 1 <= id <= 24.
    static const Drive &drive(int id);
    static bool isValidDriveId(int id) { return id >= 1 && id <= DriveCount; }

    // The drives of one domain, in id order. Worked out once: a deck's layout asks for them in
    // every arrangement it tries.
    static const QList<int> &driveIdsOf(DomainId domain);

    // Accepts an id ("1".."24") or a key ("idealism"), any case, surrounding blanks ignored.
    static Result<int> findDrive(QStringView text);
    // Accepts a domain key ("self-development"), any case.
    static Result<DomainId> findDomain(QStringView text);
};

} // namespace DriveDeck
