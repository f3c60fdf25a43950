<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
    <name>DriveDeck::DeckView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>&lt;h3&gt;DriveDeck %1&lt;/h3&gt;&lt;p&gt;Run in-room workshops on the 24 drives that move people: show the cards, record each participant&apos;s picks and stories, and discuss the team&apos;s colour profile.&lt;/p&gt;&lt;p&gt;DriveDeck describes what drives a group, to start a conversation. It is not a psychological assessment.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DriveDeck %1&lt;/h3&gt;&lt;p&gt;Begeleid workshops over de 24 drijfveren die mensen in beweging brengen: laat de kaarten zien, leg de keuzes en verhalen van iedere deelnemer vast en bespreek het kleurprofiel van het team.&lt;/p&gt;&lt;p&gt;DriveDeck beschrijft wat een groep drijft, om het gesprek te openen. Het is geen psychologische test.&lt;/p&gt;</translation>
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
</context>
</TS>
