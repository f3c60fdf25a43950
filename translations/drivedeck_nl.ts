<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DriveDeck::AddAgreementCommand</name>
    <message>
        <source>Add the agreement “%1”</source>
        <translation>Afspraak “%1” toevoegen</translation>
    </message>
</context>
<context>
    <name>DriveDeck::AddParticipantCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
</context>
<context>
    <name>DriveDeck::AddPickCommand</name>
    <message>
        <source>Pick %1 for %2</source>
        <translation>%1 kiezen voor %2</translation>
    </message>
</context>
<context>
    <name>DriveDeck::AddRoundCommand</name>
    <message>
        <source>Add the round %1</source>
        <translation>Ronde %1 toevoegen</translation>
    </message>
</context>
<context>
    <name>DriveDeck::AgendaBar</name>
    <message>
        <source>Set-up</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Verhalen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Onthulling</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Agenda: %1</source>
        <translation>Agenda: %1</translation>
    </message>
    <message>
        <source>The step before (F8)</source>
        <translation>De vorige stap (F8)</translation>
    </message>
    <message>
        <source>Agenda: the step before</source>
        <translation>Agenda: de vorige stap</translation>
    </message>
    <message>
        <source>The next step (F9)</source>
        <translation>De volgende stap (F9)</translation>
    </message>
    <message>
        <source>Agenda: the next step</source>
        <translation>Agenda: de volgende stap</translation>
    </message>
    <message>
        <source>Workshop agenda</source>
        <translation>Agenda van de workshop</translation>
    </message>
</context>
<context>
    <name>DriveDeck::AgreementsModel</name>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterste datum</translation>
    </message>
</context>
<context>
    <name>DriveDeck::Aliases</name>
    <message>
        <source>Blue</source>
        <translation>Blauwe</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rode</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Groene</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Amberkleurige</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grijze</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Paarse</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Blauwgroene</translation>
    </message>
    <message>
        <source>Golden</source>
        <translation>Gouden</translation>
    </message>
    <message>
        <source>fox</source>
        <translation>vos</translation>
    </message>
    <message>
        <source>kite</source>
        <translation>wouw</translation>
    </message>
    <message>
        <source>owl</source>
        <translation>uil</translation>
    </message>
    <message>
        <source>hare</source>
        <translation>haas</translation>
    </message>
    <message>
        <source>heron</source>
        <translation>reiger</translation>
    </message>
    <message>
        <source>finch</source>
        <translation>vink</translation>
    </message>
    <message>
        <source>otter</source>
        <translation>otter</translation>
    </message>
    <message>
        <source>lynx</source>
        <translation>lynx</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>colour, animal</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DriveDeck::Application</name>
    <message>
        <source>Run in-room workshops on the 24 drives that move people.</source>
        <translation>Begeleid workshops over de 24 drijfveren die mensen in beweging brengen.</translation>
    </message>
    <message>
        <source>Interface language: en or nl.</source>
        <translation>Taal van de interface: en of nl.</translation>
    </message>
    <message>
        <source>The database: a file path or postgresql://user@host:port/db.</source>
        <translation>De database: een bestandspad of postgresql://gebruiker@host:poort/db.</translation>
    </message>
    <message>
        <source>Open this session (its title or id) on the card wall.</source>
        <translation>Open deze sessie (titel of id) op de kaartenwand.</translation>
    </message>
    <message>
        <source>Print what DriveDeck does with the database and files.</source>
        <translation>Toon wat DriveDeck met de database en bestanden doet.</translation>
    </message>
    <message>
        <source>Session files (.drivedeck) or picks (.csv) to import and open.</source>
        <translation>Sessiebestanden (.drivedeck) of keuzes (.csv) om te importeren en te openen.</translation>
    </message>
    <message>
        <source>drivedeck: there is no display to show the window on (DISPLAY is not set); the commands work without one: drivedeck help</source>
        <translation>drivedeck: er is geen beeldscherm om het venster op te tonen (DISPLAY is niet gezet); de opdrachten werken zonder: drivedeck help</translation>
    </message>
    <message>
        <source>DriveDeck cannot open zip archives without its module: %1 Meanwhile, unpack %2 and import its folder.</source>
        <translation>DriveDeck kan zonder zijn module geen zip-archieven openen: %1 Pak intussen %2 uit en importeer de map.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::CardRangeEdit</name>
    <message>
        <source>At least this many cards</source>
        <translation>Minstens zoveel kaarten</translation>
    </message>
    <message>
        <source>At most this many cards</source>
        <translation>Hoogstens zoveel kaarten</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
</context>
<context>
    <name>DriveDeck::CardWidget</name>
    <message>
        <source>picked, rank %1</source>
        <translation>gekozen, rang %1</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>gekozen</translation>
    </message>
    <message>
        <source>not me</source>
        <translation>niet ik</translation>
    </message>
    <message>
        <source>with a story</source>
        <translation>met een verhaal</translation>
    </message>
    <message>
        <source>%1, with a story</source>
        <translation>%1, met een verhaal</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Kaart %1</translation>
    </message>
</context>
<context>
    <name>DriveDeck::Catalogue</name>
    <message>
        <source>Basics</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Feeling safe with others and in the world: relationships, loyalty, belonging, care, order and security.</source>
        <translation>Je veilig voelen bij anderen en in de wereld: relaties, loyaliteit, erbij horen, zorg, orde en zekerheid.</translation>
    </message>
    <message>
        <source>Self-development</source>
        <translation>Zelfontplooiing</translation>
    </message>
    <message>
        <source>Discovering and playing: freedom, creativity, curiosity and being yourself.</source>
        <translation>Ontdekken en spelen: vrijheid, creativiteit, nieuwsgierigheid en jezelf zijn.</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>Making a mark on the world: talent, success, winning, recognition and influence.</source>
        <translation>Je stempel drukken op de wereld: talent, succes, winnen, erkenning en invloed.</translation>
    </message>
    <message>
        <source>Vitality</source>
        <translation>Vitaliteit</translation>
    </message>
    <message>
        <source>A healthy body and mind: energy, fitness and resilience.</source>
        <translation>Een gezond lichaam en een gezonde geest: energie, fitheid en veerkracht.</translation>
    </message>
    <message>
        <source>Attraction</source>
        <translation>Aantrekkingskracht</translation>
    </message>
    <message>
        <source>Beauty, pleasure and the senses: aesthetics, sensuality and the exciting edge of life.</source>
        <translation>Schoonheid, genot en de zintuigen: esthetiek, sensualiteit en de spannende kant van het leven.</translation>
    </message>
    <message>
        <source>Idealism</source>
        <translation>Idealisme</translation>
    </message>
    <message>
        <source>Better world</source>
        <translation>Betere wereld</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyaal</translation>
    </message>
    <message>
        <source>Moral</source>
        <translation>Moreel</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Caring</source>
        <translation>Zorgzaam</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orde</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structuur</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Veilig</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Zeker</translation>
    </message>
    <message>
        <source>Relaxed</source>
        <translation>Ontspannen</translation>
    </message>
    <message>
        <source>Carefree</source>
        <translation>Zorgeloos</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spelen</translation>
    </message>
    <message>
        <source>Fun</source>
        <translation>Plezier</translation>
    </message>
    <message>
        <source>Unbound</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Onafhankelijk</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Creatief</translation>
    </message>
    <message>
        <source>Fantasy</source>
        <translation>Fantasie</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Uniek</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Ontdekken</translation>
    </message>
    <message>
        <source>Curious</source>
        <translation>Nieuwsgierig</translation>
    </message>
    <message>
        <source>Capable</source>
        <translation>Bekwaam</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Prestatie</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Vernieuwing</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Uitdaging</translation>
    </message>
    <message>
        <source>Winning</source>
        <translation>Winnen</translation>
    </message>
    <message>
        <source>Pride</source>
        <translation>Trots</translation>
    </message>
    <message>
        <source>Self-assured</source>
        <translation>Zelfverzekerd</translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation>Waardering</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Erkenning</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Aanzien</translation>
    </message>
    <message>
        <source>Prestige</source>
        <translation>Prestige</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Verzamelen</translation>
    </message>
    <message>
        <source>Possess</source>
        <translation>Bezitten</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Leiderschap</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Sporty</source>
        <translation>Sportief</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezond</translation>
    </message>
    <message>
        <source>Nutrition</source>
        <translation>Voeding</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>Schoonheid</translation>
    </message>
    <message>
        <source>Aesthetics</source>
        <translation>Esthetiek</translation>
    </message>
    <message>
        <source>Sexy</source>
        <translation>Sexy</translation>
    </message>
    <message>
        <source>Aroused</source>
        <translation>Opwinding</translation>
    </message>
