#pragma once

#include "domain/catalogue.h"

#include <QList>

#include <bit>
#include <cstdint>

namespace DriveDeck {

// A set of drives as a 24-bit mask: one participant's picks in one round. Small and fast, so a
// profile of 80,000 participants is a matter of milliseconds.
class DriveSet
{
public:
    constexpr DriveSet() = default;
    DriveSet(std::initializer_list<int> driveIds)
    {
        for (int id : driveIds)
            insert(id);
    }

    static constexpr DriveSet fromMask(std::uint32_t mask) { return DriveSet(mask); }

    // Precondition: Catalogue::isValidDriveId(driveId).
    constexpr void insert(int driveId) { m_mask |= bit(driveId); }
    constexpr void remove(int driveId) { m_mask &= ~bit(driveId); }
    constexpr bool contains(int driveId) const { return (m_mask & bit(driveId)) != 0; }
    constexpr int size() const { return std::popcount(m_mask); }
    constexpr bool isEmpty() const { return m_mask == 0; }
    constexpr std::uint32_t mask() const { return m_mask; }

    QList<int> driveIds() const
    {
        QList<int> ids;
        for (int id = 1; id <= DriveCount; ++id) {
            if (contains(id))
                ids.append(id);
        }
        return ids;
    }

    friend constexpr bool operator==(DriveSet, DriveSet) = default;

private:
    constexpr explicit DriveSet(std::uint32_t mask)
        : m_mask(mask)
    {}
    static constexpr std::uint32_t bit(int driveId) { return std::uint32_t(1) << (driveId - 1); }

    std::uint32_t m_mask = 0;
};

} // namespace DriveDeck
