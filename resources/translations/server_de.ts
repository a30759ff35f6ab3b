<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="16" />
        <source>Faults (repeat --fault for several):
  STAGE-CODE            reject at STAGE with the SMTP reply CODE (4xx temporary, 5xx permanent):
                        greeting-421 (then close the connection), greeting-554, auth-454,
                        mail-550, rcpt-550, rcpt-450, data-554 (after the message content), data-451
  STAGE-CODE:TEXT       the same with the server's exact reply text (a provider's own reply), e.g.
                        auth-535:5.7.139 Authentication unsuccessful, basic authentication is disabled
  delay:STAGE:SECONDS   wait before the reply at STAGE, e.g. delay:greeting:5, delay:data:30
Stages: greeting, ehlo (delay only), auth, mail, rcpt, data.

Passwords: --password-stdin reads one line per --user from standard input; without it, the password
is asked for on the terminal. Passwords are never printed or logged.
With --json the first line is {"listening", "tls", "ca_file", "sha256", "mailbox", …}, then one
line per received message ("event": "received") or refused transaction ("event": "refused").
Stop with Ctrl+C or SIGTERM.</source>
        <translation>Fehler (--fault für mehrere wiederholen):
  STAGE-CODE            in Phase STAGE mit dem SMTP-Antwortcode CODE ablehnen (4xx vorübergehend, 5xx dauerhaft):
                        greeting-421 (danach Verbindung schließen), greeting-554, auth-454,
                        mail-550, rcpt-550, rcpt-450, data-554 (nach dem Nachrichteninhalt), data-451
  STAGE-CODE:TEXT       ebenso, mit dem genauen Antworttext des Servers (die eigene Antwort eines Anbieters), z. B.
                        auth-535:5.7.139 Authentication unsuccessful, basic authentication is disabled
  delay:STAGE:SECONDS   vor der Antwort in Phase STAGE warten, z. B. delay:greeting:5, delay:data:30
Phasen: greeting, ehlo (nur Verzögerung), auth, mail, rcpt, data.