</context>
<context>
    <name>DriveDeck::ChartImage</name>
    <message>
        <source>Save a chart as .png, .svg or .pdf.</source>
        <translation>Sla een grafiek op als .png, .svg of .pdf.</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>“%1” kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::CommandLine</name>
    <message>
        <source>The database: a file path or postgresql://user@host:port/db (default: the one set in DriveDeck, else the embedded SQLite database).</source>
        <translation>De database: een bestandspad of postgresql://gebruiker@host:poort/db (standaard: de database die in DriveDeck is ingesteld, anders de ingebouwde SQLite-database).</translation>
    </message>
    <message>
        <source>“%1” has no rounds yet.</source>
        <translation>“%1” heeft nog geen rondes.</translation>
    </message>
    <message>
        <source>“%1” has no round "%2"; its rounds are %3.</source>
        <translation>“%1” heeft geen ronde "%2"; de rondes zijn %3.</translation>
    </message>
    <message>
        <source>unknown format "%1": use json or csv</source>
        <translation>onbekend formaat "%1": gebruik json of csv</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Toont deze hulp.</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Uitvoerformaat: json (standaard) of csv.</translation>
    </message>
    <message>
        <source>The round's title (default: the first round).</source>
        <translation>De titel van de ronde (standaard: de eerste ronde).</translation>
    </message>
    <message>
        <source>The file to write: .drivedeck or .csv (- writes CSV to the terminal).</source>
        <translation>Het bestand om te schrijven: .drivedeck of .csv (- schrijft CSV naar de terminal).</translation>
    </message>
    <message>
        <source>The imported session's title (default: the file's name).</source>
        <translation>De titel van de geïmporteerde sessie (standaard: de naam van het bestand).</translation>
    </message>
    <message>
        <source>The team.</source>
        <translation>Het team.</translation>
    </message>
    <message>
        <source>Replace the saved session with the same id instead of importing a copy.</source>
        <translation>Vervang de opgeslagen sessie met hetzelfde id in plaats van een kopie te importeren.</translation>
    </message>
    <message>
        <source>The profile over every saved session (each participant's picks in one round count as one respondent).</source>
        <translation>Het profiel over alle opgeslagen sessies (de keuzes van één deelnemer in één ronde tellen als één respondent).</translation>
    </message>
    <message>
        <source>With --all: only sessions with this tag.</source>
        <translation>Met --all: alleen sessies met dit label.</translation>
    </message>
    <message>
        <source>With --all: sessions on or after this date.</source>
        <translation>Met --all: sessies op of na deze datum.</translation>
    </message>
    <message>
        <source>With --all: sessions on or before this date.</source>
        <translation>Met --all: sessies op of voor deze datum.</translation>
    </message>
    <message>
        <source>Do not ask before deleting.</source>
        <translation>Niet vragen voor het verwijderen.</translation>
    </message>
    <message>
        <source>Lists the saved sessions: id, title, team, date, participants and rounds.</source>
        <translation>Toont de opgeslagen sessies: id, titel, team, datum, deelnemers en rondes.</translation>
    </message>
    <message>
        <source>Imports a session file (.drivedeck) or picks (.csv) as a new session, all or nothing.</source>
        <translation>Importeert een sessiebestand (.drivedeck) of keuzes (.csv) als nieuwe sessie, alles of niets.</translation>
    </message>
    <message>
        <source>The .drivedeck or .csv file.</source>
        <translation>Het .drivedeck- of .csv-bestand.</translation>
    </message>
    <message>
        <source>Writes a session to a file: a .drivedeck session file or the picks as .csv, by the file's extension.</source>
        <translation>Schrijft een sessie naar een bestand: een .drivedeck-sessiebestand of de keuzes als .csv, naar de extensie van het bestand.</translation>
    </message>
    <message>
        <source>Id, start of the id, or title.</source>
        <translation>Id, begin van het id, of titel.</translation>
    </message>
    <message>
        <source>Prints the team profile of a round with every figure, or with --all the profile over many sessions.</source>
        <translation>Toont het teamprofiel van een ronde met alle cijfers, of met --all het profiel over veel sessies.</translation>
    </message>
    <message>
        <source>Compares two rounds: of one session, or of two sessions.</source>
        <translation>Vergelijkt twee rondes: van één sessie, of van twee sessies.</translation>
    </message>
    <message>
        <source>The second session (default: the first).</source>
        <translation>De tweede sessie (standaard: de eerste).</translation>
    </message>
    <message>
        <source>Deletes a saved session and all its picks.</source>
        <translation>Verwijdert een opgeslagen sessie met al haar keuzes.</translation>
    </message>
    <message>
        <source>drivedeck: unknown command "%1"; the commands are %2</source>
        <translation>drivedeck: onbekende opdracht "%1"; de opdrachten zijn %2</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list heeft geen argumenten</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>rondes</translation>
    </message>
    <message>
        <source>give one file to import</source>
        <translation>geef één bestand om te importeren</translation>
    </message>
    <message>
        <source>Imported “%1” as %2: %3 participants, %4 rounds, %5 picks.</source>
        <translation>“%1” geïmporteerd als %2: %3 deelnemers, %4 rondes, %5 keuzes.</translation>
    </message>
    <message>
        <source>give one session to export</source>
        <translation>geef één sessie om te exporteren</translation>
    </message>
    <message>
        <source>say where to write it with -o FILE</source>
        <translation>geef met -o BESTAND aan waar het heen moet</translation>
    </message>
    <message>
        <source>"%1" should end in .drivedeck or .csv</source>
        <translation>"%1" moet eindigen op .drivedeck of .csv</translation>
    </message>
    <message>
        <source>Wrote “%1” to %2.</source>
        <translation>“%1” geschreven naar %2.</translation>
    </message>
    <message>
        <source>give a session or --all, not both</source>
        <translation>geef een sessie of --all, niet allebei</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it as 2026-11-23</source>
        <translation>"%1" is geen datum; schrijf haar als 2026-11-23</translation>
    </message>
    <message>
        <source>give one session, or --all</source>
        <translation>geef één sessie, of --all</translation>
    </message>
    <message>
        <source>--%1 goes with --all</source>
        <translation>--%1 hoort bij --all</translation>
    </message>
    <message>
        <source>give a session, two --round options, and optionally a second session</source>
        <translation>geef een sessie, twee --round-opties en eventueel een tweede sessie</translation>
    </message>
    <message>
        <source>give one session to delete</source>
        <translation>geef één sessie om te verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” (%2 participants, %3 picks)? This cannot be undone. [y/N] </source>
        <translation>“%1” verwijderen (%2 deelnemers, %3 keuzes)? Dit kan niet ongedaan worden gemaakt. [y/N] </translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>niet verwijderd</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” verwijderd.</translation>
    </message>
    <message>
        <source>"%1" is not a size; write it as 1600x900, each side from %2 to %3 pixels</source>
        <translation>"%1" is geen formaat; schrijf het als 1600x900, elke zijde van %2 t/m %3 pixels</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n person(s) with picks; a chart needs at least %2 (the smallest group set in DriveDeck), so that it speaks of a team and not of a few people.</source>
        <translation>
            <numerusform>“%1” heeft %n persoon met keuzes; een grafiek vraagt er minstens %2 (de kleinste groep die in DriveDeck is ingesteld), zodat die iets zegt over een team en niet over een paar mensen.</numerusform>
            <numerusform>“%1” heeft %n personen met keuzes; een grafiek vraagt er minstens %2 (de kleinste groep die in DriveDeck is ingesteld), zodat die iets zegt over een team en niet over een paar mensen.</numerusform>
        </translation>
    </message>
    <message>
        <source>give one session</source>
        <translation>geef één sessie</translation>
    </message>
    <message>
        <source>give the file to write with -o, ending in .svg, .png or .pdf</source>
        <translation>geef met -o het bestand om te schrijven, eindigend op .svg, .png of .pdf</translation>
    </message>
    <message>
        <source>unknown kind "%1": use %2</source>
        <translation>onbekende soort "%1": gebruik %2</translation>
    </message>
    <message>
        <source>--against and --against-round go with --kind compare</source>
        <translation>--against en --against-round horen bij --kind compare</translation>
    </message>
    <message>
        <source>--kind compare needs --against-round, or --against with another session</source>
        <translation>--kind compare vraagt om --against-round, of --against met een andere sessie</translation>
    </message>
    <message>
        <source>unknown language "%1": use %2</source>
        <translation>onbekende taal "%1": gebruik %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1” against “%2”</source>
        <translation>“%1” tegenover “%2”</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 × %4).</source>
        <translation>%1 geschreven (%2, %3 × %4).</translation>
    </message>
    <message>
        <source>Draws a round's profile, who picked what, or a comparison of two rounds as SVG, PNG or PDF, with the same figures as the window.</source>
        <translation>Tekent het profiel van een ronde, wie wat koos, of een vergelijking van twee rondes als SVG, PNG of PDF, met dezelfde cijfers als het venster.</translation>
    </message>
    <message>
        <source>The picture to write: .svg, .png or .pdf.</source>
        <translation>Het beeld om te schrijven: .svg, .png of .pdf.</translation>
    </message>
    <message>
        <source>With --kind compare: the other session (default: the same).</source>
        <translation>Met --kind compare: de andere sessie (standaard: dezelfde).</translation>
    </message>
    <message>
        <source>With --kind compare: the other round (default: the other session's first).</source>
        <translation>Met --kind compare: de andere ronde (standaard: de eerste van de andere sessie).</translation>
    </message>
    <message>
        <source>The picture's size in pixels (default: 1600x900).</source>
        <translation>Het formaat van het beeld in pixels (standaard: 1600x900).</translation>
    </message>
    <message>
        <source>The labels' language and number format: en or nl.</source>
        <translation>De taal en de getalnotatie van de labels: en of nl.</translation>
    </message>
    <message>
        <source>Aliases instead of names, as in an anonymous session.</source>
        <translation>Schuilnamen in plaats van namen, zoals in een anonieme sessie.</translation>
    </message>
    <message>
        <source>The report to write, a .pdf file.</source>
        <translation>Het rapport dat geschreven wordt, een .pdf-bestand.</translation>
    </message>
    <message>
        <source>Appendices, separated by commas: stories (without names), grid (who picked what).</source>
        <translation>Bijlagen, gescheiden door komma's: stories (de verhalen, zonder namen), grid (wie koos wat).</translation>
    </message>
    <message>
        <source>Two rounds to compare, "From:To" by title; again for more (default: each round with the next, and with each target).</source>
        <translation>Twee rondes om te vergelijken, "Van:Naar" op titel; herhaal voor meer (standaard: elke ronde met de volgende, en met elk doelprofiel).</translation>
    </message>
    <message>
        <source>give the report to write with -o, ending in .pdf</source>
        <translation>geef met -o het rapport dat geschreven moet worden, eindigend op .pdf</translation>
    </message>
    <message>
        <source>unknown appendix "%1": use stories, grid</source>
        <translation>onbekende bijlage "%1": gebruik stories, grid</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the report on “%2”, %n page(s), in %3.</source>
        <translation>
            <numerusform>%1 geschreven: het rapport over “%2”, %n pagina, in het %3.</numerusform>
            <numerusform>%1 geschreven: het rapport over “%2”, %n pagina's, in het %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the PDF report for managers: summary, a section per round, comparisons, agreements and, when asked, the appendices.</source>
        <translation>Schrijft het PDF-rapport voor managers: samenvatting, een hoofdstuk per ronde, vergelijkingen, afspraken en, als erom gevraagd wordt, de bijlagen.</translation>
    </message>
    <message>
        <source>What to draw: domains, drives, radar, grid (who picked what), reveal (the cards as the room saw them) or compare.</source>
        <translation>Wat getekend wordt: domains (domeinen), drives (drijfveren), radar, grid (wie koos wat), reveal (de kaarten zoals de zaal ze zag) of compare (vergelijken).</translation>
    </message>
    <message>
        <source>No photo decks yet: the cards show DriveDeck's own pictures. Add one with drivedeck deck import PATH.</source>
        <translation>Nog geen fotokaartspellen: de kaarten tonen de eigen afbeeldingen van DriveDeck. Voeg er een toe met drivedeck deck import PAD.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n picture(s)</source>
        <translation>
            <numerusform>%1: %n afbeelding</numerusform>
            <numerusform>%1: %n afbeeldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Imported the deck “%1”.</source>
        <translation>Het kaartspel “%1” is geïmporteerd.</translation>
    </message>
    <message>
        <source>Removed the deck “%1”.</source>
        <translation>Het kaartspel “%1” is verwijderd.</translation>
    </message>
    <message>
        <source>use deck import PATH, deck list or deck remove NAME</source>
        <translation>gebruik deck import PAD, deck list of deck remove NAAM</translation>
    </message>
    <message>
        <source>Imports, lists or removes photo decks: a folder or .zip with a picture per drive, named by drive (loyalty.jpg) or listed in deck.json.</source>
        <translation>Importeert, toont of verwijdert fotokaartspellen: een map of .zip met een afbeelding per drijfveer, genoemd naar de drijfveer (loyalty.jpg) of opgesomd in deck.json.</translation>
    </message>
    <message>
        <source>import, list or remove.</source>
        <translation>import, list of remove.</translation>
    </message>
    <message>
        <source>The folder or .zip to import, or the deck to remove.</source>
        <translation>De map of .zip om te importeren, of het kaartspel om te verwijderen.</translation>
    </message>
    <message>
        <source>With import: the deck's name (default: its deck.json's, else the file's).</source>
        <translation>Bij import: de naam van het kaartspel (standaard: die in deck.json, anders die van het bestand).</translation>
    </message>
    <message>
        <source>drivedeck: waiting for another DriveDeck that is writing to the database…</source>
        <translation>drivedeck: wacht op een andere DriveDeck die naar de database schrijft…</translation>
    </message>
    <message>
        <source>Print what DriveDeck does with the database and files; a failure is still said in one line.</source>
        <translation>Toon wat DriveDeck met de database en bestanden doet; een fout blijft één regel.</translation>
    </message>
    <message>
        <source>Cannot write the picks: %1</source>
        <translation>De keuzes kunnen niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Usage: drivedeck [--language en|nl] [--database URL] [--open SESSION] [--verbose]
         opens the window.
       drivedeck COMMAND [options]
         runs a command, no display needed; drivedeck COMMAND --help lists its options.</source>
        <translation>Gebruik: drivedeck [--language en|nl] [--database URL] [--open SESSIE] [--verbose]
         opent het venster.
       drivedeck OPDRACHT [opties]
         voert een opdracht uit, zonder beeldscherm; drivedeck OPDRACHT --help toont de opties.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>"%1" is not a language DriveDeck knows: use en or nl</source>
        <translation>"%1" is geen taal die DriveDeck kent: gebruik en of nl</translation>
    </message>
    <message>
        <source>The workshop's date (default: the file's, or today).</source>
        <translation>De datum van de workshop (standaard: die van het bestand, of vandaag).</translation>
    </message>
    <message>
        <source>A tag for the session; again for more.</source>
        <translation>Een label voor de sessie; herhaal voor meer.</translation>
    </message>
    <message>
        <source>The workshop's language: en or nl.</source>
        <translation>De taal van de workshop: en of nl.</translation>
    </message>
    <message>
        <source>Who ran the workshop.</source>
        <translation>Wie de workshop begeleidde.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>by</source>
        <translation>door</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (als %2)</translation>
    </message>
    <message>
        <source>no saved session matches %1</source>
        <translation>geen opgeslagen sessie past bij %1</translation>
    </message>
    <message>
        <source>--from-version takes a schema version from 0 to %1</source>
        <translation>--from-version neemt een schemaversie van 0 tot en met %1</translation>
    </message>
    <message>
        <source>drivedeck database: version %1 is this DriveDeck's newest; there is nothing to run.</source>
        <translation>drivedeck database: versie %1 is de nieuwste van deze DriveDeck; er is niets uit te voeren.</translation>
    </message>
    <message>
        <source>DriveDeck's tables are ready in %1 (schema version %2).</source>
        <translation>De tabellen van DriveDeck staan klaar in %1 (schemaversie %2).</translation>
    </message>
    <message>
        <source>DriveDeck's tables are ready in %1, schema "%2" (schema version %3), connected as %4.</source>
        <translation>De tabellen van DriveDeck staan klaar in %1, schema "%2" (schemaversie %3), verbonden als %4.</translation>
    </message>
    <message>
        <source>use database init or database sql</source>
        <translation>gebruik database init of database sql</translation>
    </message>
    <message>
        <source>picks</source>
        <translation>keuzes</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>afspraken</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>vermeldingen</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessie</translation>
    </message>
    <message>
        <source>give the name of the one person to forget</source>
        <translation>geef de naam van de ene persoon die vergeten moet worden</translation>
    </message>
    <message>
        <source>nobody called "%1" in “%2”, and no text there names them; nothing was changed</source>
        <translation>niemand heet "%1" in “%2”, en geen tekst daar noemt die naam; er is niets veranderd</translation>
    </message>
    <message>
        <source>nobody called "%1" in the saved sessions, and no text names them; nothing was changed</source>
        <translation>niemand heet "%1" in de opgeslagen sessies, en geen tekst noemt die naam; er is niets veranderd</translation>
    </message>
    <message>
        <source>Forget “%1”? From these sessions go their name and alias, their picks with their notes, their scans, target rounds only they picked and the agreements they own; other texts that mention them keep their words, with “%2” for the name:</source>
        <translation>“%1” vergeten? Uit deze sessies verdwijnen de naam en de alias, de keuzes met hun notities, de scans, doelrondes die alleen deze persoon koos en de afspraken op diens naam; andere teksten die de persoon noemen houden hun woorden, met “%2” in plaats van de naam:</translation>
    </message>
    <message>
        <source>This cannot be undone. [y/N] </source>
        <translation>Dit kan niet ongedaan worden gemaakt. [y/N] </translation>
    </message>
    <message>
        <source>nothing was forgotten</source>
        <translation>er is niets vergeten</translation>
    </message>
    <message>
        <source>Forgot “%1”:</source>
        <translation>“%1” vergeten:</translation>
    </message>
    <message>
        <source>give one session to edit</source>
        <translation>geef één sessie om te wijzigen</translation>
    </message>
    <message>
        <source>say what to change: --title, --team, --date, --tag, --untag or --anonymous</source>
        <translation>zeg wat er verandert: --title, --team, --date, --tag, --untag of --anonymous</translation>
    </message>
    <message>
        <source>a session's title cannot be empty</source>
        <translation>de titel van een sessie mag niet leeg zijn</translation>
    </message>
    <message>
        <source>"%1" is not on or off for --anonymous</source>
        <translation>"%1" is geen on of off voor --anonymous</translation>
    </message>
    <message>
        <source>it has no tags</source>
        <translation>ze heeft geen labels</translation>
    </message>
    <message>
        <source>its tags are %1</source>
        <translation>haar labels zijn %1</translation>
    </message>
    <message>
        <source>“%1” has no tag "%2"; %3. Nothing was changed.</source>
        <translation>“%1” heeft geen label "%2"; %3. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>labels</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>“%1” is already as asked; nothing was changed.</source>
        <translation>“%1” is al zoals gevraagd; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Changed “%1”:</source>
        <translation>“%1” gewijzigd:</translation>
    </message>
    <message>
        <source>Changes a saved session's title, team, date, tags or anonymity.</source>
        <translation>Wijzigt de titel, het team, de datum, de labels of de anonimiteit van een opgeslagen sessie.</translation>
    </message>
    <message>
        <source>A privacy request: removes a person's picks, notes and name from every session, or from one; asks unless --yes.</source>
        <translation>Een privacyverzoek: haalt de keuzes, notities en naam van een persoon uit elke sessie, of uit één; vraagt het eerst, tenzij --yes.</translation>
    </message>
    <message>
        <source>The person's name as in the sessions, in any case.</source>
        <translation>De naam van de persoon zoals in de sessies, in hoofd- of kleine letters.</translation>
    </message>
    <message>
        <source>For a database administrator: init creates or upgrades DriveDeck's tables and does nothing else; sql prints the SQL that does it, to review and run.</source>
        <translation>Voor een databasebeheerder: init maakt of vernieuwt de tabellen van DriveDeck en doet verder niets; sql toont de SQL die dat doet, om na te lezen en zelf uit te voeren.</translation>
    </message>
    <message>
        <source>init or sql.</source>
        <translation>init of sql.</translation>
    </message>
    <message>
        <source>The schema version the database has now (default: 0, a new database).</source>
        <translation>De schemaversie die de database nu heeft (standaard: 0, een nieuwe database).</translation>
    </message>
    <message>
        <source>With --all: count the target rounds too (the profile someone intends, such as the brand's), which are left out otherwise.</source>
        <translation>Met --all: tel ook de doelrondes mee (het profiel dat iemand beoogt, zoals dat van het merk), die anders buiten beschouwing blijven.</translation>
    </message>
    <message>
        <source>Only in this session: its id, the start of its id, or its title (default: every session).</source>
        <translation>Alleen in deze sessie: haar id, het begin van haar id of haar titel (standaard: elke sessie).</translation>
    </message>
    <message>
        <source>The session's new title.</source>
        <translation>De nieuwe titel van de sessie.</translation>
    </message>
    <message>
        <source>The workshop's date.</source>
        <translation>De datum van de workshop.</translation>
    </message>
    <message>
        <source>Adds a tag; again for more.</source>
        <translation>Voegt een label toe; herhaal voor meer.</translation>
    </message>
    <message>
        <source>Removes a tag; again for more.</source>
        <translation>Haalt een label weg; herhaal voor meer.</translation>
    </message>
    <message>
        <source>on: show aliases instead of names; off: show names.</source>
        <translation>on: toon aliassen in plaats van namen; off: toon namen.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::ConnectionProblem</name>
    <message>
        <source>The database server %1 wants a password for %2: put it in ~/.pgpass or PGPASSWORD (see the README, Organisation database) and try again.</source>
        <translation>De databaseserver %1 vraagt een wachtwoord voor %2: zet het in ~/.pgpass of PGPASSWORD (zie de README, Organisation database) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database server %1 did not accept the password for %2: check the name and the password in ~/.pgpass or PGPASSWORD, then try again.</source>
        <translation>De databaseserver %1 accepteerde het wachtwoord voor %2 niet: controleer de naam en het wachtwoord in ~/.pgpass of PGPASSWORD en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database server %1 does not offer an encrypted (TLS) connection, which sslmode=%2 requires: ask your database administrator to turn TLS on. DriveDeck did not connect.</source>
        <translation>De databaseserver %1 biedt geen versleutelde (TLS-)verbinding, die sslmode=%2 wel eist: vraag je databasebeheerder TLS aan te zetten. DriveDeck heeft geen verbinding gemaakt.</translation>
    </message>
    <message>
        <source>The root certificate %1 (sslrootcert) cannot be read: check the path in the database address. DriveDeck did not connect.</source>
        <translation>Het basiscertificaat %1 (sslrootcert) kan niet worden gelezen: controleer het pad in het databaseadres. DriveDeck heeft geen verbinding gemaakt.</translation>
    </message>
    <message>
        <source>The database server %1 showed a certificate that the root certificate in sslrootcert does not vouch for, or one made for another host name: ask your database administrator which certificate to trust. DriveDeck did not connect.</source>
        <translation>De databaseserver %1 toonde een certificaat waar het basiscertificaat in sslrootcert niet voor instaat, of een dat voor een andere hostnaam is gemaakt: vraag je databasebeheerder welk certificaat je kunt vertrouwen. DriveDeck heeft geen verbinding gemaakt.</translation>
    </message>
    <message>
        <source>DriveDeck's own certificate or key (sslcert, sslkey) cannot be read: check the paths in the database address and that only you can read the key.</source>
        <translation>Het eigen certificaat of de sleutel van DriveDeck (sslcert, sslkey) kan niet worden gelezen: controleer de paden in het databaseadres en dat alleen jij de sleutel kunt lezen.</translation>
    </message>
    <message>
        <source>No computer is called %1 on this network: check the host in the database address.</source>
        <translation>Geen computer op dit netwerk heet %1: controleer de host in het databaseadres.</translation>
    </message>
    <message>
        <source>The database server %1 did not answer in time: check the network and that the server is running, then try again.</source>
        <translation>De databaseserver %1 antwoordde niet op tijd: controleer het netwerk en of de server draait, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Nothing answers at %1: check that the database server is running and that the host and port are right, then try again.</source>
        <translation>Niets antwoordt op %1: controleer of de databaseserver draait en of de host en de poort kloppen, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database server %1 has no database "%2": check the name in the database address, or ask your database administrator to create it.</source>
        <translation>De databaseserver %1 heeft geen database "%2": controleer de naam in het databaseadres, of vraag je databasebeheerder haar aan te maken.</translation>
    </message>
    <message>
        <source>The database server %1 knows no role "%2": check the name in the database address, or ask your database administrator for one.</source>
        <translation>De databaseserver %1 kent geen rol "%2": controleer de naam in het databaseadres, of vraag je databasebeheerder om een rol.</translation>
    </message>
    <message>
        <source>%1 may not connect to the database "%2" on %3: ask your database administrator to grant it CONNECT.</source>
        <translation>%1 mag geen verbinding maken met de database "%2" op %3: vraag je databasebeheerder CONNECT toe te kennen.</translation>
    </message>
    <message>
        <source>The database server %1 does not let %2 in from this computer: ask your database administrator to allow it (pg_hba.conf).</source>
        <translation>De databaseserver %1 laat %2 vanaf deze computer niet toe: vraag je databasebeheerder dat toe te staan (pg_hba.conf).</translation>
    </message>
    <message>
        <source>The database server %1 is not taking connections just now: try again in a minute.</source>
        <translation>De databaseserver %1 neemt nu geen verbindingen aan: probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2</source>
        <translation>Kan geen verbinding maken met de databaseserver %1: %2</translation>
    </message>
    <message>
        <source>DriveDeck's tables</source>
        <translation>de tabellen van DriveDeck</translation>
    </message>
    <message>
        <source>%1 may not create DriveDeck's tables here (no right on %2): ask your database administrator to run drivedeck database init.</source>
        <translation>%1 mag hier de tabellen van DriveDeck niet aanmaken (geen recht op %2): vraag je databasebeheerder drivedeck database init uit te voeren.</translation>
    </message>
    <message>
        <source>%1 may read but not change %2: ask your database administrator for a role that may write (the README's section for IT lists the grants). Nothing was changed.</source>
        <translation>%1 mag %2 lezen maar niet wijzigen: vraag je databasebeheerder om een rol die mag schrijven (het deel voor IT in de README noemt de rechten). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached: check the network and that the server is running, then try again. Nothing was changed.</source>
        <translation>De databaseserver %1 is niet bereikbaar: controleer het netwerk en of de server draait, en probeer het opnieuw. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::CsvReader</name>
    <message>
        <source>line %1: unexpected text after a closing quote; a quote inside a quoted field must be doubled ("")</source>
        <translation>regel %1: onverwachte tekst na een sluitend aanhalingsteken; een aanhalingsteken binnen een veld tussen aanhalingstekens moet dubbel ("")</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed; the file may be cut off</source>
        <translation>regel %1: een veld tussen aanhalingstekens wordt nooit gesloten; het bestand is misschien afgebroken</translation>
    </message>
    <message>
        <source>line %1, byte %2: the file is not UTF-8 text; save it as "CSV UTF-8" and try again</source>
        <translation>regel %1, byte %2: het bestand is geen UTF-8-tekst; sla het op als "CSV UTF-8" en probeer het opnieuw</translation>
    </message>
    <message>
        <source>line %1: a cell of more than %L2 characters; is a quote missing, or is this not a CSV of picks?</source>
        <translation>regel %1: een cel van meer dan %L2 tekens; ontbreekt er een aanhalingsteken, of is dit geen CSV met keuzes?</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>het bestand kan niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>DriveDeck::DatabaseConfig</name>
    <message>
        <source>No database given: use a file path or postgresql://user@host:port/db.</source>
        <translation>Geen database opgegeven: gebruik een bestandspad of postgresql://gebruiker@host:poort/db.</translation>
    </message>
    <message>
        <source>"%1" is not a PostgreSQL address; write it as postgresql://user@host:port/database.</source>
        <translation>"%1" is geen PostgreSQL-adres; schrijf het als postgresql://gebruiker@host:poort/database.</translation>
    </message>
    <message>
        <source>"%1" names no database; add it after the host, as in postgresql://%2@%3:%4/drivedeck.</source>
        <translation>"%1" noemt geen database; zet die achter de host, zoals in postgresql://%2@%3:%4/drivedeck.</translation>
    </message>
    <message>
        <source>"%1" is not a database DriveDeck can use: give a file path or a postgresql:// address.</source>
        <translation>"%1" is geen database die DriveDeck kan gebruiken: geef een bestandspad of een postgresql://-adres.</translation>
    </message>
    <message>
        <source>"%1" is not a connection option DriveDeck passes on; use %2.</source>
        <translation>"%1" is geen verbindingsoptie die DriveDeck doorgeeft; gebruik %2.</translation>
    </message>
    <message>
        <source>The connection option %1 cannot hold a ";".</source>
        <translation>De verbindingsoptie %1 kan geen ";" bevatten.</translation>
    </message>
    <message>
        <source>The port "%1" in the database address is not a number from 1 to 65535.</source>
        <translation>De poort "%1" in het databaseadres is geen getal van 1 tot en met 65535.</translation>
    </message>
    <message>
        <source>The database address names no server: write it as postgresql://user@host:port/database.</source>
        <translation>Het databaseadres noemt geen server: schrijf het als postgresql://gebruiker@host:poort/database.</translation>
    </message>
    <message>
        <source>The name or password in the database address holds a character an address cannot: write @ as %40, / as %2F, ? as %3F, # as %23 and a space as %20, or give the password in ~/.pgpass instead.</source>
        <translation>De naam of het wachtwoord in het databaseadres bevat een teken dat een adres niet kan bevatten: schrijf @ als %40, / als %2F, ? als %3F, # als %23 en een spatie als %20, of geef het wachtwoord liever in ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::DatabaseConnector</name>
    <message>
        <source>Database not available</source>
        <translation>Database niet beschikbaar</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Databasewachtwoord</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Wachtwoord voor %1:</translation>
    </message>
    <message>
        <source>That password was not accepted. Password for %1:</source>
        <translation>Dat wachtwoord werd niet geaccepteerd. Wachtwoord voor %1:</translation>
    </message>
    <message>
        <source>Shared database not available</source>
        <translation>Gedeelde database niet beschikbaar</translation>
    </message>
    <message>
        <source>DriveDeck cannot use the shared database.</source>
        <translation>DriveDeck kan de gedeelde database niet gebruiken.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Use This Computer's Database</source>
        <translation>Database op deze computer gebruiken</translation>
    </message>
</context>
<context>
    <name>DriveDeck::DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database</source>
        <translation>Een gedeelde PostgreSQL-database</translation>
    </message>
    <message>
        <source>DriveDeck asks for the password when it connects and does not store it.</source>
        <translation>DriveDeck vraagt het wachtwoord bij het verbinden en bewaart het niet.</translation>
    </message>
    <message>
        <source>Shown to colleagues when you both change a session</source>
        <translation>Te zien voor collega’s als jullie allebei een sessie wijzigen</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Je naam:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where sessions are saved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Waar sessies worden opgeslagen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Give a postgresql:// address.</source>
        <translation>Geef een postgresql://-adres.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::DeckLayout</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DriveDeck::DeckLibrary</name>
    <message>
        <source>%1 is not a zip archive DriveDeck can open.</source>
        <translation>%1 is geen zip-archief dat DriveDeck kan openen.</translation>
    </message>
    <message>
        <source>%1 is damaged: an entry cannot be read.</source>
        <translation>%1 is beschadigd: een onderdeel kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1: the entry “%2” would be written outside the deck's folder; DriveDeck does not unpack it.</source>
        <translation>%1: het onderdeel “%2” zou buiten de map van het kaartspel worden geschreven; DriveDeck pakt het niet uit.</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is a link; a deck holds its own files.</source>
        <translation>%1: het onderdeel “%2” is een koppeling; een kaartspel bevat zijn eigen bestanden.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files; a deck needs at most a few per drive.</source>
        <translation>%1 bevat meer dan %2 bestanden; een kaartspel heeft er hooguit een paar per drijfveer nodig.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be made.</source>
        <translation>De map voor %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>%1: the entry “%2” cannot be read.</source>
        <translation>%1: het onderdeel “%2” kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>%1: “%2” unpacks to more than %3 MB; a card's picture needs far less.</source>
        <translation>%1: “%2” wordt uitgepakt meer dan %3 MB; een kaartafbeelding heeft veel minder nodig.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB; DriveDeck stops there.</source>
        <translation>%1 wordt uitgepakt meer dan %2 MB; daar stopt DriveDeck.</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is damaged.</source>
        <translation>%1: het onderdeel “%2” is beschadigd.</translation>
    </message>
    <message>
        <source>“%1” is a link; a deck holds its own files.</source>
        <translation>“%1” is een koppeling; een kaartspel bevat zijn eigen bestanden.</translation>
    </message>
    <message>
        <source>The folder holds more than %1 files; a deck needs at most a few per drive.</source>
        <translation>De map bevat meer dan %1 bestanden; een kaartspel heeft er hooguit een paar per drijfveer nodig.</translation>
    </message>
    <message>
        <source>“%1” makes the deck larger than DriveDeck takes (%2 MB a file, %3 MB in all).</source>
        <translation>“%1” maakt het kaartspel groter dan DriveDeck aanneemt (%2 MB per bestand, %3 MB in totaal).</translation>
    </message>
    <message>
        <source>“%1” cannot be copied.</source>
        <translation>“%1” kan niet worden gekopieerd.</translation>
    </message>
    <message>
        <source>“%1” is not a picture DriveDeck can read (JPEG, PNG, WebP, BMP or GIF).</source>
        <translation>“%1” is geen afbeelding die DriveDeck kan lezen (JPEG, PNG, WebP, BMP of GIF).</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels; a card's picture may have at most %4 megapixels and %5 pixels a side.</source>
        <translation>“%1” is %2 × %3 pixels; een kaartafbeelding mag hooguit %4 megapixel hebben en %5 pixels per zijde.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 has no deck.json.</source>
        <translation>%1 heeft geen deck.json.</translation>
    </message>
    <message>
        <source>deck.json is not valid JSON: %1 (at character %2).</source>
        <translation>deck.json is geen geldige JSON: %1 (bij teken %2).</translation>
    </message>
    <message>
        <source>deck.json: “images” must list the pictures per drive, as in {"loyalty": ["dog.jpg"]}.</source>
        <translation>deck.json: “images” moet de afbeeldingen per drijfveer noemen, zoals in {"loyalty": ["hond.jpg"]}.</translation>
    </message>
    <message>
        <source>deck.json names a drive DriveDeck does not know: “%1” (use a key such as "loyalty" or a number from 1 to 24).</source>
        <translation>deck.json noemt een drijfveer die DriveDeck niet kent: “%1” (gebruik een sleutel zoals "loyalty" of een nummer van 1 tot 24).</translation>
    </message>
    <message>
        <source>deck.json: “%1” is not a file inside the deck.</source>
        <translation>deck.json: “%1” is geen bestand in het kaartspel.</translation>
    </message>
    <message>
        <source>Photos by %1</source>
        <translation>Foto's van %1</translation>
    </message>
    <message>
        <source>There is no deck called “%1”.</source>
        <translation>Er is geen kaartspel dat “%1” heet.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>The decks folder %1 cannot be made.</source>
        <translation>De map voor kaartspellen %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The decks folder %1 cannot be written.</source>
        <translation>In de map voor kaartspellen %1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>“%1”: its name says no drive. Name pictures by drive (loyalty.jpg) or number (02.jpg), or list them in deck.json.</source>
        <translation>“%1”: de naam zegt geen drijfveer. Noem afbeeldingen naar de drijfveer (loyalty.jpg) of het nummer (02.jpg), of zet ze in deck.json.</translation>
    </message>
    <message numerus="yes">
        <source>No picture for %n drive(s): %1. Every drive needs at least one.</source>
        <translation>
            <numerusform>Geen afbeelding voor %n drijfveer: %1. Elke drijfveer heeft er minstens één nodig.</numerusform>
            <numerusform>Geen afbeelding voor %n drijfveren: %1. Elke drijfveer heeft er minstens één nodig.</numerusform>
        </translation>
    </message>
    <message>
        <source>deck.json lists “%1”, which is not in the deck.</source>
        <translation>deck.json noemt “%1”, dat niet in het kaartspel zit.</translation>
    </message>
    <message>
        <source>The deck needs a name: give one with --name.</source>
        <translation>Het kaartspel heeft een naam nodig: geef die met --name.</translation>
    </message>
    <message>
        <source>There is a deck called “%1” already; remove it first, or import this one under another name.</source>
        <translation>Er is al een kaartspel dat “%1” heet; verwijder dat eerst, of importeer dit onder een andere naam.</translation>
    </message>
    <message>
        <source>The deck's deck.json cannot be written: %1</source>
        <translation>De deck.json van het kaartspel kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>The deck cannot be moved into %1.</source>
        <translation>Het kaartspel kan niet naar %1 worden verplaatst.</translation>
    </message>
    <message>
        <source>The deck “%1” could not be removed completely from %2.</source>
        <translation>Het kaartspel “%1” kon niet helemaal uit %2 worden verwijderd.</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>het is geen object</translation>
    </message>
    <message>
        <source>DriveDeck cannot open zip archives here; unpack %1 and import its folder.</source>
        <translation>DriveDeck kan hier geen zip-archieven openen; pak %1 uit en importeer de map.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::DriveTexts</name>
    <message>
        <source>Wanting your work to make the world a little better: a cause, a purpose, something that matters beyond yourself.</source>
        <translation>Met je werk de wereld een beetje beter willen maken: een doel, een zaak, iets wat verder reikt dan jezelf.</translation>
    </message>
    <message>
        <source>Which part of our work do you feel makes a real difference?</source>
        <translation>Welk deel van ons werk maakt volgens jou echt verschil?</translation>
    </message>
    <message>
        <source>When did you last feel proud of what our work means for others?</source>
        <translation>Wanneer was je voor het laatst trots op wat ons werk voor anderen betekent?</translation>
    </message>
    <message>
        <source>Being true to people and principles: keeping your word, standing by your team, doing what is right even when it costs something.</source>
        <translation>Trouw zijn aan mensen en principes: je woord houden, achter je team staan, doen wat juist is, ook als het iets kost.</translation>
    </message>
    <message>
        <source>Who or what are you loyal to at work?</source>
        <translation>Aan wie of wat ben je op je werk trouw?</translation>
    </message>
    <message>
        <source>When did you stand by a principle, and what did it ask of you?</source>
        <translation>Wanneer bleef je bij een principe, en wat vroeg dat van je?</translation>
    </message>
    <message>
        <source>Feeling part of a group: working together, sharing, belonging, knowing that others are there for you.</source>
        <translation>Je deel voelen van een groep: samenwerken, delen, erbij horen, weten dat anderen er voor je zijn.</translation>
    </message>
    <message>
        <source>When do you feel most part of this team?</source>
        <translation>Wanneer voel je je het meest deel van dit team?</translation>
    </message>
    <message>
        <source>What could we do together that none of us could do alone?</source>
        <translation>Wat kunnen we samen wat niemand van ons alleen kan?</translation>
    </message>
    <message>
        <source>Looking after others: warmth, attention and help, making sure people are well.</source>
        <translation>Voor anderen zorgen: warmte, aandacht en hulp, zorgen dat het mensen goed gaat.</translation>
    </message>
    <message>
        <source>Who do you look after at work, and who looks after you?</source>
        <translation>Voor wie zorg jij op je werk, en wie zorgt er voor jou?</translation>
    </message>
    <message>
        <source>How do we notice when a colleague is not doing well?</source>
        <translation>Hoe merken we het als het met een collega niet goed gaat?</translation>
    </message>
    <message>
        <source>Clarity and structure: knowing what is expected, doing things properly, plans and agreements that hold.</source>
        <translation>Duidelijkheid en structuur: weten wat er verwacht wordt, dingen goed doen, plannen en afspraken die standhouden.</translation>
    </message>
    <message>
        <source>Where would more structure help you?</source>
        <translation>Waar zou meer structuur je helpen?</translation>
    </message>
    <message>
        <source>Which of our agreements work well, and why?</source>
        <translation>Welke van onze afspraken werken goed, en waarom?</translation>
    </message>
    <message>
        <source>Security and certainty: a steady base, knowing where you stand, being able to count on tomorrow.</source>
        <translation>Veiligheid en zekerheid: een stevige basis, weten waar je staat, op morgen kunnen rekenen.</translation>
    </message>
    <message>
        <source>What gives you a sense of security at work?</source>
        <translation>Wat geeft je op je werk een gevoel van zekerheid?</translation>
    </message>
    <message>
        <source>What uncertainty would you most like to see cleared up?</source>
        <translation>Welke onzekerheid zou je het liefst opgehelderd zien?</translation>
    </message>
    <message>
        <source>Ease and rest: room to breathe, no pressure for a while, enjoying the moment without worries.</source>
        <translation>Rust en ontspanning: ruimte om op adem te komen, even geen druk, zorgeloos genieten van het moment.</translation>
    </message>
    <message>
        <source>When do you feel at ease at work?</source>
        <translation>Wanneer voel je je op je werk op je gemak?</translation>
    </message>
    <message>
        <source>What would take some pressure off you?</source>
        <translation>Wat zou wat druk bij je weghalen?</translation>
    </message>
    <message>
        <source>Play and fun: humour, lightness, trying things out for the joy of it.</source>
        <translation>Spel en plezier: humor, luchtigheid, dingen uitproberen voor de lol.</translation>
    </message>
    <message>
        <source>When did we last laugh together at work?</source>
        <translation>Wanneer hebben we op het werk voor het laatst samen gelachen?</translation>
    </message>
    <message>
        <source>Which part of your work feels like play?</source>
        <translation>Welk deel van je werk voelt als spelen?</translation>
    </message>
    <message>
        <source>Freedom and independence: choosing your own way, deciding for yourself, room to move.</source>
        <translation>Vrijheid en onafhankelijkheid: je eigen weg kiezen, zelf beslissen, bewegingsruimte.</translation>
    </message>
    <message>
        <source>Where would you like more room to decide for yourself?</source>
        <translation>Waar zou je meer ruimte willen om zelf te beslissen?</translation>
    </message>
    <message>
        <source>What helps you do your work in your own way?</source>
        <translation>Wat helpt je om je werk op je eigen manier te doen?</translation>
    </message>
    <message>
        <source>Imagination and creating: new ideas, making something that was not there before, thinking differently.</source>
        <translation>Verbeelding en scheppen: nieuwe ideeën, iets maken wat er nog niet was, anders denken.</translation>
    </message>
    <message>
        <source>Which idea of yours would you like to try?</source>
        <translation>Welk idee van jou zou je graag uitproberen?</translation>
    </message>
    <message>
        <source>Where is there room for creativity in our work?</source>
        <translation>Waar is er in ons werk ruimte voor creativiteit?</translation>
    </message>
    <message>
        <source>Being yourself: your own style, your own voice, being seen for who you are rather than fitting a mould.</source>
        <translation>Jezelf zijn: je eigen stijl, je eigen stem, gezien worden om wie je bent in plaats van in een mal te passen.</translation>
    </message>
    <message>
        <source>What do you bring that is yours alone?</source>
        <translation>Wat breng jij mee dat alleen van jou is?</translation>
    </message>
    <message>
        <source>Where can you be fully yourself at work?</source>
        <translation>Waar kun je op je werk helemaal jezelf zijn?</translation>
    </message>
    <message>
        <source>Curiosity and discovery: learning, asking why, exploring what you do not know yet.</source>
        <translation>Nieuwsgierigheid en ontdekken: leren, vragen waarom, verkennen wat je nog niet weet.</translation>
    </message>
    <message>
        <source>What would you like to learn in the coming year?</source>
        <translation>Wat zou je het komende jaar willen leren?</translation>
    </message>
    <message>
        <source>What puzzles you about our work?</source>
        <translation>Wat vind je raadselachtig aan ons werk?</translation>
    </message>
    <message>
        <source>Being good at what you do: using your talents, growing your skills, mastery.</source>
        <translation>Goed zijn in wat je doet: je talenten benutten, je vaardigheden laten groeien, meesterschap.</translation>
    </message>
    <message>
        <source>Which of your talents do we use too little?</source>
        <translation>Welke van jouw talenten benutten we te weinig?</translation>
    </message>
    <message>
        <source>In what would you like to become really good?</source>
        <translation>Waarin zou je echt goed willen worden?</translation>
    </message>
    <message>
        <source>Achieving results and moving things forward: goals reached, improvements made, progress you can see.</source>
        <translation>Resultaten halen en dingen vooruit brengen: bereikte doelen, doorgevoerde verbeteringen, vooruitgang die je kunt zien.</translation>
    </message>
    <message>
        <source>Which result are you most proud of this year?</source>
        <translation>Op welk resultaat ben je dit jaar het meest trots?</translation>
    </message>
    <message>
        <source>What would you like to improve next?</source>
        <translation>Wat zou je als volgende willen verbeteren?</translation>
    </message>
    <message>
        <source>The challenge and the win: stretching yourself, competing, the satisfaction of coming out on top.</source>
        <translation>De uitdaging en de winst: jezelf uitdagen, wedijveren, de voldoening van als beste eindigen.</translation>
    </message>
    <message>
        <source>Which challenge gives you energy?</source>
        <translation>Welke uitdaging geeft je energie?</translation>
    </message>
    <message>
        <source>What would winning look like for this team?</source>
        <translation>Hoe zou winnen eruitzien voor dit team?</translation>
    </message>
    <message>
        <source>Pride and self-confidence: trusting what you can do, standing up for your work, showing it.</source>
        <translation>Trots en zelfvertrouwen: vertrouwen op wat je kunt, voor je werk staan, het laten zien.</translation>
    </message>
    <message>
        <source>What in your work are you proud of?</source>
        <translation>Waar ben je in je werk trots op?</translation>
    </message>
    <message>
        <source>When do you feel confident, and when less so?</source>
        <translation>Wanneer voel je je zeker van je zaak, en wanneer minder?</translation>
    </message>
    <message>
        <source>Appreciation and recognition: being noticed, hearing that your contribution counts.</source>
        <translation>Waardering en erkenning: gezien worden, horen dat jouw bijdrage telt.</translation>
    </message>
    <message>
        <source>What kind of appreciation means the most to you?</source>
        <translation>Welke vorm van waardering betekent het meest voor je?</translation>
    </message>
    <message>
        <source>Whose work deserves more recognition here?</source>
        <translation>Wiens werk verdient hier meer erkenning?</translation>
    </message>
    <message>
        <source>Standing and status: respect, a good name, a position that others look up to.</source>
        <translation>Aanzien en status: respect, een goede naam, een positie waar anderen tegen opkijken.</translation>
    </message>
    <message>
        <source>What gives someone standing in our organisation?</source>
        <translation>Wat geeft iemand aanzien in onze organisatie?</translation>
    </message>
    <message>
        <source>How does the outside world see our team?</source>
        <translation>Hoe ziet de buitenwereld ons team?</translation>
    </message>
    <message>
        <source>Having and collecting: building something up, owning things of value, the pleasure of a collection.</source>
        <translation>Hebben en verzamelen: iets opbouwen, dingen van waarde bezitten, het plezier van een verzameling.</translation>
    </message>
    <message>
        <source>What would you like to build up over the years?</source>
        <translation>Wat zou je door de jaren heen willen opbouwen?</translation>
    </message>
    <message>
        <source>What do we own together that we are proud of?</source>
        <translation>Wat hebben we samen waar we trots op zijn?</translation>
    </message>
    <message>
        <source>Influence and leadership: having a say, taking the lead, giving direction to others.</source>
        <translation>Invloed en leiderschap: iets te zeggen hebben, de leiding nemen, anderen richting geven.</translation>
    </message>
    <message>
        <source>Where would you like more say?</source>
        <translation>Waar zou je meer inspraak willen?</translation>
    </message>
    <message>
        <source>When did you last take the lead, and how did it go?</source>
        <translation>Wanneer nam je voor het laatst de leiding, en hoe ging dat?</translation>
    </message>
    <message>
        <source>Being fit and active: moving, sport, a body that has energy.</source>
        <translation>Fit en actief zijn: bewegen, sport, een lichaam vol energie.</translation>
    </message>
    <message>
        <source>What keeps your energy up during a working day?</source>
        <translation>Wat houdt je energie op peil tijdens een werkdag?</translation>
    </message>
    <message>
        <source>How could work leave more room to move?</source>
        <translation>Hoe kan het werk meer ruimte laten om te bewegen?</translation>
    </message>
    <message>
        <source>Health and good food: taking care of body and mind, a healthy rhythm, staying well for the long run.</source>
        <translation>Gezondheid en goede voeding: zorgen voor lichaam en geest, een gezond ritme, op de lange duur gezond blijven.</translation>
    </message>
    <message>
        <source>What helps you stay healthy in this work?</source>
        <translation>Wat helpt je om gezond te blijven in dit werk?</translation>
    </message>
    <message>
        <source>What in our way of working costs you energy?</source>
        <translation>Wat in onze manier van werken kost je energie?</translation>
    </message>
    <message>
        <source>Beauty and aesthetics: things that look good and are well made, a pleasant place, an eye for detail.</source>
        <translation>Schoonheid en esthetiek: dingen die mooi zijn en goed gemaakt, een prettige plek, oog voor detail.</translation>
    </message>
    <message>
        <source>Where in our work does beauty or good design matter?</source>
        <translation>Waar doen schoonheid of goed ontwerp ertoe in ons werk?</translation>
    </message>
    <message>
        <source>What makes a place pleasant to work in for you?</source>
        <translation>Wat maakt een werkplek voor jou prettig?</translation>
    </message>
    <message>
        <source>Excitement and the senses: thrill, attraction, the exciting edge of life.</source>
        <translation>Spanning en de zintuigen: sensatie, aantrekkingskracht, de spannende kant van het leven.</translation>
    </message>
    <message>
        <source>What gives you a thrill?</source>
        <translation>Waar krijg jij een kick van?</translation>
    </message>
    <message>
        <source>Where could our work use a little more excitement?</source>
        <translation>Waar kan ons werk wat meer spanning gebruiken?</translation>
    </message>
</context>
<context>
    <name>DriveDeck::EditAgreementCommand</name>
    <message>
        <source>Edit the agreement “%1”</source>
        <translation>Afspraak “%1” bewerken</translation>
    </message>
</context>
<context>
    <name>DriveDeck::EditDetailsCommand</name>
    <message>
        <source>Edit the session details</source>
        <translation>Sessiegegevens bewerken</translation>
    </message>
</context>
<context>
    <name>DriveDeck::EditParticipantCommand</name>
    <message>
        <source>Rename %1</source>
        <translation>%1 hernoemen</translation>
    </message>
</context>
<context>
    <name>DriveDeck::EditRoundCommand</name>
    <message>
        <source>Edit the round %1</source>
        <translation>Ronde %1 bewerken</translation>
    </message>
</context>
<context>
    <name>DriveDeck::EntryGridModel</name>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 van %2 beantwoord</translation>
    </message>
    <message numerus="yes">
        <source>%n more to pick</source>
        <translation>
            <numerusform>nog %n te kiezen</numerusform>
            <numerusform>nog %n te kiezen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not picked</source>
        <translation>%1: niet gekozen</translation>
    </message>
    <message>
        <source>%1: not me</source>
        <translation>%1: niet ik</translation>
    </message>
    <message>
        <source>%1: picked, rank %2</source>
        <translation>%1: gekozen, plaats %2</translation>
    </message>
    <message>
        <source>%1: picked</source>
        <translation>%1: gekozen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1: “%2” does not take part in this round.</source>
        <translation>Regel %1: “%2” doet niet mee aan deze ronde.</translation>
    </message>
    <message>
        <source>Paste picks</source>
        <translation>Keuzes plakken</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Regel %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Cards typed</source>
        <translation>Getypte kaarten</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
</context>
<context>
    <name>DriveDeck::EntryGridPage</name>
    <message>
        <source>This session has no rounds yet.</source>
        <translation>Deze sessie heeft nog geen rondes.</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste.</source>
        <translation>Het klembord bevat geen regels om te plakken.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronde:</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Entry grid</source>
        <translation>Invoertabel</translation>
    </message>
    <message>
        <source>&amp;Paste from Spreadsheet</source>
        <translation>&amp;Plakken uit spreadsheet</translation>
    </message>
    <message>
        <source>Rows with a name first, then the cards (Ctrl+V in the grid).</source>
        <translation>Regels met eerst een naam, dan de kaarten (Ctrl+V in de tabel).</translation>
    </message>
    <message>
        <source>Type a person's cards in their row, most important first in a ranked round, “-” before a card for “not me” (3 12 -17); Enter goes to the next person. Click a card's cell, or press Space on it, to pick or take back.</source>
        <translation>Typ per persoon de kaartnummers op diens regel (in een ronde met volgorde: de belangrijkste eerst), “-” voor “niet ik” (3 12 -17). Enter: de volgende persoon. Klik op een vakje of druk op Spatie om te kiezen of terug te nemen.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::Figures</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 %-punt</translation>
    </message>
</context>
<context>
    <name>DriveDeck::KeyFigures</name>
    <message>
        <source>Nobody has picked a card in this round yet.</source>
        <translation>Niemand heeft in deze ronde al een kaart gekozen.</translation>
    </message>
    <message numerus="yes">
        <source>%n people picked cards in this round.</source>
        <translation>
            <numerusform>%n persoon koos kaarten in deze ronde.</numerusform>
            <numerusform>%n mensen kozen kaarten in deze ronde.</numerusform>
        </translation>
    </message>
    <message>
        <source>A profile is shown from %1 people on: with fewer, it would say more about the individuals than about the group.</source>
        <translation>Een profiel verschijnt vanaf %1 mensen: met minder zegt het meer over de personen dan over de groep.</translation>
    </message>
    <message>
        <source>%1 carries this group: %2 of all picks, affinity %3 (100 is what picking at random would give).</source>
        <translation>%1 overheerst in deze groep: %2 van alle keuzes, affiniteit %3 (100 is wat willekeurig kiezen zou geven).</translation>
    </message>
    <message>
        <source>The most picked: %1.</source>
        <translation>Het meest gekozen: %1.</translation>
    </message>
    <message>
        <source>No card was picked by half of the group or more.</source>
        <translation>Geen kaart werd door de helft van de groep of meer gekozen.</translation>
    </message>
    <message>
        <source>Shared by at least half of the group: %1.</source>
        <translation>Gedeeld door minstens de helft van de groep: %1.</translation>
    </message>
    <message>
        <source>Cards picked: %1 of the 24 drives, in %2 of the 5 domains.</source>
        <translation>Gekozen kaarten: %1 van de 24 drijfveren, in %2 van de 5 domeinen.</translation>
    </message>
    <message>
        <source>Balance %1: the picks spread evenly across the colours.</source>
        <translation>Balans %1: de keuzes zijn gelijkmatig over de kleuren verdeeld.</translation>
    </message>
    <message>
        <source>Balance %1: some colours lead, others follow.</source>
        <translation>Balans %1: sommige kleuren gaan voorop, andere volgen.</translation>
    </message>
    <message>
        <source>Balance %1: the picks gather in few colours.</source>
        <translation>Balans %1: de keuzes concentreren zich in weinig kleuren.</translation>
    </message>
    <message>
        <source>Nobody picked a card from %1: a blind spot worth a question.</source>
        <translation>Niemand koos een kaart uit %1: een blinde vlek die het bespreken waard is.</translation>
    </message>
    <message>
        <source>Alignment with “%1”: %2 (100 % would be the same profile).</source>
        <translation>Overeenkomst met “%1”: %2 (100 % zou hetzelfde profiel zijn).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The biggest shifts towards “%1”: %2.</source>
        <translation>De grootste verschuivingen naar “%1”: %2.</translation>
    </message>
    <message>
        <source>Where the group differs: %1; worth asking both sides for their story.</source>
        <translation>Hier verschilt de groep: %1; vraag beide kanten naar hun verhaal.</translation>
    </message>
    <message>
        <source>%1 (picked by %2, “not me” from %3)</source>
        <translation>%1 (gekozen door %2, “niet ik” van %3)</translation>
    </message>
    <message numerus="yes">
        <source>The biggest shifts towards “%1”: %2, and %n more card(s) by %3 percentage points up or down.</source>
        <translation>
            <numerusform>De grootste verschuivingen naar “%1”: %2, en nog %n kaart met %3 procentpunt op of neer.</numerusform>
            <numerusform>De grootste verschuivingen naar “%1”: %2, en nog %n kaarten met %3 procentpunt op of neer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The biggest shifts towards “%1”: %n card(s), each by %2 percentage points up or down.</source>
        <translation>
            <numerusform>De grootste verschuivingen naar “%1”: %n kaart, met %2 procentpunt op of neer.</numerusform>
            <numerusform>De grootste verschuivingen naar “%1”: %n kaarten, elk met %2 procentpunt op of neer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::LibraryPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Search title, team or tag</source>
        <translation>Zoek op titel, team of label</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sessies zoeken</translation>
    </message>
    <message>
        <source>Saved sessions</source>
        <translation>Opgeslagen sessies</translation>
    </message>
    <message>
        <source>New Session…</source>
        <translation>Nieuwe sessie…</translation>
    </message>
    <message>
        <source>Back to “%1”</source>
        <translation>Terug naar “%1”</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Nog geen sessies</translation>
    </message>
    <message>
        <source>Create a session for your next workshop, or explore the sample session:
eight people, two rounds and their stories.</source>
        <translation>Maak een sessie voor je volgende workshop, of verken de voorbeeldsessie:
acht mensen, twee rondes en hun verhalen.</translation>
    </message>
    <message>
        <source>No session matches “%1”</source>
        <translation>Geen sessie past bij “%1”</translation>
    </message>
    <message>
        <source>The search looks in titles, teams and tags.</source>
        <translation>Er wordt gezocht in titels, teams en labels.</translation>
    </message>
    <message>
        <source>Create Sample Session</source>
        <translation>Voorbeeldsessie aanmaken</translation>
    </message>
</context>
<context>
    <name>DriveDeck::MainWindow</name>
    <message>
        <source>DriveDeck</source>
        <translation>DriveDeck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About DriveDeck</source>
        <translation>&amp;Over DriveDeck</translation>
    </message>
    <message>
        <source>24 drives in 5 colour domains</source>
        <translation>24 drijfveren in 5 kleurdomeinen</translation>
    </message>
    <message>
        <source>About DriveDeck</source>
        <translation>Over DriveDeck</translation>
    </message>
    <message>
        <source>Sessions not available</source>
        <translation>Sessies niet beschikbaar</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan niet importeren</translation>
    </message>
    <message>
        <source>Session already saved</source>
        <translation>Sessie is al opgeslagen</translation>
    </message>
    <message>
        <source>“%1” is already in your sessions.</source>
        <translation>“%1” staat al bij je sessies.</translation>
    </message>
    <message>
        <source>Replace the saved session with the one in the file, or keep both?</source>
        <translation>De opgeslagen sessie vervangen door die uit het bestand, of beide houden?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Beide houden</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”: %n participant(s)</source>
        <translation>
            <numerusform>“%1” geïmporteerd: %n deelnemer</numerusform>
            <numerusform>“%1” geïmporteerd: %n deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Kan niet exporteren</translation>
    </message>
    <message>
        <source>Saved “%1” to %2</source>
        <translation>“%1” opgeslagen in %2</translation>
    </message>
    <message>
        <source>Import Session</source>
        <translation>Sessie importeren</translation>
    </message>
    <message>
        <source>Sessions and picks (*.drivedeck *.csv);;DriveDeck sessions (*.drivedeck);;Picks as CSV (*.csv);;All files (*)</source>
        <translation>Sessies en keuzes (*.drivedeck *.csv);;DriveDeck-sessies (*.drivedeck);;Keuzes als CSV (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Sessie exporteren</translation>
    </message>
    <message>
        <source>DriveDeck session (*.drivedeck);;Picks as CSV (*.csv)</source>
        <translation>DriveDeck-sessie (*.drivedeck);;Keuzes als CSV (*.csv)</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n participant(s) and all their picks?</source>
        <translation>
            <numerusform>“%1” verwijderen, met %n deelnemer en al diens keuzes?</numerusform>
            <numerusform>“%1” verwijderen, met %n deelnemers en al hun keuzes?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. Export it first to keep a copy.</source>
        <translation>Dit kan niet ongedaan worden gemaakt. Exporteer de sessie eerst als je een kopie wilt houden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Kan niet verwijderen</translation>
    </message>
    <message>
        <source>&amp;Import Session…</source>
        <translation>Sessie &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export Session…</source>
        <translation>Sessie &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>Sessie &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Data&amp;base…</source>
        <translation>Data&amp;base…</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Geen database</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>Gedeelde database: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Opnieuw &amp;doen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>%1 — DriveDeck</source>
        <translation>%1 — DriveDeck</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>Kan de sessie niet openen</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>Database niet beschikbaar</translation>
    </message>
    <message>
        <source>&amp;Open Session</source>
        <translation>Sessie &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Wijzigingen nog niet opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to “%1” have not reached the database yet.</source>
        <translation>
            <numerusform>%n wijziging in “%1” heeft de database nog niet bereikt.</numerusform>
            <numerusform>%n wijzigingen in “%1” hebben de database nog niet bereikt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Waiting</source>
        <translation>Blijven wachten</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Toch afsluiten</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van het importeren</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importeren geannuleerd; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>Sessie &amp;sluiten</translation>
    </message>
    <message>
        <source>Cannot create the session</source>
        <translation>Kan de sessie niet aanmaken</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nieuwe sessie…</translation>
    </message>
    <message>
        <source>Create Sa&amp;mple Session</source>
        <translation>Voorbeeldsessie aan&amp;maken</translation>
    </message>
    <message>
        <source>Rename Session</source>
        <translation>Sessie hernoemen</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nieuwe titel:</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Kan niet hernoemen</translation>
    </message>
    <message>
        <source>Duplicate as Template</source>
        <translation>Dupliceren als sjabloon</translation>
    </message>
    <message>
        <source>Title of the new session (same people and rounds, no picks):</source>
        <translation>Titel van de nieuwe sessie (dezelfde mensen en rondes, zonder keuzes):</translation>
    </message>
    <message>
        <source>%1 (next)</source>
        <translation>%1 (volgende)</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>Kan niet dupliceren</translation>
    </message>
    <message>
        <source>&amp;Rename Session…</source>
        <translation>Sessie &amp;hernoemen…</translation>
    </message>
    <message>
        <source>Duplicate as &amp;Template…</source>
        <translation>Dupliceren als s&amp;jabloon…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Browse the &amp;Cards</source>
        <translation>&amp;Kaarten bekijken</translation>
    </message>
    <message>
        <source>Session not found</source>
        <translation>Sessie niet gevonden</translation>
    </message>
    <message>
        <source>There is no session “%1” in this database.</source>
        <translation>Er is geen sessie “%1” in deze database.</translation>
    </message>
    <message>
        <source>← Back to “%1” (Esc)</source>
        <translation>← Terug naar “%1” (Esc)</translation>
    </message>
    <message>
        <source>← Back to the Sessions (Esc)</source>
        <translation>← Terug naar de sessies (Esc)</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>“%1” wordt geopend…</translation>
    </message>
    <message>
        <source>&amp;Projector Window</source>
        <translation>&amp;Projectorvenster</translation>
    </message>
    <message>
        <source>&amp;Reveal on the Projector</source>
        <translation>&amp;Onthullen op de projector</translation>
    </message>
    <message>
        <source>Restart the Projector &amp;Timer</source>
        <translation>Timer van de projector opnieuw &amp;starten</translation>
    </message>
    <message>
        <source>Session Li&amp;brary</source>
        <translation>Sessie&amp;bibliotheek</translation>
    </message>
    <message>
        <source>Agenda: the &amp;Next Step</source>
        <translation>Agenda: vol&amp;gende stap</translation>
    </message>
    <message>
        <source>Agenda: the Step B&amp;efore</source>
        <translation>Agenda: vo&amp;rige stap</translation>
    </message>
    <message>
        <source>Show One Person's P&amp;icks…</source>
        <translation>Keuzes va&amp;n één persoon tonen…</translation>
    </message>
    <message>
        <source>&amp;Organisation Profile…</source>
        <translation>Organisatiepro&amp;fiel…</translation>
    </message>
    <message>
        <source>Compare with Another Session</source>
        <translation>Vergelijken met een andere sessie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Photo decks&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fotokaartspellen&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DriveDeck %1&lt;/h3&gt;&lt;p&gt;Run in-room workshops on the 24 drives that move people: show the cards, record each participant's picks and stories, and discuss the team's colour profile.&lt;/p&gt;&lt;p&gt;DriveDeck describes what drives a group, to start a conversation. It is not a psychological assessment.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Credits&lt;/b&gt;&lt;br&gt;The 24 drives in five colour domains follow the 23plusone model, from the emotive-branding research of Kim Cramer and Alexander Koene. DriveDeck's texts are its own; facilitators who hold a licence for a photo deck load it themselves.&lt;/p&gt;&lt;p&gt;The cards' pictures are Fluent Emoji by Microsoft (MIT licence). The report is set in DejaVu Sans.&lt;/p&gt;&lt;p&gt;Built with Qt %2, Qt Charts, Boost.Serialization, QuaZip, SQLite and PostgreSQL.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DriveDeck %1&lt;/h3&gt;&lt;p&gt;Begeleid workshops in de zaal over de 24 drijfveren die mensen bewegen: toon de kaarten, leg de keuzes en verhalen van elke deelnemer vast en bespreek het kleurprofiel van het team.&lt;/p&gt;&lt;p&gt;DriveDeck beschrijft wat een groep drijft, om een gesprek te openen. Het is geen psychologische test.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Met dank aan&lt;/b&gt;&lt;br&gt;De 24 drijfveren in vijf kleurdomeinen volgen het 23plusone-model, uit het emotive-brandingonderzoek van Kim Cramer en Alexander Koene. De teksten van DriveDeck zijn eigen teksten; begeleiders met een licentie op een fotoset laden die zelf.&lt;/p&gt;&lt;p&gt;De afbeeldingen op de kaarten zijn Fluent Emoji van Microsoft (MIT-licentie). Het rapport is gezet in DejaVu Sans.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2, Qt Charts, Boost.Serialization, QuaZip, SQLite en PostgreSQL.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Kan niet openen</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Er is geen bestand %1.</translation>
    </message>
    <message>
        <source>Open the saved session, replace it with the one in the file, or keep both?</source>
        <translation>De opgeslagen sessie openen, haar vervangen door die in het bestand, of beide bewaren?</translation>
    </message>
    <message>
        <source>Open the Saved One</source>
        <translation>Opgeslagen sessie openen</translation>
    </message>
    <message>
        <source>Organisation Profile</source>
        <translation>Organisatieprofiel</translation>
    </message>
</context>
<context>
    <name>DriveDeck::MoveParticipantCommand</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verplaatsen</translation>
    </message>
</context>
<context>
    <name>DriveDeck::NewSessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kick-off Sales</source>
        <translation>Aftrap Verkoop</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Participants, one name per line</source>
        <translation>Deelnemers, één naam per regel</translation>
    </message>
    <message>
        <source>Anouk
Bram
Chen</source>
        <translation>Anouk
Bram
Chen</translation>
    </message>
    <message>
        <source>What drives you now?</source>
        <translation>Wat drijft je nu?</translation>
    </message>
    <message>
        <source>First question</source>
        <translation>Eerste vraag</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Participants
(one per line):</source>
        <translation>&amp;Deelnemers
(één per regel):</translation>
    </message>
    <message>
        <source>First &amp;question:</source>
        <translation>Eerste &amp;vraag:</translation>
    </message>
    <message>
        <source>Cards each:</source>
        <translation>Kaarten per persoon:</translation>
    </message>
    <message>
        <source>Create and Start</source>
        <translation>Aanmaken en beginnen</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Geef de sessie een titel.</translation>
    </message>
    <message>
        <source>Add the people who take part, one name per line.</source>
        <translation>Voeg de mensen toe die meedoen, één naam per regel.</translation>
    </message>
    <message>
        <source>Write the first question.</source>
        <translation>Schrijf de eerste vraag.</translation>
    </message>
    <message>
        <source>At most %1 cards is fewer than at least %2.</source>
        <translation>Hoogstens %1 kaarten is minder dan minstens %2.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::OrganisationDialog</name>
    <message>
        <source>Save Chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>Organisation profile - %1.png</source>
        <translation>Organisatieprofiel - %1.png</translation>
    </message>
    <message>
        <source>domains</source>
        <translation>domeinen</translation>
    </message>
    <message>
        <source>drives</source>
        <translation>drijfveren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg);;PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Adding up the saved sessions…</source>
        <translation>De opgeslagen sessies worden opgeteld…</translation>
    </message>
    <message>
        <source>The saved sessions could not be read: %1</source>
        <translation>De opgeslagen sessies konden niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) match,</source>
        <translation>
            <numerusform>%n sessie past bij het filter,</numerusform>
            <numerusform>%n sessies passen bij het filter,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A profile is shown from %n people on (Settings › Smallest group), so that it speaks of a group and not of a few people.</source>
        <translation>
            <numerusform>Een profiel wordt getoond vanaf %n persoon (Instellingen › Kleinste groep), zodat het iets zegt over een groep en niet over een paar mensen.</numerusform>
            <numerusform>Een profiel wordt getoond vanaf %n personen (Instellingen › Kleinste groep), zodat het iets zegt over een groep en niet over een paar mensen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Widen the filter: no picks match it.</source>
        <translation>Verruim het filter: er passen geen keuzes bij.</translation>
    </message>
    <message>
        <source>Organisation Profile</source>
        <translation>Organisatieprofiel</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Round title:</source>
        <translation>Titel van de &amp;ronde:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>T&amp;ot en met:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Round title</source>
        <translation>Titel van de ronde</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>elke datum</translation>
    </message>
    <message>
        <source>Share of the picks per domain</source>
        <translation>Aandeel van de keuzes per domein</translation>
    </message>
    <message>
        <source>People per drive</source>
        <translation>Mensen per drijfveer</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Grafiek &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>Grafiek op&amp;slaan als…</translation>
    </message>
    <message>
        <source>with 1 person who picked cards</source>
        <translation>met 1 persoon die kaarten koos</translation>
    </message>
    <message>
        <source>with %1 people who picked cards</source>
        <translation>met %1 mensen die kaarten kozen</translation>
    </message>
    <message>
        <source>(1 respondent: each person counted once per round).</source>
        <translation>(1 respondent: elke persoon één keer per ronde geteld).</translation>
    </message>
    <message>
        <source>(%1 respondents: each person counted once per round).</source>
        <translation>(%1 respondenten: elke persoon één keer per ronde geteld).</translation>
    </message>
    <message>
        <source>&amp;Include target rounds</source>
        <translation>&amp;Doelrondes meetellen</translation>
    </message>
    <message>
        <source>Target rounds hold the profile someone intends, such as the brand's, not what people picked for themselves.</source>
        <translation>Doelrondes bevatten het profiel dat iemand beoogt, zoals dat van het merk, niet wat mensen voor zichzelf kozen.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::OtherSessionDialog</name>
    <message>
        <source>Compare with Another Session</source>
        <translation>Vergelijken met een andere sessie</translation>
    </message>
    <message>
        <source>Title, team or tag</source>
        <translation>Titel, team of label</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sessies zoeken</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Saved sessions</source>
        <translation>Opgeslagen sessies</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergelijken</translation>
    </message>
    <message>
        <source>Set the open session against another team's, or against the same team before or after.</source>
        <translation>Zet de open sessie naast die van een ander team, of naast hetzelfde team ervoor of erna.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::Outputs</name>
    <message>
        <source>DriveDeck's charts and reports (%1) are missing from %2. Install DriveDeck again.</source>
        <translation>De grafieken en rapporten van DriveDeck (%1) ontbreken in %2. Installeer DriveDeck opnieuw.</translation>
    </message>
    <message>
        <source>DriveDeck's charts and reports (%1) cannot be loaded: %2. Install DriveDeck again.</source>
        <translation>De grafieken en rapporten van DriveDeck (%1) kunnen niet worden geladen: %2. Installeer DriveDeck opnieuw.</translation>
    </message>
    <message>
        <source>DriveDeck's charts and reports (%1) are of version %2, the program of version %3. Install DriveDeck again.</source>
        <translation>De grafieken en rapporten van DriveDeck (%1) zijn van versie %2, het programma van versie %3. Installeer DriveDeck opnieuw.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::PageFlow</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>DriveDeck::ParticipantProgressModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 t/m %3)</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1, %2, done</source>
        <translation>%1, %2, klaar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DriveDeck::ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Alias (when anonymous)</source>
        <translation>Schuilnaam (bij anoniem)</translation>
    </message>
