<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DriveDeck::CommandLine</name>
    <message numerus="yes">
        <source>“%1” has %n person(s) with picks; a chart needs at least %2 (the smallest group set in DriveDeck), so that it speaks of a team and not of a few people.</source>
        <translation>
            <numerusform>“%1” has %n person with picks; a chart needs at least %2 (the smallest group set in DriveDeck), so that it speaks of a team and not of a few people.</numerusform>
            <numerusform>“%1” has %n people with picks; a chart needs at least %2 (the smallest group set in DriveDeck), so that it speaks of a team and not of a few people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the report on “%2”, %n page(s), in %3.</source>
        <translation>
            <numerusform>Wrote %1: the report on “%2”, %n page, in %3.</numerusform>
            <numerusform>Wrote %1: the report on “%2”, %n pages, in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n picture(s)</source>
        <translation>
            <numerusform>%1: %n picture</numerusform>
            <numerusform>%1: %n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::DeckLibrary</name>
    <message numerus="yes">
        <source>No picture for %n drive(s): %1. Every drive needs at least one.</source>
        <translation>
            <numerusform>No picture for %n drive: %1. Every drive needs at least one.</numerusform>
            <numerusform>No picture for %n drives: %1. Every drive needs at least one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::EntryGridModel</name>
    <message numerus="yes">
        <source>%n more to pick</source>
        <translation>
            <numerusform>%n more to pick</numerusform>
            <numerusform>%n more to pick</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::KeyFigures</name>
    <message numerus="yes">
        <source>%n people picked cards in this round.</source>
        <translation>
            <numerusform>%n person picked cards in this round.</numerusform>
            <numerusform>%n people picked cards in this round.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The biggest shifts towards “%1”: %2, and %n more card(s) by %3 percentage points up or down.</source>
        <translation>
            <numerusform>The biggest shifts towards “%1”: %2, and %n more card by %3 percentage points up or down.</numerusform>
            <numerusform>The biggest shifts towards “%1”: %2, and %n more cards by %3 percentage points up or down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The biggest shifts towards “%1”: %n card(s), each by %2 percentage points up or down.</source>
        <translation>
            <numerusform>The biggest shifts towards “%1”: %n card, each by %2 percentage points up or down.</numerusform>
            <numerusform>The biggest shifts towards “%1”: %n cards, each by %2 percentage points up or down.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::MainWindow</name>
    <message numerus="yes">
        <source>Imported “%1”: %n participant(s)</source>
        <translation>
            <numerusform>Imported “%1”: %n participant</numerusform>
            <numerusform>Imported “%1”: %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n participant(s) and all their picks?</source>
        <translation>
            <numerusform>Delete “%1” with its %n participant and all their picks?</numerusform>
            <numerusform>Delete “%1” with its %n participants and all their picks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to “%1” have not reached the database yet.</source>
        <translation>
            <numerusform>%n change to “%1” has not reached the database yet.</numerusform>
            <numerusform>%n changes to “%1” have not reached the database yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::OrganisationDialog</name>
    <message numerus="yes">
        <source>%n session(s) match,</source>
        <translation>
            <numerusform>%n session matches,</numerusform>
            <numerusform>%n sessions match,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n person(s) who picked cards (each person once per round).</source>
        <translation>
            <numerusform>with %n person who picked cards (each person once per round).</numerusform>
            <numerusform>with %n people who picked cards (each person once per round).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A profile is shown from %n people on (Settings › Smallest group), so that it speaks of a group and not of a few people.</source>
        <translation>
            <numerusform>A profile is shown from %n person on (Settings › Smallest group), so that it speaks of a group and not of a few people.</numerusform>
            <numerusform>A profile is shown from %n people on (Settings › Smallest group), so that it speaks of a group and not of a few people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::PassTheLaptop</name>
    <message numerus="yes">
        <source>Choose at least %n card(s) first.</source>
        <translation>
            <numerusform>Choose at least %n card first.</numerusform>
            <numerusform>Choose at least %n cards first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::PicksCsv</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::ProfilePage</name>
    <message numerus="yes">
        <source>%1 — %n story(ies)</source>
        <translation>
            <numerusform>%1 — %n story</numerusform>
            <numerusform>%1 — %n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No comparison with “%1”: each group needs at least %n people with picks.</source>
        <translation>
            <numerusform>No comparison with “%1”: each group needs at least %n person with picks.</numerusform>
            <numerusform>No comparison with “%1”: each group needs at least %n people with picks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::ProjectorWindow</name>
    <message numerus="yes">
        <source>%1 — %n people picked</source>
        <translation>
            <numerusform>%1 — %n person picked</numerusform>
            <numerusform>%1 — %n people picked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::ReportComposer</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) took part.</source>
        <translation>
            <numerusform>%n person took part.</numerusform>
            <numerusform>%n people took part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) picked by nobody.</source>
        <translation>
            <numerusform>%n drive picked by nobody.</numerusform>
            <numerusform>%n drives picked by nobody.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) picked cards in this round. A profile is given from %1 people on: with fewer, it would say more about the individuals than about the group.</source>
        <translation>
            <numerusform>%n person picked cards in this round. A profile is given from %1 people on: with fewer, it would say more about the individuals than about the group.</numerusform>
            <numerusform>%n people picked cards in this round. A profile is given from %1 people on: with fewer, it would say more about the individuals than about the group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n person(s)):</source>
        <translation>
            <numerusform>%1 (%n person):</numerusform>
            <numerusform>%1 (%n people):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report covers %n round(s) of choosing cards.</source>
        <translation>
            <numerusform>This report covers %n round of choosing cards.</numerusform>
            <numerusform>This report covers %n rounds of choosing cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each person chose %n card(s), most important first.</source>
        <translation>
            <numerusform>Each person chose %n card, most important first.</numerusform>
            <numerusform>Each person chose %n cards, most important first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each person chose %n card(s).</source>
        <translation>
            <numerusform>Each person chose %n card.</numerusform>
            <numerusform>Each person chose %n cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No card stands out: %n drive(s) were picked by as many people as the next.</source>
        <translation>
            <numerusform>No card stands out: %n drive was picked by as many people as the next.</numerusform>
            <numerusform>No card stands out: %n drives were picked by as many people as the next.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::ReportPage</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of the report, %n page(s).</source>
        <translation>
            <numerusform>Preview of the report, %n page.</numerusform>
            <numerusform>Preview of the report, %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previe&amp;w (%n page(s))</source>
        <translation>
            <numerusform>Previe&amp;w (%n page)</numerusform>
            <numerusform>Previe&amp;w (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report saved to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Report saved to %1 (%n page).</numerusform>
            <numerusform>Report saved to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::RevealPainter</name>
    <message numerus="yes">
        <source>± %n not me</source>
        <translation>
            <numerusform>± %n not me</numerusform>
            <numerusform>± %n not me</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1: %n person</numerusform>
            <numerusform>%1: %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n as “not me”</source>
        <translation>
            <numerusform>, %n as “not me”</numerusform>
            <numerusform>, %n as “not me”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::RoundsModel</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::SaveStateLabel</name>
    <message numerus="yes">
        <source>Cannot reach the database; %n change(s) kept, trying again</source>
        <translation>
            <numerusform>Cannot reach the database; %n change kept, trying again</numerusform>
            <numerusform>Cannot reach the database; %n changes kept, trying again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: saving %n change(s)…</source>
        <translation>
            <numerusform>%1: saving %n change…</numerusform>
            <numerusform>%1: saving %n changes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::ScanView</name>
    <message numerus="yes">
        <source>%n card(s) in a row went by without an answer.
Go on when you are ready.</source>
        <translation>
            <numerusform>%n card went by without an answer.
Go on when you are ready.</numerusform>
            <numerusform>%n cards in a row went by without an answer.
Go on when you are ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) per card</source>
        <translation>
            <numerusform>%n second per card</numerusform>
            <numerusform>%n seconds per card</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::SessionFile</name>
    <message numerus="yes">
        <source>“%1” is too big for a DriveDeck session file: %2 MB, where a file holds at most %3 MB (%n pick(s)). Export its picks as CSV instead; nothing was written.</source>
        <translation><numerusform>“%1” is too big for a DriveDeck session file: %2 MB, where a file holds at most %3 MB (%n pick). Export its picks as CSV instead; nothing was written.</numerusform><numerusform>“%1” is too big for a DriveDeck session file: %2 MB, where a file holds at most %3 MB (%n picks). Export its picks as CSV instead; nothing was written.</numerusform></translation>
    </message>
</context>
<context>
    <name>DriveDeck::SessionLibrary</name>
    <message numerus="yes">
        <source>Saving %n pick(s)</source>
        <translation>
            <numerusform>Saving %n pick</numerusform>
            <numerusform>Saving %n picks</numerusform>
        </translation>
    </message>
</context>
</TS>
