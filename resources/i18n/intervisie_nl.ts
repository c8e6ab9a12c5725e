<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AanpakPage</name>
    <message>
        <source>Projects and actions</source>
        <translation>Projecten en acties</translation>
    </message>
    <message>
        <source>+ add a project or action: type its title (Enter)</source>
        <translation>+ project of actie toevoegen: typ de titel (Enter)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>On the model</source>
        <translation>Op het model</translation>
    </message>
    <message>
        <source>No actions yet: type the title of a project or action above and press Enter.</source>
        <translation>Nog geen acties: typ hierboven de titel van een project of actie en druk op Enter.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>Selected action</source>
        <translation>Gekozen actie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>who carries it (pick or type)</source>
        <translation>wie trekt het (kies of typ)</translation>
    </message>
    <message>
        <source>Partners involved</source>
        <translation>Betrokken partners</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Partner toevoegen</translation>
    </message>
    <message>
        <source>+ another partner (Enter)</source>
        <translation>+ nog een partner (Enter)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Type the date as dd-mm-yyyy, or leave it empty for no date.</source>
        <translation>Typ de datum als dd-mm-jjjj, of laat het veld leeg voor geen datum.</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Start – due</source>
        <translation>Start – einde</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>how we see that it works</source>
        <translation>hoe we zien dat het werkt</translation>
    </message>
    <message>
        <source>Status of the action</source>
        <translation>Status van de actie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Focus points this action serves</source>
        <translation>Focuspunten die deze actie dient</translation>
    </message>
    <message>
        <source>Focus points</source>
        <translation>Focuspunten</translation>
    </message>
    <message>
        <source>Themes this action serves</source>
        <translation>Thema&apos;s die deze actie dient</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Project characteristics</source>
        <translation>Projectkenmerken</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Kenmerken</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Een actie heeft een titel nodig.</translation>
    </message>
    <message>
        <source>History of the action</source>
        <translation>Geschiedenis van de actie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>What the action serves and where it came from</source>
        <translation>Waar de actie aan bijdraagt en waar dat vandaan komt</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Herleiding</translation>
    </message>
    <message>
        <source>A click or Enter on a row goes there</source>
        <translation>Een klik of Enter op een regel gaat daarheen</translation>
    </message>
</context>
<context>
    <name>ActionHistory</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>doorgezet</translation>
    </message>
    <message>
        <source>since %1 (%2): %3</source>
        <translation>sinds %1 (%2): %3</translation>
    </message>
    <message>
        <source>→ focus point: %1 (%2)</source>
        <translation>→ focuspunt: %1 (%2)</translation>
    </message>
    <message>
        <source> ← from the observation “%1”</source>
        <translation> ← uit de observatie “%1”</translation>
    </message>
    <message>
        <source>→ theme: %1</source>
        <translation>→ thema: %1</translation>
    </message>
    <message>
        <source> · works on %1</source>
        <translation> · werkt aan %1</translation>
    </message>
    <message>
        <source>not yet linked to a focus point or theme</source>
        <translation>nog niet gekoppeld aan een focuspunt of thema</translation>
    </message>
    <message>
        <source>served by: %1 (%2, %3) through “%4”</source>
        <translation>opgepakt in: %1 (%2, %3) via “%4”</translation>
    </message>
</context>
<context>
    <name>ActionPlacement</name>
    <message>
        <source>The action on the model</source>
        <translation>De actie op het model</translation>
    </message>
    <message>
        <source>Elements of the model this action touches</source>
        <translation>Elementen van het model die deze actie raakt</translation>
    </message>
    <message>
        <source>Complexity of the action</source>
        <translation>Complexiteit van de actie</translation>
    </message>
    <message>
        <source>Development path of the action</source>
        <translation>Ontwikkelpad van de actie</translation>
    </message>
    <message>
        <source>GroenPact action lines this action gives shape to</source>
        <translation>GroenPact-actielijnen die deze actie vormgeeft</translation>
    </message>
    <message>
        <source>Policy-frame items this action serves</source>
        <translation>Onderdelen van beleidskaders die deze actie dient</translation>
    </message>
    <message>
        <source>Actors involved in this action</source>
        <translation>Actoren die bij deze actie betrokken zijn</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Raakt</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexiteit</translation>
    </message>
    <message>
        <source>Development path</source>
        <translation>Ontwikkelpad</translation>
    </message>
    <message>
        <source>GroenPact</source>
        <translation>GroenPact</translation>
    </message>
    <message>
        <source>Policy frame</source>
        <translation>Beleidskader</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
</context>
<context>
    <name>ActorsView</name>
    <message>
        <source>Actors and knowledge · %1</source>
        <translation>Actoren en kennis · %1</translation>
    </message>
    <message>
        <source>Actors and knowledge</source>
        <translation>Actoren en kennis</translation>
    </message>
    <message>
        <source>Session whose regional questions are shown</source>
        <translation>Sessie waarvan de regionale vraagstukken getoond worden</translation>
    </message>
    <message>
        <source>Regional questions and projects of:</source>
        <translation>Regionale vraagstukken en projecten van:</translation>
    </message>
    <message>
        <source>Actors, their knowledge and ties</source>
        <translation>Actoren, hun kennis en verbindingen</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Knowledge and expertise</source>
        <translation>Kennis en expertise</translation>
    </message>
    <message>
        <source>Regional questions and projects</source>
        <translation>Regionale vraagstukken en projecten</translation>
    </message>
    <message>
        <source>Regional questions</source>
        <translation>Regionale vraagstukken</translation>
    </message>
    <message>
        <source>Knowledge the question needs</source>
        <translation>Kennis die het vraagstuk nodig heeft</translation>
    </message>
    <message>
        <source>knowledge it needs, separated by commas</source>
        <translation>benodigde kennis, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Actors tied to the question</source>
        <translation>Actoren verbonden aan het vraagstuk</translation>
    </message>
    <message>
        <source>Knowledge it needs</source>
        <translation>Benodigde kennis</translation>
    </message>
    <message>
        <source>Actors tied to it</source>
        <translation>Verbonden actoren</translation>
    </message>
    <message>
        <source>Questions without the knowledge they need</source>
        <translation>Vraagstukken zonder de kennis die ze nodig hebben</translation>
    </message>
    <message>
        <source>No actor holds all the knowledge this question needs</source>
        <translation>Geen actor heeft alle kennis die dit vraagstuk nodig heeft</translation>
    </message>
    <message>
        <source>This session is closed: reopen it to change what questions need or who is tied to them.</source>
        <translation>Deze sessie is afgesloten: heropen haar om te wijzigen wat vraagstukken nodig hebben of wie eraan verbonden is.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraagstuk</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>%1 — needed: %2</source>
        <translation>%1 — nodig: %2</translation>
    </message>
    <message>
        <source>Every question that names the knowledge it needs has an actor who holds it.</source>
        <translation>Elk vraagstuk dat de benodigde kennis noemt, heeft een actor die over die kennis beschikt.</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Question of the stage</source>
        <translation>Vraag van de fase</translation>
    </message>
    <message>
        <source>Being typed</source>
        <translation>Wordt getypt</translation>
    </message>
    <message>
        <source>Status of the element</source>
        <translation>Status van het element</translation>
    </message>
    <message>
        <source>… %1 earlier</source>
        <translation>… %1 eerder</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… nog %1</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Procesbegeleider</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Deelnemer %1</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Wie is er</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Nog geen deelnemers</translation>
    </message>
    <message>
        <source>Actions from last time</source>
        <translation>Acties van de vorige keer</translation>
    </message>
    <message>
        <source>No observations yet</source>
        <translation>Nog geen observaties</translation>
    </message>
    <message>
        <source>Focus points, by votes</source>
        <translation>Focuspunten, naar stemmen</translation>
    </message>
    <message>
        <source>No focus points yet</source>
        <translation>Nog geen focuspunten</translation>
    </message>
    <message>
        <source>Development path</source>
        <translation>Ontwikkelpad</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Nog geen stappen</translation>
    </message>
    <message>
        <source>How we keep track</source>
        <translation>Hoe we de koers bewaken</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Nog geen acties</translation>
    </message>
    <message>
        <source>What we take away</source>
        <translation>Wat we meenemen</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Volgende bijeenkomst</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Nog geen datum</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Intervisie – audience view</source>
        <translation>Intervisie – publieksscherm</translation>
    </message>
    <message>
        <source>Audience view</source>
        <translation>Publieksscherm</translation>
    </message>
</context>
<context>
    <name>BackupTimer</name>
    <message>
        <source>At %1 the database&apos;s journal file (-wal) was deleted while Intervisie was running. Everything saved has been written into the database file itself, and nothing was lost.</source>
        <translation>Om %1 is het logbestand van de database (-wal) verwijderd terwijl Intervisie draaide. Alles wat opgeslagen was, is in het databasebestand zelf geschreven; er is niets verloren.</translation>
    </message>
    <message>
        <source>A backup was made at once: %1</source>
        <translation>Er is meteen een back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>A backup could not be made (%1); one is tried again on closing.</source>
        <translation>Er kon geen back-up worden gemaakt (%1); bij het afsluiten wordt het opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>At %1 the backup failed SQLite&apos;s full integrity check: %2. The database may be damaged. Keep working only if you must; the newest good backup is in File → Backups…</source>
        <translation>Om %1 slaagde de back-up niet voor de volledige integriteitscontrole van SQLite: %2. De database is mogelijk beschadigd. Werk alleen door als het moet; de nieuwste goede back-up staat onder Bestand → Back-ups…</translation>
    </message>
    <message>
        <source>At %1 a backup could not be made in the database&apos;s folder (%2). Your work is saved in the database.</source>
        <translation>Om %1 kon er geen back-up worden gemaakt in de map van de database (%2). Het werk is opgeslagen in de database.</translation>
    </message>
    <message>
        <source>A backup was made elsewhere instead: %1</source>
        <translation>In plaats daarvan is er elders een back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>No backup could be made elsewhere either; it is tried again every minute.</source>
        <translation>Ook elders kon geen back-up worden gemaakt; dat wordt elke minuut opnieuw geprobeerd.</translation>
    </message>
</context>
<context>
    <name>BandItem</name>
    <message>
        <source>circle: simple</source>
        <translation>rondje: enkelvoudig</translation>
    </message>
    <message>
        <source>square: complicated</source>
        <translation>vierkantje: gecompliceerd</translation>
    </message>
    <message>
        <source>triangle: complex</source>
        <translation>driehoek: complex</translation>
    </message>
    <message>
        <source>diamond: type not chosen</source>
        <translation>ruit: nog geen type gekozen</translation>
    </message>
    <message>
        <source>%1 (%2; place %3 of %4)</source>
        <translation>%1 (%2; plaats %3 van %4)</translation>
    </message>