</context>
<context>
    <name>DriveDeck::PassTheLaptop</name>
    <message numerus="yes">
        <source>Choose at least %n card(s) first.</source>
        <translation>
            <numerusform>Kies eerst minstens %n kaart.</numerusform>
            <numerusform>Kies eerst minstens %n kaarten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the Facilitator</source>
        <translation>Terug naar de begeleider</translation>
    </message>
    <message>
        <source>Stop passing the laptop and return to the facilitator?</source>
        <translation>Stoppen met doorgeven en terug naar de begeleider?</translation>
    </message>
    <message>
        <source>The picks made so far are saved.</source>
        <translation>De keuzes tot nu toe zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Keep Going</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>DriveDeck — Pass the Laptop</source>
        <translation>DriveDeck — Laptop doorgeven</translation>
    </message>
    <message>
        <source>%1, it is your turn</source>
        <translation>%1, jij bent aan de beurt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Choose %1 cards: %2 chosen</source>
        <translation>Kies %1 kaarten: %2 gekozen</translation>
    </message>
    <message>
        <source>Choose %1 to %2 cards: %3 chosen</source>
        <translation>Kies %1 t/m %2 kaarten: %3 gekozen</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>You chose:
%1</source>
        <translation>Je koos:
%1</translation>
    </message>
    <message>
        <source>Yes, That's It</source>
        <translation>Ja, zo is het</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Thank you!
