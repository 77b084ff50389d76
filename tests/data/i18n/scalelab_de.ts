<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Two translated strings for tst_settings: enough to see that a translator is installed
     and that a rebuilt window speaks it, before translations/ is filled. -->
<TS version="2.1" language="de_DE">
<context>
    <name>scalelab::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
</context>
<context>
    <name>scalelab::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
</TS>
