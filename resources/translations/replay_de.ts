<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="17" />
        <source>Replica of the server in the report {} (profile "{}").</source>
        <translation>Nachbildung des Servers aus dem Bericht {} (Profil „{}“).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="18" />
        <source>Answers at {}: {}</source>
        <translation>Antwortet bei {}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="19" />
        <source>Note: {}</source>
        <translation>Hinweis: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="20" />
        <source>Profile "{}" points at the replica; try it with: swyxon-desktop test-mail --profile "{}" --to ADDR</source>
        <translation>Das Profil „{}“ zeigt auf die Nachbildung; ausprobieren mit: swyxon-desktop test-mail --profile "{}" --to ADRESSE</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="22" />
        <source>The replica profile "{}" was not saved: {}</source>
        <translation>Das Profil der Nachbildung „{}“ wurde nicht gespeichert: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="23" />
        <source>The replica profile "{}" was saved, but its password was not: {} — {}</source>
        <translation>Das Profil der Nachbildung „{}“ wurde gespeichert, sein Kennwort aber nicht: {} — {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="25" />
        <source>--from-report takes the server's behaviour from the report; leave out {}.</source>
        <translation>--from-report übernimmt das Verhalten des Servers aus dem Bericht; {} bitte weglassen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="30" />
        <source>start a replica of the server in a diagnostics report (report.json): its greeting, capabilities, TLS mode, certificate names and the reply where the customer's run failed</source>
        <translation>eine Nachbildung des Servers aus einem Diagnosebericht (report.json) starten: seine Begrüßung, Fähigkeiten, TLS-Modus, Zertifikatsnamen und die Antwort, an der der Lauf des Kunden scheiterte</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="33" />
        <source>with --from-report: the name of the profile that points at the replica (default: the report's profile + " (replica)")</source>
        <translation>mit --from-report: der Name des Profils, das auf die Nachbildung zeigt (Vorgabe: das Profil des Berichts + „ (Nachbildung)“)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="36" />
        <source>with --from-report: save no profile</source>
        <translation>mit --from-report: kein Profil speichern</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="30" />
        <source>The report was saved to {0}, but its data part could not be written to {1}: {2}</source>
        <translation>Der Bericht wurde in {0} gespeichert, sein Datenteil konnte aber nicht nach {1} geschrieben werden: {2}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="33" />
        <source>Report saved to {0} (data for a replica: {1}).</source>
        <translation>Bericht in {0} gespeichert (Daten für eine Nachbildung: {1}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="40" />
        <source>What the client saw (the data part, report.json, has the same):</source>
        <translation>Was der Client sah (der Datenteil, report.json, enthält dasselbe):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="42" />
        <source>Greeting: {0}</source>
        <translation>Begrüßung: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="43" />
        <source>EHLO before TLS: {0}</source>
        <translation>EHLO vor TLS: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="44" />
        <source>EHLO after TLS: {0}</source>
        <translation>EHLO nach TLS: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="47" />
        <source>AUTH mechanisms offered: {0}</source>
        <translation>Angebotene AUTH-Verfahren: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="52" />
        <source>TLS: {0}; verified: {1}; {2}</source>
        <translation>TLS: {0}; geprüft: {1}; {2}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="53" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="53" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="56" />
        <source>Certificate: subject {0}; issuer {1}; names {2}; valid {3} – {4}; SHA-256 {5}</source>
        <translation>Zertifikat: Inhaber {0}; Aussteller {1}; Namen {2}; gültig {3} – {4}; SHA-256 {5}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="32" />
        <source>Reproduce from report…</source>
        <translation>Aus Bericht nachbilden …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="34" />
        <source>Start a replica of the server in a saved diagnostics report (.json): its greeting, capabilities, TLS mode, certificate and the reply where the run failed.</source>
        <translation>Eine Nachbildung des Servers aus einem gespeicherten Diagnosebericht (.json) starten: seine Begrüßung, Fähigkeiten, TLS-Modus, sein Zertifikat und die Antwort, an der der Lauf scheiterte.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="98" />
        <source>The replica could not be prepared: {0}</source>
        <translation>Die Nachbildung konnte nicht vorbereitet werden: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="120" />
        <source>Reproduce from report</source>
        <translation>Aus Bericht nachbilden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="121" />
        <source>Diagnostics reports (*.json);;All files (*)</source>
        <translation>Diagnoseberichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="140" />
        <source>Reading {0} and making the replica's certificate …</source>
        <translation>{0} wird gelesen und das Zertifikat der Nachbildung erzeugt …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="172" />
        <source>Replica of the server in {0} (profile "{1}"), listening on {2} (TLS: {3}).</source>
        <translation>Nachbildung des Servers aus {0} (Profil „{1}“), lauscht auf {2} (TLS: {3}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="176" />
        <source>Answers at the greeting: {0}</source>
        <translation>Antwortet bei der Begrüßung: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="178" />
        <source>Answers at {0}: {1}</source>
        <translation>Antwortet bei {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="180" />
        <source>Use in a new profile… makes a profile with the customer's settings that points at the replica.</source>
        <translation>„In neuem Profil verwenden …“ legt ein Profil mit den Einstellungen des Kunden an, das auf die Nachbildung zeigt.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="56" />
        <source>The report {} cannot be read: {}</source>
        <translation>Der Bericht {} kann nicht gelesen werden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="57" />
        <source>The report {} is larger than {} MB; it is not a diagnostics report.</source>
        <translation>Der Bericht {} ist größer als {} MB; das ist kein Diagnosebericht.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="58" />
        <source>The report {} is not valid JSON (line {}, column {}).</source>
        <translation>Der Bericht {} ist kein gültiges JSON (Zeile {}, Spalte {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="59" />
        <source>The file {} is not a SwyxON Desktop diagnostics report (save one with Save report…, test-mail --report or probe --report).</source>
        <translation>Die Datei {} ist kein Diagnosebericht von SwyxON Desktop (einen speichern Sie mit „Bericht speichern …“, test-mail --report oder probe --report).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="62" />
        <source>The report {} was made by a newer version (report version {}); update SwyxON Desktop.</source>
        <translation>Der Bericht {} stammt von einer neueren Version (Berichtsversion {}); aktualisieren Sie SwyxON Desktop.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="64" />
        <source>The report {} is damaged: the field "{}" {}.</source>
        <translation>Der Bericht {} ist beschädigt: das Feld „{}“ {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="65" />
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="66" />
        <source>has the wrong type</source>
        <translation>hat den falschen Typ</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="67" />
        <source>is too long</source>
        <translation>ist zu lang</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="68" />
        <source>contains a line break or another control character</source>
        <translation>enthält einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="69" />
        <source>has a value that is not allowed</source>
        <translation>hat einen unzulässigen Wert</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="70" />
        <source>The report could not be written to {}: {}</source>
        <translation>Der Bericht konnte nicht nach {} geschrieben werden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="46" />
        <source>The customer's run failed before a server answered ({}); the replica answers, so that part is not reproduced.</source>
        <translation>Der Lauf des Kunden scheiterte, bevor ein Server antwortete ({}); die Nachbildung antwortet, dieser Teil wird also nicht nachgebildet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="49" />
        <source>The reply at stage {} is not reproduced (the replica can only answer differently at the greeting, AUTH, MAIL FROM, RCPT TO and DATA).</source>
        <translation>Die Antwort im Schritt {} wird nicht nachgebildet (die Nachbildung kann nur bei Begrüßung, AUTH, MAIL FROM, RCPT TO und DATA anders antworten).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="52" />
        <source>Only the last line of the multi-line greeting is reproduced.</source>
        <translation>Von der mehrzeiligen Begrüßung wird nur die letzte Zeile nachgebildet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="53" />
        <source>The report has no greeting or EHLO lines; the replica answers with the test server's own.</source>
        <translation>Der Bericht enthält keine Begrüßung und keine EHLO-Zeilen; die Nachbildung antwortet mit denen des Testservers.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="55" />
        <source>The customer's certificate was trusted; the replica's imitation is trusted by its fingerprint in the replica profile.</source>
        <translation>Dem Zertifikat des Kunden wurde vertraut; der Nachahmung der Nachbildung vertraut das Profil der Nachbildung über ihren Fingerabdruck.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="58" />
        <source>The customer allowed unencrypted authentication for that run only; allow it for the run here too (test-mail --allow-insecure-auth, or the checkbox in Send test mail).</source>
        <translation>Der Kunde hatte unverschlüsselte Authentifizierung nur für jenen Lauf erlaubt; erlauben Sie sie hier ebenfalls für den Lauf (test-mail --allow-insecure-auth oder das Kästchen unter Testmail senden).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="61" />
        <source>The report has no certificate details; the replica uses the local test CA's certificate.</source>
        <translation>Der Bericht enthält keine Zertifikatsdetails; die Nachbildung verwendet das Zertifikat der lokalen Test-CA.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="64" />
        <source>The certificate name "{}" in the report cannot be imitated.</source>
        <translation>Der Zertifikatsname „{}“ aus dem Bericht lässt sich nicht nachahmen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="507" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="508" />
        <source>{} (replica)</source>
        <translation>{} (Nachbildung)</translation>
    </message>
</context>
</TS>