</context>
<context>
    <name>CarriedNote</name>
    <message>
        <source>Carried over, not yet confirmed</source>
        <translation>Overgenomen, nog niet bevestigd</translation>
    </message>
    <message>
        <source>Confirm unchanged</source>
        <translation>Ongewijzigd bevestigen</translation>
    </message>
    <message>
        <source>Confirm the carried-over status and observations unchanged</source>
        <translation>De overgenomen status en observaties ongewijzigd bevestigen</translation>
    </message>
    <message numerus="yes">
        <source>Carried over from the previous session, not yet confirmed: the status and %n observation(s) (in italics).</source>
        <translation>
            <numerusform>Overgenomen uit de vorige sessie, nog niet bevestigd: de status en %n observatie (cursief).</numerusform>
            <numerusform>Overgenomen uit de vorige sessie, nog niet bevestigd: de status en %n observaties (cursief).</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried over from the previous session, not yet confirmed: the status.</source>
        <translation>Overgenomen uit de vorige sessie, nog niet bevestigd: de status.</translation>
    </message>
    <message numerus="yes">
        <source>Carried over from the previous session, not yet confirmed: %n observation(s) (in italics).</source>
        <translation>
            <numerusform>Overgenomen uit de vorige sessie, nog niet bevestigd: %n observatie (cursief).</numerusform>
            <numerusform>Overgenomen uit de vorige sessie, nog niet bevestigd: %n observaties (cursief).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Show the page at a glance</source>
        <translation>Toon in een oogopslag</translation>
    </message>
    <message>
        <source>Switch between the summary and the page at a glance</source>
        <translation>Wissel tussen de samenvatting en in een oogopslag</translation>
    </message>
    <message>
        <source>Summary note</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Summary note: what do we take away? A few sentences for the report.</source>
        <translation>Samenvatting: wat nemen we mee? Een paar zinnen voor het verslag.</translation>
    </message>
    <message>
        <source>Date of the next session</source>
        <translation>Datum van de volgende sessie</translation>
    </message>
    <message>
        <source>That is not a date: type it as dd-mm-yyyy (for example 15-03-2027). The date saved before is kept.</source>
        <translation>Dat is geen datum: typ hem als dd-mm-jjjj (bijvoorbeeld 15-03-2027). De eerder bewaarde datum blijft staan.</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Nog geen datum</translation>
    </message>
    <message>
        <source>No date for the next session yet</source>
        <translation>Nog geen datum voor de volgende sessie</translation>
    </message>
    <message>
        <source>State of the session</source>
        <translation>Stand van de sessie</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Sessie afsluiten</translation>
    </message>
    <message>
        <source>Reopen the session</source>
        <translation>Sessie heropenen</translation>
    </message>
    <message>
        <source>Next session:</source>
        <translation>Volgende sessie:</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>Toon de samenvatting</translation>
    </message>
    <message>
        <source>Closed%1</source>
        <translation>Afgesloten%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Press again to close</source>
        <translation>Nogmaals drukken om af te sluiten</translation>
    </message>
    <message>
        <source>Press again within %1 s to close. Closing makes the whole session read-only; it can be reopened here on purpose.</source>
        <translation>Druk binnen %1 s nogmaals om af te sluiten. Afsluiten maakt de hele sessie alleen-lezen; heropenen kan hier, bewust.</translation>
    </message>
    <message>
        <source>Not closed: the second press did not come within %1 s. Press “Close the session” twice to close.</source>
        <translation>Niet afgesloten: de tweede druk kwam niet binnen %1 s. Druk twee keer op ‘Sessie afsluiten’ om af te sluiten.</translation>
    </message>
</context>
<context>
    <name>CommunityForm</name>
    <message>
        <source>New community</source>
        <translation>Nieuwe community</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Community name</source>
        <translation>Naam van de community</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Give the community a name.</source>
        <translation>Geef de community een naam.</translation>
    </message>
</context>
<context>
    <name>CommunityViews</name>
    <message>
        <source>Timeline…</source>
        <translation>Tijdlijn…</translation>
    </message>
    <message>
        <source>Timeline of the community</source>
        <translation>Tijdlijn van de community</translation>
    </message>
    <message>
        <source>Compare sessions…</source>
        <translation>Sessies vergelijken…</translation>
    </message>
    <message>
        <source>Compare two sessions</source>
        <translation>Twee sessies vergelijken</translation>
    </message>
    <message>
        <source>Actors and knowledge…</source>
        <translation>Actoren en kennis…</translation>
    </message>
    <message>
        <source>Actors and knowledge</source>
        <translation>Actoren en kennis</translation>
    </message>
    <message>
        <source>GroenPact matrix…</source>
        <translation>GroenPact-matrix…</translation>
    </message>
    <message>
        <source>GroenPact matrix</source>
        <translation>GroenPact-matrix</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare sessions</source>
        <translation>Sessies vergelijken</translation>
    </message>
    <message>
        <source>Two sessions side by side</source>
        <translation>Twee sessies naast elkaar</translation>
    </message>
    <message>
        <source>For learning, not ranking: the differences per element, without totals or scores.</source>
        <translation>Om van te leren, niet om te rangschikken: de verschillen per element, zonder totalen of scores.</translation>
    </message>
    <message>
        <source>Session A</source>
        <translation>Sessie A</translation>
    </message>
    <message>
        <source>Session B</source>
        <translation>Sessie B</translation>
    </message>
    <message>
        <source>Hide community names (Community A/B)</source>
        <translation>Namen van community&apos;s verbergen (Community A/B)</translation>
    </message>
    <message>
        <source>Hide community names</source>
        <translation>Namen van community&apos;s verbergen</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sessie %1</translation>
    </message>
    <message>
        <source>Differences per element</source>
        <translation>Verschillen per element</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Observations A</source>
        <translation>Observaties A</translation>
    </message>
    <message>
        <source>Observations B</source>
        <translation>Observaties B</translation>
    </message>
    <message>
        <source>Community %1</source>
        <translation>Community %1</translation>
    </message>
    <message>
        <source>not in this model</source>
        <translation>niet in dit model</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>niet vergelijkbaar</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gelijk</translation>
    </message>
    <message>
        <source>up</source>
        <translation>omhoog</translation>
    </message>
    <message>
        <source>down</source>
        <translation>omlaag</translation>
    </message>
    <message>
        <source>higher in B</source>
        <translation>hoger in B</translation>
    </message>
    <message>
        <source>lower in B</source>
        <translation>lager in B</translation>
    </message>
    <message>
        <source>Observations of A and B for the chosen element</source>
        <translation>Observaties van A en B bij het gekozen onderdeel</translation>
    </message>
    <message>
        <source>Observation A</source>
        <translation>Observatie A</translation>
    </message>
    <message>
        <source>Observation B</source>
        <translation>Observatie B</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Wat ervan werd</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= gelijk</translation>
    </message>
    <message>
        <source>≠ changed</source>
        <translation>≠ gewijzigd</translation>
    </message>
    <message>
        <source>+ new in B</source>
        <translation>+ nieuw in B</translation>
    </message>
    <message>
        <source>− gone in B</source>
        <translation>− weg in B</translation>
    </message>
    <message>
        <source>⇄ connected</source>
        <translation>⇄ verbonden</translation>
    </message>
</context>
<context>
    <name>ContinuationPanel</name>
    <message>
        <source>Continuing from</source>
        <translation>Vervolg op</translation>
    </message>
    <message>
        <source>Earlier session this one continues from</source>
        <translation>Eerdere sessie waarop deze sessie voortbouwt</translation>
    </message>
    <message>
        <source>Review of earlier actions</source>
        <translation>Terugblik op eerdere acties</translation>
    </message>
    <message>
        <source>– none: a first session</source>
        <translation>– geen: een eerste sessie</translation>
    </message>
    <message>
        <source>No earlier session chosen: nothing to review.</source>
        <translation>Geen eerdere sessie gekozen: niets om op terug te blikken.</translation>
    </message>
    <message>
        <source>That session recorded no actions: nothing to review.</source>
        <translation>Die sessie legde geen acties vast: niets om op terug te blikken.</translation>
    </message>
    <message>
        <source>%1 of %2 actions reviewed · keys: 1 done, 2 continued, 3 dropped, 0 clear, Enter note</source>
        <translation>%1 van %2 acties besproken · toetsen: 1 afgerond, 2 loopt door, 3 geschrapt, 0 wissen, Enter notitie</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong. Your work is saved.</source>
        <translation>Er ging iets mis. Uw werk is bewaard.</translation>
    </message>
    <message>
        <source>The log is here: %1</source>
        <translation>Het logbestand staat hier: %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Export community</source>
        <translation>Community exporteren</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <source>The file could not be written: %1. Nothing in the database changed.</source>
        <translation>Het bestand kon niet worden geschreven: %1. Er is niets in de database veranderd.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 deleted, %5 kept as they were.</source>
        <translation>%1: %2 toegevoegd, %3 bijgewerkt, %4 verwijderd, %5 ongewijzigd.</translation>
    </message>
    <message>
        <source>… and %1 more (Show Details).</source>
        <translation>… en nog %1 (Details tonen).</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Deze back-up terugzetten…</translation>
    </message>
    <message>
        <source>Backups are made at start, every ten minutes while you work, before updates and imports, and on closing.</source>
        <translation>Back-ups worden gemaakt bij het starten, elke tien minuten tijdens het werk, vóór updates en imports, en bij het afsluiten.</translation>
    </message>
</context>
<context>
    <name>DataWords</name>
    <message numerus="yes">
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n sessie weggeschreven naar %1.</numerusform>
            <numerusform>%n sessies weggeschreven naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): changed here and in the file. Both versions are kept; the file&apos;s is marked [Conflict: versie uit het bestand …]:</source>
        <translation>
            <numerusform>%n conflict: hier én in het bestand gewijzigd. Beide versies zijn bewaard; die uit het bestand is gemarkeerd met [Conflict: versie uit het bestand …]:</numerusform>
            <numerusform>%n conflicten: hier én in het bestand gewijzigd. Beide versies zijn bewaard; die uit het bestand is gemarkeerd met [Conflict: versie uit het bestand …]:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>type dd-mm-yyyy</source>
        <translation>typ dd-mm-jjjj</translation>
    </message>
    <message>
        <source>no date (type dd-mm-yyyy)</source>
        <translation>geen datum (typ dd-mm-jjjj)</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Kiezen in een kalender (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>ElementNavigator</name>
    <message>
        <source>Conditions for success</source>
        <translation>Voorwaarden voor succes</translation>
    </message>
</context>
<context>
    <name>EndScreen</name>
    <message>
        <source>The page at a glance on the projector</source>
        <translation>De pagina in een oogopslag op de beamer</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>full name</source>
        <translation>volledige naam</translation>
    </message>
    <message>
        <source>surname only</source>
        <translation>alleen achternaam</translation>
    </message>
    <message>
        <source>first name only</source>
        <translation>alleen voornaam</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>procesbegeleider</translation>
    </message>
    <message>
        <source>action owner</source>
        <translation>eigenaar van een actie</translation>
    </message>
    <message>
        <source>action partner</source>
        <translation>partner bij een actie</translation>
    </message>
    <message>
        <source>running a session</source>
        <translation>leidt een sessie</translation>
    </message>
    <message>
        <source>community</source>
        <translation>community</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>actor</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessie</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>observatie</translation>
    </message>
    <message>
        <source>focus point</source>
        <translation>focuspunt</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>review</source>
        <translation>terugblik</translation>
    </message>
    <message>
        <source>Erase “%1”</source>
        <translation>“%1” wissen</translation>
    </message>
    <message>
        <source>Mentions to erase</source>
        <translation>Te wissen vermeldingen</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alles aanvinken</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Niets aanvinken</translation>
    </message>
    <message>
        <source>Erase the ticked mentions</source>
        <translation>Aangevinkte vermeldingen wissen</translation>
    </message>
    <message>
        <source>Every place the name is mentioned, in the database and its backups. A surname or first name on its own may be somebody else: tick only what is this person. The ticked mentions are erased from the database, its backups and every copy beside it; this cannot be undone.</source>
        <translation>Elke plek waar de naam voorkomt, in de database en de back-ups. Een achternaam of voornaam alleen kan iemand anders zijn: vink alleen aan wat deze persoon is. De aangevinkte vermeldingen worden gewist uit de database, de back-ups en elke kopie ernaast; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The app wrote these files elsewhere and cannot reach them; delete them yourself if they name this person:</source>
        <translation>Deze bestanden schreef de app elders en kan ze niet bereiken; verwijder ze zelf als ze deze persoon noemen:</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Persoon wissen</translation>
    </message>
    <message>
        <source>Full name of the person to erase from every session, action and backup:</source>
        <translation>Volledige naam van de persoon die uit elke sessie, actie en back-up gewist moet worden:</translation>
    </message>
    <message>
        <source>“%1” is not mentioned anywhere; nothing was changed.</source>
        <translation>“%1” wordt nergens genoemd; er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>EraseWords</name>
    <message numerus="yes">
        <source>also in %n backup(s)</source>
        <translation>
            <numerusform>ook in %n back-up</numerusform>
            <numerusform>ook in %n back-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s)</source>
        <translation>
            <numerusform>%n deelname</numerusform>
            <numerusform>%n deelnames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person(s)</source>
        <translation>
            <numerusform>%n contactpersoon</numerusform>
            <numerusform>%n contactpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) as facilitator</source>
        <translation>
            <numerusform>%n keer als procesbegeleider</numerusform>
            <numerusform>%n keer als procesbegeleider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action owner(s)</source>
        <translation>
            <numerusform>%n actie-eigenaar</numerusform>
            <numerusform>%n actie-eigenaren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner entry(ies)</source>
        <translation>
            <numerusform>%n partnervermelding</numerusform>
            <numerusform>%n partnervermeldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in texts</source>
        <translation>
            <numerusform>%n vermelding in teksten</numerusform>
            <numerusform>%n vermeldingen in teksten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) rewritten</source>
        <translation>
            <numerusform>%n back-up herschreven</numerusform>
            <numerusform>%n back-ups herschreven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged copy(ies) overwritten</source>
        <translation>
            <numerusform>%n beschadigde kopie overschreven</numerusform>
            <numerusform>%n beschadigde kopieën overschreven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leftover file(s) deleted</source>
        <translation>
            <numerusform>%n achtergebleven bestand verwijderd</numerusform>
            <numerusform>%n achtergebleven bestanden verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased: %1; %2.</source>
        <translation>Gewist: %1; %2.</translation>
    </message>
