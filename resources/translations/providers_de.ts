<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="18" />
        <source>Detecting settings for {} (domain {})</source>
        <translation>Einstellungen ermitteln für {} (Domain {})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="19" />
        <source>Looked up:</source>
        <translation>Nachgesehen:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="20" />
        <source>Candidates (checked without credentials):</source>
        <translation>Kandidaten (ohne Zugangsdaten geprüft):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="21" />
        <source>Candidates (not checked):</source>
        <translation>Kandidaten (nicht geprüft):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="22" />
        <source>from: {}</source>
        <translation>aus: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="23" />
        <source>Nothing was saved. To use the suggestion:</source>
        <translation>Nichts wurde gespeichert. Um den Vorschlag zu übernehmen:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="24" />
        <source>No candidates.</source>
        <translation>Keine Kandidaten.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="28" />
        <source>find the SMTP settings of a sender address: DNS SRV, autoconfig, the providers table; then check what answers (no credentials, nothing saved)</source>
        <translation>die SMTP-Einstellungen einer Absenderadresse ermitteln: DNS-SRV, Autoconfig, die Anbietertabelle; dann prüfen, was antwortet (ohne Zugangsdaten, nichts wird gespeichert)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="33" />
        <source>ask this DNS server for every name (SRV, MX, the autoconfig and SMTP hosts) instead of the system's</source>
        <translation>diesen DNS-Server für jeden Namen fragen (SRV, MX, die Autoconfig- und SMTP-Hosts) statt des Systems</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="36" />
        <source>an extra trusted CA certificate file (PEM) for the autoconfig and SMTP servers</source>
        <translation>eine zusätzliche vertrauenswürdige CA-Zertifikatsdatei (PEM) für die Autoconfig- und SMTP-Server</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="38" />
        <source>only look up; do not connect to the candidate SMTP servers</source>
        <translation>nur nachsehen; keine Verbindung zu den SMTP-Kandidaten aufbauen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="40" />
        <source>seconds per look-up and per check (default 8)</source>
        <translation>Sekunden je Abfrage und je Prüfung (Standard 8)</translation>
    </message>