Please hand the laptop to the next person.</source>
        <translation>Dank je!
Geef de laptop door aan de volgende.</translation>
    </message>
    <message>
        <source>I'm Next</source>
        <translation>Ik ben de volgende</translation>
    </message>
    <message>
        <source>Everyone has picked.
Please hand the laptop back to the facilitator.</source>
        <translation>Iedereen heeft gekozen.
Geef de laptop terug aan de begeleider.</translation>
    </message>
    <message>
        <source>Skip — Someone Else First</source>
        <translation>Overslaan — eerst iemand anders</translation>
    </message>
    <message>
        <source>That was the last card.
You said yes to none of them.</source>
        <translation>Dat was de laatste kaart.
Je zei bij geen enkele kaart ja.</translation>
    </message>
    <message>
        <source>That was the last card.
You said yes to:
%1</source>
        <translation>Dat was de laatste kaart.
Je zei ja tegen:
%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Everyone has had a turn.
Please hand the laptop back to the facilitator.</source>
        <translation>Iedereen is aan de beurt geweest.
Geef de laptop terug aan de begeleider.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::PdfReport</name>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Het rapport kon niet worden geschreven naar %1: %2</translation>
    </message>
</context>
<context>
    <name>DriveDeck::PickEntry</name>
    <message>
        <source>“%1” is not a card: type the cards' numbers, 1 to 24.</source>
        <translation>“%1” is geen kaart: typ de nummers van de kaarten, 1 tot 24.</translation>
    </message>
    <message>
        <source>Card %1 is typed twice.</source>
        <translation>Kaart %1 staat er twee keer.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::PickGridPainter</name>
    <message>
        <source>Who picked what: %1</source>
        <translation>Wie koos wat: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