</context>
<context>
    <name>FocusPage</name>
    <message>
        <source>Parts of the focus</source>
        <translation>Onderdelen van de focus</translation>
    </message>
    <message>
        <source>Accelerators and votes</source>
        <translation>Versnellers en stemmen</translation>
    </message>
    <message>
        <source>Development path</source>
        <translation>Ontwikkelpad</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Element:</translation>
    </message>
    <message>
        <source>Observations of the element</source>
        <translation>Observaties bij het element</translation>
    </message>
    <message>
        <source>Make it a focus point (Enter)</source>
        <translation>Focuspunt maken (Enter)</translation>
    </message>
    <message>
        <source>Make the chosen observation a focus point</source>
        <translation>De gekozen observatie een focuspunt maken</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message>
        <source>What the group said in the vertrekpunt about this element</source>
        <translation>Wat de groep in het vertrekpunt over dit element zei</translation>
    </message>
    <message>
        <source>Focus points</source>
        <translation>Focuspunten</translation>
    </message>
    <message>
        <source>+ add a focus point (Enter)</source>
        <translation>+ focuspunt toevoegen (Enter)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>observatie</translation>
    </message>
    <message>
        <source>own</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>Dot votes: select a focus point and press + or -, or type the count; the list sorts by votes.</source>
        <translation>Dotvoting: kies een focuspunt en druk op + of -, of typ het aantal; de lijst sorteert op stemmen.</translation>
    </message>
    <message>
        <source>Which development path does the group choose?</source>
        <translation>Welk ontwikkelpad kiest de groep?</translation>
    </message>
    <message>
        <source>Why this path?</source>
        <translation>Waarom dit pad?</translation>
    </message>
    <message>
        <source>Reason for the development path</source>
        <translation>Reden voor het ontwikkelpad</translation>
    </message>
    <message>
        <source>In the group&apos;s words: why this path?</source>
        <translation>In de woorden van de groep: waarom dit pad?</translation>
    </message>
    <message>
        <source>All elements (for the votes)</source>
        <translation>Alle elementen (voor de stemmen)</translation>
    </message>
    <message>
        <source>Choose an element to turn its observations into focus points.</source>
        <translation>Kies een element om de observaties ervan tot focuspunten te maken.</translation>
    </message>
    <message>
        <source>No observations for this element; type own focus points below.</source>
        <translation>Geen observaties bij dit element; typ hieronder eigen focuspunten.</translation>
    </message>
    <message>
        <source>Already a focus point</source>
        <translation>Al een focuspunt</translation>
    </message>
    <message>
        <source>Choose an element above to add own focus points</source>
        <translation>Kies hierboven een element om eigen focuspunten toe te voegen</translation>
    </message>
    <message>
        <source>This observation is already a focus point.</source>
        <translation>Deze observatie is al een focuspunt.</translation>
    </message>
    <message>
        <source>Choose the element first (above), then press Enter again.</source>
        <translation>Kies eerst het element (hierboven) en druk dan opnieuw op Enter.</translation>
    </message>
    <message>
        <source>Write down why the group chose this path.</source>
        <translation>Schrijf op waarom de groep voor dit pad koos.</translation>
    </message>
</context>
<context>
    <name>GlanceView</name>
    <message>
        <source>The page at a glance</source>
        <translation>In een oogopslag</translation>
    </message>
</context>
<context>
    <name>GroenpactView</name>
    <message>
        <source>GroenPact action lines · %1</source>
        <translation>Actielijnen van GroenPact · %1</translation>
    </message>
    <message>
        <source>GroenPact matrix</source>
        <translation>GroenPact-matrix</translation>
    </message>
    <message>
        <source>Which of GroenPact&apos;s action lines the community&apos;s initiatives and projects give shape to, across all its sessions. Tag a project with its action lines in the aanpak.</source>
        <translation>Welke actielijnen van GroenPact de initiatieven en projecten van de community vormgeven, over al haar sessies. Koppel een project in de aanpak aan zijn actielijnen.</translation>
    </message>
    <message>
        <source>Initiatives against the action lines</source>
        <translation>Initiatieven tegenover de actielijnen</translation>
    </message>
    <message>
        <source>Action lines without an initiative</source>
        <translation>Actielijnen zonder initiatief</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Policy frame</source>
        <translation>Beleidskader</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>No initiative yet for: %1</source>
        <translation>Nog geen initiatief voor: %1</translation>
    </message>
    <message>
        <source>Every action line has an initiative.</source>
        <translation>Elke actielijn heeft een initiatief.</translation>
    </message>
    <message>
        <source>No projects or initiatives yet: add them in the aanpak of a session.</source>
        <translation>Nog geen projecten of initiatieven: voeg ze toe in de aanpak van een sessie.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Communities</source>
        <translation>Community&apos;s</translation>
    </message>
    <message>
        <source>New community…</source>
        <translation>Nieuwe community…</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>Nieuwe community</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>De database wordt geopend…</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Bereikte fase</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sessie openen</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nieuwe sessie…</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>Use the model</source>
        <translation>Het model gebruiken</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n session(s)</source>
        <translation>
            <numerusform>%1
%n sessie</numerusform>
            <numerusform>%1
%n sessies</numerusform>
        </translation>
    </message>
    <message>
        <source>No communities yet</source>
        <translation>Nog geen community&apos;s</translation>
    </message>
    <message>
        <source>Start with “New community…”.</source>
        <translation>Begin met “Nieuwe community…”.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>IndicatorStanding</name>
    <message>
        <source>– not asked yet</source>
        <translation>– nog niet gevraagd</translation>
    </message>
    <message>
        <source>✓ on track</source>
        <translation>✓ op koers</translation>
    </message>
    <message>
        <source>! needs attention</source>
        <translation>! vraagt aandacht</translation>
    </message>
    <message>
        <source>✗ off track</source>
        <translation>✗ uit koers</translation>
    </message>
    <message>
        <source>Where do we stand on the selected indicator</source>
        <translation>Waar staan we op de gekozen indicator</translation>
    </message>
    <message>
        <source>Value or note on the selected indicator</source>
        <translation>Waarde of toelichting bij de gekozen indicator</translation>
    </message>
    <message>
        <source>value or note, e.g. 25 companies take part</source>
        <translation>waarde of toelichting, bijv. 25 bedrijven doen mee</translation>
    </message>
    <message>
        <source>Trend of the indicator over sessions</source>
        <translation>Verloop van de indicator over de sessies</translation>
    </message>
    <message>
        <source>Where do we stand?</source>
        <translation>Waar staan we?</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Eerder: %1</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>Trend of the On track? indicators over the sessions</source>
        <translation>Verloop van de Op koers?-indicatoren over de sessies</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>No indicators yet: the group adds them in the vervolg, under On track?</source>
        <translation>Nog geen indicatoren: de groep voegt ze toe in het vervolg, onder Op koers?</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>%1: items</source>
        <translation>%1: onderdelen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
</context>
<context>
    <name>KeptDraft</name>
    <message>
        <source>⚠ The changes could not be kept on disk (%1); save them soon.</source>
        <translation>⚠ De wijzigingen konden niet op schijf worden bewaard (%1); sla ze snel op.</translation>
    </message>
    <message>
        <source>Changes to %1 (started from version %2) were made on %3 and not saved: the editor closed before. Bring them back?</source>
        <translation>Wijzigingen aan %1 (begonnen vanaf versie %2) zijn op %3 gemaakt en niet opgeslagen: de editor werd eerder gesloten. Terughalen?</translation>
    </message>
    <message>
        <source>The kept changes could not be read back; the model is as it was saved.</source>
        <translation>De bewaarde wijzigingen konden niet worden teruggelezen; het model is zoals het was opgeslagen.</translation>
    </message>
</context>
<context>
    <name>LineList</name>
    <message>
        <source>Edit line</source>
        <translation>Regel bewerken</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <source>Type a line first, then press Enter.</source>
        <translation>Typ eerst een regel en druk dan op Enter.</translation>
    </message>
    <message>
        <source>A line cannot be empty; press Delete to remove it.</source>
        <translation>Een regel kan niet leeg zijn; druk op Delete om hem te verwijderen.</translation>
    </message>
    <message>
        <source>Waiting to be saved: it is saved as soon as writing works again. No need to type it again.</source>
        <translation>Wacht op opslaan: het wordt opgeslagen zodra schrijven weer lukt. U hoeft het niet opnieuw te typen.</translation>
    </message>
    <message>
        <source>Typed earlier and not added yet: press Enter to add it.</source>
        <translation>Eerder getypt en nog niet toegevoegd: druk op Enter om het toe te voegen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>New community…</source>
        <translation>Nieuwe community…</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nieuwe sessie…</translation>
    </message>
    <message>
        <source>Communities and sessions</source>
        <translation>Community&apos;s en sessies</translation>
    </message>
    <message>
        <source>Export community…</source>
        <translation>Community exporteren…</translation>
    </message>
    <message>
        <source>Export community, anonymised…</source>
        <translation>Community geanonimiseerd exporteren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Back-ups…</translation>
    </message>
    <message>
        <source>Erase a person…</source>
        <translation>Persoon wissen…</translation>
    </message>
    <message>
        <source>Restore the demo community</source>
        <translation>Democommunity herstellen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Compare sessions</source>
        <translation>Sessies vergelijken</translation>
    </message>
    <message>
        <source>Actors and knowledge</source>
        <translation>Actoren en kennis</translation>
    </message>
    <message>
        <source>GroenPact matrix</source>
        <translation>GroenPact-matrix</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Normale tekstgrootte</translation>
    </message>
    <message>
        <source>High contrast (projector)</source>
        <translation>Hoog contrast (beamer)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>About Intervisie</source>
        <translation>Over Intervisie</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <source>Choose a community first.</source>
        <translation>Kies eerst een community.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>%1 has taken over this session; this window shows it and no longer saves. Nothing you saved was lost.</source>
        <translation>%1 heeft deze sessie overgenomen; dit venster toont haar nog, maar slaat niets meer op. Wat al was opgeslagen, blijft bewaard.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Intervisie</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Replace the database by the backup of %1? The database as it is now is kept as a backup first, so this can be undone.</source>
        <translation>De database vervangen door de back-up van %1? De huidige database wordt eerst als back-up bewaard, dus dit is terug te draaien.</translation>
    </message>
    <message>
        <source>A fresh demo community Gebiedscoöperatie Westerkwartier is added, as it was delivered. An untouched demo is replaced by it; a demo your group worked in, or one that came from a file, is kept as it is, with the fresh one beside it. Other communities are not touched. Continue?</source>
        <translation>Er komt een nieuwe democommunity Gebiedscoöperatie Westerkwartier bij, zoals ze is geleverd. Een onaangeroerde demo wordt erdoor vervangen; een demo waarin uw groep heeft gewerkt, of een die uit een bestand kwam, blijft zoals ze is, met de nieuwe ernaast. Andere community&apos;s blijven ongemoeid. Doorgaan?</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>Tekstgrootte %1%</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Intervisie %1&lt;/h3&gt;&lt;p&gt;Guided intervisie sessions on the community-learning model (LLO door middel van community learning) for regional learning communities.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: no account, no network.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Intervisie %1&lt;/h3&gt;&lt;p&gt;Begeleide intervisiesessies met het community-learningmodel (LLO door middel van community learning) voor regionale lerende community&apos;s.&lt;/p&gt;&lt;p&gt;Alles blijft op deze computer: geen account, geen netwerk.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(alleen-lezen)</translation>
    </message>
    <message>
        <source>Bring back saved edits…</source>
        <translation>Opgeslagen wijzigingen terugzetten…</translation>
    </message>
    <message>
        <source>The session cannot be opened now</source>
        <translation>De sessie kan nu niet worden geopend</translation>
    </message>
    <message>
        <source>Model…</source>
        <translation>Model…</translation>
    </message>
