<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>SelfCheck</name>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="53" />
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="54" />
        <source>Qt platform plugin "{}"</source>
        <translation>Qt-Plattform-Plugin „{}“</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="55" />
        <source>Desktop platform plugin "{}"</source>
        <translation>Desktop-Plattform-Plugin „{}“</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="56" />
        <source>Python modules</source>
        <translation>Python-Module</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="57" />
        <source>Layout files (.ui)</source>
        <translation>Layout-Dateien (.ui)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="58" />
        <source>Translations ({})</source>
        <translation>Übersetzungen ({})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="59" />
        <source>Qt's own translation ({})</source>
        <translation>Qt-eigene Übersetzung ({})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="60" />
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="61" />
        <source>Keychain backends (entry points)</source>
        <translation>Schlüsselbund-Backends (Entry Points)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="62" />
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="63" />
        <source>Configuration directory</source>
        <translation>Konfigurationsordner</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="66" />
        <source>loaded from {}</source>
        <translation>geladen aus {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="67" />
        <source>not found in {}</source>
        <translation>nicht gefunden in {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="68" />
        <source>found but does not load: {}</source>
        <translation>gefunden, lässt sich aber nicht laden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="69" />
        <source>shipped ({}); it does not load here ({}), which matters only in a Wayland session</source>
        <translation>mitgeliefert ({}); lässt sich hier nicht laden ({}) – das ist nur in einer Wayland-Sitzung von Bedeutung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="71" />
        <source>the application object could not be created: {}</source>
        <translation>das Anwendungsobjekt konnte nicht erstellt werden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="72" />
        <source>not checked: the Qt platform plugin did not start</source>
        <translation>nicht geprüft: Das Qt-Plattform-Plugin ist nicht gestartet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="73" />
        <source>all {} import</source>
        <translation>alle {} lassen sich importieren</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="74" />
        <source>{} of {} do not import: {}</source>
        <translation>{} von {} lassen sich nicht importieren: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="75" />
        <source>{} load from {}</source>
        <translation>{} geladen aus {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="76" />
        <source>no .ui file found in {}</source>
        <translation>keine .ui-Datei gefunden in {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="77" />
        <source>do not load: {}</source>
        <translation>lassen sich nicht laden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="78" />
        <source>{} load and are not empty</source>
        <translation>{} geladen und nicht leer</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="79" />
        <source>no catalogue found in {}</source>
        <translation>kein Katalog gefunden in {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="80" />
        <source>do not load or are empty: {}</source>
        <translation>lassen sich nicht laden oder sind leer: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="81" />
        <source>areas without both languages: {}</source>
        <translation>Bereiche ohne beide Sprachen: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="82" />
        <source>{} loads</source>
        <translation>{} geladen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="83" />
        <source>{} not found in {}</source>
        <translation>{} nicht gefunden in {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="84" />
        <source>built and shown on "{}": {}</source>
        <translation>erstellt und angezeigt auf „{}“: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="85" />
        <source>could not be built: {}</source>
        <translation>konnte nicht erstellt werden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="86" />
        <source>it did not become visible</source>
        <translation>es wurde nicht sichtbar</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="87" />
        <source>asked a question while opening: {}</source>
        <translation>hat beim Öffnen eine Rückfrage gestellt: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="88" />
        <source>{} found, including {}</source>
        <translation>{} gefunden, darunter {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="89" />
        <source>{} is not among the entry points found: {}</source>
        <translation>{} fehlt unter den gefundenen Entry Points: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="90" />
        <source>{}: a throw-away entry was stored, read back and deleted</source>
        <translation>{}: Ein Wegwerf-Eintrag wurde gespeichert, zurückgelesen und gelöscht</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="91" />
        <source>{} is not a keychain (it keeps passwords in a file or nowhere)</source>
        <translation>{} ist kein Schlüsselbund (es legt Kennwörter in einer Datei oder gar nicht ab)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="93" />
        <source>{}: the entry read back differs from the one stored</source>
        <translation>{}: Der zurückgelesene Eintrag weicht vom gespeicherten ab</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="94" />
        <source>{}: the throw-away entry is still there after deleting it</source>
        <translation>{}: Der Wegwerf-Eintrag ist nach dem Löschen noch vorhanden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="95" />
        <source>{}: no answer within {} s (is the keychain locked and waiting for its password?)</source>
        <translation>{}: keine Antwort innerhalb von {} s (ist der Schlüsselbund gesperrt und wartet auf sein Kennwort?)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="97" />
        <source>{} is writable</source>
        <translation>{} ist beschreibbar</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="98" />
        <source>{} is not writable: {}</source>
        <translation>{} ist nicht beschreibbar: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="99" />
        <source>All {} checks passed.</source>
        <translation>Alle {} Prüfungen bestanden.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="100" />
        <source>{} of {} checks failed.</source>
        <translation>{} von {} Prüfungen fehlgeschlagen.</translation>
    </message>
</context>
</TS>