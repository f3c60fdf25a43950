#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace DriveDeck {

// Our own words for each drive: what it is about, in plain language for a manager or a team,
// and two questions to open a conversation. They describe what moves people, never judge them.
// Translated through Linguist like every other text; the report and the profile page use them.
class DriveTexts
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::DriveTexts)

public:
    static constexpr int PromptCount = 2;

    // For drive 1 to 24 (empty for any other id), in the installed language.
    static QString description(int driveId);
    static QStringList prompts(int driveId);
};

} // namespace DriveDeck
