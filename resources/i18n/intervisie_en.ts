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
</TS>
