<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="42" />
        <source>Verified: issued by a certification authority this computer trusts, and valid for the server name.</source>
        <translation>Verifiziert: ausgestellt von einer Zertifizierungsstelle, der dieser Computer vertraut, und gültig für den Servernamen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="46" />
        <source>Not verified by a certification authority ({0}), but trusted: its fingerprint is the one stored in this profile.</source>
        <translation>Nicht von einer Zertifizierungsstelle verifiziert ({0}), aber vertrauenswürdig: Sein Fingerabdruck ist der in diesem Profil gespeicherte.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="52" />
        <source>it has expired</source>
        <translation>es ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="54" />
        <source>it is not valid yet</source>
        <translation>es ist noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="56" />
        <source>it is self-signed</source>
        <translation>es ist selbstsigniert</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="57" />
        <source>the certificate could not be verified</source>
        <translation>das Zertifikat konnte nicht verifiziert werden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="58" />
        <source>Not trusted: {0}</source>
        <translation>Nicht vertrauenswürdig: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="74" />
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="75" />
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="76" />
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="77" />
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="78" />
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="79" />
        <source>Verification:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="111" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="112" />
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="115" />
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="117" />
        <source>not valid yet</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="121" />
        <source>(could not be read)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="147" />
        <source>Server certificate not trusted</source>
        <translation>Serverzertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="150" />
        <source>The server {0} presented a certificate that this computer cannot verify. Trust exactly this certificate for the profile “{1}” only if its SHA-256 fingerprint matches the one your mail administrator gives you. A different certificate will not be trusted.</source>
        <translation>Der Server {0} hat ein Zertifikat vorgelegt, das dieser Computer nicht verifizieren kann. Vertrauen Sie genau diesem Zertifikat für das Profil „{1}“ nur, wenn sein SHA-256-Fingerabdruck mit dem übereinstimmt, den Ihnen der Mail-Administrator nennt. Einem anderen Zertifikat wird nicht vertraut.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="160" />
        <source>The fingerprint is put into the profile as an unsaved change; click Save in the main window to keep it.</source>
        <translation>Der Fingerabdruck wird als ungespeicherte Änderung in das Profil übernommen; klicken Sie im Hauptfenster auf Speichern, um ihn zu behalten.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="167" />
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="171" />
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="57" />
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="71" />
        <source>Sen&amp;d test mail…</source>
        <translation>Test-E-Ma&amp;il senden…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="59" />
        <source>Send a test message with the settings in the form (saved or not)</source>
        <translation>Eine Testnachricht mit den Einstellungen im Formular senden (gespeichert oder nicht)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="62" />
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="73" />
        <source>Chec&amp;k server…</source>
        <translation>Server prüfe&amp;n…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="64" />
        <source>Ask the server what it offers and which port and security work</source>
        <translation>Den Server fragen, was er anbietet und welcher Port und welche Verschlüsselung funktionieren</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="160" />
        <source>The certificate was not trusted: the window now shows another profile than “{0}”. Switch back to it and test again.</source>
        <translation>Dem Zertifikat wurde nicht vertraut: Das Fenster zeigt jetzt ein anderes Profil als „{0}“. Wechseln Sie zurück und testen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="166" />
        <source>The certificate with the SHA-256 fingerprint {0} is now trusted for the profile “{1}”. This is not saved yet: click Save to keep it.</source>
        <translation>Dem Zertifikat mit dem SHA-256-Fingerabdruck {0} wird für das Profil „{1}“ jetzt vertraut. Das ist noch nicht gespeichert: Klicken Sie auf Speichern, um es zu behalten.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="176" />
        <source>The recommended settings are in the form but not saved yet: check them and click Save.</source>
        <translation>Die empfohlenen Einstellungen stehen im Formular, sind aber noch nicht gespeichert: Prüfen Sie sie und klicken Sie auf Speichern.</translation>
    </message>
