<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CarriedNote</name>
    <message numerus="yes">
        <source>Carried over from the previous session, not yet confirmed: the status and %n observation(s) (in italics).</source>
        <translation>
            <numerusform>Carried over from the previous session, not yet confirmed: the status and %n observation (in italics).</numerusform>
            <numerusform>Carried over from the previous session, not yet confirmed: the status and %n observations (in italics).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carried over from the previous session, not yet confirmed: %n observation(s) (in italics).</source>
        <translation>
            <numerusform>Carried over from the previous session, not yet confirmed: %n observation (in italics).</numerusform>
            <numerusform>Carried over from the previous session, not yet confirmed: %n observations (in italics).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataWords</name>
    <message numerus="yes">
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n session written to %1.</numerusform>
            <numerusform>%n sessions written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): changed here and in the file. Both versions are kept; the file&apos;s is marked [Conflict: versie uit het bestand …]:</source>
        <translation>
            <numerusform>%n conflict: changed here and in the file. Both versions are kept; the file&apos;s is marked [Conflict: versie uit het bestand …]:</numerusform>
            <numerusform>%n conflicts: changed here and in the file. Both versions are kept; the file&apos;s is marked [Conflict: versie uit het bestand …]:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseWords</name>
    <message numerus="yes">
        <source>also in %n backup(s)</source>
        <translation>
            <numerusform>also in %n backup</numerusform>
            <numerusform>also in %n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s)</source>
        <translation>
            <numerusform>%n participation</numerusform>
            <numerusform>%n participations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person(s)</source>
        <translation>
            <numerusform>%n contact person</numerusform>
            <numerusform>%n contact persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) as facilitator</source>
        <translation>
            <numerusform>%n time as facilitator</numerusform>
            <numerusform>%n times as facilitator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action owner(s)</source>
        <translation>
            <numerusform>%n action owner</numerusform>
            <numerusform>%n action owners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner entry(ies)</source>
        <translation>
            <numerusform>%n partner entry</numerusform>
            <numerusform>%n partner entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in texts</source>
        <translation>
            <numerusform>%n mention in texts</numerusform>
            <numerusform>%n mentions in texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) rewritten</source>
        <translation>
            <numerusform>%n backup rewritten</numerusform>
            <numerusform>%n backups rewritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged copy(ies) overwritten</source>
        <translation>
            <numerusform>%n damaged copy overwritten</numerusform>
            <numerusform>%n damaged copies overwritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leftover file(s) deleted</source>
        <translation>
            <numerusform>%n leftover file deleted</numerusform>
            <numerusform>%n leftover files deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%1
%n session(s)</source>
        <translation>
            <numerusform>%1
%n session</numerusform>
            <numerusform>%1
%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPhonesDialog</name>
    <message numerus="yes">
        <source>%n phone(s) joined the room. Closing it now shows “closed” on every phone; what they sent is kept with the session.</source>
        <translation>
            <numerusform>%n phone joined the room. Closing it now shows “closed” on every phone; what they sent is kept with the session.</numerusform>
            <numerusform>%n phones joined the room. Closing it now shows “closed” on every phone; what they sent is kept with the session.</numerusform>
        </translation>
    </message>
</context>
</TS>