</context>
<context>
    <name>ModelCanvas</name>
    <message>
        <source>Model of the learning community</source>
        <translation>Model van de lerende community</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No observations yet</source>
        <translation>Nog geen observaties</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>en nog {n}</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>shipped</source>
        <translation>meegeleverd</translation>
    </message>
    <message>
        <source>your model folder</source>
        <translation>eigen modelmap</translation>
    </message>
    <message>
        <source>kept in the database</source>
        <translation>bewaard in de database</translation>
    </message>
    <message>
        <source>sessions: %1</source>
        <translation>sessies: %1</translation>
    </message>
</context>
<context>
    <name>ModelEditor</name>
    <message>
        <source>Model editor</source>
        <translation>Modeleditor</translation>
    </message>
    <message>
        <source>Start from model version</source>
        <translation>Beginnen bij modelversie</translation>
    </message>
    <message>
        <source>New version number</source>
        <translation>Nieuw versienummer</translation>
    </message>
    <message>
        <source>Title (Dutch)</source>
        <translation>Titel (Nederlands)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Titel (Engels)</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Beginnen bij</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <source>Title (nl, en)</source>
        <translation>Titel (nl, en)</translation>
    </message>
    <message>
        <source>Parts of the model</source>
        <translation>Onderdelen van het model</translation>
    </message>
    <message>
        <source>Changes since the version started from</source>
        <translation>Wijzigingen sinds de versie waarmee je begon</translation>
    </message>
    <message>
        <source>Problem in the model</source>
        <translation>Probleem in het model</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Opslaan als nieuwe versie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Start again from this version? The changes not saved are lost; saved versions are safe.</source>
        <translation>Opnieuw beginnen bij deze versie? Wijzigingen die niet zijn opgeslagen gaan verloren; opgeslagen versies blijven veilig.</translation>
    </message>
    <message>
        <source>Close without saving? The changes not saved are lost; saved versions are safe.</source>
        <translation>Sluiten zonder opslaan? Wijzigingen die niet zijn opgeslagen gaan verloren; opgeslagen versies blijven veilig.</translation>
    </message>
    <message>
        <source>Not saved yet: %1: %2. Versions saved earlier are safe.</source>
        <translation>Nog niet opgeslagen: %1: %2. Eerder opgeslagen versies blijven veilig.</translation>
    </message>
    <message>
        <source>this field is empty; type a text</source>
        <translation>dit veld is leeg; typ een tekst</translation>
    </message>
    <message>
        <source>a colour is written as #RRGGBB: a hash sign and six characters from 0-9 and A-F</source>
        <translation>een kleur schrijf je als #RRGGBB: een hekje en zes tekens uit 0-9 en A-F</translation>
    </message>
    <message>
        <source>a key has small letters, digits and hyphens only, for example visie-regio</source>
        <translation>een sleutel bestaat alleen uit kleine letters, cijfers en streepjes, bijvoorbeeld visie-regio</translation>
    </message>
    <message>
        <source>a version is numbers with dots, for example 1.1</source>
        <translation>een versie bestaat uit getallen met punten, bijvoorbeeld 1.1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Hernoemd</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nieuwe naam</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Since version %1:</source>
        <translation>Sinds versie %1:</translation>
    </message>
    <message>
        <source>No change in the elements since version %1.</source>
        <translation>Geen wijziging in de elementen sinds versie %1.</translation>
    </message>
    <message>
        <source>Not saved: %1. Versions saved earlier are safe.</source>
        <translation>Niet opgeslagen: %1. Eerder opgeslagen versies blijven veilig.</translation>
    </message>
    <message>
        <source>Saved as version %1 in %2.</source>
        <translation>Opgeslagen als versie %1 in %2.</translation>
    </message>
    <message>
        <source>Name (Dutch)</source>
        <translation>Naam (Nederlands)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Naam (Engels)</translation>
    </message>
    <message>
        <source>Explanation (Dutch)</source>
        <translation>Toelichting (Nederlands)</translation>
    </message>
    <message>
        <source>Explanation (English)</source>
        <translation>Toelichting (Engels)</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw onderdeel</translation>
    </message>
    <message>
        <source>Normal palette</source>
        <translation>Gewone kleuren</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>%1: type a colour as #RRGGBB.</source>
        <translation>%1: typ een kleur als #RRGGBB.</translation>
    </message>
    <message>
        <source>%1: contrast %2:1 is below 4.5:1; text on this fill is hard to read on a projector. Choose a darker or lighter text or fill.</source>
        <translation>%1: contrast %2:1 is lager dan 4,5:1; tekst op deze vulling is op een beamer slecht leesbaar. Kies een donkerder of lichter tekst of vulling.</translation>
    </message>
    <message>
        <source>%1: contrast %2:1, readable (at least 4.5:1).</source>
        <translation>%1: contrast %2:1, leesbaar (minstens 4,5:1).</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Nieuw gebied</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <source>Key of the area</source>
        <translation>Sleutel van het gebied</translation>
    </message>
    <message>
        <source>Short name (Dutch)</source>
        <translation>Korte naam (Nederlands)</translation>
    </message>
    <message>
        <source>Short name (English)</source>
        <translation>Korte naam (Engels)</translation>
    </message>
    <message>
        <source>Perspective or centre</source>
        <translation>Invalshoek of midden</translation>
    </message>
    <message>
        <source>Guiding question (Dutch)</source>
        <translation>Leidende vraag (Nederlands)</translation>
    </message>
    <message>
        <source>Guiding question (English)</source>
        <translation>Leidende vraag (Engels)</translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation>Invalshoeken</translation>
    </message>
    <message>
        <source>Conditions for success</source>
        <translation>Voorwaarden voor succes</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Status scale</source>
        <translation>Statusschaal</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Vulkleur</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Tekstkleur</translation>
    </message>
    <message>
        <source>Fill colour, high contrast</source>
        <translation>Vulkleur, hoog contrast</translation>
    </message>
    <message>
        <source>Text colour, high contrast</source>
        <translation>Tekstkleur, hoog contrast</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Pictogram</translation>
    </message>
    <message>
        <source>Growth paths</source>
        <translation>Ontwikkelpaden</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>GroenPact action lines</source>
        <translation>GroenPact-actielijnen</translation>
    </message>
    <message>
        <source>Project characteristics</source>
        <translation>Projectkenmerken</translation>
    </message>
    <message>
        <source>Stage prompts</source>
        <translation>Vragen per fase</translation>
    </message>
    <message>
        <source>Question (Dutch)</source>
        <translation>Vraag (Nederlands)</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>Vraag (Engels)</translation>
    </message>
    <message>
        <source>Renamed and merged</source>
        <translation>Hernoemd en samengevoegd</translation>
    </message>
    <message>
        <source>Element of the version you started from</source>
        <translation>Element van de versie waarmee je begon</translation>
    </message>
    <message>
        <source>Becomes this element</source>
        <translation>Wordt dit element</translation>
    </message>
</context>
<context>
    <name>ModelMove</name>
    <message>
        <source>observations: %1</source>
        <translation>observaties: %1</translation>
    </message>
    <message>
        <source>focus points: %1</source>
        <translation>focuspunten: %1</translation>
    </message>
    <message>
        <source>themes: %1</source>
        <translation>thema&apos;s: %1</translation>
    </message>
    <message>
        <source>actions: %1</source>
        <translation>acties: %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>observatie</translation>
    </message>
    <message>
        <source>focus point</source>
        <translation>focuspunt</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>voorstel</translation>
    </message>
</context>
<context>
    <name>ModelMoveDialog</name>
    <message>
        <source>Move to another model version</source>
        <translation>Naar een andere modelversie</translation>
    </message>
    <message>
        <source>Move to model version</source>
        <translation>Naar modelversie</translation>
    </message>
    <message>
        <source>Carried to the new version</source>
        <translation>Mee naar de nieuwe versie</translation>
    </message>
    <message>
        <source>Without a place in the new version</source>
        <translation>Zonder plek in de nieuwe versie</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Move the session</source>
        <translation>Sessie overzetten</translation>
    </message>
    <message>
        <source>Stay on this version</source>
        <translation>Bij deze versie blijven</translation>
    </message>
    <message>
        <source>Carried over:</source>
        <translation>Gaat mee:</translation>
    </message>
    <message>
        <source>No place in the new version (written into the session&apos;s closing note, not dropped):</source>
        <translation>Geen plek in de nieuwe versie (komt in de slotnotitie van de sessie, gaat niet verloren):</translation>
    </message>
    <message>
        <source>Talk about these with the group before you move: the new version has no element for them.</source>
        <translation>Bespreek deze met de groep voordat je overzet: de nieuwe versie heeft er geen element voor.</translation>
    </message>
    <message>
        <source>Everything of this session has a place in the new version.</source>
        <translation>Alles van deze sessie heeft een plek in de nieuwe versie.</translation>
    </message>
    <message>
        <source>%1 Nothing has changed; the session&apos;s work is safe.</source>
        <translation>%1 Er is niets veranderd; het werk van de sessie is veilig.</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Session title</source>
        <translation>Titel van de sessie</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Datum van de sessie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Procesbegeleider</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>A session needs a title; type one.</source>
        <translation>Een sessie heeft een titel nodig; typ er een.</translation>
    </message>
    <message>
        <source>Type the date as dd-mm-yyyy, for example 15-03-2027; the date saved before is kept.</source>
        <translation>Typ de datum als dd-mm-jjjj, bijvoorbeeld 15-03-2027; de eerder bewaarde datum blijft staan.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>+ type a name and press Enter</source>
        <translation>+ typ een naam en druk op Enter</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Helix</source>
        <translation>Helix</translation>
    </message>
    <message>
        <source>Role today</source>
        <translation>Rol vandaag</translation>
    </message>
    <message>
        <source>Known actors not yet here</source>
        <translation>Bekende actoren die er nog niet zijn</translation>
    </message>
    <message>
        <source>Click or press Enter to add to the participants</source>
        <translation>Klik of druk op Enter om toe te voegen aan de deelnemers</translation>
    </message>
    <message>
        <source>Known actors (click or Enter adds)</source>
        <translation>Bekende actoren (klik of Enter voegt toe)</translation>
    </message>
    <message>
        <source>Who is here (%1)</source>
        <translation>Wie is er (%1)</translation>
    </message>
</context>
<context>
    <name>PathTable</name>
    <message>
        <source>Development path and regional questions per session</source>
        <translation>Ontwikkelpad en regionale vraagstukken per sessie</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Development path</source>
        <translation>Ontwikkelpad</translation>
    </message>
    <message>
        <source>Questions by type</source>
        <translation>Vraagstukken naar type</translation>
    </message>
    <message>
        <source>Renewal → transition</source>
        <translation>Vernieuwing → transitie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>niet gekozen</translation>
    </message>
    <message>
        <source>carried, not confirmed</source>
        <translation>overgenomen, niet bevestigd</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>%1 without type</source>
        <translation>%1 zonder type</translation>
    </message>
    <message>
        <source>no regional questions</source>
        <translation>geen regionale vraagstukken</translation>
    </message>
    <message>
        <source>no place given</source>
        <translation>geen plaats gegeven</translation>
    </message>
    <message>
        <source>on average %1 of %2</source>
        <translation>gemiddeld %1 van %2</translation>
    </message>
    <message>
        <source>↗ towards transition</source>
        <translation>↗ richting transitie</translation>
    </message>
    <message>
        <source>↙ towards renewal</source>
        <translation>↙ richting vernieuwing</translation>
    </message>
    <message>
        <source>→ unchanged</source>
        <translation>→ gelijk gebleven</translation>
    </message>
