<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) could not be opened.</source>
        <translation>
            <numerusform>%n file could not be opened.</numerusform>
            <numerusform>%n files could not be opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
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
