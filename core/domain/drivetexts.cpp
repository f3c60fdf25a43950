#include "domain/drivetexts.h"

#include "domain/catalogue.h"

#include <array>

namespace DriveDeck {

namespace {

struct Texts
{
    const char *description;
    std::array<const char *, DriveTexts::PromptCount> prompts;
};

// In catalogue order, drive 1 first.
constexpr std::array<Texts, DriveCount> AllTexts{{
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Wanting your work to make the world a little better: a cause, a "
                       "purpose, something that matters beyond yourself."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                        "Which part of our work do you feel makes a real difference?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                        "When did you last feel proud of what our work means for others?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Being true to people and principles: keeping your word, standing by "
                       "your team, doing what is right even when it costs something."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Who or what are you loyal to at work?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                        "When did you stand by a principle, and what did it ask of you?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Feeling part of a group: working together, sharing, belonging, knowing "
                       "that others are there for you."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "When do you feel most part of this team?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                        "What could we do together that none of us could do alone?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Looking after others: warmth, attention and help, making sure people "
                       "are well."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Who do you look after at work, and who looks "
                                                 "after you?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                        "How do we notice when a colleague is not doing well?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Clarity and structure: knowing what is expected, doing things properly, "
                       "plans and agreements that hold."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Where would more structure help you?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Which of our agreements work well, and why?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Security and certainty: a steady base, knowing where you stand, being "
                       "able to count on tomorrow."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What gives you a sense of security at work?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                        "What uncertainty would you most like to see cleared up?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Ease and rest: room to breathe, no pressure for a while, enjoying the "
                       "moment without worries."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "When do you feel at ease at work?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What would take some pressure off you?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Play and fun: humour, lightness, trying things out for the joy of it."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "When did we last laugh together at work?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Which part of your work feels like play?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Freedom and independence: choosing your own way, deciding for yourself, "
                       "room to move."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Where would you like more room to decide for "
                                                 "yourself?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What helps you do your work in your own way?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Imagination and creating: new ideas, making something that was not "
                       "there before, thinking differently."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Which idea of yours would you like to try?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Where is there room for creativity in our "
                                                 "work?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Being yourself: your own style, your own voice, being seen for who you "
                       "are rather than fitting a mould."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What do you bring that is yours alone?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Where can you be fully yourself at work?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Curiosity and discovery: learning, asking why, exploring what you do "
                       "not know yet."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What would you like to learn in the coming "
                                                 "year?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What puzzles you about our work?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Being good at what you do: using your talents, growing your skills, "
                       "mastery."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Which of your talents do we use too little?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "In what would you like to become really good?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Achieving results and moving things forward: goals reached, "
                       "improvements made, progress you can see."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Which result are you most proud of this "
                                                 "year?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What would you like to improve next?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "The challenge and the win: stretching yourself, competing, the "
                       "satisfaction of coming out on top."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Which challenge gives you energy?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What would winning look like for this team?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Pride and self-confidence: trusting what you can do, standing up for "
                       "your work, showing it."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What in your work are you proud of?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "When do you feel confident, and when less "
                                                 "so?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Appreciation and recognition: being noticed, hearing that your "
                       "contribution counts."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What kind of appreciation means the most to "
                                                 "you?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Whose work deserves more recognition here?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Standing and status: respect, a good name, a position that others look "
                       "up to."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What gives someone standing in our "
                                                 "organisation?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "How does the outside world see our team?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Having and collecting: building something up, owning things of value, "
                       "the pleasure of a collection."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What would you like to build up over the "
                                                 "years?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What do we own together that we are proud "
                                                 "of?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Influence and leadership: having a say, taking the lead, giving "
                       "direction to others."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Where would you like more say?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "When did you last take the lead, and how did "
                                                 "it go?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Being fit and active: moving, sport, a body that has energy."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What keeps your energy up during a working "
                                                 "day?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "How could work leave more room to move?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Health and good food: taking care of body and mind, a healthy rhythm, "
                       "staying well for the long run."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What helps you stay healthy in this work?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What in our way of working costs you "
                                                 "energy?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Beauty and aesthetics: things that look good and are well made, a "
                       "pleasant place, an eye for detail."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Where in our work does beauty or good design "
                                                 "matter?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What makes a place pleasant to work in for "
                                                 "you?")}},
    {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts",
                       "Excitement and the senses: thrill, attraction, the exciting edge of "
                       "life."),
     {QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "What gives you a thrill?"),
      QT_TRANSLATE_NOOP("DriveDeck::DriveTexts", "Where could our work use a little more "
                                                 "excitement?")}},
}};

} // namespace

QString DriveTexts::description(int driveId)
{
    if (!Catalogue::isValidDriveId(driveId))
        return {};
    return tr(AllTexts[std::size_t(driveId - 1)].description);
}

QStringList DriveTexts::prompts(int driveId)
{
    if (!Catalogue::isValidDriveId(driveId))
        return {};
    QStringList prompts;
    for (const char *prompt : AllTexts[std::size_t(driveId - 1)].prompts)
        prompts << tr(prompt);
    return prompts;
}

} // namespace DriveDeck