</context>
<context>
    <name>DriveDeck::PickWallModel</name>
    <message>
        <source>Not picked</source>
        <translation>Niet gekozen</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Niet ik</translation>
    </message>
    <message>
        <source>Picked, rank %1</source>
        <translation>Gekozen, rang %1</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Gekozen</translation>
    </message>
</context>
<context>
    <name>DriveDeck::PickingPage</name>
    <message>
        <source>This session has no rounds yet.</source>
        <translation>Deze sessie heeft nog geen rondes.</translation>
    </message>
    <message>
        <source>Choose who is picking first.</source>
        <translation>Kies eerst wie er kiest.</translation>
    </message>
    <message>
        <source>There is no card %1: the cards are numbered 1 to 24.</source>
        <translation>Er is geen kaart %1: de kaarten zijn genummerd van 1 tot 24.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronde:</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Who is picking</source>
        <translation>Wie kiest er</translation>
    </message>
    <message>
        <source>Card wall</source>
        <translation>Kaartenwand</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Verhaal</translation>
    </message>
    <message>
        <source>&amp;Story: pick a card to write its story</source>
        <translation>&amp;Verhaal: kies een kaart om het verhaal erbij te schrijven</translation>
    </message>
    <message>
        <source>&amp;Story of %1 for %2</source>
        <translation>&amp;Verhaal bij %1 voor %2</translation>
    </message>
    <message>
        <source>Only a card picked in a ranked round has a rank to change.</source>
        <translation>Alleen een gekozen kaart in een ronde met volgorde heeft een plaats om te veranderen.</translation>
    </message>
    <message>
        <source>The order of picking is the rank: drag a card onto another, or press Alt with an arrow, to change it.</source>
        <translation>De volgorde van kiezen is de rangorde: sleep een kaart naar een andere, of druk op Alt + een pijltoets, om die te veranderen.</translation>
    </message>
    <message>
        <source>Click a card or type its number to pick it, again to take it back. Right-click or Shift for “not me”. Page Up and Page Down: the previous or next person.</source>
        <translation>Klik op een kaart of typ het nummer om te kiezen; nog eens om het terug te nemen. Klik met rechts of Shift-klik voor “niet ik”. Page Up en Page Down: de vorige of volgende persoon.</translation>
    </message>
    <message>
        <source>Show the Cards' &amp;Names</source>
        <translation>&amp;Namen van de kaarten tonen</translation>
    </message>
    <message>
        <source>A blind round: the cards show only their numbers while people pick. Show the names when the room is ready.</source>
        <translation>Een blinde ronde: de kaarten tonen alleen hun nummer terwijl mensen kiezen. Toon de namen als de zaal eraan toe is.</translation>
    </message>
    <message>
        <source>Who is &amp;picking</source>
        <translation>Wie kie&amp;st er</translation>
    </message>
</context>
<context>
    <name>DriveDeck::PicksCsv</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… en nog %n probleem.</numerusform>
            <numerusform>… en nog %n problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column "%2"</source>
        <translation>regel %1, kolom "%2"</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line with the columns participant, round and drive, and one line per pick</source>
        <translation>het bestand is leeg; het heeft een kopregel nodig met de kolommen participant, round en drive, en één regel per keuze</translation>
    </message>
    <message>
        <source>line %1: the column "%2" appears twice</source>
        <translation>regel %1: de kolom "%2" komt twee keer voor</translation>
    </message>
    <message>
        <source>line %1: the header has no "%2" column (it has: %3)</source>
        <translation>regel %1: de kopregel heeft geen kolom "%2" (wel: %3)</translation>
    </message>
    <message>
        <source>no picks found: the file has a header but no lines with picks</source>
        <translation>geen keuzes gevonden: het bestand heeft een kopregel maar geen regels met keuzes</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3; is a note with a comma missing its quotes?</source>
        <translation>regel %1: %2 velden terwijl de kopregel er %3 heeft; mist een notitie met een komma de aanhalingstekens?</translation>
    </message>
    <message>
        <source>%1: no participant name</source>
        <translation>%1: geen naam van een deelnemer</translation>
    </message>
    <message>
        <source>%1: no round title</source>
        <translation>%1: geen titel van een ronde</translation>
    </message>
    <message>
        <source>%1: "%2" is not a positive whole number</source>
        <translation>%1: "%2" is geen positief geheel getal</translation>
    </message>
    <message>
        <source>%1: rank %2 is higher than the %3 cards in the deck</source>
        <translation>%1: rang %2 is hoger dan de %3 kaarten in het spel</translation>
    </message>
    <message>
        <source>%1: "%2" should be + (appeals) or - (not me)</source>
        <translation>%1: "%2" moet + (spreekt aan) of - (niet ik) zijn</translation>
    </message>
    <message>
        <source>%1: a "not me" pick cannot have a rank</source>
        <translation>%1: een "niet ik"-keuze kan geen rang hebben</translation>
    </message>
    <message>
        <source>%1: %2 already picked "%3" in "%4" on line %5</source>
        <translation>%1: %2 koos "%3" al in "%4" op regel %5</translation>
    </message>
    <message>
        <source>%1: %2 already gave rank %3 in "%4" on line %5</source>
        <translation>%1: %2 gaf rang %3 al in "%4" op regel %5</translation>
    </message>
</context>
<context>
    <name>DriveDeck::ProfileCharts</name>
    <message>
        <source>Share of the picks per domain, with affinity (100 = chance)</source>
        <translation>Aandeel van de keuzes per domein, met affiniteit (100 = toeval)</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Niet ik</translation>
    </message>
    <message>
        <source>People per drive; “not me” left of the line</source>
        <translation>Mensen per drijfveer; “niet ik” links van de lijn</translation>
    </message>
    <message>
        <source>People per drive</source>
        <translation>Mensen per drijfveer</translation>
    </message>
    <message>
        <source>Share of the picks per domain: “%1” and “%2”</source>
        <translation>Aandeel van de keuzes per domein: “%1” en “%2”</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Chance (100)</source>
        <translation>Toeval (100)</translation>
    </message>
    <message>
        <source>Affinity per domain (100 = chance)</source>
        <translation>Affiniteit per domein (100 = toeval)</translation>
    </message>
    <message>
        <source>No card moved from “%1” to “%2”</source>
        <translation>Geen kaart verschoof van “%1” naar “%2”</translation>
    </message>
    <message>
        <source>change in share of the picks, in percentage points</source>
        <translation>verschuiving van het aandeel van de keuzes, in procentpunten</translation>
    </message>
    <message>
        <source>From “%1” to “%2”: change per domain · aligned %3</source>
        <translation>Van “%1” naar “%2”: verschuiving per domein · %3 overeenkomst</translation>
    </message>
    <message>
        <source>The cards that moved most from “%1” to “%2”</source>
        <translation>De kaarten die het meest verschoven van “%1” naar “%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DriveDeck::ProfilePage</name>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronde:</translation>
    </message>
    <message>
        <source>This session has no rounds yet.</source>
        <translation>Deze sessie heeft nog geen rondes.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>&amp;Most Picked First</source>
        <translation>&amp;Meest gekozen eerst</translation>
    </message>
    <message>
        <source>Share of the picks per domain</source>
        <translation>Aandeel van de keuzes per domein</translation>
    </message>
    <message>
        <source>People per drive</source>
        <translation>Mensen per drijfveer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (not me): %2</source>
        <translation>%1 (niet ik): %2</translation>
    </message>
    <message>
        <source>%1 (not me)</source>
        <translation>%1 (niet ik)</translation>
    </message>
    <message>
        <source>No stories for %1 in this round yet.</source>
        <translation>Nog geen verhalen bij %1 in deze ronde.</translation>
    </message>
    <message>
        <source>&amp;Key Figures</source>
        <translation>Kern&amp;cijfers</translation>
    </message>
    <message>
        <source>&amp;Who Picked What</source>
        <translation>Wie &amp;koos wat</translation>
    </message>
    <message>
        <source>S&amp;tories</source>
        <translation>&amp;Verhalen</translation>
    </message>
    <message>
        <source>Who picked what</source>
        <translation>Wie koos wat</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drijfveer</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Verhalen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n story(ies)</source>
        <translation>
            <numerusform>%1 — %n verhaal</numerusform>
            <numerusform>%1 — %n verhalen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stories &amp;of:</source>
        <translation>Verhalen v&amp;an:</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(niets)</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (doel)</translation>
    </message>
    <message>
        <source>Com&amp;pare with:</source>
        <translation>Verge&amp;lijk met:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergelijk met</translation>
    </message>
    <message>
        <source>domains</source>
        <translation>domeinen</translation>
    </message>
    <message>
        <source>drives</source>
        <translation>drijfveren</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>Er is nog geen grafiek om op te slaan.</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Grafiek &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>Grafiek op&amp;slaan als…</translation>
    </message>
    <message>
        <source>%1 (%2 alike)</source>
        <translation>%1 (%2 gelijk)</translation>
    </message>
    <message>
        <source>&amp;Buddies</source>
        <translation>Maa&amp;tjes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Drive buddies</source>
        <translation>Drijfveermaatjes</translation>
    </message>
    <message>
        <source>Most alike</source>
        <translation>Meest gelijk</translation>
    </message>
    <message>
        <source>Most different</source>
        <translation>Meest verschillend</translation>
    </message>
    <message>
        <source>A pair to share what drives them both</source>
        <translation>Een paar om te delen wat hen allebei drijft</translation>
    </message>
    <message>
        <source>A pair to learn from each other</source>
        <translation>Een paar om van elkaar te leren</translation>
    </message>
    <message>
        <source>Domains as R&amp;adar</source>
        <translation>Domeinen als r&amp;adar</translation>
    </message>
    <message>
        <source>who picked what</source>
        <translation>wie koos wat</translation>
    </message>
    <message>
        <source>drive buddies</source>
        <translation>drijfveermaatjes</translation>
    </message>
    <message>
        <source>Save Table</source>
        <translation>Tabel opslaan</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-tabel (*.csv)</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>Tabel &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Save Table as CSV…</source>
        <translation>Tabel als CSV op&amp;slaan…</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>verschuivingen</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg);;PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Another Session…</source>
        <translation>Een andere sessie…</translation>
    </message>
    <message>
        <source>%1 against the team</source>
        <translation>%1 tegenover het team</translation>
    </message>
    <message>
        <source>Change per domain</source>
        <translation>Verschuiving per domein</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Het team</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1” has no picks yet to compare with.</source>
        <translation>“%1” heeft nog geen keuzes om mee te vergelijken.</translation>
    </message>
    <message numerus="yes">
        <source>No comparison with “%1”: each group needs at least %n people with picks.</source>
        <translation>
            <numerusform>Geen vergelijking met “%1”: elke groep heeft minstens %n persoon met keuzes nodig.</numerusform>
            <numerusform>Geen vergelijking met “%1”: elke groep heeft minstens %n personen met keuzes nodig.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cards that moved</source>
        <translation>Kaarten die verschoven</translation>
    </message>
</context>
<context>
    <name>DriveDeck::ProjectorWindow</name>
    <message>
        <source>Time is up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 van %2 klaar</translation>
    </message>
    <message>
        <source>Target profile: %1</source>
        <translation>Doelprofiel: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n people picked</source>
        <translation>
            <numerusform>%1 — %n persoon koos</numerusform>
            <numerusform>%1 — %n mensen kozen</numerusform>
        </translation>
    </message>
    <message>
        <source>DriveDeck — Projector</source>
        <translation>DriveDeck — Projector</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>The round's cards</source>
        <translation>De kaarten van de ronde</translation>
    </message>
    <message>
        <source>✓ marks the picks of %1, who agreed to show them</source>
        <translation>✓ toont de keuzes van %1, die daarmee instemde</translation>
    </message>
    <message>
        <source>%1 picked %2</source>
        <translation>%1 koos %2</translation>
    </message>
    <message>
        <source>%1 picked %2; not me: %3</source>
        <translation>%1 koos %2; niet ik: %3</translation>
    </message>
