#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace DriveDeck {

// How participants answer in a round.
struct PickingRule
{
    enum class Mode : quint8
    {
        Choose, // pick between minPicks and maxPicks cards
        Scan,   // answer yes or no to every card in turn
    };

    Mode mode = Mode::Choose;
    int minPicks = 1;
    int maxPicks = 3;
    bool ranked = false;
    bool allowNegative = false; // "not me" picks (always allowed in a scan: they are the "no")
    int secondsPerCard = 0;     // scan only; 0 means no time limit

    bool isScan() const { return mode == Mode::Scan; }
    bool negativeAllowed() const { return isScan() || allowNegative; }
    // Problems with the rule itself, or an empty string.
    QString problem() const;

    static PickingRule choose(int minPicks, int maxPicks, bool ranked = false,
                              bool allowNegative = false)
    {
        return {Mode::Choose, minPicks, maxPicks, ranked, allowNegative, 0};
    }
    static PickingRule scan(int secondsPerCard = 0)
    {
        return {Mode::Scan, 0, 24, false, true, secondsPerCard};
    }

    friend bool operator==(const PickingRule &, const PickingRule &) = default;
};

struct Round
{
    QUuid id;
    QString title;    // "What drives you now"
    QString question; // the question asked, as said in the room
    PickingRule rule;
    QList<QUuid> participantIds; // who takes part, in order
    // The profile someone intends rather than what people feel: the brand's, management's.
    // Picked by one named "participant" such as "Brand"; comparisons and the report say so.
    bool target = false;
    int timeboxMinutes = 0; // how long the facilitator plans for it; 0 for no timebox
    // While picking, the cards show only their number, no word and no colour: people choose
    // on the image, not on the word. The facilitator reveals them afterwards.
    bool blind = false;

    static constexpr int MaxTimeboxMinutes = 600;
    // Problems with the round's own settings (not its picks), or an empty string.
    QString problem() const;

    bool includes(const QUuid &participantId) const
    {
        return participantIds.contains(participantId);
    }

    friend bool operator==(const Round &, const Round &) = default;
};

} // namespace DriveDeck