</context>
<context>
    <name>MailReport</name>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="75" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="75" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="114" />
        <source>Automatic (by port)</source>
        <translation>Automatisch (nach Port)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="86" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="91" />
        <source>Security in effect</source>
        <translation>Tatsächliche Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="50" />
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="110" />
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="92" />
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="136" />
        <source>Created: {0}</source>
        <translation>Erstellt: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="141" />
        <source>Result: FAILED – {0}</source>
        <translation>Ergebnis: FEHLGESCHLAGEN – {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="142" />
        <source>Category: {0}</source>
        <translation>Kategorie: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="143" />
        <source>Stage: {0} ({1})</source>
        <translation>Schritt: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="146" />
        <source>SMTP code: {0}</source>
        <translation>SMTP-Code: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="147" />
        <source>What happened: {0}</source>
        <translation>Was geschah: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="149" />
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="185" />
        <source>Server's answer: {0}</source>
        <translation>Antwort des Servers: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="150" />
        <source>Hint: {0}</source>
        <translation>Hinweis: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="153" />
        <source>Certificate: {0}; issuer {1}; valid until {2}; SHA-256 {3}</source>
        <translation>Zertifikat: {0}; Aussteller {1}; gültig bis {2}; SHA-256 {3}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="177" />
        <source>test mail report</source>
        <translation>Bericht zur Test-E-Mail</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="179" />
        <source>Result: the server accepted the test message for {0}.</source>
        <translation>Ergebnis: Der Server hat die Testnachricht für {0} angenommen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="182" />
        <source>Message-ID: {0}</source>
        <translation>Message-ID: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="188" />
        <source>Recipient: {0}</source>
        <translation>Empfänger: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="190" />
        <source>Authentication method used: {0}</source>
        <translation>Verwendetes Authentifizierungsverfahren: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="192" />
        <source>TLS: {0}; certificate {1}; SHA-256 {2}</source>
        <translation>TLS: {0}; Zertifikat {1}; SHA-256 {2}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="195" />
        <source>Unencrypted authentication was allowed for this run only.</source>
        <translation>Unverschlüsselte Authentifizierung war nur für diesen Lauf erlaubt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="196" />
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="251" />
        <source>Duration: {0} s</source>
        <translation>Dauer: {0} s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="197" />
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="254" />
        <source>Settings (the password is never included):</source>
        <translation>Einstellungen (das Kennwort ist nie enthalten):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="199" />
        <source>Stages:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="206" />
        <source>Transcript (C: client, S: server; authentication data redacted):</source>
        <translation>Protokoll (C: Client, S: Server; Authentifizierungsdaten unkenntlich gemacht):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="208" />
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="282" />
        <source>Versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="215" />
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="217" />
        <source>trusted by its pinned fingerprint</source>
        <translation>über den hinterlegten Fingerabdruck vertraut</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="218" />
        <source>not trusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="245" />
        <source>server check report</source>
        <translation>Bericht zur Serverprüfung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="247" />
        <source>Result: the configured settings work.</source>
        <translation>Ergebnis: Die eingestellten Werte funktionieren.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="250" />
        <source>Recommendation: {0}</source>
        <translation>Empfehlung: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="256" />
        <source>Ports:</source>
        <translation>Ports:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="265" />
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="267" />
        <source>Capabilities before TLS</source>
        <translation>Fähigkeiten vor TLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="270" />
        <source>Capabilities after TLS</source>
        <translation>Fähigkeiten nach TLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="274" />
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="280" />
        <source>Transcript of the configured port (C: client, S: server):</source>
        <translation>Protokoll des eingestellten Ports (C: Client, S: Server):</translation>
    </message>
</context>
<context>
    <name>ProbeDialog</name>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="52" />
        <source>SMTP + STARTTLS</source>
        <translation>SMTP + STARTTLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="66" />
        <source>– not needed (answered the other way)</source>
        <translation>– nicht nötig (auf die andere Art beantwortet)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="68" />
        <source>– cancelled</source>
        <translation>– abgebrochen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="71" />
        <source>✓ answers, unencrypted only</source>
        <translation>✓ antwortet, nur unverschlüsselt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="72" />
        <source>✓ answers</source>
        <translation>✓ antwortet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="75" />
        <source>✗ no answer</source>
        <translation>✗ keine Antwort</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="144" />
        <location filename="../../ui/probe_dialog.ui" line="34" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="151" />
        <source>Checking {0}…</source>
        <translation>{0} wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="194" />
        <source>{0} (configured)</source>
        <translation>{0} (eingestellt)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="195" />
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="222" />
        <source>Configured port: {0}…</source>
        <translation>Eingestellter Port: {0} …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="239" />
        <source>none offered</source>
        <translation>keine angeboten</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="256" />
        <source>Cancelled after {0} s.</source>
        <translation>Nach {0} s abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="257" />
        <source>Checked in {0} s.</source>
        <translation>Geprüft in {0} s.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="286" />
        <source>Server on port {0} ({1})</source>
        <translation>Server auf Port {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="290" />
        <source>none – TLS from the first byte</source>
        <translation>keine – TLS ab dem ersten Byte</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="293" />
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="302" />
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="305" />
        <source>Certificate (port {0})</source>
        <translation>Zertifikat (Port {0})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="308" />
        <location filename="../../ui/probe_dialog.ui" line="98" />
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="317" />
        <source>The check was cancelled</source>
        <translation>Die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="318" />
        <source>Rows that finished before the cancel show real results; nothing is concluded from the others.</source>
        <translation>Zeilen, die vor dem Abbruch fertig wurden, zeigen echte Ergebnisse; aus den übrigen wird nichts geschlossen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="327" />
        <source>The configured settings work</source>
        <translation>Die eingestellten Werte funktionieren</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="328" />
        <source>Port {0} answers as configured, with a trusted certificate where TLS is used.</source>
        <translation>Port {0} antwortet wie eingestellt, mit vertrauenswürdigem Zertifikat, wo TLS verwendet wird.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="335" />
        <source>The configured settings do not work: {0}</source>
        <translation>Die eingestellten Werte funktionieren nicht: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="338" />
        <source>Recommendation: {0}</source>
        <translation>Empfehlung: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="351" />
        <source>The recommended settings are in the form (not saved yet).</source>
        <translation>Die empfohlenen Einstellungen stehen im Formular (noch nicht gespeichert).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="361" />
        <source>Certificate trusted for this profile (not saved yet).</source>
        <translation>Dem Zertifikat wird für dieses Profil vertraut (noch nicht gespeichert).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="367" />
        <source>not used (the check never sends credentials)</source>
        <translation>nicht verwendet (die Prüfung sendet nie Anmeldedaten)</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="9" />
        <source>Check server</source>
        <translation>Server prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="25" />
        <source>The check asks the server what it offers on the configured port and on 25, 465 and 587, each way at once. It never sends a user name, password or message.</source>
        <translation>Die Prüfung fragt den Server, was er auf dem eingestellten Port und auf 25, 465 und 587 anbietet, jeweils auf beide Arten gleichzeitig. Sie sendet nie einen Benutzernamen, ein Kennwort oder eine Nachricht.</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="39" />
        <source>Greeting:</source>
        <translation>Begrüßung:</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="53" />
        <source>Before TLS:</source>
        <translation>Vor TLS:</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="67" />
        <source>After TLS:</source>
        <translation>Nach TLS:</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="81" />
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="119" />
        <source>&amp;Trust certificate…</source>
        <translation>Zertifikat &amp;vertrauen…</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="121" />
        <source>Decide whether to trust exactly this certificate for the profile, after comparing its fingerprint</source>
        <translation>Nach dem Vergleich des Fingerabdrucks entscheiden, ob diesem Zertifikat für das Profil vertraut wird</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="133" />
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="141" />
        <source>Ports and security modes</source>
        <translation>Ports und Verschlüsselungsarten</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="144" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="145" />
        <source>Tried with</source>
        <translation>Versucht mit</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="146" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="147" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="148" />
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="149" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="183" />
        <source>&amp;Apply recommended settings</source>
        <translation>Empfohlene Einstellungen &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="185" />
        <source>Put the recommended port and security into the form; nothing is saved until you click Save</source>
        <translation>Den empfohlenen Port und die Verschlüsselung ins Formular übernehmen; gespeichert wird erst mit Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="196" />
        <source>C&amp;heck again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="198" />
        <source>Check again with the settings currently in the form</source>
        <translation>Erneut mit den aktuellen Werten im Formular prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="203" />
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="210" />
        <source>Cop&amp;y report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="212" />
        <source>Copy a report for support to the clipboard: results, settings without the password, transcript and versions</source>
        <translation>Einen Bericht für den Support in die Zwischenablage kopieren: Ergebnisse, Einstellungen ohne Kennwort, Protokoll und Versionen</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="217" />
        <source>Sa&amp;ve report…</source>
        <translation>Bericht spei&amp;chern…</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="219" />
        <source>Save the same report as a text file</source>
        <translation>Denselben Bericht als Textdatei speichern</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="233" />
        <source>C&amp;lose</source>
        <translation>Sch&amp;ließen</translation>
    </message>
</context>
<context>
    <name>TestMailDialog</name>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="64" />
        <source>typed in the window (not saved) – not included</source>
        <translation>im Fenster eingegeben (nicht gespeichert) – nicht enthalten</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="65" />
        <source>from the system keychain – not included</source>
        <translation>aus dem Schlüsselbund des Systems – nicht enthalten</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="66" />
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="34" />
        <source>unencrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="40" />
        <source>(no server)</source>
        <translation>(kein Server)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="44" />
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="45" />
        <source>authentication {0} as {1}</source>
        <translation>Authentifizierung {0} als {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="47" />
        <source>no authentication</source>
        <translation>ohne Authentifizierung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="48" />
        <source>Profile “{0}”: {1}, port {2}, {3}, {4}.</source>
        <translation>Profil „{0}“: {1}, Port {2}, {3}, {4}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="52" />
        <source>Trusted certificate: SHA-256 {0}…</source>
        <translation>Vertrauenswürdiges Zertifikat: SHA-256 {0}…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="200" />
        <source>The certificate was not trusted: the main window says why.</source>
        <translation>Dem Zertifikat wurde nicht vertraut: Das Hauptfenster nennt den Grund.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="74" />
        <source>Enter the recipient's e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Empfängers ein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="76" />
        <source>The address must not contain line breaks or control characters.</source>
        <translation>Die Adresse darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="78" />
        <source>This is not a valid e-mail address (for example admin@firma.de).</source>
        <translation>Das ist keine gültige E-Mail-Adresse (zum Beispiel admin@firma.de).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="84" />
        <source>Stage: {0}</source>
        <translation>Schritt: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="87" />
        <source>SMTP code: {0}</source>
        <translation>SMTP-Code: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="89" />
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="455" />
        <source>Server: {0}</source>
        <translation>Server: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="65" />
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="66" />
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="73" />
        <source>The report could not be written to {0}: {1}</source>
        <translation>Der Bericht konnte nicht in {0} geschrieben werden: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="78" />
        <source>Report saved to {0}.</source>
        <translation>Bericht in {0} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="83" />
        <source>Report copied to the clipboard.</source>
        <translation>Bericht in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="113" />
        <source>skipped: Use SSL is off</source>
        <translation>übersprungen: SSL verwenden ist aus</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="114" />
        <source>skipped: SMTP authentication is off</source>
        <translation>übersprungen: SMTP-Authentifizierung ist aus</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="161" />
        <source>Check without sending</source>
        <translation>Prüfen ohne Senden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="162" />
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="190" />
        <source>Chec&amp;k</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="264" />
        <source>{0}, again after TLS</source>
        <translation>{0}, erneut nach TLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="275" />
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="275" />
        <source>… running</source>
        <translation>… läuft</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="276" />
        <source>✓ done</source>
        <translation>✓ erledigt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="276" />
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="277" />
        <source>– skipped</source>
        <translation>– übersprungen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="278" />
        <source>– cancelled</source>
        <translation>– abgebrochen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="318" />
        <source>Second connection</source>
        <translation>Zweite Verbindung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="352" />
        <source>skipped: cancelled</source>
        <translation>übersprungen: abgebrochen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="353" />
        <source>skipped: not reached</source>
        <translation>übersprungen: nicht erreicht</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="377" />
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="173" />
        <source>Cancelling…</source>
        <extracomment>The window's answer to "trust this fingerprint for this profile?" (request/answer, not a one-way signal: the window may refuse — it shows another profile now — and the dialog must hear it). None: no window to ask (the dialog alone); the trust is taken as given.</extracomment>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="179" />
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="181" />
        <source>This is a defect of the program. Please report it together with the log file.</source>
        <translation>Das ist ein Fehler des Programms. Bitte melden Sie ihn zusammen mit der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="378" />
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="447" />
        <source>Test mail accepted</source>
        <translation>Test-E-Mail angenommen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="448" />
        <source>Check passed: nothing was sent</source>
        <translation>Prüfung bestanden: es wurde nichts gesendet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="452" />
        <source>Message-ID: {0}</source>
        <translation>Message-ID: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="457" />
        <source>Duration: {0} s</source>
        <translation>Dauer: {0} s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="468" />
        <source>What to do: {0}</source>
        <translation>Was zu tun ist: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="495" />
        <source>Certificate trusted for this profile (not saved yet). Send again to test with it.</source>
        <translation>Dem Zertifikat wird für dieses Profil vertraut (noch nicht gespeichert). Senden Sie erneut, um damit zu testen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="160" />
        <location filename="../../ui/test_mail_dialog.ui" line="9" />
        <source>Send test mail</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="28" />
        <source>&amp;Recipient:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="34" />
        <source>e.g. admin@firma.de</source>
        <translation>z. B. admin@firma.de</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="35" />
        <source>The address the test message is sent to; remembered for this profile</source>
        <translation>Die Adresse, an die die Testnachricht geht; wird für dieses Profil gemerkt</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="41" />
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="43" />
        <source>Send a test message with the settings currently in the form (saved or not)</source>
        <translation>Eine Testnachricht mit den aktuellen Werten im Formular senden (gespeichert oder nicht)</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="48" />
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="51" />
        <source>Stop the running test at once (Esc)</source>
        <translation>Den laufenden Test sofort beenden (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="66" />
        <source>Allow unencrypted authentication for this run only (SSL is off: the user name and password travel unencrypted)</source>
        <translation>Unverschlüsselte Authentifizierung nur für diesen Lauf erlauben (SSL ist aus: Benutzername und Kennwort gehen unverschlüsselt)</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="67" />
        <source>Without this, the test stops at the authentication stage and sends no credentials. The profile is not changed.</source>
        <translation>Ohne dies hält der Test bei der Authentifizierung an und sendet keine Anmeldedaten. Das Profil wird nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="83" />
        <source>St&amp;ages</source>
        <translation>Sc&amp;hritte</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="93" />
        <source>Stages of the test</source>
        <translation>Schritte des Tests</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="94" />
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="95" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="96" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="97" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="111" />
        <source>Transcr&amp;ipt (C: this computer, S: the server; passwords are never shown)</source>
        <translation>&amp;Protokoll (C: dieser Computer, S: der Server; Kennwörter werden nie angezeigt)</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="120" />
        <source>The conversation with the server appears here.</source>
        <translation>Hier erscheint der Dialog mit dem Server.</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="141" />
        <source>&amp;Trust certificate…</source>
        <translation>Zertifikat &amp;vertrauen…</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="143" />
        <source>Show the certificate with its fingerprint and decide whether to trust exactly this certificate for the profile</source>
        <translation>Das Zertifikat mit seinem Fingerabdruck anzeigen und entscheiden, ob genau diesem Zertifikat für das Profil vertraut wird</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="174" />
        <source>Cop&amp;y report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="176" />
        <source>Copy a report for support to the clipboard: result, settings without the password, transcript and versions</source>
        <translation>Einen Bericht für den Support in die Zwischenablage kopieren: Ergebnis, Einstellungen ohne Kennwort, Protokoll und Versionen</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="181" />
        <source>Sa&amp;ve report…</source>
        <translation>Bericht spei&amp;chern…</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="183" />
        <source>Save the same report as a text file</source>
        <translation>Denselben Bericht als Textdatei speichern</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="197" />
        <source>C&amp;lose</source>
        <translation>Sch&amp;ließen</translation>
    </message>
</context>
</TS>