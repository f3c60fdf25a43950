#include "workshop/aliases.h"

#include <QSet>

namespace DriveDeck {

QStringList Aliases::generate(int count, const QStringList &taken)
{
    const QStringList colours{tr("Blue"), tr("Red"),    tr("Green"), tr("Amber"),
                              tr("Grey"), tr("Violet"), tr("Teal"),  tr("Golden")};
    const QStringList animals{tr("fox"),   tr("kite"),  tr("owl"),   tr("hare"),
                              tr("heron"), tr("finch"), tr("otter"), tr("lynx")};
    QSet<QString> used;
    for (const QString &name : taken)
        used.insert(name.toCaseFolded());
    QStringList aliases;
    // Colours walk faster than animals, so neighbours differ in both: "Blue fox", "Red kite".
    for (int round = 0; aliases.size() < count; ++round) {
        for (int i = 0; i < colours.size() * animals.size() && aliases.size() < count; ++i) {
            QString alias = tr("%1 %2", "colour, animal")
                                .arg(colours.at(i % colours.size()),
                                     animals.at((i + i / animals.size()) % animals.size()));
            if (round > 0)
                alias += QStringLiteral(" %1").arg(round + 1);
            if (used.contains(alias.toCaseFolded()))
                continue;
            used.insert(alias.toCaseFolded());
            aliases.append(alias);
        }
    }
    return aliases;
}

} // namespace DriveDeck