Kennwörter: --password-stdin liest je --user eine Zeile von der Standardeingabe; ohne diese Option
wird das Kennwort im Terminal abgefragt. Kennwörter werden nie ausgegeben oder protokolliert.
Mit --json ist die erste Zeile {"listening", "tls", "ca_file", "sha256", "mailbox", …}, danach eine
Zeile je empfangener Nachricht ("event": "received") oder abgelehnter Transaktion ("event": "refused").
Beenden mit Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="35" />
        <source>run a local SMTP test server that behaves like a customer's server</source>
        <translation>einen lokalen SMTP-Testserver starten, der sich wie der Server eines Kunden verhält</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="37" />
        <source>Run a local SMTP test server that emulates a customer's mail server: its TLS mode, authentication methods and accounts, the sender domains it manages and its failures. Received mail is kept as .eml files.</source>
        <translation>Startet einen lokalen SMTP-Testserver, der den Mailserver eines Kunden nachbildet: seinen TLS-Modus, seine Authentifizierungsverfahren und Konten, die von ihm verwalteten Absenderdomänen und seine Fehler. Empfangene Mails werden als .eml-Dateien abgelegt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="42" />
        <source>the address to listen on (default 127.0.0.1: this computer only; others get a warning)</source>
        <translation>die Adresse, auf der der Server lauscht (Standard 127.0.0.1: nur dieser Computer; bei anderen Adressen erscheint eine Warnung)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="44" />
        <source>the port (default 2525 without TLS, 2587 with STARTTLS, 2465 with implicit TLS; 0 = any free port)</source>
        <translation>der Port (Standard 2525 ohne TLS, 2587 mit STARTTLS, 2465 mit implizitem TLS; 0 = ein beliebiger freier Port)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="46" />
        <source>none, starttls (AUTH only after STARTTLS) or implicit (TLS from the first byte); the certificate comes from the local test CA</source>
        <translation>none, starttls (AUTH erst nach STARTTLS) oder implicit (TLS ab dem ersten Byte); das Zertifikat stammt von der lokalen Test-CA</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="49" />
        <source>the authentication methods offered when a user is given (comma-separated; default LOGIN,PLAIN,CRAM-MD5)</source>
        <translation>die angebotenen Authentifizierungsverfahren, wenn ein Benutzer angegeben ist (durch Kommas getrennt; Standard LOGIN,PLAIN,CRAM-MD5)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="52" />
        <source>an account that may authenticate (repeat for several); turns AUTH on: relaying only after AUTH</source>
        <translation>ein Konto, das sich anmelden darf (für mehrere wiederholen); schaltet AUTH ein: Weiterleitung erst nach AUTH</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="54" />
        <source>read the passwords from standard input, one line per --user</source>
        <translation>die Kennwörter von der Standardeingabe lesen, eine Zeile je --user</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="56" />
        <source>the sender domains this server manages (comma-separated); other senders get 550 5.7.1. Default: any</source>
        <translation>die Absenderdomänen, die dieser Server verwaltet (durch Kommas getrennt); andere Absender erhalten 550 5.7.1. Standard: alle</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="59" />
        <source>the folder for received mail (.eml files); default: the app's data folder</source>
        <translation>der Ordner für empfangene Mails (.eml-Dateien); Standard: der Datenordner der Anwendung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="61" />
        <source>reproduce an incident, e.g. greeting-421, rcpt-550, data-554, delay:data:5 (see below)</source>
        <translation>einen Störfall nachstellen, z. B. greeting-421, rcpt-550, data-554, delay:data:5 (siehe unten)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="63" />
        <source>the server's name in its greeting and EHLO reply, e.g. a customer's provider's (default localhost)</source>
        <translation>der Name des Servers in seiner Begrüßung und EHLO-Antwort, z. B. der des Anbieters eines Kunden (Standard: localhost)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="66" />
        <source>machine-readable output: one JSON object per line</source>
        <translation>maschinenlesbare Ausgabe: ein JSON-Objekt pro Zeile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="86" />
        <source>Password for {}: </source>
        <translation>Kennwort für {}: </translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="88" />
        <source>Give the passwords with --password-stdin (one line per --user).</source>
        <translation>Geben Sie die Kennwörter mit --password-stdin an (eine Zeile je --user).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="91" />
        <source>No password was given for the user {}.</source>
        <translation>Für den Benutzer {} wurde kein Kennwort angegeben.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="95" />
        <source>--password-stdin needs at least one --user.</source>
        <translation>--password-stdin erfordert mindestens ein --user.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="244" />
        <source>Local test server listening on {} (TLS: {}).</source>
        <translation>Lokaler Testserver lauscht auf {} (TLS: {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="248" />
        <source>The local test CA was replaced by one that may sign only for localhost and loopback addresses. Clients must trust the new CA file; a trusted fingerprint changes once.</source>
        <translation>Die lokale Test-CA wurde durch eine ersetzt, die nur für localhost und Loopback-Adressen signieren darf. Clients müssen der neuen CA-Datei vertrauen; ein als vertrauenswürdig gespeicherter Fingerabdruck ändert sich einmalig.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="252" />
        <source>Clients trust the CA file: {}</source>
        <translation>Clients vertrauen der CA-Datei: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="253" />
        <source>Server certificate SHA-256: {}</source>
        <translation>SHA-256 des Serverzertifikats: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="255" />
        <source>Authentication: {} for {}</source>
        <translation>Authentifizierung: {} für {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="258" />
        <source>Sender domains: {}</source>
        <translation>Absenderdomänen: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="260" />
        <source>Faults: {}</source>
        <translation>Fehler: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="261" />
        <source>Mailbox: {}</source>
        <translation>Postfach: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="262" />
        <source>Stop with Ctrl+C.</source>
        <translation>Beenden mit Strg+C.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="272" />
        <source>The test server has stopped.</source>
        <translation>Der Testserver wurde beendet.</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="55" />
        <source>Port {1} on {0} is already in use, so the test server cannot listen there.</source>
        <translation>Port {1} auf {0} ist bereits belegt, deshalb kann der Testserver dort nicht lauschen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="57" />
        <source>Choose another port, or stop the program that uses this one (port 0 picks a free port).</source>
        <translation>Wählen Sie einen anderen Port oder beenden Sie das Programm, das diesen Port verwendet (Port 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="59" />
        <source>This user may not listen on port {1} on {0}.</source>
        <translation>Dieser Benutzer darf nicht auf Port {1} auf {0} lauschen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="60" />
        <source>Ports below 1024 need administrator rights; use a port such as 2525, 2587 or 2465.</source>
        <translation>Ports unter 1024 erfordern Administratorrechte; verwenden Sie einen Port wie 2525, 2587 oder 2465.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="62" />
        <source>The address {0} does not belong to this computer.</source>
        <translation>Die Adresse {0} gehört nicht zu diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="63" />
        <source>Listen on 127.0.0.1 (this computer only), or give one of this computer's own addresses.</source>
        <translation>Lauschen Sie auf 127.0.0.1 (nur dieser Computer) oder geben Sie eine der eigenen Adressen dieses Computers an.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="65" />
        <source>The test server cannot listen on {0} port {1}: {2}</source>
        <translation>Der Testserver kann nicht auf {0} Port {1} lauschen: {2}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="66" />
        <source>The server certificate cannot be loaded: {2}</source>
        <translation>Das Serverzertifikat kann nicht geladen werden: {2}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="67" />
        <source>Check the certificate and key files (PEM), or leave them empty to use the local test CA.</source>
        <translation>Prüfen Sie die Zertifikats- und Schlüsseldateien (PEM) oder lassen Sie sie leer, um die lokale Test-CA zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="69" />
        <source>The test server did not start in time.</source>
        <translation>Der Testserver ist nicht rechtzeitig gestartet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="70" />
        <source>The mailbox folder {2} cannot be used: {3}</source>
        <translation>Der Postfachordner {2} kann nicht verwendet werden: {3}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="71" />
        <source>Choose a folder you may write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>LocalServerWindow</name>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="145" />
        <source>Enter the user name the clients authenticate with.</source>
        <translation>Geben Sie den Benutzernamen ein, mit dem sich die Clients anmelden.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="147" />
        <source>Enter the password for the user {}.</source>
        <translation>Geben Sie das Kennwort für den Benutzer {} ein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="149" />
        <source>Choose at least one authentication method.</source>
        <translation>Wählen Sie mindestens ein Authentifizierungsverfahren.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="190" />
        <source>Stopped. The received messages stay in the mailbox folder.</source>
        <translation>Gestoppt. Die empfangenen Nachrichten bleiben im Postfachordner.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="213" />
        <source>Listening on {} ({}).</source>
        <translation>Lauscht auf {} ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="215" />
        <source>Clients trust the CA file {}</source>
        <translation>Clients vertrauen der CA-Datei {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="216" />
        <source>Server certificate SHA-256: {}</source>
        <translation>SHA-256 des Serverzertifikats: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="217" />
        <source>Mailbox: {}</source>
        <translation>Postfach: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="258" />
        <source>Listening on {}</source>
        <translation>Lauscht auf {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="260" />
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="262" />
        <source>Connection from {}</source>
        <translation>Verbindung von {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="266" />
        <source>Authenticated as {} ({})</source>
        <translation>Angemeldet als {} ({})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="267" />
        <source>Authentication as {} rejected ({})</source>
        <translation>Anmeldung als {} abgelehnt ({})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="269" />
        <source>Message received from &lt;{}&gt; for {}</source>
        <translation>Nachricht von &lt;{}&gt; für {} empfangen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="273" />
        <source>Refused at {}: {} {}</source>
        <translation>Abgelehnt bei {}: {} {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="275" />
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="312" />
        <source>Envelope sender: &lt;{}&gt;</source>
        <translation>Umschlag-Absender: &lt;{}&gt;</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="313" />
        <source>Envelope recipients: {}</source>
        <translation>Umschlag-Empfänger: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="314" />
        <source>Authenticated user: {}</source>
        <translation>Angemeldeter Benutzer: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="315" />
        <source>File: {}</source>
        <translation>Datei: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="351" />
        <source>Local test server ({}, port {})</source>
        <translation>Lokaler Testserver ({}, Port {})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="364" />
        <source>Name of the new profile:</source>
        <translation>Name des neuen Profils:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="366" />
        <source>The profile trusts the local test CA. Server certificate SHA-256:
{}</source>
        <translation>Das Profil vertraut der lokalen Test-CA. SHA-256 des Serverzertifikats:
{}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="368" />
        <source>Use in a new profile</source>
        <translation>In neuem Profil verwenden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="374" />
        <source>A profile named "{}" exists already; choose another name.</source>
        <translation>Ein Profil namens „{}“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="412" />
        <source>The profile "{}" was created, but its password could not be stored: {}</source>
        <translation>Das Profil „{}“ wurde angelegt, aber sein Kennwort konnte nicht gespeichert werden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="415" />
        <source>The profile "{}" now points at this server.</source>
        <translation>Das Profil „{}“ verwendet jetzt diesen Server.</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="9" />
        <source>Local test server</source>
        <translation>Lokaler Testserver</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="19" />
        <source>An SMTP server on this computer that behaves like a customer's server: its TLS mode, its authentication methods and account, the sender domains it manages and its failures. It accepts connections from this computer only (127.0.0.1).</source>
        <translation>Ein SMTP-Server auf diesem Computer, der sich wie der Server eines Kunden verhält: TLS-Modus, Authentifizierungsverfahren und Konto, verwaltete Absenderdomänen und Fehler. Er nimmt nur Verbindungen von diesem Computer an (127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="28" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="33" />
        <source>&amp;TLS mode</source>
        <translation>&amp;TLS-Modus</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="39" />
        <source>How clients must encrypt: not at all, STARTTLS after the greeting (AUTH only after it), or TLS from the first byte</source>
        <translation>Wie Clients verschlüsseln müssen: gar nicht, mit STARTTLS nach der Begrüßung (AUTH erst danach) oder mit TLS ab dem ersten Byte</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="40" />
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="41" />
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="42" />
        <source>SSL/TLS (implicit)</source>
        <translation>SSL/TLS (implizit)</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="47" />
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="53" />
        <source>The port to listen on; 0 picks a free port</source>
        <translation>Der Port, auf dem der Server lauscht; 0 wählt einen freien Port</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="54" />
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="62" />
        <source>Sender &amp;domains</source>
        <translation>Absender&amp;domänen</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="68" />
        <source>any domain</source>
        <translation>alle Domänen</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="69" />
        <source>The domains this server manages, separated by commas (e.g. firma.de, firma.at). Other senders get 550 5.7.1.</source>
        <translation>Die Domänen, die dieser Server verwaltet, durch Kommas getrennt (z. B. firma.de, firma.at). Andere Absender erhalten 550 5.7.1.</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="77" />
        <source>SMTP authentication</source>
        <translation>SMTP-Authentifizierung</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="80" />
        <source>When on, the server relays only after AUTH (530 5.7.0 otherwise) and wrong credentials get 535 5.7.8</source>
        <translation>Wenn eingeschaltet, leitet der Server erst nach AUTH weiter (sonst 530 5.7.0), und falsche Anmeldedaten erhalten 535 5.7.8</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="85" />
        <source>Methods</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="112" />
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="121" />
        <source>Pass&amp;word</source>
        <translation>&amp;Kennwort</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="135" />
        <source>Faults to reproduce</source>
        <translation>Nachzustellende Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="139" />
        <source>Refuse at the greeting (421)</source>
        <translation>Bei der Begrüßung abweisen (421)</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="144" />
        <source>Reject every recipient (550 5.1.1)</source>
        <translation>Jeden Empfänger ablehnen (550 5.1.1)</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="149" />
        <source>Reject the message after DATA (554 5.6.0)</source>
        <translation>Nachricht nach DATA ablehnen (554 5.6.0)</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="154" />
        <source>Delay the reply to</source>
        <translation>Antwort verzögern bei</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="159" />
        <source>Delayed stage</source>
        <translation>Verzögerte Phase</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="272" />
        <location filename="../../ui/server_window.ui" line="160" />
        <source>the greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="165" />
        <source>the end of DATA</source>
        <translation>Ende von DATA</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="170" />
        <source>Delay in seconds</source>
        <translation>Verzögerung in Sekunden</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="171" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="188" />
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="189" />
        <source>Start the server with this policy</source>
        <translation>Den Server mit diesen Regeln starten</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="194" />
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="200" />
        <source>Use in a &amp;new profile…</source>
        <translation>In &amp;neuem Profil verwenden…</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="202" />
        <source>Create a profile that points at this server and trusts its local CA, so that Send test mail works at once</source>
        <translation>Ein Profil anlegen, das diesen Server verwendet und seiner lokalen CA vertraut, sodass „Testmail senden“ sofort funktioniert</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="207" />
        <source>Open &amp;mailbox folder</source>
        <translation>&amp;Postfachordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="220" />
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="237" />
        <source>Session &amp;log</source>
        <translation>Sitzungs&amp;verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="258" />
        <source>&amp;Received messages</source>
        <translation>Empfangene Nach&amp;richten</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="270" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="271" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="272" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="273" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="277" />
        <source>Message headers and body</source>
        <translation>Kopfzeilen und Text der Nachricht</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="278" />
        <source>Select a message to see its headers and body.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Kopfzeilen und ihren Text zu sehen.</translation>
    </message>
</context>
<context>
    <name>TestServer</name>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="53" />
        <source>"{}" is not a fault. Write STAGE-CODE (e.g. greeting-421, rcpt-550, data-554) or delay:STAGE:SECONDS (e.g. delay:data:5).</source>
        <translation>„{}“ ist keine Fehlerangabe. Schreiben Sie PHASE-CODE (z. B. greeting-421, rcpt-550, data-554) oder delay:PHASE:SEKUNDEN (z. B. delay:data:5).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="56" />
        <source>"{}" is not a stage; choose one of: {}.</source>
        <translation>„{}“ ist keine Phase; wählen Sie eine von: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="57" />
        <source>"{}" is not a rejection code; use a 4xx (temporary) or 5xx (permanent) SMTP reply code.</source>
        <translation>„{}“ ist kein Ablehnungscode; verwenden Sie einen SMTP-Antwortcode 4xx (vorübergehend) oder 5xx (dauerhaft).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="59" />
        <source>At the greeting only 421 and 554 are allowed.</source>
        <translation>Bei der Begrüßung sind nur 421 und 554 erlaubt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="60" />
        <source>A fault's reply text must be printable ASCII on one line, at most 400 characters.</source>
        <translation>Der Antworttext eines Fehlers muss druckbares ASCII in einer Zeile sein, höchstens 400 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="62" />
        <source>The delay must be a number of seconds from 0 to 600, not "{}".</source>
        <translation>Die Verzögerung muss eine Sekundenzahl von 0 bis 600 sein, nicht „{}“.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="63" />
        <source>"{}" is not a TLS mode; choose none, starttls or implicit.</source>
        <translation>„{}“ ist kein TLS-Modus; wählen Sie none, starttls oder implicit.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="64" />
        <source>"{}" is not an authentication method; choose from LOGIN, PLAIN, CRAM-MD5.</source>
        <translation>„{}“ ist kein Authentifizierungsverfahren; wählen Sie aus LOGIN, PLAIN, CRAM-MD5.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="66" />
        <source>The port must be a number from 0 to 65535 (0 = any free port).</source>
        <translation>Der Port muss eine Zahl von 0 bis 65535 sein (0 = ein beliebiger freier Port).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="67" />
        <source>"{}" is not a domain name.</source>
        <translation>„{}“ ist kein Domänenname.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="68" />
        <source>A user name must not be empty or contain spaces or control characters.</source>
        <translation>Ein Benutzername darf nicht leer sein und keine Leer- oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="70" />
        <source>The user "{}" needs a password.</source>
        <translation>Der Benutzer „{}“ braucht ein Kennwort.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="71" />
        <source>With users, choose at least one authentication method.</source>
        <translation>Wählen Sie bei angegebenen Benutzern mindestens ein Authentifizierungsverfahren.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="72" />
        <source>"{}" is not an address to listen on.</source>
        <translation>„{}“ ist keine Adresse, auf der gelauscht werden kann.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="73" />
        <source>Warning: the test server listens on {}, not only on this computer. Other machines can connect to it; it accepts mail for anyone who knows the test credentials.</source>
        <translation>Warnung: Der Testserver lauscht auf {}, nicht nur auf diesem Computer. Andere Rechner können sich verbinden; er nimmt Mails von jedem an, der die Testanmeldedaten kennt.</translation>
    </message>
</context>
</TS>