</context>
<context>
    <name>Detect</name>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="46" />
        <source>DNS SRV record (RFC 6186)</source>
        <translation>DNS-SRV-Eintrag (RFC 6186)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="47" />
        <source>autoconfig file (Thunderbird format)</source>
        <translation>Autoconfig-Datei (Thunderbird-Format)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="48" />
        <source>MX records</source>
        <translation>MX-Einträge</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="49" />
        <source>providers table</source>
        <translation>Anbietertabelle</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="54" />
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="55" />
        <source>nothing there</source>
        <translation>nichts vorhanden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="56" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="57" />
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="58" />
        <source>not valid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="59" />
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="64" />
        <source>answers as expected</source>
        <translation>antwortet wie erwartet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="65" />
        <source>answers, but not as expected</source>
        <translation>antwortet, aber nicht wie erwartet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="66" />
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="67" />
        <source>the name does not resolve</source>
        <translation>der Name lässt sich nicht auflösen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="68" />
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="71" />
        <source>"{}" is not an e-mail address.</source>
        <translation>„{}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="72" />
        <source>The CA file {} does not exist.</source>
        <translation>Die CA-Datei {} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="73" />
        <source>"{}" is not a name server; write IP or IP:PORT ([IPv6]:PORT).</source>
        <translation>„{}“ ist kein Nameserver; IP oder IP:PORT angeben ([IPv6]:PORT).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="74" />
        <source>redirect to {} refused: only HTTPS is used</source>
        <translation>Weiterleitung zu {} abgelehnt: nur HTTPS wird verwendet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="75" />
        <source>HTTP status {}</source>
        <translation>HTTP-Status {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="76" />
        <source>more than {} redirects</source>
        <translation>mehr als {} Weiterleitungen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="77" />
        <source>larger than {} KiB</source>
        <translation>größer als {} KiB</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="78" />
        <source>not a valid config-v1.1.xml: {}</source>
        <translation>keine gültige config-v1.1.xml: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="79" />
        <source>no usable SMTP server in the file</source>
        <translation>kein verwendbarer SMTP-Server in der Datei</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="80" />
        <source>no record</source>
        <translation>kein Eintrag</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="81" />
        <source>the domain says: no such service (target ".")</source>
        <translation>die Domain sagt: kein solcher Dienst (Ziel „.“)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="82" />
        <source>DNS error: {}</source>
        <translation>DNS-Fehler: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="83" />
        <source>recognised by {} {}</source>
        <translation>erkannt anhand {} {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="84" />
        <source>no provider of the table recognised</source>
        <translation>kein Anbieter der Tabelle erkannt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="85" />
        <source>connector relay: works only with an inbound connector in Exchange Online for this computer</source>
        <translation>Connector-Relay: funktioniert nur mit einem eingehenden Connector in Exchange Online für diesen Computer</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="87" />
        <source>the file offers only OAuth2 for this server, which SwyxON does not support</source>
        <translation>die Datei nennt für diesen Server nur OAuth2, das SwyxON nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="89" />
        <source>unencrypted: a password would travel in clear text</source>
        <translation>unverschlüsselt: ein Kennwort würde im Klartext übertragen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="90" />
        <source>{}, certificate verified</source>
        <translation>{}, Zertifikat geprüft</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="91" />
        <source>{}, certificate NOT trusted</source>
        <translation>{}, Zertifikat NICHT vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="92" />
        <source>{} {}:{} with {} — {}</source>
        <translation>{} {}:{} mit {} – {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="93" />
        <source>Suggested: {} port {} with {} — from: {}.</source>
        <translation>Vorschlag: {} Port {} mit {} – aus: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="94" />
        <source>Suggested, but not confirmed by a check: {} port {} with {} — from: {}.</source>
        <translation>Vorschlag, aber durch keine Prüfung bestätigt: {} Port {} mit {} – aus: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="96" />
        <source>No settings found for {}: enter the SMTP server by hand.</source>
        <translation>Keine Einstellungen für {} gefunden: den SMTP-Server von Hand eintragen.</translation>
    </message>
</context>
<context>
    <name>DetectDialog</name>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_dialog.py" line="20" />
        <source>Detect settings…</source>
        <translation>Einstellungen ermitteln…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_dialog.py" line="22" />
        <source>Find the SMTP server for this address (DNS, autoconfig, the providers table) and check what answers</source>
        <translation>Den SMTP-Server für diese Adresse ermitteln (DNS, Autoconfig, die Anbietertabelle) und prüfen, was antwortet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="41" />
        <source>Detect settings</source>
        <translation>Einstellungen ermitteln</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="45" />
        <source>Sender &amp;address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="49" />
        <source>&amp;Detect</source>
        <translation>&amp;Ermitteln</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="50" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="55" />
        <source>Looks up DNS SRV records (RFC 6186), the domain's autoconfig file (HTTPS only) and the providers table by MX, then asks each candidate server what it offers. No user name, password or message is sent; nothing is saved.</source>
        <translation>Sieht DNS-SRV-Einträge (RFC 6186), die Autoconfig-Datei der Domain (nur HTTPS) und die Anbietertabelle nach MX nach und fragt dann jeden Kandidaten, was er anbietet. Es werden weder Benutzername, Kennwort noch Nachricht gesendet; nichts wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="61" />
        <source>Where it looked:</source>
        <translation>Wo nachgesehen wurde:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="73" />
        <source>Candidates:</source>
        <translation>Kandidaten:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="77" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="77" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="78" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="78" />
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="79" />
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="93" />
        <source>&amp;Use these settings</source>
        <translation>Diese Einstellungen &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="96" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="130" />
        <source>Detecting settings for {0}…</source>
        <translation>Einstellungen für {0} werden ermittelt…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="164" />
        <source>Detection failed unexpectedly: {0}</source>
        <translation>Das Ermitteln ist unerwartet fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="230" />
        <source>The detected settings for {0} are in the form (not saved yet). Check them, enter the password and save.</source>
        <translation>Die ermittelten Einstellungen für {0} stehen im Formular (noch nicht gespeichert). Prüfen Sie sie, geben Sie das Kennwort ein und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="233" />
        <source>The settings are in the form (not saved yet).</source>
        <translation>Die Einstellungen stehen im Formular (noch nicht gespeichert).</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="20" />
        <source>Microsoft 365 has basic authentication disabled for this login — the password is not the problem. LOGIN, PLAIN and CRAM-MD5 (all SwyxON offers) and app passwords use basic authentication. While Microsoft still allows it, an Exchange administrator can re-enable SMTP AUTH for the mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false) and check that security defaults or conditional access do not block it. What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365 hat für diese Anmeldung die Standardauthentifizierung ausgeschaltet – das Kennwort ist nicht das Problem. LOGIN, PLAIN und CRAM-MD5 (alles, was SwyxON anbietet) und App-Kennwörter nutzen die Standardauthentifizierung. Solange Microsoft es noch erlaubt, kann ein Exchange-Administrator SMTP AUTH für das Postfach wieder einschalten (Set-CASMailbox -SmtpClientAuthenticationDisabled $false) und prüfen, dass Sicherheitsstandards oder bedingter Zugriff es nicht sperren. Was stattdessen funktioniert: ein Exchange-Online-Connector-Relay auf Port 25 zu &lt;tenant&gt;.mail.protection.outlook.com (per statischer IP-Adresse oder Zertifikat), High Volume Email für interne Empfänger oder ein anderes SMTP-Relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="28" />
        <source>Microsoft 365 has SMTP AUTH turned off for the whole tenant — the password is not the problem. While Microsoft still allows it, an Exchange administrator can allow it for the tenant (Set-TransportConfig -SmtpClientAuthenticationDisabled $false) or only for this mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false). What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365 hat SMTP AUTH für den ganzen Mandanten ausgeschaltet – das Kennwort ist nicht das Problem. Solange Microsoft es noch erlaubt, kann ein Exchange-Administrator es für den Mandanten (Set-TransportConfig -SmtpClientAuthenticationDisabled $false) oder nur für dieses Postfach (Set-CASMailbox -SmtpClientAuthenticationDisabled $false) zulassen. Was stattdessen funktioniert: ein Exchange-Online-Connector-Relay auf Port 25 zu &lt;tenant&gt;.mail.protection.outlook.com (per statischer IP-Adresse oder Zertifikat), High Volume Email für interne Empfänger oder ein anderes SMTP-Relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="35" />
        <source>Microsoft 365 says the user name or password is wrong (basic authentication itself is allowed). Enter the mailbox's full address as the user name and check the password.</source>
        <translation>Microsoft 365 meldet, dass Benutzername oder Kennwort falsch sind (die Standardauthentifizierung selbst ist erlaubt). Die vollständige Adresse des Postfachs als Benutzernamen eingeben und das Kennwort prüfen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="38" />
        <source>Microsoft 365 refused the login without saying why (5.7.3): the password is wrong, or SMTP AUTH is disabled for the mailbox, or security defaults block basic authentication. Check the password first; then an Exchange administrator can re-enable SMTP AUTH for the mailbox while Microsoft still allows it. What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365 hat die Anmeldung ohne Begründung abgelehnt (5.7.3): Das Kennwort ist falsch, SMTP AUTH ist für das Postfach ausgeschaltet, oder Sicherheitsstandards sperren die Standardauthentifizierung. Zuerst das Kennwort prüfen; dann kann ein Exchange-Administrator SMTP AUTH für das Postfach wieder einschalten, solange Microsoft es noch erlaubt. Was stattdessen funktioniert: ein Exchange-Online-Connector-Relay auf Port 25 zu &lt;tenant&gt;.mail.protection.outlook.com (per statischer IP-Adresse oder Zertifikat), High Volume Email für interne Empfänger oder ein anderes SMTP-Relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="44" />
        <source>Microsoft 365 no longer supports basic authentication for client submission here, and it cannot be re-enabled: LOGIN, PLAIN and CRAM-MD5 (all SwyxON offers) cannot log in. What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365 unterstützt hier keine Standardauthentifizierung für Client Submission mehr, und sie lässt sich nicht wieder einschalten: LOGIN, PLAIN und CRAM-MD5 (alles, was SwyxON anbietet) können sich nicht anmelden. Was stattdessen funktioniert: ein Exchange-Online-Connector-Relay auf Port 25 zu &lt;tenant&gt;.mail.protection.outlook.com (per statischer IP-Adresse oder Zertifikat), High Volume Email für interne Empfänger oder ein anderes SMTP-Relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="49" />
        <source>Microsoft 365: the signed-in mailbox may not send as this sender address (SendAsDenied). Use the mailbox's own address as the sender, or have an Exchange administrator grant the mailbox Send As permission for the sender address.</source>
        <translation>Microsoft 365: Das angemeldete Postfach darf nicht als diese Absenderadresse senden (SendAsDenied). Die eigene Adresse des Postfachs als Absender verwenden oder von einem Exchange-Administrator dem Postfach die Berechtigung „Senden als“ für die Absenderadresse erteilen lassen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="53" />
        <source>Microsoft 365 refuses direct send from this computer (TenantInboundAttribution): mail without authentication that no connector attributes to the tenant. An Exchange administrator can add an inbound connector that allows this computer's static public IP address or its certificate (connector relay on port 25); otherwise use authenticated submission while it is allowed, High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365 lehnt Direct Send von diesem Computer ab (TenantInboundAttribution): E-Mail ohne Authentifizierung, die kein Connector dem Mandanten zuordnet. Ein Exchange-Administrator kann einen eingehenden Connector anlegen, der die statische öffentliche IP-Adresse dieses Computers oder sein Zertifikat zulässt (Connector-Relay auf Port 25); sonst authentifizierte Übermittlung verwenden, solange sie erlaubt ist, High Volume Email für interne Empfänger oder ein anderes SMTP-Relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="59" />
        <source>Microsoft 365 offers only OAuth2 (XOAUTH2) here: basic authentication for SMTP AUTH is off for this tenant or mailbox, so LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — cannot be chosen. While Microsoft still allows it, an Exchange administrator can re-enable SMTP AUTH for the mailbox. What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365 bietet hier nur OAuth2 (XOAUTH2) an: Die Standardauthentifizierung für SMTP AUTH ist für diesen Mandanten oder dieses Postfach ausgeschaltet, daher sind LOGIN, PLAIN und CRAM-MD5 – alles, was SwyxON anbietet – nicht wählbar. Solange Microsoft es noch erlaubt, kann ein Exchange-Administrator SMTP AUTH für das Postfach wieder einschalten. Was stattdessen funktioniert: ein Exchange-Online-Connector-Relay auf Port 25 zu &lt;tenant&gt;.mail.protection.outlook.com (per statischer IP-Adresse oder Zertifikat), High Volume Email für interne Empfänger oder ein anderes SMTP-Relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="65" />
        <source>Google requires an app password for this account: turn on 2-Step Verification, create an app password in the Google account (Security › App passwords) and enter it as the password. Devices of a Google Workspace organisation can instead use the SMTP relay service (smtp-relay.gmail.com) that the Workspace administrator sets up.</source>
        <translation>Google verlangt für dieses Konto ein App-Passwort: die Bestätigung in zwei Schritten einschalten, im Google-Konto ein App-Passwort erstellen (Sicherheit › App-Passwörter) und es als Kennwort eingeben. Geräte einer Google-Workspace-Organisation können stattdessen den SMTP-Relay-Dienst (smtp-relay.gmail.com) nutzen, den der Workspace-Administrator einrichtet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="70" />
        <source>Google did not accept the user name and password. Enter the full address as the user name and an app password (2-Step Verification) as the password — Google refuses the normal account password here. For a Google Workspace organisation the administrator can set up the SMTP relay service (smtp-relay.gmail.com) instead.</source>
        <translation>Google hat Benutzername und Kennwort nicht angenommen. Die vollständige Adresse als Benutzernamen und ein App-Passwort (Bestätigung in zwei Schritten) als Kennwort eingeben – das normale Kontokennwort lehnt Google hier ab. Für eine Google-Workspace-Organisation kann der Administrator stattdessen den SMTP-Relay-Dienst (smtp-relay.gmail.com) einrichten.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="75" />
        <source>IONOS accepts only sender addresses whose domain belongs to the contract of the mailbox you log in with. Use an address of that contract's domains as the sender, or add the domain to the contract.</source>
        <translation>IONOS nimmt nur Absenderadressen an, deren Domain zum Vertrag des Postfachs gehört, mit dem Sie sich anmelden. Eine Adresse aus den Domains dieses Vertrags als Absender verwenden oder die Domain dem Vertrag hinzufügen.</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="134" />
        <source>SMTP AUTH client submission (basic authentication; off by default from the end of December 2026)</source>
        <translation>SMTP AUTH Client Submission (Standardauthentifizierung; ab Ende Dezember 2026 standardmäßig ausgeschaltet)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="137" />
        <source>connector relay: an inbound connector in Exchange Online that allows this computer by static IP or certificate</source>
        <translation>Connector-Relay: ein eingehender Connector in Exchange Online, der diesen Computer per statischer IP-Adresse oder Zertifikat zulässt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="144" />
        <source>SMTP AUTH client submission: 30 messages per minute, 10,000 recipients per day.</source>
        <translation>SMTP AUTH Client Submission: 30 Nachrichten pro Minute, 10.000 Empfänger pro Tag.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="147" />
        <source>The sender must be the signed-in mailbox, or the mailbox needs Send As or Send on Behalf permission for it (otherwise 554 5.2.252 SendAsDenied).</source>
        <translation>Der Absender muss das angemeldete Postfach sein, oder das Postfach braucht dafür die Berechtigung „Senden als“ oder „Senden im Auftrag von“ (sonst 554 5.2.252 SendAsDenied).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="149" />
        <source>SMTP AUTH must be enabled for the tenant and for the mailbox (SmtpClientAuthenticationDisabled false). App passwords use the same basic authentication.</source>
        <translation>SMTP AUTH muss für den Mandanten und für das Postfach eingeschaltet sein (SmtpClientAuthenticationDisabled false). App-Kennwörter nutzen dieselbe Standardauthentifizierung.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="162" />
        <source>Google Workspace SMTP relay service: set up by the Workspace administrator (allowed IP addresses or SMTP AUTH), senders from the organisation's domains</source>
        <translation>SMTP-Relay-Dienst von Google Workspace: vom Workspace-Administrator eingerichtet (zugelassene IP-Adressen oder SMTP AUTH), Absender aus den Domains der Organisation</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="172" />
        <source>Google Workspace: 2,000 messages per user per day.</source>
        <translation>Google Workspace: 2.000 Nachrichten pro Nutzer und Tag.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="174" />
        <source>smtp.gmail.com accepts a password only as an app password (2-Step Verification on); the normal account password is refused (534 5.7.9).</source>
        <translation>smtp.gmail.com nimmt ein Kennwort nur als App-Passwort an (Bestätigung in zwei Schritten eingeschaltet); das normale Kontokennwort wird abgelehnt (534 5.7.9).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="176" />
        <source>smtp.gmail.com sends with the account's address (or a "Send mail as" address); for devices of a Workspace organisation use smtp-relay.gmail.com.</source>
        <translation>smtp.gmail.com sendet mit der Adresse des Kontos (oder einer „Senden als“-Adresse); für Geräte einer Workspace-Organisation smtp-relay.gmail.com verwenden.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="201" />
        <source>The sender address's domain must belong to the IONOS contract of the mailbox (otherwise "Sender address is not allowed").</source>
        <translation>Die Domain der Absenderadresse muss zum IONOS-Vertrag des Postfachs gehören (sonst „Sender address is not allowed“).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="229" />
        <source>Use the separate e-mail password set in the Telekom E-Mail Center, not the password of the Telekom login.</source>
        <translation>Das eigene E-Mail-Passwort aus dem Telekom E-Mail Center verwenden, nicht das Kennwort des Telekom-Logins.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="244" />
        <location filename="../../swyxon_desktop/providers.py" line="259" />
        <source>Access by e-mail programs (POP3/IMAP) must be switched on in the mailbox's settings, or the login is refused.</source>
        <translation>Der Zugriff durch E-Mail-Programme (POP3/IMAP) muss in den Einstellungen des Postfachs eingeschaltet sein, sonst wird die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="258" />
        <source>The user name is the part of the address before @web.de.</source>
        <translation>Der Benutzername ist der Teil der Adresse vor @web.de.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="301" />
        <source>Provider: {} (recognised by {} {})</source>
        <translation>Anbieter: {} (erkannt anhand {} {})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="303" />
        <source>the server name</source>
        <translation>des Servernamens</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="304" />
        <source>the server's greeting</source>
        <translation>der Begrüßung des Servers</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="305" />
        <source>the sender address's domain</source>
        <translation>der Domain der Absenderadresse</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="306" />
        <source>the sender domain's MX host</source>
        <translation>des MX-Hosts der Absenderdomain</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="355" />
        <source>Microsoft 365: Exchange Online turns basic authentication for SMTP AUTH client submission (smtp.office365.com:587) off by default for existing tenants at the end of December 2026; new tenants have none. LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — and app passwords then cannot log in. Until then an administrator can re-enable SMTP AUTH for the tenant and the mailbox; lasting alternatives: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365: Exchange Online schaltet die Standardauthentifizierung für SMTP AUTH Client Submission (smtp.office365.com:587) für bestehende Mandanten Ende Dezember 2026 standardmäßig aus; neue Mandanten haben sie nicht. LOGIN, PLAIN und CRAM-MD5 – alles, was SwyxON anbietet – und App-Kennwörter können sich dann nicht mehr anmelden. Bis dahin kann ein Administrator SMTP AUTH für den Mandanten und das Postfach wieder einschalten; dauerhafte Alternativen: ein Exchange-Online-Connector-Relay auf Port 25 zu &lt;tenant&gt;.mail.protection.outlook.com (per statischer IP-Adresse oder Zertifikat), High Volume Email für interne Empfänger oder ein anderes SMTP-Relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="362" />
        <source>Microsoft 365: since the end of December 2026 Exchange Online has basic authentication for SMTP AUTH client submission off by default (a final removal date follows in 2027). LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — and app passwords cannot log in unless an administrator re-enabled SMTP AUTH for the tenant and the mailbox. Lasting alternatives: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365: Seit Ende Dezember 2026 ist in Exchange Online die Standardauthentifizierung für SMTP AUTH Client Submission standardmäßig ausgeschaltet (ein endgültiges Abschaltdatum folgt 2027). LOGIN, PLAIN und CRAM-MD5 – alles, was SwyxON anbietet – und App-Kennwörter können sich nur anmelden, wenn ein Administrator SMTP AUTH für den Mandanten und das Postfach wieder eingeschaltet hat. Dauerhafte Alternativen: ein Exchange-Online-Connector-Relay auf Port 25 zu &lt;tenant&gt;.mail.protection.outlook.com (per statischer IP-Adresse oder Zertifikat), High Volume Email für interne Empfänger oder ein anderes SMTP-Relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="369" />
        <source>Microsoft 365 connector relay: port 25 with STARTTLS and no authentication; it works only when an inbound connector in Exchange Online allows this computer's static public IP address or its certificate — otherwise it is direct send, which only reaches the tenant's own mailboxes and may be blocked (550 5.7.68).</source>
        <translation>Microsoft-365-Connector-Relay: Port 25 mit STARTTLS und ohne Authentifizierung; das funktioniert nur, wenn ein eingehender Connector in Exchange Online die statische öffentliche IP-Adresse dieses Computers oder sein Zertifikat zulässt – sonst ist es Direct Send, das nur die eigenen Postfächer des Mandanten erreicht und gesperrt sein kann (550 5.7.68).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="374" />
        <source>{} documents {} for {}; port {} with {} is not among them.</source>
        <translation>{} dokumentiert {} für {}; Port {} mit {} gehört nicht dazu.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="375" />
        <source>{}: the user name is the part of the address before the @ (here "{}"), not the whole address.</source>
        <translation>{}: Der Benutzername ist der Teil der Adresse vor dem @ (hier „{}“), nicht die ganze Adresse.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="377" />
        <source>{}: the user name is the full e-mail address.</source>
        <translation>{}: Der Benutzername ist die vollständige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="378" />
        <source>{}: the sender address should be the account's own address (user "{}", sender "{}").</source>
        <translation>{}: Die Absenderadresse sollte die eigene Adresse des Kontos sein (Benutzer „{}“, Absender „{}“).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="380" />
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="384" />
        <source>{} documents this way (providers table, checked {}).</source>
        <translation>{} dokumentiert diesen Weg (Anbietertabelle, geprüft am {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="385" />
        <source>{} documents {} instead (providers table, checked {}).</source>
        <translation>{} dokumentiert stattdessen {} (Anbietertabelle, geprüft am {}).</translation>
    </message>
</context>
</TS>