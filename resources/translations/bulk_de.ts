<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Bulk</name>
    <message>
        <location filename="../../swyxon_desktop/checks/bulk.py" line="51" />
        <source>The stored profile cannot be read by this version; it is kept in the file unchanged.</source>
        <translation>Das gespeicherte Profil kann von dieser Version nicht gelesen werden; es bleibt unverändert in der Datei.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/bulk.py" line="53" />
        <source>The keychain did not answer within {} s (locked, or waiting for an unlock prompt).</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von {} s geantwortet (gesperrt oder wartet auf eine Entsperrabfrage).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="17" />
        <source>Name the profiles to check with --profile NAME (repeatable), or check every profile with --all.</source>
        <translation>Nennen Sie die zu prüfenden Profile mit --profile NAME (mehrfach möglich) oder prüfen Sie alle Profile mit --all.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="19" />
        <source>Give either --profile or --all, not both.</source>
        <translation>Geben Sie entweder --profile oder --all an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="20" />
        <source>There is no profile to check.</source>
        <translation>Es gibt kein Profil zum Prüfen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="21" />
        <source>There is no profile named "{}". List them with: swyxon-desktop profile list</source>
        <translation>Es gibt kein Profil namens „{}“. Auflisten mit: swyxon-desktop profile list</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="22" />
        <source>--jobs must be a whole number from 1 to {}.</source>
        <translation>--jobs muss eine ganze Zahl von 1 bis {} sein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="23" />
        <source>The address given with --to ({}) is not an e-mail address.</source>
        <translation>Die mit --to angegebene Adresse ({}) ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="24" />
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="25" />
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="26" />
        <source>{} profile(s) checked in {} s: {} passed, {} failed. Nothing was sent (no DATA).</source>
        <translation>{} Profil(e) in {} s geprüft: {} bestanden, {} fehlgeschlagen. Es wurde nichts gesendet (kein DATA).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="28" />
        <source>Interrupted (Ctrl+C): {} of {} profile(s) checked; the checks in flight were stopped.</source>
        <translation>Abgebrochen (Strg+C): {} von {} Profil(en) geprüft; laufende Prüfungen wurden beendet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="30" />
        <source>{} of {} checked, {} failed</source>
        <translation>{} von {} geprüft, {} fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="31" />
        <source>The CSV file {} could not be written: {}</source>
        <translation>Die CSV-Datei {} konnte nicht geschrieben werden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="32" />
        <source>The results could not be remembered in {}: {}</source>
        <translation>Die Ergebnisse konnten nicht in {} vermerkt werden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="38" />
        <source>check profiles without sending: connect, TLS, sign in, sender and recipient (no mail is sent)</source>
        <translation>Profile ohne Senden prüfen: Verbindung, TLS, Anmeldung, Absender und Empfänger (es wird keine E-Mail gesendet)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="40" />
        <source>a profile to check (repeat for several)</source>
        <translation>ein zu prüfendes Profil (für mehrere wiederholen)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="42" />
        <source>check every profile</source>
        <translation>alle Profile prüfen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="43" />
        <source>the recipient to check (default: each profile's remembered recipient, else its sender address)</source>
        <translation>der zu prüfende Empfänger (Standard: der gemerkte Empfänger des Profils, sonst seine Absenderadresse)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="45" />
        <source>how many checks run at once (default {})</source>
        <translation>wie viele Prüfungen gleichzeitig laufen (Standard {})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="47" />
        <source>seconds per network operation (default: each profile's timeout)</source>
        <translation>Sekunden je Netzwerkvorgang (Standard: das Zeitlimit des jeweiligen Profils)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="49" />
        <source>print one JSON array, an object per profile</source>
        <translation>ein JSON-Array ausgeben, ein Objekt je Profil</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="51" />
        <source>also write the results as CSV</source>
        <translation>die Ergebnisse zusätzlich als CSV schreiben</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/__init__.py" line="17" />
        <source>&amp;Check all profiles…</source>
        <translation>&amp;Alle Profile prüfen…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/__init__.py" line="19" />
        <source>Check every profile without sending a mail and show the results in a table</source>
        <translation>Jedes Profil prüfen, ohne eine E-Mail zu senden, und die Ergebnisse in einer Tabelle zeigen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="62" />
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="62" />
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="63" />
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="63" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="64" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="68" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="68" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="69" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="69" />
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="70" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="70" />
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="71" />
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="340" />
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="356" />
        <source>&amp;Check all</source>
        <translation>Alle &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="358" />
        <source>Connect, encrypt, sign in and offer sender and recipient for every profile — no mail is sent</source>
        <translation>Für jedes Profil verbinden, verschlüsseln, anmelden und Absender und Empfänger anbieten – es wird keine E-Mail gesendet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="360" />
        <source>C&amp;ancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="363" />
        <source>&amp;Only failures</source>
        <translation>&amp;Nur Fehler</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="365" />
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="375" />
        <source>%v of %m checked</source>
        <translation>%v von %m geprüft</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="564" />
        <source>The check stopped unexpectedly: {0}</source>
        <translation>Die Prüfung wurde unerwartet beendet: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="568" />
        <source>Checking {0} profile(s): {1} done, {2} failed. Nothing is sent.</source>
        <translation>{0} Profil(e) werden geprüft: {1} fertig, {2} fehlgeschlagen. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="571" />
        <source>{0} of {1} profile(s) checked in {2} s: {3} failed.</source>
        <translation>{0} von {1} Profil(en) in {2} s geprüft: {3} fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="574" />
        <source>Cancelled: the others were not checked.</source>
        <translation>Abgebrochen: die übrigen wurden nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="576" />
        <source>{0} profile(s). The table shows each profile's last check; “Check all” checks them again without sending a mail.</source>
        <translation>{0} Profil(e). Die Tabelle zeigt die letzte Prüfung jedes Profils; „Alle prüfen“ prüft sie erneut, ohne eine E-Mail zu senden.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="589" />
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="590" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="596" />
        <source>The file {0} could not be written: {1}</source>
        <translation>Die Datei {0} konnte nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="599" />
        <source>Exported {0} row(s) to {1}.</source>
        <translation>{0} Zeile(n) nach {1} exportiert.</translation>
    </message>
</context>
</TS>