</context>
<context>
    <name>DriveDeck::RemoveAgreementCommand</name>
    <message>
        <source>Remove the agreement “%1”</source>
        <translation>Afspraak “%1” verwijderen</translation>
    </message>
</context>
<context>
    <name>DriveDeck::RemoveParticipantCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>DriveDeck::RemovePickCommand</name>
    <message>
        <source>Take back %1 for %2</source>
        <translation>%1 terugnemen voor %2</translation>
    </message>
</context>
<context>
    <name>DriveDeck::RemoveRoundCommand</name>
    <message>
        <source>Remove the round %1</source>
        <translation>Ronde %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>DriveDeck::ReportComposer</name>
    <message>
        <source>%1: workshop report</source>
        <translation>%1: rapport van de workshop</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (doel)</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergelijkingen</translation>
    </message>
    <message>
        <source>What drives us: a workshop report</source>
        <translation>Wat ons drijft: een rapport van de workshop</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Begeleider:</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking part:</source>
        <translation>Deelnemers:</translation>
    </message>
    <message>
        <source>The questions asked</source>
        <translation>De gestelde vragen</translation>
    </message>
    <message>
        <source>This session has no rounds.</source>
        <translation>Deze sessie heeft geen rondes.</translation>
    </message>
    <message>
        <source>a target profile</source>
        <translation>een doelprofiel</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>People with picks</source>
        <translation>Mensen met keuzes</translation>
    </message>
    <message>
        <source>In a DriveDeck workshop each person picks, from 24 image cards, the drives that move them: what gives their work energy and meaning. The 24 drives fall into five colour domains. This report adds up the picks of the group; it shows no one's own picks unless an appendix was asked for, and then only under an alias when the session is anonymous.</source>
        <translation>In een DriveDeck-workshop kiest ieder uit 24 beeldkaarten de drijfveren die hem of haar bewegen: wat het werk energie en betekenis geeft. De 24 drijfveren vallen in vijf kleurdomeinen. Dit rapport telt de keuzes van de groep op; het toont niemands eigen keuzes, tenzij om een bijlage is gevraagd, en dan alleen onder een schuilnaam als de sessie anoniem is.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) took part.</source>
        <translation>
            <numerusform>%n persoon deed mee.</numerusform>
            <numerusform>%n personen deden mee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) picked by nobody.</source>
        <translation>
            <numerusform>%n drijfveer door niemand gekozen.</numerusform>
            <numerusform>%n drijfveren door niemand gekozen.</numerusform>
        </translation>
    </message>
    <message>
        <source>From “%1” to “%2”</source>
        <translation>Van “%1” naar “%2”</translation>
    </message>
    <message>
        <source>Not compared: one of the two rounds has fewer people with picks than the smallest group (%1).</source>
        <translation>Niet vergeleken: een van de twee rondes heeft minder mensen met keuzes dan de kleinste groep (%1).</translation>
    </message>
    <message>
        <source>Target profile: %1</source>
        <translation>Doelprofiel: %1</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Ronde: %1</translation>
    </message>
    <message>
        <source>The question:</source>
        <translation>De vraag:</translation>
    </message>
    <message>
        <source>Each person answered yes or no to every card in turn.</source>
        <translation>Ieder zei bij elke kaart om de beurt ja of nee.</translation>
    </message>
    <message>
        <source>Each person chose %1 to %2 cards, most important first.</source>
        <translation>Ieder koos %1 t/m %2 kaarten, de belangrijkste eerst.</translation>
    </message>
    <message>
        <source>Each person chose %1 to %2 cards.</source>
        <translation>Ieder koos %1 t/m %2 kaarten.</translation>
    </message>
    <message>
        <source>A target profile: what is intended (by the brand, by management), picked as one voice.</source>
        <translation>Een doelprofiel: wat bedoeld is (door het merk, door het management), gekozen als één stem.</translation>
    </message>
    <message>
        <source>Nobody picked a card in this round.</source>
        <translation>Niemand koos een kaart in deze ronde.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) picked cards in this round. A profile is given from %1 people on: with fewer, it would say more about the individuals than about the group.</source>
        <translation>
            <numerusform>%n persoon koos kaarten in deze ronde. Een profiel wordt gegeven vanaf %1 mensen: met minder zou het meer over de personen zeggen dan over de groep.</numerusform>
            <numerusform>%n mensen kozen kaarten in deze ronde. Een profiel wordt gegeven vanaf %1 mensen: met minder zou het meer over de personen zeggen dan over de groep.</numerusform>
        </translation>
    </message>
    <message>
        <source>The colour domains</source>
        <translation>De kleurdomeinen</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Share of the picks</source>
        <translation>Aandeel van de keuzes</translation>
    </message>
    <message>
        <source>Affinity (100 = chance)</source>
        <translation>Affiniteit (100 = toeval)</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Keuzes</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>Shared by at least half of the group:</source>
        <translation>Gedeeld door minstens de helft van de groep:</translation>
    </message>
    <message>
        <source>Picked by nobody:</source>
        <translation>Door niemand gekozen:</translation>
    </message>
    <message>
        <source>What the most picked drives are about</source>
        <translation>Waar de meest gekozen drijfveren over gaan</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n person(s)):</source>
        <translation>
            <numerusform>%1 (%n persoon):</numerusform>
            <numerusform>%1 (%n personen):</numerusform>
        </translation>
    </message>
    <message>
        <source>All 24 drives</source>
        <translation>Alle 24 drijfveren</translation>
    </message>
    <message>
        <source>The domains, from most to least picked</source>
        <translation>De domeinen, van meest naar minst gekozen</translation>
    </message>
    <message>
        <source>%1, %2, affinity %3:</source>
        <translation>%1, %2, affiniteit %3:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>No agreements were written down.</source>
        <translation>Er zijn geen afspraken opgeschreven.</translation>
    </message>
    <message>
        <source>What the team agreed to do with what it found.</source>
        <translation>Wat het team afsprak te doen met wat het vond.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Appendix: the stories</source>
        <translation>Bijlage: de verhalen</translation>
    </message>
    <message>
        <source>No stories were written down.</source>
        <translation>Er zijn geen verhalen opgeschreven.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Appendix: who picked what</source>
        <translation>Bijlage: wie koos wat</translation>
    </message>
    <message>
        <source>A row per person, under their alias; a dot is a card picked (with its rank), a grey cross a card set aside as “not me”.</source>
        <translation>Een rij per persoon, onder de schuilnaam; een stip is een gekozen kaart (met de rangorde), een grijs kruis een kaart die als “niet ik” opzij is gelegd.</translation>
    </message>
    <message>
        <source>A row per person; a dot is a card picked (with its rank), a grey cross a card set aside as “not me”.</source>
        <translation>Een rij per persoon; een stip is een gekozen kaart (met de rangorde), een grijs kruis een kaart die als “niet ik” opzij is gelegd.</translation>
    </message>
    <message>
        <source>This report describes what drives the people in this workshop, based on their own choices, as a starting point for conversation. It is not a psychological assessment of anyone.</source>
        <translation>Dit rapport beschrijft, op basis van hun eigen keuzes, wat de deelnemers aan deze workshop drijft, als begin van een gesprek. Het is geen psychologische beoordeling van wie dan ook.</translation>
    </message>
    <message>
        <source>The five colour domains</source>
        <translation>De vijf kleurdomeinen</translation>
    </message>
    <message numerus="yes">
        <source>This report covers %n round(s) of choosing cards.</source>
        <translation>
            <numerusform>Dit rapport beschrijft %n keuzeronde.</numerusform>
            <numerusform>Dit rapport beschrijft %n keuzerondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>How to read the figures. A share is the part of the group's choice that went to a domain or a card, each person counting the same. Affinity weighs a domain's share against its number of cards: 100 is what picking at random would give. Balance runs from 0 (every pick in one colour) to 1 (spread evenly over the five). Alignment says how much two profiles overlap: 100 % is the same profile. A change in percentage points (pp) is the difference between two shares.</source>
        <translation>Zo lees je de cijfers. Een aandeel is het deel van de keuze van de groep dat naar een domein of een kaart ging, waarbij ieder even zwaar telt. Affiniteit weegt het aandeel van een domein af tegen het aantal kaarten: 100 is wat willekeurig kiezen zou geven. Balans loopt van 0 (alle keuzes in één kleur) tot 1 (gelijk verdeeld over de vijf). Overeenkomst zegt hoeveel twee profielen overlappen: 100 % is hetzelfde profiel. Een verschil in procentpunten (%-punt) is het verschil tussen twee aandelen.</translation>
    </message>
    <message numerus="yes">
        <source>Each person chose %n card(s), most important first.</source>
        <translation>
            <numerusform>Ieder koos %n kaart.</numerusform>
            <numerusform>Ieder koos %n kaarten, de belangrijkste eerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each person chose %n card(s).</source>
        <translation>
            <numerusform>Ieder koos %n kaart.</numerusform>
            <numerusform>Ieder koos %n kaarten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The share is how much of the group's choice went to a domain's cards, each person counting the same whether they picked one card or three. The affinity weighs it against the number of cards in the domain: 100 is what picking at random would give, 200 twice as much. Picks counts the cards chosen.</source>
        <translation>Het aandeel is hoeveel van de keuze van de groep naar de kaarten van een domein ging, waarbij ieder even zwaar telt, of die nu één kaart koos of drie. De affiniteit weegt het af tegen het aantal kaarten in het domein: 100 is wat willekeurig kiezen zou geven, 200 twee keer zoveel. Keuzes telt de gekozen kaarten.</translation>
    </message>
    <message>
        <source>What the group shares, what nobody picked</source>
        <translation>Wat de groep deelt, wat niemand koos</translation>
    </message>
    <message>
        <source>No card was picked by half of the group or more.</source>
        <translation>Geen kaart werd door de helft van de groep of meer gekozen.</translation>
    </message>
    <message>
        <source>Every card was picked by someone.</source>
        <translation>Elke kaart werd door iemand gekozen.</translation>
    </message>
    <message numerus="yes">
        <source>No card stands out: %n drive(s) were picked by as many people as the next.</source>
        <translation>
            <numerusform>Geen kaart springt eruit: %n drijfveer werd door evenveel mensen gekozen als de volgende.</numerusform>
            <numerusform>Geen kaart springt eruit: %n drijfveren werden door evenveel mensen gekozen als de volgende.</numerusform>
        </translation>
    </message>
    <message>
        <source>What people said about their cards, as the facilitator noted it, without who said it.</source>
        <translation>Wat mensen over hun kaarten zeiden, zoals de begeleider het noteerde, zonder wie het zei.</translation>
    </message>
    <message>
        <source>%1 (not me)</source>
        <translation>%1 (niet ik)</translation>
    </message>
    <message>
        <source>The cards' pictures: the photo deck “%1”, %2.</source>
        <translation>De afbeeldingen op de kaarten: het fotokaartspel “%1”, %2.</translation>
    </message>
    <message>
        <source>The cards' pictures: the photo deck “%1”.</source>
        <translation>De afbeeldingen op de kaarten: het fotokaartspel “%1”.</translation>
    </message>
    <message>
        <source>The cards' pictures: Fluent Emoji by Microsoft, MIT licence.</source>
        <translation>De afbeeldingen op de kaarten: Fluent Emoji van Microsoft, MIT-licentie.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::ReportOptions</name>
    <message>
        <source>"%1" is not two rounds: write them as "Now:Desired"</source>
        <translation>"%1" zijn geen twee rondes: schrijf ze als "Nu:Gewenst"</translation>
    </message>
    <message>
        <source>“%1” has no round called “%2”</source>
        <translation>“%1” heeft geen ronde die “%2” heet</translation>
    </message>
    <message>
        <source>A round cannot be compared with itself.</source>
        <translation>Een ronde kan niet met zichzelf worden vergeleken.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::ReportPage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Begeleider: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <source>This session has no rounds yet.</source>
        <translation>Deze sessie heeft nog geen rondes.</translation>
    </message>
    <message>
        <source>Target profile: %1</source>
        <translation>Doelprofiel: %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>No agreements written down yet.</source>
        <translation>Nog geen afspraken vastgelegd.</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>trekker: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>Summary copied: paste it into an e-mail or a document.</source>
        <translation>Samenvatting gekopieerd: plak haar in een e-mail of een document.</translation>
    </message>
    <message>
        <source>Export Key Figures</source>
        <translation>Kerncijfers exporteren</translation>
    </message>
    <message>
        <source>Key figures as JSON (*.json)</source>
        <translation>Kerncijfers als JSON (*.json)</translation>
    </message>
    <message>
        <source>Key figures saved to %1</source>
        <translation>Kerncijfers opgeslagen in %1</translation>
    </message>
    <message>
        <source>Export Picks</source>
        <translation>Keuzes exporteren</translation>
    </message>
    <message>
        <source>Picks as CSV (*.csv)</source>
        <translation>Keuzes als CSV (*.csv)</translation>
    </message>
    <message>
        <source>Picks saved to %1</source>
        <translation>Keuzes opgeslagen in %1</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Samenvatting van het rapport</translation>
    </message>
    <message>
        <source>&amp;Copy Summary</source>
        <translation>Samenvatting &amp;kopiëren</translation>
    </message>
    <message>
        <source>Export Key &amp;Figures…</source>
        <translation>Kern&amp;cijfers exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;Picks…</source>
        <translation>Keuzes e&amp;xporteren…</translation>
    </message>
    <message>
        <source>An anonymous session's picks are written with aliases.</source>
        <translation>De keuzes van een anonieme sessie worden met schuilnamen geschreven.</translation>
    </message>
    <message>
        <source>Picks and stories are not linked to names here. This describes what drives the group, to start a conversation; it is not a psychological assessment.</source>
        <translation>Keuzes en verhalen staan hier niet bij namen. Dit beschrijft wat de groep drijft, om een gesprek te openen; het is geen psychologische test.</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (doel)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Two rounds are needed to compare.</source>
        <translation>Om te vergelijken zijn twee rondes nodig.</translation>
    </message>
    <message>
        <source>This session is anonymous: its report always uses aliases.</source>
        <translation>Deze sessie is anoniem: het rapport gebruikt altijd schuilnamen.</translation>
    </message>
    <message>
        <source>Aliases instead of names in the appendix, and in place of any name in the stories and agreements.</source>
        <translation>Schuilnamen in plaats van namen in de bijlage, en in plaats van elke naam in de verhalen en afspraken.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the report, %n page(s).</source>
        <translation>
            <numerusform>Voorbeeld van het rapport, %n pagina.</numerusform>
            <numerusform>Voorbeeld van het rapport, %n pagina's.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previe&amp;w (%n page(s))</source>
        <translation>
            <numerusform>Voorb&amp;eeld (%n pagina)</numerusform>
            <numerusform>Voorb&amp;eeld (%n pagina's)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report saved to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Rapport opgeslagen in %1 (%n pagina).</numerusform>
            <numerusform>Rapport opgeslagen in %1 (%n pagina's).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source> - report</source>
        <translation> - rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>No program to show PDF documents was found. The report is in %1.</source>
        <translation>Er is geen programma gevonden om PDF-documenten te tonen. Het rapport staat in %1.</translation>
    </message>
    <message>
        <source>Report for managers</source>
        <translation>Rapport voor managers</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>Voorb&amp;eeld</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Sa&amp;menvatting</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Voorbeeld van het rapport</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Preview zoom</source>
        <translation>Zoom van het voorbeeld</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Taal van het rapport:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Rondes:</translation>
    </message>
    <message>
        <source>Rounds in the report</source>
        <translation>Rondes in het rapport</translation>
    </message>
    <message>
        <source>Co&amp;mparisons:</source>
        <translation>&amp;Vergelijkingen:</translation>
    </message>
    <message>
        <source>Comparisons in the report</source>
        <translation>Vergelijkingen in het rapport</translation>
    </message>
    <message>
        <source>Appendices:</source>
        <translation>Bijlagen:</translation>
    </message>
    <message>
        <source>The s&amp;tories, without names</source>
        <translation>De verhalen, zonder &amp;namen</translation>
    </message>
    <message>
        <source>Who p&amp;icked what</source>
        <translation>W&amp;ie koos wat</translation>
    </message>
    <message>
        <source>&amp;Aliases instead of names</source>
        <translation>&amp;Schuilnamen in plaats van namen</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Rapport o&amp;pslaan…</translation>
    </message>
    <message>
        <source>&amp;Open in Viewer</source>
        <translation>&amp;Openen in PDF-lezer</translation>
    </message>
</context>
<context>
    <name>DriveDeck::RevealPainter</name>
    <message>
        <source>shared</source>
        <translation>gedeeld</translation>
    </message>
    <message>
        <source>blind spot</source>
        <translation>blinde vlek</translation>
    </message>
    <message numerus="yes">
        <source>± %n not me</source>
        <translation>
            <numerusform>± %n niet ik</numerusform>
            <numerusform>± %n niet ik</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 · affinity %3</source>
        <translation>%1 %2 · affiniteit %3</translation>
    </message>
    <message>
        <source>Nobody has picked yet.</source>
        <translation>Nog niemand heeft gekozen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1: %n persoon</numerusform>
            <numerusform>%1: %n mensen</numerusform>
        </translation>
    </message>
    <message>
        <source>, shared by the group</source>
        <translation>, gedeeld door de groep</translation>
    </message>
    <message>
        <source>, a blind spot</source>
        <translation>, een blinde vlek</translation>
    </message>
    <message numerus="yes">
        <source>, %n as “not me”</source>
        <translation>
            <numerusform>, %n keer als “niet ik”</numerusform>
            <numerusform>, %n keer als “niet ik”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::Round</name>
    <message>
        <source>The time per card cannot be negative.</source>
        <translation>De tijd per kaart kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A round must ask for at least one card.</source>
        <translation>Een ronde moet om minstens één kaart vragen.</translation>
    </message>
    <message>
        <source>The maximum number of cards (%1) is lower than the minimum (%2).</source>
        <translation>Het maximale aantal kaarten (%1) is lager dan het minimum (%2).</translation>
    </message>
    <message>
        <source>A round can ask for at most %1 cards.</source>
        <translation>Een ronde kan om hoogstens %1 kaarten vragen.</translation>
    </message>
    <message>
        <source>A timebox is between 1 and %1 minutes, or none.</source>
        <translation>Een tijdvak duurt 1 t/m %1 minuten, of is er niet.</translation>
    </message>
    <message>
        <source>A target round is picked by exactly one participant, such as “Brand”.</source>
        <translation>Een doelronde wordt door precies één deelnemer gekozen, zoals “Merk”.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::RoundChooser</name>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (doel)</translation>
    </message>
</context>
<context>
    <name>DriveDeck::RoundEditor</name>
    <message>
        <source>New Round</source>
        <translation>Nieuwe ronde</translation>
    </message>
    <message>
        <source>Round “%1”</source>
        <translation>Ronde “%1”</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Choose cards</source>
        <translation>Kaarten kiezen</translation>
    </message>
    <message>
        <source>Yes or no to every card (a scan)</source>
        <translation>Ja of nee bij elke kaart (een scan)</translation>
    </message>
    <message>
        <source>How people answer</source>
        <translation>Hoe mensen antwoorden</translation>
    </message>
    <message>
        <source>In order: the first card is the most important</source>
        <translation>Op volgorde: de eerste kaart is de belangrijkste</translation>
    </message>
    <message>
        <source>“Not me” cards allowed</source>
        <translation>“Niet ik”-kaarten toegestaan</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds per card</source>
        <translation>Seconden per kaart</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Tijdvak</translation>
    </message>
    <message>
        <source>Target round: the profile one picker intends (the brand, management), for comparisons</source>
        <translation>Doelronde: het profiel dat één kiezer beoogt (het merk, het management), om mee te vergelijken</translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation>Wie doet mee</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Antwoorden:</translation>
    </message>
    <message>
        <source>Cards:</source>
        <translation>Kaarten:</translation>
    </message>
    <message>
        <source>&amp;Seconds per card:</source>
        <translation>&amp;Seconden per kaart:</translation>
    </message>
    <message>
        <source>Time&amp;box:</source>
        <translation>Tijdva&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Who takes part:</source>
        <translation>&amp;Wie doet mee:</translation>
    </message>
    <message>
        <source>Give the round a title.</source>
        <translation>Geef de ronde een titel.</translation>
    </message>
    <message>
        <source>B&amp;lind: the cards show only their number while people pick; the facilitator reveals them afterwards</source>
        <translation>B&amp;lind: de kaarten tonen alleen hun nummer terwijl mensen kiezen; de begeleider onthult ze daarna</translation>
    </message>
</context>
<context>
    <name>DriveDeck::RoundsModel</name>
    <message>
        <source>yes or no to every card, %1 s each</source>
        <translation>ja of nee bij elke kaart, %1 s per kaart</translation>
    </message>
    <message>
        <source>yes or no to every card</source>
        <translation>ja of nee bij elke kaart</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 cards</source>
        <translation>%1 t/m %2 kaarten</translation>
    </message>
    <message>
        <source>ranked</source>
        <translation>op volgorde</translation>
    </message>
    <message>
        <source>“not me” allowed</source>
        <translation>“niet ik” toegestaan</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>target round</source>
        <translation>doelronde</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>blind</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SampleSession</name>
    <message>
        <source>Sample: Customer Service team day</source>
        <translation>Voorbeeld: teamdag Klantenservice</translation>
    </message>
    <message>
        <source>Customer Service</source>
        <translation>Klantenservice</translation>
    </message>
    <message>
        <source>Sam (trainer)</source>
        <translation>Sam (trainer)</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>voorbeeld</translation>
    </message>
    <message>
        <source>A sample session: explore the card wall, the profile and the report without real people's data.</source>
        <translation>Een voorbeeldsessie: verken de kaartenwand, het profiel en het rapport zonder gegevens van echte mensen.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the sample's language code: en or nl</comment>
        <translation>nl</translation>
    </message>
    <message>
        <source>Anouk</source>
        <translation>Anouk</translation>
    </message>
    <message>
        <source>Bram</source>
        <translation>Bram</translation>
    </message>
    <message>
        <source>Chen</source>
        <translation>Chen</translation>
    </message>
    <message>
        <source>Dewi</source>
        <translation>Dewi</translation>
    </message>
    <message>
        <source>Emre</source>
        <translation>Emre</translation>
    </message>
    <message>
        <source>Fleur</source>
        <translation>Fleur</translation>
    </message>
    <message>
        <source>Gijs</source>
        <translation>Gijs</translation>
    </message>
    <message>
        <source>Hanna</source>
        <translation>Hanna</translation>
    </message>
    <message>
        <source>Blue fox</source>
        <translation>Blauwe vos</translation>
    </message>
    <message>
        <source>Red kite</source>
        <translation>Rode wouw</translation>
    </message>
    <message>
        <source>Green owl</source>
        <translation>Groene uil</translation>
    </message>
    <message>
        <source>Amber hare</source>
        <translation>Amberkleurige haas</translation>
    </message>
    <message>
        <source>Grey heron</source>
        <translation>Grijze reiger</translation>
    </message>
    <message>
        <source>Pink finch</source>
        <translation>Roze vink</translation>
    </message>
    <message>
        <source>Violet moth</source>
        <translation>Paarse mot</translation>
    </message>
    <message>
        <source>Teal otter</source>
        <translation>Blauwgroene otter</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>What drives you now?</source>
        <translation>Wat drijft je nu?</translation>
    </message>
    <message>
        <source>In a year</source>
        <translation>Over een jaar</translation>
    </message>
    <message>
        <source>What should drive us in a year?</source>
        <translation>Wat moet ons over een jaar drijven?</translation>
    </message>
    <message>
        <source>I became a service agent because I like helping people out of a mess.</source>
        <translation>Ik werk in de klantenservice omdat ik mensen graag uit de brand help.</translation>
    </message>
    <message>
        <source>Clear procedures mean I can promise the customer something and keep it.</source>
        <translation>Met duidelijke afspraken kan ik de klant iets beloven en dat ook waarmaken.</translation>
    </message>
    <message>
        <source>Every call is a puzzle; I like finding out what is really going on.</source>
        <translation>Elk gesprek is een puzzel; ik zoek graag uit wat er echt speelt.</translation>
    </message>
    <message>
        <source>This team has my back, and I have theirs.</source>
        <translation>Dit team staat achter mij, en ik achter hen.</translation>
    </message>
    <message>
        <source>Beating last month's waiting times felt great.</source>
        <translation>De wachttijden van vorige maand verslaan voelde geweldig.</translation>
    </message>
    <message>
        <source>I want our customers to be a bit better off after talking to us.</source>
        <translation>Ik wil dat klanten er na een gesprek met ons een beetje op vooruit zijn gegaan.</translation>
    </message>
    <message>
        <source>After a hard shift I need the evening to be mine.</source>
        <translation>Na een zware dienst heb ik de avond voor mezelf nodig.</translation>
    </message>
    <message>
        <source>The Friday coffee keeps us together.</source>
        <translation>De koffie op vrijdag houdt ons bij elkaar.</translation>
    </message>
    <message>
        <source>Not what work is about for me.</source>
        <translation>Daar gaat werk voor mij niet over.</translation>
    </message>
    <message>
        <source>Share one customer story in every Monday stand-up</source>
        <translation>Elke maandag in de stand-up één klantverhaal delen</translation>
    </message>
    <message>
        <source>Try a quiet hour for complex cases every afternoon</source>
        <translation>Elke middag een stil uur voor ingewikkelde zaken proberen</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SaveStateLabel</name>
    <message>
        <source>Opening…</source>
        <translation>Openen…</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the database; %n change(s) kept, trying again</source>
        <translation>
            <numerusform>Database niet bereikbaar; %n wijziging bewaard, wordt opnieuw geprobeerd</numerusform>
            <numerusform>Database niet bereikbaar; %n wijzigingen bewaard, wordt opnieuw geprobeerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>Kon de sessie niet openen</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>%1: all changes saved</source>
        <translation>%1: alle wijzigingen opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%1: saving %n change(s)…</source>
        <translation>
            <numerusform>%1: %n wijziging wordt opgeslagen…</numerusform>
            <numerusform>%1: %n wijzigingen worden opgeslagen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by someone else</source>
        <translation>%1 is door iemand anders gewijzigd</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Opslagstatus</translation>
    </message>
</context>
<context>
    <name>DriveDeck::ScanTurn</name>
    <message>
        <source>That round is no longer in the session.</source>
        <translation>Die ronde staat niet meer in de sessie.</translation>
    </message>
    <message>
        <source>“%1” is not a yes/no scan.</source>
        <translation>“%1” is geen ja-of-nee-scan.</translation>
    </message>
    <message>
        <source>Every card has been answered already.</source>
        <translation>Alle kaarten zijn al beantwoord.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::ScanView</name>
    <message>
        <source>✕  No</source>
        <translation>✕  Nee</translation>
    </message>
    <message>
        <source>No, not me</source>
        <translation>Nee, niet ik</translation>
    </message>
    <message>
        <source>Yes  ✓</source>
        <translation>Ja  ✓</translation>
    </message>
    <message>
        <source>Yes, that's me</source>
        <translation>Ja, dat ben ik</translation>
    </message>
    <message>
        <source>Answer quickly, without thinking long: Y, J or → for yes; N, F or ← for no.</source>
        <translation>Antwoord snel, zonder lang na te denken: Y, J of → voor ja; N, F of ← voor nee.</translation>
    </message>
    <message>
        <source>Go On</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Stop for Now</source>
        <translation>Nu stoppen</translation>
    </message>
    <message>
        <source>Yes or no scan</source>
        <translation>Ja-of-nee-scan</translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation>Kaart %1 van %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) in a row went by without an answer.
Go on when you are ready.</source>
        <translation>
            <numerusform>%n kaart bleef zonder antwoord.
Ga verder als je er klaar voor bent.</numerusform>
            <numerusform>%n kaarten op een rij bleven zonder antwoord.
Ga verder als je er klaar voor bent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) per card</source>
        <translation>
            <numerusform>%n seconde per kaart</numerusform>
            <numerusform>%n seconden per kaart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::SchemaMigrator</name>
    <message>
        <source>The database's schema version cannot be read: %1</source>
        <translation>De schemaversie van de database kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>This database was written by a newer DriveDeck (schema version %1; this version knows up to %2). Update DriveDeck to use it; nothing was changed.</source>
        <translation>Deze database is geschreven door een nieuwere DriveDeck (schemaversie %1; deze versie kent tot en met %2). Werk DriveDeck bij om haar te gebruiken; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot start updating the database: %1</source>
        <translation>Kan het bijwerken van de database niet starten: %1</translation>
    </message>
    <message>
        <source>Updating the database to schema version %1 failed, so it was left at version %2: %3</source>
        <translation>Het bijwerken van de database naar schemaversie %1 is mislukt, dus ze is op versie %2 gebleven: %3</translation>
    </message>