</context>
<context>
    <name>PlanCarriedNote</name>
    <message>
        <source>the development path</source>
        <translation>het ontwikkelpad</translation>
    </message>
    <message>
        <source>the ambition</source>
        <translation>de ambitie</translation>
    </message>
    <message>
        <source>the themes</source>
        <translation>de thema&apos;s</translation>
    </message>
    <message>
        <source>the steps</source>
        <translation>de stappen</translation>
    </message>
    <message>
        <source>the indicators</source>
        <translation>de indicatoren</translation>
    </message>
    <message>
        <source>Carried over, not yet confirmed</source>
        <translation>Overgenomen, nog niet bevestigd</translation>
    </message>
    <message>
        <source>Confirm unchanged</source>
        <translation>Ongewijzigd bevestigen</translation>
    </message>
    <message>
        <source>Confirm %1 unchanged</source>
        <translation>%1 ongewijzigd bevestigen</translation>
    </message>
    <message>
        <source>Carried over from the previous session, not yet confirmed: %1. Confirm it unchanged, or change it here.</source>
        <translation>Overgenomen uit de vorige sessie, nog niet bevestigd: %1. Bevestig ongewijzigd, of pas hier aan.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>Breed</translation>
    </message>
    <message>
        <source>Preview size: %1</source>
        <translation>Grootte van het voorbeeld: %1</translation>
    </message>
    <message>
        <source>Preview of the model</source>
        <translation>Voorbeeld van het model</translation>
    </message>
    <message>
        <source>%1 by %2 pixels</source>
        <translation>%1 bij %2 pixels</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>Print the report</source>
        <translation>Het verslag afdrukken</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the report. Nothing in the session was changed; try again or choose another printer.</source>
        <translation>De printer {printer} nam het verslag niet aan. Er is niets in de sessie veranderd; probeer het opnieuw of kies een andere printer.</translation>
    </message>
    <message>
        <source>The report could not be printed. Nothing in the session was changed; the details are in the log.</source>
        <translation>Het verslag kon niet worden afgedrukt. Er is niets in de sessie veranderd; de details staan in het logbestand.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>De pagina&apos;s gaan naar de printer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Printing the report</source>
        <translation>Het verslag wordt afgedrukt</translation>
    </message>
    <message>
        <source>Page {n} of {total} sent to the printer…</source>
        <translation>Pagina {n} van {total} naar de printer gestuurd…</translation>
    </message>
    <message>
        <source>Printing stopped</source>
        <translation>Afdrukken gestopt</translation>
    </message>
    <message>
        <source>Printing stopped after {sent} of {total} pages. The pages already sent may still come out of the printer; its queue can cancel them.</source>
        <translation>Het afdrukken is gestopt na {sent} van de {total} pagina&apos;s. De pagina&apos;s die al verstuurd zijn, kunnen nog uit de printer komen; in de wachtrij van de printer kunt u ze annuleren.</translation>
    </message>
</context>
<context>
    <name>ProjectOverlay</name>
    <message>
        <source>Projects on the model</source>
        <translation>Projecten op het model</translation>
    </message>
    <message>
        <source>Show projects on the model</source>
        <translation>Projecten op het model tonen</translation>
    </message>
    <message>
        <source>Numbered chips on the elements each project of the aanpak touches</source>
        <translation>Genummerde labels op de elementen die elk project uit de aanpak raakt</translation>
    </message>
    <message>
        <source>No projects in the aanpak yet.</source>
        <translation>Nog geen projecten in de aanpak.</translation>
    </message>
    <message>
        <source>not placed on the model</source>
        <translation>niet op het model geplaatst</translation>
    </message>
    <message>
        <source>No project yet on: %1</source>
        <translation>Nog geen project op: %1</translation>
    </message>
</context>
<context>
    <name>ProposalTray</name>
    <message>
        <source>Proposals from the phones</source>
        <translation>Voorstellen van de telefoons</translation>
    </message>
    <message>
        <source>The proposal as it will be added</source>
        <translation>Het voorstel zoals het wordt toegevoegd</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Overnemen</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Laten vallen</translation>
    </message>
    <message>
        <source>Proposals tray</source>
        <translation>Voorstellenbak</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>The database cannot be used just now: %1 Nothing was changed; your group&apos;s work is safe. Try again in a moment.</source>
        <translation>De database is op dit moment niet te gebruiken: %1 Er is niets veranderd; het werk van de groep is veilig. Probeer het zo nog eens.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Laying out the pages…</source>
        <translation>Pagina&apos;s opmaken…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>The report could not be written to {path}: {reason}. Nothing in the session was changed.</source>
        <translation>Het verslag kon niet worden geschreven naar {path}: {reason}. Er is niets in de sessie veranderd.</translation>
    </message>
    <message>
        <source>The report could not be made. Nothing in the session was changed; the details are in the log.</source>
        <translation>Het verslag kon niet worden gemaakt. Er is niets in de sessie veranderd; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Verslag maken…</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Sessieverslag</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>Verslag maken</translation>
    </message>
    <message>
        <source>Report not made</source>
        <translation>Verslag niet gemaakt</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Session report</source>
        <translation>Sessieverslag</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Taal van het verslag</translation>
    </message>
    <message>
        <source>Anonymised: roles instead of names</source>
        <translation>Geanonimiseerd: rollen in plaats van namen</translation>
    </message>
    <message>
        <source>Anonymised report</source>
        <translation>Geanonimiseerd verslag</translation>
    </message>
    <message>
        <source>Leave the organisations out as well</source>
        <translation>Laat ook de organisaties weg</translation>
    </message>
    <message>
        <source>Anonymised without organisations</source>
        <translation>Geanonimiseerd zonder organisaties</translation>
    </message>
    <message>
        <source>Short version: the page at a glance and the action plan (two pages, PDF)</source>
        <translation>Korte versie: in een oogopslag en het actieplan (twee pagina&apos;s, PDF)</translation>
    </message>
    <message>
        <source>Two-page summary</source>
        <translation>Samenvatting van twee pagina&apos;s</translation>
    </message>
    <message>
        <source>Timeline of the community</source>
        <translation>Tijdlijn van de community</translation>
    </message>
    <message>
        <source>Actors and knowledge, with the gaps</source>
        <translation>Actoren en kennis, met de hiaten</translation>
    </message>
    <message>
        <source>GroenPact matrix</source>
        <translation>GroenPact-matrix</translation>
    </message>
    <message>
        <source>Projects on the model</source>
        <translation>Projecten op het model</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>(geen vergelijking)</translation>
    </message>
    <message>
        <source>Hide community names in the comparison</source>
        <translation>Namen van community&apos;s verbergen in de vergelijking</translation>
    </message>
    <message>
        <source>Hide community names</source>
        <translation>Namen van community&apos;s verbergen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Also include:</source>
        <translation>Ook opnemen:</translation>
    </message>
    <message>
        <source>The report of “%1” holds everything the group said.</source>
        <translation>Het verslag van “%1” bevat alles wat de groep zei.</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>✓ 1 Done</source>
        <translation>✓ 1 Afgerond</translation>
    </message>
    <message>
        <source>→ 2 Continued</source>
        <translation>→ 2 Loopt door</translation>
    </message>
    <message>
        <source>✗ 3 Dropped</source>
        <translation>✗ 3 Geschrapt</translation>
    </message>
    <message>
        <source>– not reviewed</source>
        <translation>– niet besproken</translation>
    </message>
    <message>
        <source>Open actions of the earlier session</source>
        <translation>Open acties van de vorige sessie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Action (owner)</source>
        <translation>Actie (eigenaar)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Note on the action</source>
        <translation>Notitie bij de actie</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>notitie (optioneel)</translation>
    </message>
    <message>
        <source>choose an outcome first</source>
        <translation>kies eerst een uitkomst</translation>
    </message>
    <message>
        <source>kept in this session&apos;s plan with the changes made here</source>
        <translation>blijft in het plan van deze sessie, met de wijzigingen van hier</translation>
    </message>
</context>
<context>
    <name>RoomControls</name>
    <message>
        <source>Audience window</source>
        <translation>Publieksscherm</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Presentatiemodus</translation>
    </message>
    <message>
        <source>Hide names on the projector</source>
        <translation>Namen verbergen op de beamer</translation>
    </message>
    <message>
        <source>Freeze projector</source>
        <translation>Beamer bevriezen</translation>
    </message>
    <message>
        <source>Projector profile for this session</source>
        <translation>Beamerprofiel voor deze sessie</translation>
    </message>
    <message>
        <source>Open the room for phones…</source>
        <translation>De ruimte openen voor telefoons…</translation>
    </message>
    <message>
        <source>❄ Projector frozen</source>
        <translation>❄ Beamer bevroren</translation>
    </message>
    <message>
        <source>Open a session first: the audience window shows a session.</source>
        <translation>Open eerst een sessie: het publieksscherm toont een sessie.</translation>
    </message>
</context>
<context>
    <name>RoomPhonesDialog</name>
    <message>
        <source>The room for phones</source>
        <translation>De ruimte voor telefoons</translation>
    </message>
    <message>
        <source>Address to listen on</source>
        <translation>Adres om op te luisteren</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>&amp;HTTPS</source>
        <translation>&amp;HTTPS</translation>
    </message>
    <message>
        <source>Encrypted, with a certificate this laptop makes now: each phone warns once; compare the fingerprint.</source>
        <translation>Versleuteld, met een certificaat dat deze laptop nu maakt: elke telefoon waarschuwt één keer; vergelijk de vingerafdruk.</translation>
    </message>
    <message>
        <source>&amp;Open the room</source>
        <translation>Ruimte &amp;openen</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Luisteren op</translation>
    </message>
    <message>
        <source>Show on the pro&amp;jector</source>
        <translation>Op de pro&amp;jector tonen</translation>
    </message>
    <message>
        <source>&amp;Pause input</source>
        <translation>Invoer &amp;pauzeren</translation>
    </message>
    <message>
        <source>Reveal the &amp;spread</source>
        <translation>&amp;Spreiding tonen</translation>
    </message>
    <message>
        <source>Reveal the &amp;votes</source>
        <translation>S&amp;temmen tonen</translation>
    </message>
    <message>
        <source>Add the phones&apos; dots to the focus points</source>
        <translation>De stippen van de telefoons bij de focuspunten optellen</translation>
    </message>
    <message>
        <source>Joined phones</source>
        <translation>Deelnemende telefoons</translation>
    </message>
    <message>
        <source>&amp;Remove phone</source>
        <translation>Telefoon &amp;verwijderen</translation>
    </message>
    <message>
        <source>The room could not open</source>
        <translation>De ruimte kon niet open</translation>
    </message>
    <message>
        <source>The room could not listen on %1:%2 (%3). Nothing changed; the session goes on without phones.</source>
        <translation>De ruimte kon niet luisteren op %1:%2 (%3). Er is niets veranderd; de sessie gaat door zonder telefoons.</translation>
    </message>
    <message>
        <source>Close the room?</source>
        <translation>De ruimte sluiten?</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) joined the room. Closing it now shows “closed” on every phone; what they sent is kept with the session.</source>
        <translation>
            <numerusform>%n telefoon doet mee in de ruimte. Sluiten laat nu op elke telefoon “gesloten” zien; wat ze stuurden blijft bij de sessie bewaard.</numerusform>
            <numerusform>%n telefoons doen mee in de ruimte. Sluiten laat nu op elke telefoon “gesloten” zien; wat ze stuurden blijft bij de sessie bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Ruimte sluiten</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Open laten</translation>
    </message>
    <message>
        <source>&amp;Close the room</source>
        <translation>Ruimte sl&amp;uiten</translation>
    </message>
    <message>
        <source>The room is closed: no phone can reach this laptop.</source>
        <translation>De ruimte is dicht: geen telefoon kan deze laptop bereiken.</translation>
    </message>
    <message>
        <source>Certificate fingerprint: %1</source>
        <translation>Vingerafdruk van het certificaat: %1</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>%1 joined · %2 answered · %3 proposals waiting</source>
        <translation>%1 doen mee · %2 hebben geantwoord · %3 voorstellen wachten</translation>
    </message>
    <message>
        <source>Refused: %1 wrong codes, %2 unknown addresses, %3 too fast or full, %4 malformed</source>
        <translation>Geweigerd: %1 verkeerde codes, %2 onbekende adressen, %3 te snel of vol, %4 onleesbaar</translation>
    </message>
    <message>
        <source>Spread for %1: %2</source>
        <translation>Spreiding voor %1: %2</translation>
    </message>
    <message>
        <source>Dots from the phones: %1</source>
        <translation>Stippen van de telefoons: %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefoon %1</translation>
    </message>
