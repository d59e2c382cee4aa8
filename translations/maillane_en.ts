<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LoadReports</name>
    <message numerus="yes">
        <source>%Ln file(s) could not be opened; the others are loaded.</source>
        <translation>
            <numerusform>%Ln file could not be opened; the others are loaded.</numerusform>
            <numerusform>%Ln files could not be opened; the others are loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in the folders were not mail logs and were skipped.</source>
        <translation>
            <numerusform>%Ln file in the folders was not a mail log and was skipped.</numerusform>
            <numerusform>%Ln files in the folders were not mail logs and were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln message(s) match.</source>
        <translation>
            <numerusform>%Ln message matches.</numerusform>
            <numerusform>%Ln messages match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln event shown</numerusform>
            <numerusform>%1 of %Ln events shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unparsed</source>
        <translation>
            <numerusform>%Ln unparsed</numerusform>
            <numerusform>%Ln unparsed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
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
    <name>OutOfMemory</name>
    <message numerus="yes">
        <source>Not enough memory to correlate the messages of %Ln line(s). Close some logs or other programs, or load fewer files at once.</source>
        <translation>
            <numerusform>Not enough memory to correlate the messages of %Ln line. Close some logs or other programs, or load fewer files at once.</numerusform>
            <numerusform>Not enough memory to correlate the messages of %Ln lines. Close some logs or other programs, or load fewer files at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceTexts</name>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln block</numerusform>
            <numerusform>%Ln blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%Ln line(s) in total</source>
        <translation>
            <numerusform>%Ln line in total</numerusform>
            <numerusform>%Ln lines in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) in the path of %1:</source>
        <translation>
            <numerusform>%Ln message in the path of %1:</numerusform>
            <numerusform>%Ln messages in the path of %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unparsed</source>
        <comment>lines</comment>
        <translation>
            <numerusform>%Ln unparsed</numerusform>
            <numerusform>%Ln unparsed</numerusform>
        </translation>
    </message>
</context>
</TS>