</context>
<context>
    <name>DriveDeck::Session</name>
    <message>
        <source>%1 already picked %2 in %3; each card can be picked once.</source>
        <translation>%1 koos %2 al in %3; elke kaart kan één keer gekozen worden.</translation>
    </message>
    <message>
        <source>%1 already has %2 cards in %3, the most this round allows. Remove one first.</source>
        <translation>%1 heeft al %2 kaarten in %3, het maximum voor deze ronde. Haal er eerst een weg.</translation>
    </message>
    <message>
        <source>%1 already has %2 “not me” cards in %3, the most this round allows. Remove one first.</source>
        <translation>%1 heeft al %2 “niet ik”-kaarten in %3, het maximum voor deze ronde. Haal er eerst een weg.</translation>
    </message>
    <message>
        <source>%1 already gave rank %2 to %3 in %4; each rank can be given once.</source>
        <translation>%1 gaf rang %2 al aan %3 in %4; elke rang kan één keer gegeven worden.</translation>
    </message>
    <message>
        <source>There is no drive %1: drives are numbered 1 to 24.</source>
        <translation>Drijfveer %1 bestaat niet: drijfveren zijn genummerd van 1 tot en met 24.</translation>
    </message>
    <message>
        <source>The pick belongs to a round that is not in this session.</source>
        <translation>De keuze hoort bij een ronde die niet in deze sessie zit.</translation>
    </message>
    <message>
        <source>The pick belongs to a participant who is not in this session.</source>
        <translation>De keuze hoort bij een deelnemer die niet in deze sessie zit.</translation>
    </message>
    <message>
        <source>%1 does not take part in %2. Add them to the round first.</source>
        <translation>%1 doet niet mee aan %2. Voeg deze deelnemer eerst aan de ronde toe.</translation>
    </message>
    <message>
        <source>%1 does not allow “not me” picks.</source>
        <translation>%1 staat geen “niet ik”-keuzes toe.</translation>
    </message>
    <message>
        <source>%1 is not a ranked round, so its picks have no rank.</source>
        <translation>%1 is geen ronde met rangorde, dus de keuzes hebben geen rang.</translation>
    </message>
    <message>
        <source>Only cards that appeal are ranked, not “not me” cards.</source>
        <translation>Alleen kaarten die aanspreken krijgen een rang, “niet ik”-kaarten niet.</translation>
    </message>
    <message>
        <source>Rank %1 is out of range: %2 ranks cards from 1 to %3.</source>
        <translation>Rang %1 valt buiten het bereik: %2 rangschikt kaarten van 1 tot en met %3.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Iemand</translation>
    </message>
    <message>
        <source>A participant has no name.</source>
        <translation>Een deelnemer heeft geen naam.</translation>
    </message>
    <message>
        <source>Two participants are called %1; give them different names.</source>
        <translation>Twee deelnemers heten %1; geef ze verschillende namen.</translation>
    </message>
    <message>
        <source>A round has no title.</source>
        <translation>Een ronde heeft geen titel.</translation>
    </message>
    <message>
        <source>%1 picked %2 cards in %3, fewer than the %4 it asks for.</source>
        <translation>%1 koos %2 kaarten in %3, minder dan de %4 waar de ronde om vraagt.</translation>
    </message>
    <message>
        <source>An agreement has no text.</source>
        <translation>Een afspraak heeft geen tekst.</translation>
    </message>
    <message>
        <source>A scan belongs to a round that is not in the session.</source>
        <translation>Een scan hoort bij een ronde die niet in de sessie zit.</translation>
    </message>
    <message>
        <source>A scan in %1 belongs to someone who is not in the session.</source>
        <translation>Een scan in %1 hoort bij iemand die niet in de sessie zit.</translation>
    </message>
    <message>
        <source>%1 has two scans in %2.</source>
        <translation>%1 heeft twee scans in %2.</translation>
    </message>
    <message>
        <source>The scan of %1 in %2 lists card %3 as unanswered more than once or does not know it.</source>
        <translation>De scan van %1 in %2 noemt kaart %3 meer dan eens als onbeantwoord, of kent die kaart niet.</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>kaart %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Persoon %1</translation>
    </message>
    <message>
        <source>Two participants share one id (%1 is one of them).</source>
        <translation>Twee deelnemers hebben dezelfde id (%1 is een van hen).</translation>
    </message>
    <message>
        <source>Two rounds share one id (%1 is one of them).</source>
        <translation>Twee rondes hebben dezelfde id (%1 is er een van).</translation>
    </message>
    <message>
        <source>%1 lists someone who is not a participant of the session.</source>
        <translation>%1 noemt iemand die geen deelnemer van de sessie is.</translation>
    </message>
    <message>
        <source>%1 lists %2 twice.</source>
        <translation>%1 noemt %2 twee keer.</translation>
    </message>
    <message>
        <source>Two agreements share one id.</source>
        <translation>Twee afspraken hebben dezelfde id.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SessionChanges</name>
    <message>
        <source>That pick is no longer in the session.</source>
        <translation>Die keuze staat niet meer in de sessie.</translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation>Een sessie heeft een titel nodig.</translation>
    </message>
    <message>
        <source>%1 is already in the session.</source>
        <translation>%1 doet al mee aan de sessie.</translation>
    </message>
    <message>
        <source>That round is no longer in the session.</source>
        <translation>Die ronde staat niet meer in de sessie.</translation>
    </message>
    <message>
        <source>That participant is no longer in the session.</source>
        <translation>Die deelnemer staat niet meer in de sessie.</translation>
    </message>
    <message>
        <source>The round “%1” is already in the session.</source>
        <translation>De ronde “%1” staat al in de sessie.</translation>
    </message>
    <message>
        <source>%1 has picks in “%2”; remove their picks before taking them out of the round.</source>
        <translation>%1 heeft keuzes in “%2”; verwijder die keuzes voordat je %1 uit de ronde haalt.</translation>
    </message>
    <message>
        <source>That agreement is no longer in the session.</source>
        <translation>Die afspraak staat niet meer in de sessie.</translation>
    </message>
    <message>
        <source>That agreement is already in the session.</source>
        <translation>Die afspraak staat al in de sessie.</translation>
    </message>
    <message>
        <source>There is no place %1 in the list of people.</source>
        <translation>Er is geen plaats %1 in de lijst met mensen.</translation>
    </message>
    <message>
        <source>That scan is no longer in the session.</source>
        <translation>Die scan staat niet meer in de sessie.</translation>
    </message>
    <message>
        <source>That scan belongs to someone else.</source>
        <translation>Die scan is van iemand anders.</translation>
    </message>
    <message>
        <source>“%1” is not a yes/no scan.</source>
        <translation>“%1” is geen ja-of-nee-scan.</translation>
    </message>
    <message>
        <source>%1 does not take part in “%2”.</source>
        <translation>%1 doet niet mee aan “%2”.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SessionDocument</name>
    <message>
        <source>The session is not open yet.</source>
        <translation>De sessie is nog niet geopend.</translation>
    </message>
    <message>
        <source>Someone else changed “%1”: reload it before you go on.</source>
        <translation>Iemand anders heeft “%1” gewijzigd: laad de sessie opnieuw voordat je verdergaat.</translation>
    </message>
    <message>
        <source>“%1” is being reloaded; a moment.</source>
        <translation>“%1” wordt opnieuw geladen; een ogenblik.</translation>
    </message>
    <message>
        <source>Take back %1 for %2</source>
        <translation>%1 terugnemen voor %2</translation>
    </message>
    <message>
        <source>Mark %1 as not me for %2</source>
        <translation>%1 als “niet ik” markeren voor %2</translation>
    </message>
    <message>
        <source>Pick %1 for %2</source>
        <translation>%1 kiezen voor %2</translation>
    </message>
    <message>
        <source>Make the session anonymous</source>
        <translation>De sessie anoniem maken</translation>
    </message>
    <message>
        <source>Only cards picked in a ranked round have a rank to change.</source>
        <translation>Alleen gekozen kaarten in een ronde met volgorde hebben een plaats om te veranderen.</translation>
    </message>
    <message>
        <source>Rank %1 as number %2 for %3</source>
        <translation>%1 op plaats %2 voor %3</translation>
    </message>
    <message>
        <source>These picks belong to someone else.</source>
        <translation>Deze keuzes horen bij iemand anders.</translation>
    </message>
    <message>
        <source>Enter the picks of %1</source>
        <translation>Keuzes van %1 invoeren</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SessionExchange</name>
    <message>
        <source>"%1" is neither a DriveDeck session file (.drivedeck) nor picks as CSV (.csv).</source>
        <translation>"%1" is geen DriveDeck-sessiebestand (.drivedeck) en geen CSV met keuzes (.csv).</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>Kan "%1" niet openen: %2</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Kan "%1" niet schrijven: %2</translation>
    </message>
    <message>
        <source>"%1" should end in .drivedeck (a session file) or .csv (the picks).</source>
        <translation>"%1" moet eindigen op .drivedeck (een sessiebestand) of .csv (de keuzes).</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SessionFile</name>
    <message>
        <source>"%1" is empty: it is not a DriveDeck session file.</source>
        <translation>"%1" is leeg: het is geen DriveDeck-sessiebestand.</translation>
    </message>
    <message>
        <source>"%1" is not a DriveDeck session file (it does not start like one). CSV files are imported as CSV.</source>
        <translation>"%1" is geen DriveDeck-sessiebestand (het begint niet zo). CSV-bestanden worden als CSV geïmporteerd.</translation>
    </message>
    <message>
        <source>"%1" is cut off: it ends after %2 bytes, inside the file header.</source>
        <translation>"%1" is afgebroken: het eindigt na %2 bytes, midden in de bestandskop.</translation>
    </message>
    <message>
        <source>"%1" is damaged: its format version is 0.</source>
        <translation>"%1" is beschadigd: de formaatversie is 0.</translation>
    </message>
    <message>
        <source>"%1" was written by a newer DriveDeck (file format %2; this version reads format %3). Update DriveDeck to open it.</source>
        <translation>"%1" is geschreven door een nieuwere DriveDeck (bestandsformaat %2; deze versie leest formaat %3). Werk DriveDeck bij om het te openen.</translation>
    </message>
    <message>
        <source>"%1" is damaged: it declares %2 bytes of session data, more than any session file holds.</source>
        <translation>"%1" is beschadigd: het meldt %2 bytes aan sessiegegevens, meer dan een sessiebestand ooit bevat.</translation>
    </message>
    <message>
        <source>"%1" is cut off: it should hold %2 bytes of session data but has only %3. Copy the file again.</source>
        <translation>"%1" is afgebroken: het zou %2 bytes aan sessiegegevens moeten bevatten maar heeft er maar %3. Kopieer het bestand opnieuw.</translation>
    </message>
    <message>
        <source>"%1" is damaged: it has %2 bytes more than it declares.</source>
        <translation>"%1" is beschadigd: het heeft %2 bytes meer dan het meldt.</translation>
    </message>
    <message>
        <source>"%1" is damaged: its contents do not match its checksum. Copy the file again or ask for a new export.</source>
        <translation>"%1" is beschadigd: de inhoud klopt niet met de controlesom. Kopieer het bestand opnieuw of vraag om een nieuwe export.</translation>
    </message>
    <message>
        <source>"%1" cannot be read: it is damaged or was written by another program. Ask for a new export from DriveDeck.</source>
        <translation>"%1" kan niet worden gelezen: het is beschadigd of door een ander programma geschreven. Vraag om een nieuwe export uit DriveDeck.</translation>
    </message>
    <message>
        <source>"%1" holds a session that is not valid: %2</source>
        <translation>"%1" bevat een sessie die niet klopt: %2</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Kan "%1" niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>Kan "%1" niet openen: %2</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>Kan "%1" niet lezen: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is too big for a DriveDeck session file: %2 MB, where a file holds at most %3 MB (%n pick(s)). Export its picks as CSV instead; nothing was written.</source>
        <translation>
            <numerusform>“%1” is te groot voor een DriveDeck-sessiebestand: %2 MB, waar een bestand hooguit %3 MB bevat (%n keuze). Exporteer de keuzes als CSV; er is niets geschreven.</numerusform>
            <numerusform>“%1” is te groot voor een DriveDeck-sessiebestand: %2 MB, waar een bestand hooguit %3 MB bevat (%n keuzes). Exporteer de keuzes als CSV; er is niets geschreven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveDeck::SessionLibrary</name>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Het bestand wordt gelezen</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Geannuleerd; er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n pick(s)</source>
        <translation>
            <numerusform>%n keuze wordt opgeslagen</numerusform>
            <numerusform>%n keuzes worden opgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation>Een sessie heeft een titel nodig.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SessionListModel</name>
    <message>
        <source>%1