</context>
<context>
    <name>RoomPoster</name>
    <message>
        <source>Join with your phone</source>
        <translation>Doe mee met je telefoon</translation>
    </message>
    <message>
        <source>Join with your phone: scan the code or type the address</source>
        <translation>Doe mee met je telefoon: scan de code of typ het adres</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
</context>
<context>
    <name>SafetyPrompts</name>
    <message>
        <source>another program</source>
        <translation>een ander programma</translation>
    </message>
    <message>
        <source>This database is already open in Intervisie elsewhere (%1). To keep the two from overwriting each other&apos;s work, this window will not change it.

You can open it read-only to look, or close the other window first.</source>
        <translation>Deze database is elders al geopend in Intervisie (%1). Zodat de twee elkaars werk niet overschrijven, wijzigt dit venster haar niet.

Open haar alleen-lezen om te kijken, of sluit eerst het andere venster.</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Database in gebruik</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The database is damaged and cannot be opened safely. It has not been changed; a copy of it is kept as %1.</source>
        <translation>De database is beschadigd en kan niet veilig worden geopend. Ze is niet gewijzigd; een kopie is bewaard als %1.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Beschadigde database</translation>
    </message>
    <message>
        <source>There is no backup to restore from.</source>
        <translation>Er is geen back-up om terug te zetten.</translation>
    </message>
    <message>
        <source>The newest verified backup is from %1. Restoring it brings back everything saved up to then.</source>
        <translation>De nieuwste gecontroleerde back-up is van %1. Terugzetten brengt alles terug wat tot dan was opgeslagen.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>“%1” is already in this database. Merge the file into it (what changed on one side is taken; what changed on both sides is kept twice and listed), or keep both as separate communities?</source>
        <translation>“%1” staat al in deze database. Het bestand ermee samenvoegen (wat aan één kant is gewijzigd wordt overgenomen; wat aan beide kanten is gewijzigd wordt allebei bewaard en getoond), of beide bewaren als aparte community&apos;s?</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Al aanwezig</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide bewaren</translation>
    </message>
    <message>
        <source>The database is missing</source>
        <translation>De database ontbreekt</translation>
    </message>
    <message>
        <source>The database file %1 is missing or empty, but its backups show that it held the group&apos;s work. Nothing has been created or changed.</source>
        <translation>Het databasebestand %1 ontbreekt of is leeg, maar de back-ups laten zien dat het het werk van de groep bevatte. Er is niets aangemaakt of veranderd.</translation>
    </message>
    <message>
        <source>The newest verified backup is from %1 and holds %2 communities and %3 sessions. Restoring it brings back everything saved up to then.</source>
        <translation>De nieuwste gecontroleerde back-up is van %1 en bevat %2 community&apos;s en %3 sessies. Terugzetten brengt alles terug wat tot dan was opgeslagen.</translation>
    </message>
    <message>
        <source>None of its backups passes the integrity check; they are kept.</source>
        <translation>Geen van de back-ups slaagt voor de integriteitscontrole; ze blijven bewaard.</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Beginnen met een lege database</translation>
    </message>
