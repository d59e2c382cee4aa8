<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened; the others are loaded.</source>
        <translation>
            <numerusform>%n file could not be opened; the others are loaded.</numerusform>
            <numerusform>%n files could not be opened; the others are loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders were not mail logs and were skipped.</source>
        <translation>
            <numerusform>%n file in the folders was not a mail log and was skipped.</numerusform>
            <numerusform>%n files in the folders were not mail logs and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) match.</source>
        <translation>
            <numerusform>%n message matches.</numerusform>
            <numerusform>%n messages match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%1 of %n event shown</numerusform>
            <numerusform>%1 of %n events shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unparsed</source>
        <translation>
            <numerusform>%n unparsed</numerusform>
            <numerusform>%n unparsed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageColumn</name>
    <message numerus="yes">
        <source>%1 +%n more</source>
        <extracomment>%1 is the first three recipient addresses, %n how many more the message has</extracomment>
        <translation>
            <numerusform>%1 +%n more</numerusform>
            <numerusform>%1 +%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceTexts</name>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n line(s) in total</source>
        <translation>
            <numerusform>%n line in total</numerusform>
            <numerusform>%n lines in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the path of %1:</source>
        <translation>
            <numerusform>%n message in the path of %1:</numerusform>
            <numerusform>%n messages in the path of %1:</numerusform>
        </translation>
    </message>
</context>
</TS>