%2 participants, %3 rounds
Last saved by %4, %5</source>
        <translation>%1
%2 deelnemers, %3 rondes
Laatst opgeslagen door %4, %5</translation>
    </message>
    <message>
        <source>
Tags: %1</source>
        <translation>
Labels: %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SessionStore</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation>De database weigerde de wijziging: %1</translation>
    </message>
    <message>
        <source>DriveDeck cannot use %1 databases here: the Qt driver %2 is not installed (Debian package %3).</source>
        <translation>DriveDeck kan hier geen %1-databases gebruiken: het Qt-stuurprogramma %2 is niet geïnstalleerd (Debian-pakket %3).</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database: %1</source>
        <translation>Kan de map voor de database niet maken: %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan de database %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation>Kan de database %1 niet inrichten: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be reached: %2. Nothing was changed.</source>
        <translation>De database %1 is niet bereikbaar: %2. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>De wijziging kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>No session given: use its id, the start of its id, or its title.</source>
        <translation>Geen sessie opgegeven: gebruik het id, het begin van het id, of de titel.</translation>
    </message>
    <message>
        <source>No session matches "%1". "drivedeck list" shows the saved sessions.</source>
        <translation>Geen sessie past bij "%1". "drivedeck list" toont de opgeslagen sessies.</translation>
    </message>
    <message>
        <source>"%1" matches %2 sessions: %3. Use more of the id.</source>
        <translation>"%1" past bij %2 sessies: %3. Gebruik meer van het id.</translation>
    </message>
    <message>
        <source>There is no session %1 in the database.</source>
        <translation>Sessie %1 staat niet in de database.</translation>
    </message>
    <message>
        <source>“%1” was deleted from the database by someone else, so your change was not saved.</source>
        <translation>“%1” is door iemand anders uit de database verwijderd, dus je wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 on %3 since you opened it (their version %4, yours %5). Your change was not saved: reload the session to see theirs, then try again.</source>
        <translation>“%1” is door %2 gewijzigd op %3 sinds je de sessie opende (hun versie %4, de jouwe %5). Je wijziging is niet opgeslagen: laad de sessie opnieuw om hun wijziging te zien en probeer het dan nog eens.</translation>
    </message>
    <message>
        <source>A session with the id %1 is already in the database (“%2”).</source>
        <translation>Er staat al een sessie met id %1 in de database (“%2”).</translation>
    </message>
    <message>
        <source>The database did not return the new session's row.</source>
        <translation>De database gaf de regel van de nieuwe sessie niet terug.</translation>
    </message>
    <message>
        <source>The pick's round or participant is not saved yet; save the session first.</source>
        <translation>De ronde of deelnemer van de keuze is nog niet opgeslagen; sla eerst de sessie op.</translation>
    </message>
    <message>
        <source>The database %1 is busy with another writer: %2. Nothing was changed.</source>
        <translation>De database %1 is bezet door een andere gebruiker: %2. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The pick's place in “%1” is gone.</source>
        <translation>De plek van de keuze in “%1” bestaat niet meer.</translation>
    </message>
    <message>
        <source>That pick is no longer in “%1”.</source>
        <translation>Die keuze staat niet meer in “%1”.</translation>
    </message>
    <message>
        <source>The database cannot be reached: %1. Nothing was changed.</source>
        <translation>De database is niet bereikbaar: %1. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Geannuleerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The server keeps old versions of the changed rows in its files until its VACUUM reuses the space, and in its write-ahead log and backups for as long as those are kept: ask the database's administrator if the request must reach them too.</source>
        <translation>De server bewaart oude versies van de gewijzigde rijen in zijn bestanden tot zijn VACUUM de ruimte hergebruikt, en in zijn write-ahead log en back-ups zolang die bewaard blijven: vraag de beheerder van de database of het verzoek die ook moet bereiken.</translation>
    </message>
    <message>
        <source>Another program was using the database %1, so the removed text may stay in the file's unused space until SQLite reuses it. To clear it now, close the other programs and run: sqlite3 "%1" VACUUM</source>
        <translation>Een ander programma gebruikte de database %1, dus de verwijderde tekst kan in de ongebruikte ruimte van het bestand blijven tot SQLite die hergebruikt. Om hem nu te wissen: sluit de andere programma's en voer uit: sqlite3 "%1" VACUUM</translation>
    </message>
    <message>
        <source>No name given: say whose picks and notes to forget.</source>
        <translation>Geen naam gegeven: zeg wiens keuzes en notities vergeten moeten worden.</translation>
    </message>
    <message>
        <source>[name removed]</source>
        <translation>[naam verwijderd]</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else meanwhile, so nothing was forgotten. Try again.</source>
        <translation>“%1” is intussen door iemand anders gewijzigd, dus er is niets vergeten. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SessionWorkspace</name>
    <message>
        <source>Workshop phases</source>
        <translation>Fasen van de workshop</translation>
    </message>
    <message>
        <source>&amp;1 Set-up</source>
        <translation>&amp;1 Voorbereiding</translation>
    </message>
    <message>
        <source>&amp;2 Picking</source>
        <translation>&amp;2 Kiezen</translation>
    </message>
    <message>
        <source>&amp;3 Profile</source>
        <translation>&amp;3 Profiel</translation>
    </message>
    <message>
        <source>&amp;4 Report</source>
        <translation>&amp;4 Rapport</translation>
    </message>
    <message>
        <source>Card &amp;Wall</source>
        <translation>&amp;Kaartenwand</translation>
    </message>
    <message>
        <source>Pick on the cards, one person at a time</source>
        <translation>Kies op de kaarten, één persoon tegelijk</translation>
    </message>
    <message>
        <source>Entry &amp;Grid</source>
        <translation>&amp;Invoertabel</translation>
    </message>
    <message>
        <source>Type everyone's paper cards in one table</source>
        <translation>Typ de papieren kaarten van iedereen in één tabel</translation>
    </message>
    <message>
        <source>Pass the &amp;Laptop…</source>
        <translation>Laptop door&amp;geven…</translation>
    </message>
    <message>
        <source>Everyone picks in turn on this computer, full screen</source>
        <translation>Iedereen kiest om de beurt op deze computer, schermvullend</translation>
    </message>
    <message>
        <source>Start the S&amp;can…</source>
        <translation>S&amp;can starten…</translation>
    </message>
    <message>
        <source>Everyone in turn answers yes or no to each card on this computer, full screen</source>
        <translation>Iedereen zegt om de beurt ja of nee tegen elke kaart op deze computer, schermvullend</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SessionWriter</name>
    <message>
        <source>The database is not connected.</source>
        <translation>Er is geen verbinding met de database.</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else while the database could not be reached (now version %2, yours %3). Reload the session to see their change.</source>
        <translation>“%1” is door iemand anders gewijzigd terwijl de database niet bereikbaar was (nu versie %2, de jouwe %3). Laad de sessie opnieuw om die wijziging te zien.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SetPickNoteCommand</name>
    <message>
        <source>Write the story of %1</source>
        <translation>Verhaal bij %1 schrijven</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SetPickRankCommand</name>
    <message>
        <source>Rank %1</source>
        <translation>Rang van %1 wijzigen</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SetScanRunCommand</name>
    <message>
        <source>Start the scan of %1</source>
        <translation>De scan van %1 beginnen</translation>
    </message>
    <message>
        <source>No answer from %1 on %2</source>
        <translation>Geen antwoord van %1 op %2</translation>
    </message>
    <message>
        <source>Change the scan of %1</source>
        <translation>De scan van %1 wijzigen</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Change the database</source>
        <translation>De database wijzigen</translation>
    </message>
    <message>
        <source> people</source>
        <translation> mensen</translation>
    </message>
    <message>
        <source>Smallest group shown as a profile</source>
        <translation>Kleinste groep die als profiel wordt getoond</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>Beamerscherm</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Begeleider:</translation>
    </message>
    <message>
        <source>New sessions name you as facilitator, and colleagues see your name when you both change one session.</source>
        <translation>Nieuwe sessies noemen jou als begeleider, en collega’s zien je naam als jullie allebei één sessie wijzigen.</translation>
    </message>
    <message>
        <source>&amp;Smallest group:</source>
        <translation>&amp;Kleinste groep:</translation>
    </message>
    <message>
        <source>Fewer people than this are not shown as a profile of their own: it would say more about the individuals than about the group.</source>
        <translation>Kleinere groepen krijgen geen eigen profiel: dat zou meer over de personen zeggen dan over de groep.</translation>
    </message>
    <message>
        <source>&amp;Projector screen:</source>
        <translation>Bea&amp;merscherm:</translation>
    </message>
    <message>
        <source>Full screen (F11) goes to this screen.</source>
        <translation>Volledig scherm (F11) gaat naar dit scherm.</translation>
    </message>
    <message>
        <source>Automatic: a second screen when there is one</source>
        <translation>Automatisch: een tweede scherm als dat er is</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (niet aangesloten)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Photo decks</source>
        <translation>Fotokaartspellen</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Map &amp;importeren…</translation>
    </message>
    <message>
        <source>Import &amp;Zip…</source>
        <translation>&amp;Zip importeren…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected deck</source>
        <translation>Het gekozen kaartspel verwijderen</translation>
    </message>
    <message>
        <source>P&amp;hoto decks:</source>
        <translation>F&amp;otokaartspellen:</translation>
    </message>
    <message>
        <source>A folder or zip with a picture per drive, named by drive (loyalty.jpg) or by number (02.jpg), or listed in a deck.json. A session chooses its deck on its set-up page.</source>
        <translation>Een map of zip met een afbeelding per drijfveer, genoemd naar de drijfveer (loyalty.jpg) of het nummer (02.jpg), of opgesomd in een deck.json. Een sessie kiest haar kaartspel op de pagina Voorbereiding.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None yet: the cards show DriveDeck's own pictures.</source>
        <translation>Nog geen: de kaarten tonen de eigen afbeeldingen van DriveDeck.</translation>
    </message>
    <message>
        <source>Import a Photo Deck</source>
        <translation>Een fotokaartspel importeren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-archieven (*.zip)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Geïmporteerd.</translation>
    </message>
    <message>
        <source>Remove Photo Deck</source>
        <translation>Fotokaartspel verwijderen</translation>
    </message>
    <message>
        <source>Remove the photo deck “%1” from this computer? Sessions that use it show DriveDeck's own pictures until it is imported again.</source>
        <translation>Het fotokaartspel “%1” van deze computer verwijderen? Sessies die het gebruiken tonen de eigen afbeeldingen van DriveDeck tot het opnieuw is geïmporteerd.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>“%1” is verwijderd.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::SetupPage</name>
    <message>
        <source>The session</source>
        <translation>De sessie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Begeleider:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Label&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>pilot, sales, 2026 Q4</source>
        <translation>pilot, verkoop, 2026 K4</translation>
    </message>
    <message>
        <source>&amp;Anonymous: show aliases instead of names, on screen and in every export</source>
        <translation>An&amp;oniem: schuilnamen tonen in plaats van namen, op het scherm en in elke export</translation>
    </message>
    <message>
        <source>A name (paste several, one a line)</source>
        <translation>Naam (of plak een lijst)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Add &amp;Person</source>
        <translation>&amp;Persoon toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected people</source>
        <translation>De gekozen mensen verwijderen</translation>
    </message>
    <message>
        <source>What the team agreed</source>
        <translation>Wat spreekt het team af?</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <source>Remove the selected agreement</source>
        <translation>De gekozen afspraak verwijderen</translation>
    </message>
    <message>
        <source>Add Agree&amp;ment</source>
        <translation>Afspraa&amp;k toevoegen</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <source>Add &amp;Round…</source>
        <translation>&amp;Ronde toevoegen…</translation>
    </message>
    <message>
        <source>Ed&amp;it Round…</source>
        <translation>Ronde be&amp;werken…</translation>
    </message>
    <message>
        <source>Remove the selected round</source>
        <translation>De gekozen ronde verwijderen</translation>
    </message>
    <message>
        <source>Move the selected person up</source>
        <translation>De gekozen persoon omhoog</translation>
    </message>
    <message>
        <source>Move the selected person down</source>
        <translation>De gekozen persoon omlaag</translation>
    </message>
    <message>
        <source>DriveDeck's own pictures</source>
        <translation>De eigen afbeeldingen van DriveDeck</translation>
    </message>
    <message>
        <source>%1 (not on this computer)</source>
        <translation>%1 (niet op deze computer)</translation>
    </message>
    <message>
        <source>Pi&amp;ctures:</source>
        <translation>A&amp;fbeeldingen:</translation>
    </message>
    <message>
        <source>Card pictures</source>
        <translation>Afbeeldingen op de kaarten</translation>
    </message>
    <message>
        <source>With several pictures per drive, a different one at rando&amp;m for each round</source>
        <translation>Bij meerdere afbeeldingen per drijfveer: elke ronde een &amp;willekeurige afbeelding</translation>
    </message>
    <message>
        <source>Import photo decks in Edit › Settings or with drivedeck deck import.</source>
        <translation>Importeer fotokaartspellen via Bewerken › Instellingen of met drivedeck deck import.</translation>
    </message>
</context>
<context>
    <name>DriveDeck::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Card wall: pick a card, or take it back</source>
        <translation>Kaartenwand: een kaart kiezen of terugnemen</translation>
    </message>
    <message>
        <source>its number (1 to 24)</source>
        <translation>het nummer (1 tot 24)</translation>
    </message>
    <message>
        <source>Card wall: mark a card “not me”</source>
        <translation>Kaartenwand: een kaart als “niet ik” markeren</translation>
    </message>
    <message>
        <source>Shift+Space or the menu key on the card in focus</source>
        <translation>Shift+Spatie of de menutoets op de geselecteerde kaart</translation>
    </message>
    <message>
        <source>Card wall: the next or previous person</source>
        <translation>Kaartenwand: de volgende of vorige persoon</translation>
    </message>
    <message>
        <source>Page Down, Page Up</source>
        <translation>Page Down, Page Up</translation>
    </message>
    <message>
        <source>Card wall: move between cards, pick the one in focus</source>
        <translation>Kaartenwand: tussen kaarten bewegen, de geselecteerde kaart kiezen</translation>
    </message>
    <message>
        <source>Tab, Space</source>
        <translation>Tab, Spatie</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Go to page 1 to 4 of the open session</source>
        <translation>Naar pagina 1 tot 4 van de open sessie</translation>
    </message>
    <message>
        <source>Alt+1 to Alt+4</source>
        <translation>Alt+1 tot Alt+4</translation>
    </message>
    <message>
        <source>Card wall, ranked round: the card in focus one place up or down</source>
        <translation>Kaartenwand, ronde met volgorde: de kaart met focus één plaats hoger of lager</translation>
    </message>
    <message>
        <source>Alt+Left, Alt+Right (or drag it onto another card)</source>
        <translation>Alt+Links, Alt+Rechts (of sleep hem op een andere kaart)</translation>
    </message>
    <message>
        <source>Yes/no scan: yes</source>
        <translation>Ja-of-nee-scan: ja</translation>
    </message>
    <message>
        <source>Y, J or Right</source>
        <translation>Y, J of Rechts</translation>
    </message>
    <message>
        <source>Yes/no scan: no</source>
        <translation>Ja-of-nee-scan: nee</translation>
    </message>
    <message>
        <source>N, F or Left</source>
        <translation>N, F of Links</translation>
    </message>
    <message>
        <source>Yes/no scan: go on after a pause</source>
        <translation>Ja-of-nee-scan: verder na een pauze</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Pass the laptop or scan: back to the facilitator (asks first)</source>
        <translation>Laptop doorgeven of scan: terug naar de begeleider (vraagt eerst)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>DriveDeck::ShowPersonDialog</name>
    <message>
        <source>Show One Person's Picks</source>
        <translation>Keuzes van één persoon tonen</translation>
    </message>
    <message>
        <source>The whole room will see which cards this person picked in “%1”. Only do this when they have said yes.</source>
        <translation>De hele zaal ziet welke kaarten deze persoon koos in “%1”. Doe dit alleen als diegene ja heeft gezegd.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>&amp;Show on the Projector</source>
        <translation>&amp;Tonen op de projector</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>Nobody has picked in this round yet.</source>
        <translation>Nog niemand heeft gekozen in deze ronde.</translation>
    </message>
    <message>
        <source>This person agreed to show their picks to the room</source>
        <translation>Deze persoon stemt ermee in de keuzes aan de zaal te tonen</translation>
    </message>
    <message>
        <source>%1 agreed to show their picks to the room</source>
        <translation>%1 stemt ermee in de keuzes aan de zaal te tonen</translation>
    </message>
</context>
</TS>