</context>
<context>
    <name>SaidLinks</name>
    <message>
        <source>Connect A&apos;s chosen observation with B&apos;s:</source>
        <translation>Verbind de gekozen observatie van A met die van B:</translation>
    </message>
    <message>
        <source>Observation of B to connect with</source>
        <translation>Observatie van B om mee te verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect the two observations</source>
        <translation>Verbind de twee observaties</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Verbinding weghalen</translation>
    </message>
    <message>
        <source>Take the connection away</source>
        <translation>Haal de verbinding weg</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <source>An observation needs text.</source>
        <translation>Een observatie heeft tekst nodig.</translation>
    </message>
    <message>
        <source>An observation needs text; delete it if it may go.</source>
        <translation>Een observatie heeft tekst nodig; verwijder haar als ze weg mag.</translation>
    </message>
    <message>
        <source>Status {status} is not on the scale.</source>
        <translation>Status {status} bestaat niet op de schaal.</translation>
    </message>
    <message>
        <source>Unknown type of question: {complexity}</source>
        <translation>Onbekend type vraagstuk: {complexity}</translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation>Een sessie heeft een titel nodig.</translation>
    </message>
    <message>
        <source>Fill in a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <source>Give the community a name.</source>
        <translation>Geef de community een naam.</translation>
    </message>
    <message>
        <source>A focus point needs text.</source>
        <translation>Een focuspunt heeft tekst nodig.</translation>
    </message>
    <message>
        <source>The number of votes cannot be negative.</source>
        <translation>Het aantal stemmen kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Give your own theme a name.</source>
        <translation>Geef het eigen thema een naam.</translation>
    </message>
    <message>
        <source>Unknown theme: {theme}</source>
        <translation>Onbekend thema: {theme}</translation>
    </message>
    <message>
        <source>A step needs text.</source>
        <translation>Een stap heeft tekst nodig.</translation>
    </message>
    <message>
        <source>Describe the indicator or the moment of evaluation.</source>
        <translation>Beschrijf de indicator of het evaluatiemoment.</translation>
    </message>
    <message>
        <source>Unknown status: {status}</source>
        <translation>Onbekende status: {status}</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Een actie heeft een titel nodig.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>De einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <source>Unknown outcome: {outcome}</source>
        <translation>Onbekende uitkomst: {outcome}</translation>
    </message>
    <message>
        <source>This session is closed; reopen it to change it.</source>
        <translation>Deze sessie is afgesloten; heropen haar om te wijzigen.</translation>
    </message>
    <message>
        <source>A draft needs a place.</source>
        <translation>Een concept heeft een plaats nodig.</translation>
    </message>
    <message>
        <source>The database could not store this change (a text or number that does not fit: {detail}). Nothing was saved; what you typed is still on your screen.</source>
        <translation>De database kon deze wijziging niet opslaan (een tekst of getal dat niet past: {detail}). Er is niets opgeslagen; wat u typte staat nog op uw scherm.</translation>
    </message>
    <message>
        <source>This was removed in the meantime ({detail}). Nothing was changed.</source>
        <translation>Dit is intussen verwijderd ({detail}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Someone else saved this at the same moment, so this change was not saved. What you typed is still on your screen: save it again to replace theirs.</source>
        <translation>Iemand anders sloeg dit op hetzelfde moment op, dus deze wijziging is niet opgeslagen. Wat u typte staat nog op uw scherm: sla het opnieuw op om die van de ander te vervangen.</translation>
    </message>
    <message>
        <source>Someone else is running this session now, so the change was not saved. What you typed is still on your screen.</source>
        <translation>Iemand anders leidt deze sessie nu, dus de wijziging is niet opgeslagen. Wat u typte staat nog op uw scherm.</translation>
    </message>
    <message>
        <source>The {field} is too long: {length} characters, and it holds at most {limit}. Nothing was saved; your text is still on your screen: shorten it and it will be saved.</source>
        <translation>Het veld {field} is te lang: {length} tekens, en er passen er hoogstens {limit} in. Er is niets opgeslagen; uw tekst staat nog op uw scherm: maak hem korter en hij wordt opgeslagen.</translation>
    </message>
    <message>
        <source>The database cannot be written right now. Nothing you typed is lost: it will be saved once writing is possible again.</source>
        <translation>De database kan nu niet worden beschreven. Niets van wat u typte is verloren: het wordt opgeslagen zodra schrijven weer kan.</translation>
    </message>
    <message>
        <source>This exchange file cannot be imported: {problem}. Nothing was changed.</source>
        <translation>Dit uitwisselbestand kan niet worden geïmporteerd: {problem}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>“{community}” is already in this database ({here} of the {in_file} sessions in the file are here). Merge the file into it, or keep both as separate communities? Nothing has been changed yet.</source>
        <translation>“{community}” staat al in deze database ({here} van de {in_file} sessies in het bestand staan hier). Het bestand ermee samenvoegen, of beide als aparte gemeenschappen houden? Er is nog niets veranderd.</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>The model {model} {version} of this session has no element “{element}”. Nothing was saved.</source>
        <translation>Het model {model} {version} van deze sessie heeft geen onderdeel “{element}”. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Status {status} is not on the scale of the model {model} {version} ({lowest} to {highest}). Nothing was saved.</source>
        <translation>Status {status} staat niet op de schaal van het model {model} {version} ({lowest} tot {highest}). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The model has no element “{element}”; the theme was not changed.</source>
        <translation>Het model heeft geen onderdeel “{element}”; het thema is niet veranderd.</translation>
    </message>
    <message>
        <source>This action is not an open action of an earlier session of this community, so it cannot be reviewed here. Nothing was changed.</source>
        <translation>Deze actie is geen open actie uit een eerdere sessie van deze community, dus ze kan hier niet worden teruggeblikt. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Unknown verdict: {verdict}. Nothing was changed.</source>
        <translation>Onbekend oordeel: {verdict}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{path} already exists: take the community out into a new file. Nothing was changed.</source>
        <translation>{path} bestaat al: neem de gemeenschap mee in een nieuw bestand. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This community cannot be taken out: {problem}. Nothing was changed.</source>
        <translation>Deze gemeenschap kan niet worden meegenomen: {problem}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The community that was taken out is no longer in this file. Nothing was changed.</source>
        <translation>De meegenomen gemeenschap staat niet meer in dit bestand. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This file holds no community taken out of a shared database (`intervisie takeout` makes one). Nothing was changed.</source>
        <translation>Dit bestand bevat geen gemeenschap die uit een gedeelde database is meegenomen (`intervisie takeout` maakt er een). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This file was already brought back ({when} UTC). Take the community out again to work on it offline. Nothing was changed.</source>
        <translation>Dit bestand is al teruggebracht ({when} UTC). Neem de gemeenschap opnieuw mee om er offline aan te werken. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Close the database before restoring a backup. Nothing was changed.</source>
        <translation>Sluit de database voordat u een reservekopie terugzet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist. Nothing was changed.</source>
        <translation>Er bestaat geen reservekopie {path}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{path} is open in Intervisie elsewhere ({who}); close it there before restoring. Nothing was changed.</source>
        <translation>{path} is elders geopend in Intervisie ({who}); sluit het daar voordat u terugzet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The backup cannot be restored here: {problem}. Nothing was changed.</source>
        <translation>De reservekopie kan hier niet worden teruggezet: {problem}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The backup {name} is not whole ({problem}). Nothing was changed.</source>
        <translation>De reservekopie {name} is niet heel ({problem}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {problem}. The database was not replaced.</source>
        <translation>De reservekopie kon niet worden teruggezet: {problem}. De database is niet vervangen.</translation>
    </message>
    <message>
        <source>This data cannot be exported: {problem}. No file was written.</source>
        <translation>Deze gegevens kunnen niet worden geëxporteerd: {problem}. Er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Before importing, a backup must be made, and that failed: {problem}. Nothing was changed.</source>
        <translation>Voor het importeren moet een reservekopie worden gemaakt, en dat mislukte: {problem}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Give the full name of the person to erase.</source>
        <translation>Geef de volledige naam van de persoon die gewist moet worden.</translation>
    </message>
    <message>
        <source>The backup {name} did not check out after erasing: {problem}. The database itself has been cleaned.</source>
        <translation>De reservekopie {name} bleek na het wissen niet in orde: {problem}. De database zelf is opgeschoond.</translation>
    </message>
    <message>
        <source>This element is not part of the session&apos;s model.</source>
        <translation>Dit onderdeel hoort niet bij het model van de sessie.</translation>
    </message>
    <message>
        <source>That level is not on the status scale.</source>
        <translation>Dat niveau staat niet op de statusschaal.</translation>
    </message>
    <message>
        <source>A proposal needs text.</source>
        <translation>Een voorstel heeft tekst nodig.</translation>
    </message>
    <message>
        <source>A number of dots is a whole number, zero or more.</source>
        <translation>Een aantal stippen is een heel getal, nul of meer.</translation>
    </message>
    <message>
        <source>Each phone has {allowed} dots.</source>
        <translation>Elke telefoon heeft {allowed} stippen.</translation>
    </message>
    <message>
        <source>That focus point is not in this session.</source>
        <translation>Dat focuspunt hoort niet bij deze sessie.</translation>
    </message>
    <message>
        <source>Both observations belong to the same community: connecting is for the observations of two communities. Nothing was changed.</source>
        <translation>Beide observaties horen bij dezelfde community: verbinden is voor de observaties van twee communities. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Version {version} of the model {model} is not on this computer. Nothing was changed.</source>
        <translation>Versie {version} van het model {model} staat niet op deze computer. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Version {version} of the model {model} is already here with a different content; a changed model needs a new version number. Nothing was changed.</source>
        <translation>Versie {version} van het model {model} is hier al, met een andere inhoud; een veranderd model krijgt een nieuw versienummer. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This session uses version {current} of the model; it can only move to a newer version, not to {version}. Nothing was changed.</source>
        <translation>Deze sessie gebruikt versie {current} van het model; ze kan alleen naar een nieuwere versie, niet naar {version}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This model file cannot be used: {detail}. Nothing was changed.</source>
        <translation>Dit modelbestand is niet te gebruiken: {detail}. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>SessionCanvasWindow</name>
    <message>
        <source>Model of one session</source>
        <translation>Model van één sessie</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Read-only view: the session is changed in the session itself.</source>
        <translation>Alleen-lezen: wijzigen gebeurt in de sessie zelf.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>%1 is running this session now, so your change was not saved. What you typed is still here.</source>
        <translation>%1 leidt deze sessie nu, dus de wijziging is niet opgeslagen. Wat er getypt is, staat er nog.</translation>
    </message>
    <message>
        <source>Someone else saved this at the same moment, so your change was not saved. What you typed is still here: save it again to replace theirs.</source>
        <translation>Iemand anders sloeg dit op hetzelfde moment op, dus de wijziging is niet opgeslagen. Wat er getypt is, staat er nog: opnieuw opslaan vervangt de andere versie.</translation>
    </message>
    <message>
        <source>Someone else changed this choice in the meantime, so yours was not saved. Your ticks are still here: change them again to replace theirs.</source>
        <translation>Iemand anders heeft deze keuze intussen veranderd, dus de jouwe is niet opgeslagen. Jouw vinkjes staan er nog: verander ze opnieuw om de andere keuze te vervangen.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. It now reads: “%1”. Your text was not saved and is still here: save it again to replace theirs.</source>
        <translation>Iemand anders heeft dit intussen gewijzigd. Er staat nu: “%1”. Deze tekst is niet opgeslagen en staat er nog: opnieuw opslaan vervangt de andere versie.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Titel van de sessie</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Datum van de sessie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Procesbegeleider</translation>
    </message>
    <message>
        <source>Continues from</source>
        <translation>Bouwt voort op</translation>
    </message>
    <message>
        <source>(a first session)</source>
        <translation>(een eerste sessie)</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Geef de sessie een titel.</translation>
    </message>
    <message>
        <source>Type the date as dd-mm-yyyy, for example 15-03-2027.</source>
        <translation>Typ de datum als dd-mm-jjjj, bijvoorbeeld 15-03-2027.</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Modelversie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message>
        <source>Export report as PDF…</source>
        <translation>Verslag exporteren als pdf…</translation>
    </message>
    <message>
        <source>Export report with options…</source>
        <translation>Verslag exporteren met opties…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Verslag afdrukken…</translation>
    </message>
    <message>
        <source>Export action list…</source>
        <translation>Actielijst exporteren…</translation>
    </message>
    <message>
        <source>Export placemat (A3)…</source>
        <translation>Placemat exporteren (A3)…</translation>
    </message>
    <message>
        <source>Save the model as PNG…</source>
        <translation>Model opslaan als PNG…</translation>
    </message>
    <message>
        <source>Save the model as SVG…</source>
        <translation>Model opslaan als SVG…</translation>
    </message>
    <message>
        <source>Back to communities</source>
        <translation>Terug naar community&apos;s</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Verslag exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export action list</source>
        <translation>Actielijst exporteren</translation>
    </message>
    <message>
        <source>The action list could not be written to %1: %2. Nothing in the session was changed.</source>
        <translation>De actielijst kon niet worden geschreven naar %1: %2. Er is niets in de sessie veranderd.</translation>
    </message>
    <message>
        <source>Export placemat</source>
        <translation>Placemat exporteren</translation>
    </message>
    <message>
        <source>The placemat could not be written to %1: %2. Nothing in the session was changed.</source>
        <translation>De placemat kon niet worden geschreven naar %1: %2. Er is niets in de sessie veranderd.</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>Model opslaan</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The picture could not be written: %1</source>
        <translation>De afbeelding kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Move to a newer model version…</source>
        <translation>Naar een nieuwere modelversie…</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Modelversie</translation>
    </message>
    <message>
        <source>This session uses version %1, the newest there is.</source>
        <translation>Deze sessie gebruikt versie %1, de nieuwste die er is.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>This session is open in another Intervisie window, so this window only shows it and changes nothing.</source>
        <translation>Deze sessie is geopend in een ander Intervisie-venster; dit venster toont haar alleen en wijzigt niets.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Vorige</translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation>Vorige fase</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Volgende →</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Volgende fase</translation>
    </message>
    <message>
        <source>This session is closed and can only be read. Reopen it in the closing stage to change it.</source>
        <translation>Deze sessie is afgesloten en kan alleen worden gelezen. Heropen haar in de afronding om iets te wijzigen.</translation>
    </message>
    <message>
        <source>✓ everything saved</source>
        <translation>✓ alles opgeslagen</translation>
    </message>
    <message>
        <source>✓ saved %1</source>
        <translation>✓ opgeslagen %1</translation>
    </message>
    <message>
        <source>⚠ not saved yet</source>
        <translation>⚠ nog niet opgeslagen</translation>
    </message>
    <message>
        <source>The database cannot be written at the moment (%1). Everything you type stays on screen and is saved as soon as writing works again; keep going.</source>
        <translation>De database kan op dit moment niet worden beschreven (%1). Alles wat getypt wordt, blijft op het scherm en wordt opgeslagen zodra schrijven weer lukt; gewoon doorgaan.</translation>
    </message>
    <message>
        <source>✎ being saved…</source>
        <translation>✎ wordt opgeslagen…</translation>
    </message>
</context>
<context>
    <name>SessionPresence</name>
    <message>
        <source>Session in use</source>
        <translation>Sessie in gebruik</translation>
    </message>
    <message>
        <source>This session is still marked as open on this computer since %1, probably by a window that closed unexpectedly.</source>
        <translation>Deze sessie staat op deze computer sinds %1 nog als geopend gemarkeerd, waarschijnlijk door een venster dat onverwacht is gesloten.</translation>
    </message>
    <message>
        <source>%1 has had this session open since %2.</source>
        <translation>%1 heeft deze sessie open sinds %2.</translation>
    </message>
    <message>
        <source>You can look at it without changing anything, or take it over: then the other window stops saving.</source>
        <translation>Bekijk haar zonder iets te wijzigen, of neem haar over: dan stopt het andere venster met opslaan.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Overnemen</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Summary of the session</source>
        <translation>Samenvatting van de sessie</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Deelnemers (%1)</translation>
    </message>
    <message>
        <source>Nobody recorded yet.</source>
        <translation>Nog niemand vastgelegd.</translation>
    </message>
    <message>
        <source>Status per element (%1 of %2 assessed)</source>
        <translation>Status per element (%1 van %2 besproken)</translation>
    </message>
    <message>
        <source>Focus points (%1)</source>
        <translation>Focuspunten (%1)</translation>
    </message>
    <message>
        <source>No focus points yet.</source>
        <translation>Nog geen focuspunten.</translation>
    </message>
    <message>
        <source>No votes cast yet.</source>
        <translation>Nog geen stemmen uitgebracht.</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 stemmen</translation>
    </message>
    <message>
        <source>Way forward</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Pad: %1</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>nog niet gekozen</translation>
    </message>
    <message>
        <source>Themes (%1): %2</source>
        <translation>Thema&apos;s (%1): %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>Ambition: %1</source>
        <translation>Ambitie: %1</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>nog niet geschreven</translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation>Acties (%1)</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Nog geen acties.</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>nog geen eigenaar</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>Earlier actions: ✓ %1 done · → %2 continued · ✗ %3 dropped · – %4 open</source>
        <translation>Eerdere acties: ✓ %1 afgerond · → %2 loopt door · ✗ %3 geschrapt · – %4 open</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>next / previous stage</source>
        <translation>volgende / vorige fase</translation>
    </message>
    <message>
        <source>go to a stage (opening … closing)</source>
        <translation>naar een fase (opening … afronding)</translation>
    </message>
    <message>
        <source>add the typed line (observation, focus point, step, …)</source>
        <translation>getypte regel toevoegen (observatie, focuspunt, stap, …)</translation>
    </message>
    <message>
        <source>edit the selected line in place</source>
        <translation>gekozen regel ter plekke bewerken</translation>
    </message>
    <message>
        <source>delete the selected line</source>
        <translation>gekozen regel verwijderen</translation>
    </message>
    <message>
        <source>undo the last delete</source>
        <translation>laatste verwijdering ongedaan maken</translation>
    </message>
    <message>
        <source>move the selected line up or down</source>
        <translation>gekozen regel omhoog of omlaag verplaatsen</translation>
    </message>
    <message>
        <source>in a list: set the selected line&apos;s status (0 = not assessed)</source>
        <translation>in een lijst: status van de gekozen regel instellen (0 = niet besproken)</translation>
    </message>
    <message>
        <source>in the focus list: one vote more or less</source>
        <translation>in de lijst met focuspunten: één stem meer of minder</translation>
    </message>
    <message>
        <source>start or stop the stage timer</source>
        <translation>fasetimer starten of stoppen</translation>
    </message>
    <message>
        <source>show or hide the model</source>
        <translation>model tonen of verbergen</translation>
    </message>
    <message>
        <source>enlarge the model</source>
        <translation>model vergroten</translation>
    </message>
    <message>
        <source>open or close the audience window (projector)</source>
        <translation>publieksscherm openen of sluiten (beamer)</translation>
    </message>
    <message>
        <source>presentation mode on one screen (on / off)</source>
        <translation>presentatiemodus op één scherm (aan / uit)</translation>
    </message>
    <message>
        <source>larger / smaller text</source>
        <translation>grotere / kleinere tekst</translation>
    </message>
    <message>
        <source>in the review of earlier actions: done / continues / stopped, 0 clears</source>
        <translation>bij het terugblikken op eerdere acties: afgerond / loopt door / geschrapt, 0 wist</translation>
    </message>
    <message>
        <source>in a date field: open the calendar</source>
        <translation>in een datumveld: de kalender openen</translation>
    </message>
    <message>
        <source>new session of the selected community</source>
        <translation>nieuwe sessie van de gekozen community</translation>
    </message>
    <message>
        <source>new community</source>
        <translation>nieuwe community</translation>
    </message>
    <message>
        <source>back to the communities and sessions</source>
        <translation>terug naar de communities en sessies</translation>
    </message>
    <message>
        <source>export the report as PDF</source>
        <translation>het verslag als PDF exporteren</translation>
    </message>
    <message>
        <source>export the report with options</source>
        <translation>het verslag met opties exporteren</translation>
    </message>
    <message>
        <source>print the report</source>
        <translation>het verslag afdrukken</translation>
    </message>
    <message>
        <source>close a community window (timeline, compare, …)</source>
        <translation>een communityvenster sluiten (tijdlijn, vergelijken, …)</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>deze lijst</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>afsluiten</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>open a menu (the underlined letter)</source>
        <translation>een menu openen (de onderstreepte letter)</translation>
    </message>
    <message>
        <source>the model editor (a new version of the model)</source>
        <translation>de modeleditor (een nieuwe versie van het model)</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Kernvraag</translation>
    </message>
</context>
<context>
    <name>StageRail</name>
    <message>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
</context>
<context>
    <name>StageTimer</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timer minutes</source>
        <translation>Minuten voor de timer</translation>
    </message>
    <message>
        <source>Stage timer</source>
        <translation>Fasetimer</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>00:00 time is up</source>
        <translation>00:00 tijd is om</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Storage notice</source>
        <translation>Melding over de opslag</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <source>This database cannot be written where it is (a write-protected stick, a read-only share or folder). It is open read-only: you can look, print and export, and nothing is changed. To work in it, copy it to this computer or remove the write protection.</source>
        <translation>Op deze plek kan er niet in de database worden geschreven (een beveiligde stick, een alleen-lezen netwerkmap of map). Ze is alleen-lezen geopend: u kunt kijken, afdrukken en exporteren, en er verandert niets. Om erin te werken: kopieer haar naar deze computer of haal de schrijfbeveiliging eraf.</translation>
    </message>
    <message>
        <source>The lock file beside the database cannot be written (%1), so this window cannot make sure it is the only one writing. It is open read-only: nothing is changed.</source>
        <translation>Het slotbestand naast de database kan niet worden geschreven (%1), dus dit venster kan niet zeker weten dat het als enige schrijft. De database is alleen-lezen geopend: er verandert niets.</translation>
    </message>
    <message>
        <source>This database is open in Intervisie elsewhere, so this window only shows it: changes are not saved here. Nothing that was saved has changed.</source>
        <translation>Deze database is elders in Intervisie geopend, dus dit venster laat haar alleen zien: wijzigingen worden hier niet opgeslagen. Wat al was opgeslagen, is niet veranderd.</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>Characters</source>
        <translation>Tekens</translation>
    </message>
    <message>
        <source>%1 of %2 characters: the rest did not fit</source>
        <translation>%1 van %2 tekens: de rest paste niet</translation>
    </message>
    <message>
        <source>%1 of %2 characters: too long to save, please shorten</source>
        <translation>%1 van %2 tekens: te lang om op te slaan, maak het korter</translation>
    </message>
    <message>
        <source>This field holds at most %1 characters.</source>
        <translation>Dit veld bevat hoogstens %1 tekens.</translation>
    </message>
</context>
<context>
    <name>ThemeElements</name>
    <message>
        <source>Theme whose model elements are shown</source>
        <translation>Thema waarvan de onderdelen van het model getoond worden</translation>
    </message>
    <message>
        <source>Model elements the theme works on</source>
        <translation>Onderdelen van het model waar het thema aan werkt</translation>
    </message>
    <message>
        <source>The theme works on these elements of the model:</source>
        <translation>Het thema werkt aan deze onderdelen van het model:</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>%1 in time</source>
        <translation>%1 door de tijd</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Note on model versions</source>
        <translation>Opmerking over modelversies</translation>
    </message>
    <message>
        <source>Status of each element across the sessions</source>
        <translation>Status van elk element over de sessies</translation>
    </message>
    <message>
        <source>Elements shown in the chart</source>
        <translation>Elementen in de grafiek</translation>
    </message>
    <message>
        <source>Sessions: Enter opens the model of a session</source>
        <translation>Sessies: Enter opent het model van een sessie</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elementen</translation>
    </message>
    <message>
        <source>Sessions (Enter or double-click opens the model)</source>
        <translation>Sessies (Enter of dubbelklik opent het model)</translation>
    </message>
    <message>
        <source>This community has no sessions yet.</source>
        <translation>Deze community heeft nog geen sessies.</translation>
    </message>
    <message>
        <source>Lines with the same status are drawn slightly apart, so that each stays visible.</source>
        <translation>Lijnen met dezelfde status liggen iets uit elkaar, zodat elke lijn zichtbaar blijft.</translation>
    </message>
    <message>
        <source>Sessions made with different versions of the model are compared where their elements match. Not in every version (missing in): %1. Lines with the same status are drawn slightly apart.</source>
        <translation>Sessies met verschillende versies van het model worden vergeleken waar hun elementen overeenkomen. Niet in elke versie (ontbreekt in): %1. Lijnen met dezelfde status liggen iets uit elkaar.</translation>
    </message>
    <message>
        <source> A hollow marker: carried over from the session before and not confirmed, so not re-assessed by the group.</source>
        <translation> Een open markering: overgenomen uit de vorige sessie en niet bevestigd, dus niet opnieuw beoordeeld door de groep.</translation>
    </message>
    <message>
        <source>Views over time</source>
        <translation>Weergaven door de tijd</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statussen</translation>
    </message>
    <message>
        <source>Development path</source>
        <translation>Ontwikkelpad</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
</context>
<context>
    <name>VertrekpuntPage</name>
    <message>
        <source>Elements of the model</source>
        <translation>Elementen van het model</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Status of the element</source>
        <translation>Status van het element</translation>
    </message>
    <message>
        <source>Use suggested status</source>
        <translation>Voorstel overnemen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transitie</translation>
    </message>
    <message>
        <source>Context note</source>
        <translation>Contextnotitie</translation>
    </message>
    <message>
        <source>Context: policy frames, programme lines, …</source>
        <translation>Context: beleidskaders, programmalijnen, …</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message>
        <source>+ add an observation (Enter)</source>
        <translation>+ observatie toevoegen (Enter)</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Voorstel: %1</translation>
    </message>
    <message>
        <source>The middle status of the observations. The group decides.</source>
        <translation>De middelste status van de observaties. De groep beslist.</translation>
    </message>
    <message>
        <source>Trans.</source>
        <comment>short for Transition, a column heading</comment>
        <translation>Trans.</translation>
    </message>
    <message>
        <source>Actions serving the observation: Enter goes there</source>
        <translation>Acties die bij deze observatie horen: Enter gaat daarheen</translation>
    </message>
</context>
<context>
    <name>VervolgPage</name>
    <message>
        <source>Parts of the way forward</source>
        <translation>Onderdelen van het vervolg</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>On track?</source>
        <translation>Op koers?</translation>
    </message>
    <message>
        <source>Which innovation themes does the group work on? Tick the model&apos;s themes (the regional RIS3 leads) and add your own.</source>
        <translation>Aan welke innovatiethema&apos;s werkt de groep? Vink de thema&apos;s van het model aan (de regionale RIS3 is leidend) en voeg eigen thema&apos;s toe.</translation>
    </message>
    <message>
        <source>Innovation themes</source>
        <translation>Innovatiethema&apos;s</translation>
    </message>
    <message>
        <source>+ add an own theme (Enter)</source>
        <translation>+ eigen thema toevoegen (Enter)</translation>
    </message>
    <message>
        <source>Own theme</source>
        <translation>Eigen thema</translation>
    </message>
    <message>
        <source>  (own)</source>
        <translation>  (eigen)</translation>
    </message>
    <message>
        <source>The ambition, in the group&apos;s own words.</source>
        <translation>De ambitie, in de eigen woorden van de groep.</translation>
    </message>
    <message>
        <source>Where does the group want to be? For example: a green motor for the region …</source>
        <translation>Waar wil de groep staan? Bijvoorbeeld: een groene motor voor de regio …</translation>
    </message>
    <message>
        <source>Which steps matter? Start from the worked example or type your own; F2 edits, Alt+Up/Down moves, Delete removes.</source>
        <translation>Welke stappen doen ertoe? Begin bij het uitgewerkte voorbeeld of typ eigen stappen; F2 bewerkt, Alt+Omhoog/Omlaag verplaatst, Delete verwijdert.</translation>
    </message>
    <message>
        <source>Use the five steps of the worked example</source>
        <translation>De vijf stappen uit het voorbeeld gebruiken</translation>
    </message>
    <message>
        <source>+ add a step (Enter)</source>
        <translation>+ stap toevoegen (Enter)</translation>
    </message>
    <message>
        <source>How will the group see whether it is on track? Indicators and review moments, each with a date if it has one.</source>
        <translation>Hoe ziet de groep of ze op koers is? Indicatoren en evaluatiemomenten, elk met een datum als die er is.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Review moment</source>
        <translation>Evaluatiemoment</translation>
    </message>
    <message>
        <source>Indicators and review moments</source>
        <translation>Indicatoren en evaluatiemomenten</translation>
    </message>
    <message>
        <source>+ add an indicator or review moment (Enter)</source>
        <translation>+ indicator of evaluatiemoment toevoegen (Enter)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date of the selected line</source>
        <translation>Datum van de gekozen regel</translation>
    </message>
    <message>
        <source>Type the date as dd-mm-yyyy, or leave it empty for no date.</source>
        <translation>Typ de datum als dd-mm-jjjj, of laat het veld leeg voor geen datum.</translation>
    </message>
    <message>
        <source>Date of the selected line:</source>
        <translation>Datum van de gekozen regel:</translation>
    </message>
</context>
<context>
    <name>WaitingEdits</name>
    <message>
        <source>%1 edit(s) could not be saved yet: the database cannot be written at the moment. They are still here, and are saved as soon as writing works again.

Keep the window open, save them to a file somewhere else (a USB stick, the desktop: File → Bring back saved edits… puts them in later), or discard them.</source>
        <translation>%1 wijziging(en) konden nog niet worden opgeslagen: de database kan op dit moment niet worden beschreven. Ze staan nog hier en worden opgeslagen zodra schrijven weer lukt.

Laat het venster open, sla ze op in een bestand op een andere plek (een USB-stick, het bureaublad: Bestand → Opgeslagen wijzigingen terugzetten… zet ze later terug), of gooi ze weg.</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Venster open laten</translation>
    </message>
    <message>
        <source>Save them to a file…</source>
        <translation>Opslaan in een bestand…</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Edits are waiting to be saved</source>
        <translation>Wijzigingen wachten op opslaan</translation>
    </message>
    <message>
        <source>Save the waiting edits</source>
        <translation>De wachtende wijzigingen opslaan</translation>
    </message>
    <message>
        <source>The edits could not be written to %1 (%2). They are still waiting here; choose another place.</source>
        <translation>De wijzigingen konden niet naar %1 worden geschreven (%2). Ze wachten hier nog; kies een andere plek.</translation>
    </message>
    <message>
        <source>%1 edit(s) are in %2. Bring them back with File → Bring back saved edits… when the database can be written.</source>
        <translation>%1 wijziging(en) staan in %2. Zet ze terug met Bestand → Opgeslagen wijzigingen terugzetten… zodra de database weer beschreven kan worden.</translation>
    </message>
    <message>
        <source>Bring back saved edits</source>
        <translation>Opgeslagen wijzigingen terugzetten</translation>
    </message>
    <message>
        <source>%1 is not a file of saved edits. Nothing was changed.</source>
        <translation>%1 is geen bestand met opgeslagen wijzigingen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The database cannot be written at the moment: %1 of %2 edit(s) were saved, the other %3 stay in the file. Bring it back again when writing works.</source>
        <translation>De database kan op dit moment niet worden beschreven: %1 van %2 wijziging(en) zijn opgeslagen, de andere %3 blijven in het bestand. Zet het opnieuw terug zodra schrijven weer lukt.</translation>
    </message>
    <message>
        <source>%1 edit(s) were saved.</source>
        <translation>%1 wijziging(en) opgeslagen.</translation>
    </message>
    <message>
        <source>%1 could not be applied any more (for example because the line was deleted meanwhile).</source>
        <translation>%1 kon(den) niet meer worden doorgevoerd (bijvoorbeeld omdat de regel intussen is verwijderd).</translation>
    </message>
    <message>
        <source>Edits from last time</source>
        <translation>Wijzigingen van de vorige keer</translation>
    </message>
    <message>
        <source>%1 edit(s) were waiting to be saved when Intervisie stopped last time. They were kept outside the database. Apply them now?</source>
        <translation>%1 wijziging(en) wachtten op opslaan toen Intervisie de vorige keer stopte. Ze zijn buiten de database bewaard. Nu doorvoeren?</translation>
    </message>
    <message>
        <source>Apply them</source>
        <translation>Doorvoeren</translation>
    </message>
    <message>
        <source>Keep them for later</source>
        <translation>Bewaren voor later</translation>
    </message>
    <message>
        <source>The database cannot be written yet: %1 edit(s) are still kept and offered at the next start.</source>
        <translation>De database kan nog niet worden beschreven: %1 wijziging(en) blijven bewaard en worden bij de volgende start weer aangeboden.</translation>
    </message>
</context>
</TS>
