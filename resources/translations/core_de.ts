<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="87" />
        <source>Enter, validate, store and test the SMTP settings of SwyxON and its UC tenants. Without a command, the window opens.</source>
        <translation>SMTP-Einstellungen von SwyxON und seinen UC Tenants eingeben, prüfen, speichern und testen. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="91" />
        <source>show the version and exit</source>
        <translation>die Version anzeigen und beenden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="93" />
        <source>language of the window and messages</source>
        <translation>Sprache des Fensters und der Meldungen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="95" />
        <source>check that the installation works (Qt, .ui files, translations, keychain, config directory) and exit</source>
        <translation>prüfen, ob die Installation funktioniert (Qt, .ui-Dateien, Übersetzungen, Schlüsselbund, Konfigurationsordner), und beenden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="14" />
        <source>manage the stored SMTP profiles</source>
        <translation>die gespeicherten SMTP-Profile verwalten</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="17" />
        <source>list the profiles</source>
        <translation>die Profile auflisten</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="19" />
        <source>show one profile (never its password)</source>
        <translation>ein Profil anzeigen (nie sein Kennwort)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="24" />
        <source>delete a profile and its password</source>
        <translation>ein Profil und sein Kennwort löschen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="28" />
        <source>create or update a profile; only the options given change</source>
        <translation>ein Profil anlegen oder ändern; nur die angegebenen Optionen ändern sich</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="113" />
        <source>SMTP server: a symbolic name, DNS name or IP address</source>
        <translation>SMTP-Server: ein symbolischer Name, DNS-Name oder eine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="116" />
        <source>SMTP port, 1-65535 (usually 587 for STARTTLS, 465 for SSL/TLS)</source>
        <translation>SMTP-Port, 1–65535 (meist 587 für STARTTLS, 465 für SSL/TLS)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="120" />
        <source>sender address, e.g. SwyxWare@firma.de (its domain should be one the server manages)</source>
        <translation>Absenderadresse, z. B. SwyxWare@firma.de (ihre Domäne sollte eine der vom Server verwalteten sein)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="127" />
        <source>encrypt the connection (Use SSL)</source>
        <translation>die Verbindung verschlüsseln („SSL verwenden“)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="128" />
        <source>plain SMTP, no encryption</source>
        <translation>SMTP ohne Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="132" />
        <source>auto: SSL/TLS on port 465, STARTTLS otherwise; starttls: required, never a plaintext fallback; implicit: TLS from the first byte</source>
        <translation>auto: SSL/TLS auf Port 465, sonst STARTTLS; starttls: verpflichtend, nie ein Rückfall auf Klartext; implicit: TLS ab dem ersten Byte</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="146" />
        <source>SMTP authentication on</source>
        <translation>SMTP-Authentifizierung ein</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="147" />
        <source>SMTP authentication off</source>
        <translation>SMTP-Authentifizierung aus</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="152" />
        <source>authentication method; auto picks the strongest the server offers</source>
        <translation>Authentifizierungsverfahren; auto wählt das stärkste, das der Server anbietet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="157" />
        <source>user name for SMTP authentication</source>
        <translation>Benutzername für die SMTP-Authentifizierung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="161" />
        <source>read the password from standard input into the keychain</source>
        <translation>das Kennwort von der Standardeingabe in den Schlüsselbund übernehmen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="138" />
        <source>an extra trusted CA certificate file (PEM), besides the system's; empty to remove</source>
        <translation>eine zusätzliche vertrauenswürdige CA-Zertifikatsdatei (PEM) neben denen des Systems; leer zum Entfernen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="143" />
        <source>trust exactly the server certificate with this SHA-256 fingerprint (empty to remove)</source>
        <translation>genau dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen (leer zum Entfernen)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="166" />
        <source>allow the password to travel unencrypted when SSL is off (trusted networks only)</source>
        <translation>erlauben, dass das Kennwort ohne SSL unverschlüsselt übertragen wird (nur in vertrauenswürdigen Netzen)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="168" />
        <source>withdraw that permission</source>
        <translation>diese Erlaubnis zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="124" />
        <source>seconds to wait for each network operation (1-600, default 30)</source>
        <translation>Sekunden Wartezeit je Netzwerkvorgang (1–600, Standard 30)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="171" />
        <source>IMAP server of the mailbox that confirms delivery (empty to remove the confirmation mailbox)</source>
        <translation>IMAP-Server des Postfachs, das die Zustellung bestätigt (leer: Bestätigungspostfach entfernen)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="180" />
        <source>IMAP port (993 for SSL/TLS, 143 for STARTTLS)</source>
        <translation>IMAP-Port (993 für SSL/TLS, 143 für STARTTLS)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="176" />
        <source>IMAP security: implicit (SSL/TLS) or starttls (required); never unencrypted</source>
        <translation>IMAP-Sicherheit: implicit (SSL/TLS) oder starttls (erforderlich); nie unverschlüsselt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="184" />
        <source>user name of the confirmation mailbox</source>
        <translation>Benutzername des Bestätigungspostfachs</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="188" />
        <source>read the confirmation mailbox's password from standard input into the keychain</source>
        <translation>das Kennwort des Bestätigungspostfachs von der Standardeingabe in den Schlüsselbund lesen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="192" />
        <source>folders to search, comma-separated (empty: INBOX and the folder marked as junk)</source>
        <translation>zu durchsuchende Ordner, durch Kommas getrennt (leer: INBOX und der als Junk gekennzeichnete Ordner)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="195" />
        <source>trust exactly the IMAP server certificate with this SHA-256 fingerprint (empty to remove)</source>
        <translation>genau dem IMAP-Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen (leer: entfernen)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="37" />
        <source>export a profile to a JSON file (no password)</source>
        <translation>ein Profil in eine JSON-Datei exportieren (ohne Kennwort)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="42" />
        <source>import a profile from an exported JSON file</source>
        <translation>ein Profil aus einer exportierten JSON-Datei importieren</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="46" />
        <source>replace an existing profile of the same name</source>
        <translation>ein vorhandenes Profil gleichen Namens ersetzen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="163" />
        <source>Give one password on standard input per call: --password-stdin or --imap-password-stdin.</source>
        <translation>Geben Sie pro Aufruf ein Kennwort auf der Standardeingabe an: --password-stdin oder --imap-password-stdin.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="169" />
        <source>No password was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde kein Kennwort übergeben.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="182" />
        <source>The settings were saved, but the password was not: {}</source>
        <translation>Die Einstellungen wurden gespeichert, das Kennwort jedoch nicht: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="186" />
        <source>Profile "{}" saved.</source>
        <translation>Profil „{}“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="199" />
        <source>Cannot write {}: {}</source>
        <translation>{} kann nicht geschrieben werden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="215" />
        <source>Choose another name with --name NAME, or replace it with --overwrite.</source>
        <translation>Wählen Sie mit --name NAME einen anderen Namen oder ersetzen Sie es mit --overwrite.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="17" />
        <source>Server answer: {}</source>
        <translation>Antwort des Servers: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="18" />
        <source>What to do: {}</source>
        <translation>Was tun: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="19" />
        <source>Stages: {}</source>
        <translation>Schritte: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="20" />
        <source>There is no profile yet. Create one with: swyxon-desktop profile set NAME …</source>
        <translation>Es gibt noch kein Profil. Legen Sie eines an mit: swyxon-desktop profile set NAME …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="22" />
        <source>There are several profiles; choose one with --profile: {}</source>
        <translation>Es gibt mehrere Profile; wählen Sie eines mit --profile: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="23" />
        <source>List the profiles with: swyxon-desktop profile list</source>
        <translation>Die Profile zeigt: swyxon-desktop profile list</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="24" />
        <source>Name the profile with --profile NAME.</source>
        <translation>Geben Sie das Profil mit --profile NAME an.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="25" />
        <source>Create one with: swyxon-desktop profile set NAME --server HOST …</source>
        <translation>Legen Sie eines an mit: swyxon-desktop profile set NAME --server HOST …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="26" />
        <source>Give --timeout in seconds, from 1 to 600.</source>
        <translation>Geben Sie --timeout in Sekunden an, von 1 bis 600.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="27" />
        <source>Interrupted (Ctrl+C); nothing more was sent.</source>
        <translation>Unterbrochen (Strg+C); es wurde nichts mehr gesendet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="28" />
        <source>Run the command again when you are ready.</source>
        <translation>Führen Sie den Befehl erneut aus, wenn Sie so weit sind.</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="45" />
        <source>The settings are not valid</source>
        <translation>Die Einstellungen sind ungültig</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="46" />
        <source>The server name could not be resolved</source>
        <translation>Der Servername konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="47" />
        <source>The server refused the connection</source>
        <translation>Der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="48" />
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="49" />
        <source>The encrypted connection could not be established</source>
        <translation>Die verschlüsselte Verbindung konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="50" />
        <source>The server's certificate is not trusted</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="51" />
        <source>The server does not offer STARTTLS</source>
        <translation>Der Server bietet kein STARTTLS an</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="52" />
        <source>The authentication method is not offered</source>
        <translation>Das Authentifizierungsverfahren wird nicht angeboten</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="53" />
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="54" />
        <source>Credentials would travel unencrypted</source>
        <translation>Die Zugangsdaten würden unverschlüsselt übertragen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="55" />
        <source>The server rejected the sender address</source>
        <translation>Der Server hat die Absenderadresse abgelehnt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="56" />
        <source>The server rejected the recipient</source>
        <translation>Der Server hat den Empfänger abgelehnt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="57" />
        <source>The server rejected the message</source>
        <translation>Der Server hat die Nachricht abgelehnt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="58" />
        <source>The server is not available</source>
        <translation>Der Server ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="59" />
        <source>The server answered something unexpected</source>
        <translation>Der Server hat unerwartet geantwortet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="60" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="61" />
        <source>The keychain is not available</source>
        <translation>Der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="62" />
        <source>The test message did not arrive in time</source>
        <translation>Die Testnachricht ist nicht rechtzeitig angekommen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="63" />
        <source>The test message arrived in the junk folder</source>
        <translation>Die Testnachricht ist im Junk-Ordner angekommen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="64" />
        <source>The login to the mailbox failed</source>
        <translation>Die Anmeldung am Postfach ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="68" />
        <source>Correct the marked fields and try again.</source>
        <translation>Korrigieren Sie die markierten Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="69" />
        <source>Check the spelling of the SMTP server and that this computer can resolve it (DNS, VPN).</source>
        <translation>Prüfen Sie die Schreibweise des SMTP-Servers und ob dieser Computer den Namen auflösen kann (DNS, VPN).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="71" />
        <source>Nothing accepts connections on this port. Check the SMTP port (usually 587 for STARTTLS, 465 for SSL/TLS, 25 for server-to-server) and any firewall in between.</source>
        <translation>Auf diesem Port nimmt nichts Verbindungen an. Prüfen Sie den SMTP-Port (meist 587 für STARTTLS, 465 für SSL/TLS, 25 zwischen Servern) und eine Firewall dazwischen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="74" />
        <source>A firewall may drop the connection, or the port expects a different security mode. Check the SMTP port and the TLS mode.</source>
        <translation>Eine Firewall verwirft eventuell die Verbindung, oder der Port erwartet eine andere Verschlüsselungsart. Prüfen Sie SMTP-Port und TLS-Modus.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="77" />
        <source>The port and the TLS mode probably do not match: use STARTTLS on port 587 or 25, SSL/TLS (implicit) on port 465.</source>
        <translation>Port und TLS-Modus passen vermutlich nicht zusammen: STARTTLS auf Port 587 oder 25, SSL/TLS (implizit) auf Port 465.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="80" />
        <source>Use the server's exact DNS name, add the issuing CA file, or trust this certificate explicitly after checking its fingerprint.</source>
        <translation>Verwenden Sie den genauen DNS-Namen des Servers, hinterlegen Sie die ausstellende CA-Datei oder vertrauen Sie diesem Zertifikat ausdrücklich, nachdem Sie seinen Fingerabdruck geprüft haben.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="83" />
        <source>The server offers no encryption on this port. Try port 465 with SSL/TLS, or ask the mail administrator to enable STARTTLS. The password is never sent unencrypted.</source>
        <translation>Der Server bietet auf diesem Port keine Verschlüsselung an. Versuchen Sie Port 465 mit SSL/TLS oder bitten Sie den Mail-Administrator, STARTTLS zu aktivieren. Das Kennwort wird nie unverschlüsselt gesendet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="86" />
        <source>Choose one of the methods the server offers, or Automatic.</source>
        <translation>Wählen Sie eines der vom Server angebotenen Verfahren oder „Automatisch“.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="88" />
        <source>Check the user name and password. Some providers require an app password or enabling SMTP access for the account.</source>
        <translation>Prüfen Sie Benutzername und Kennwort. Manche Anbieter verlangen ein App-Kennwort oder die Freischaltung des SMTP-Zugriffs für das Konto.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="91" />
        <source>Turn on Use SSL, or allow unencrypted authentication explicitly if this network is trusted.</source>
        <translation>Aktivieren Sie „SSL verwenden“ oder erlauben Sie die unverschlüsselte Authentifizierung ausdrücklich, wenn Sie diesem Netz vertrauen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="93" />
        <source>The domain of the sender address (e.g. @firma.de in SwyxWare@firma.de) should be one the mail server manages; some servers require the address to be registered for the account.</source>
        <translation>Die Domäne der Absenderadresse (z. B. @firma.de in SwyxWare@firma.de) sollte eine der vom E-Mail-Server verwalteten Domänen sein; manche Server verlangen, dass die Adresse für das Konto hinterlegt ist.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="96" />
        <source>Check the recipient address. The server may refuse to relay without authentication.</source>
        <translation>Prüfen Sie die Empfängeradresse. Der Server leitet ohne Authentifizierung eventuell nicht weiter.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="98" />
        <source>The server refused the content after DATA (spam filter, size or policy). See the server's text for the reason.</source>
        <translation>Der Server hat den Inhalt nach DATA abgelehnt (Spamfilter, Größe oder Richtlinie). Den Grund nennt der Text des Servers.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="101" />
        <source>The server is busy or shutting down (4xx). Try again later or ask the mail administrator.</source>
        <translation>Der Server ist ausgelastet oder fährt herunter (4xx). Versuchen Sie es später erneut oder fragen Sie den Mail-Administrator.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="103" />
        <source>This may not be an SMTP server, or the port expects TLS from the first byte (try SSL/TLS implicit on port 465).</source>
        <translation>Möglicherweise ist das kein SMTP-Server, oder der Port erwartet TLS ab dem ersten Byte (versuchen Sie SSL/TLS implizit auf Port 465).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="106" />
        <source>The run was cancelled before it finished.</source>
        <translation>Der Vorgang wurde vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="107" />
        <source>Unlock or install the system keychain (Windows Credential Manager, GNOME Keyring or KWallet). Passwords are never stored in a file.</source>
        <translation>Entsperren oder installieren Sie den Schlüsselbund des Systems (Windows-Anmeldeinformationsverwaltung, GNOME Keyring oder KWallet). Kennwörter werden nie in einer Datei gespeichert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="110" />
        <source>The relay accepted the message, but it has not reached the mailbox. Search the relay's log for the Message-ID (queued, bounced, deferred?), check the receiver's quarantine, and whether the right folders are searched; a slow receiver may need a longer wait.</source>
        <translation>Das Relay hat die Nachricht angenommen, aber sie hat das Postfach nicht erreicht. Suchen Sie im Protokoll des Relays nach der Message-ID (in der Warteschlange, abgewiesen, zurückgestellt?), prüfen Sie die Quarantäne des Empfängers und ob die richtigen Ordner durchsucht werden; ein langsamer Empfänger braucht vielleicht eine längere Wartezeit.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="114" />
        <source>Receivers treat mail from this sender through this relay as spam. Check the SPF, DKIM and DMARC verdicts and the spam headers: usually the relay's IP is missing from the sender domain's SPF record, or the message is not signed.</source>
        <translation>Empfänger behandeln E-Mails dieses Absenders über dieses Relay als Spam. Prüfen Sie die Urteile zu SPF, DKIM und DMARC und die Spam-Kopfzeilen: Meist fehlt die IP-Adresse des Relays im SPF-Eintrag der Absenderdomain, oder die Nachricht ist nicht signiert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="118" />
        <source>Check the IMAP user name and password of the confirmation mailbox. Some providers require an app password or enabling IMAP access for the account.</source>
        <translation>Prüfen Sie IMAP-Benutzername und -Kennwort des Bestätigungspostfachs. Manche Anbieter verlangen ein App-Kennwort oder dass IMAP für das Konto freigeschaltet wird.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../../swyxon_desktop/secrets.py" line="40" />
        <source>No system keychain is available ({}).</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/secrets.py" line="41" />
        <source>The keychain backend {} keeps passwords in a file or nowhere; it is refused.</source>
        <translation>Das Schlüsselbund-Backend {} speichert Kennwörter in einer Datei oder gar nicht; es wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/secrets.py" line="43" />
        <source>The keychain refused the request: {}</source>
        <translation>Der Schlüsselbund hat die Anfrage abgelehnt: {}</translation>
    </message>
</context>
<context>
    <name>MailReport</name>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="112" />
        <source>SMTP server</source>
        <extracomment>The report's context for :attr:`Field.report`; the CLI's for the help texts in :attr:`Field.cli`. The MailSettings attribute (or "password" / "imap_password", which are no settings). The object name of its editor in the .ui (focused on an error, gets the error as description). The object name of its error label, None when it has none. The object names of the widgets enabled and disabled with it (label, editor, buttons, help). None, or a function of the settings that says whether the field is enabled. For a CHOICE: the enum members in the order of the combo box (and of the CLI's choices). Its label in the text report (context "MailReport"), None when the report leaves it out. The report shows "—" while the field is disabled (not its value). Its option on ``profile set``, None when the CLI does not set it. Every field, in the order of the window's forms (the order errors are focused in).</extracomment>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="115" />
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="119" />
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="123" />
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="126" />
        <source>Use SSL</source>
        <translation>SSL verwenden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="131" />
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="137" />
        <source>Additional CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="142" />
        <source>Trusted certificate (SHA-256)</source>
        <translation>Vertrauenswürdiges Zertifikat (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="145" />
        <source>SMTP authentication</source>
        <translation>SMTP-Authentifizierung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="151" />
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="156" />
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="165" />
        <source>Unencrypted authentication allowed</source>
        <translation>Unverschlüsselte Authentifizierung erlaubt</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="37" />
        <source>The file contained a password; it was not imported. Enter it here: it is kept in the keychain only.</source>
        <translation>Die Datei enthielt ein Kennwort; es wurde nicht importiert. Geben Sie es hier ein: Es wird nur im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="39" />
        <source>The file trusted a server certificate by its fingerprint; that was not taken over. Check the server and trust its certificate on this computer if it is the right one.</source>
        <translation>Die Datei vertraute einem Serverzertifikat über seinen Fingerabdruck; das wurde nicht übernommen. Prüfen Sie den Server und vertrauen Sie seinem Zertifikat auf diesem Computer, wenn es das richtige ist.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="42" />
        <source>The file trusted the IMAP server's certificate by its fingerprint; that was not taken over. Trust it on this computer after checking it, if it is the right one.</source>
        <translation>Die Datei vertraute dem Zertifikat des IMAP-Servers anhand seines Fingerabdrucks; das wurde nicht übernommen. Vertrauen Sie ihm auf diesem Computer, nachdem Sie es geprüft haben, wenn es das richtige ist.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="45" />
        <source>The CA file named in the file does not exist on this computer; choose it again if the server needs it.</source>
        <translation>Die in der Datei genannte CA-Datei gibt es auf diesem Computer nicht; wählen Sie sie erneut, wenn der Server sie braucht.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="87" />
        <source>There is no profile named "{}".</source>
        <translation>Es gibt kein Profil namens „{}“.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="93" />
        <source>A profile named "{}" exists already.</source>
        <translation>Ein Profil namens „{}“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="101" />
        <source>The profile "{}" was changed by another program since it was loaded.</source>
        <translation>Das Profil „{}“ wurde seit dem Laden von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="108" />
        <source>The settings are not valid: {}</source>
        <translation>Die Einstellungen sind ungültig: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="246" />
        <source>The settings file could not be read ({}). It was moved aside to {} and the application started with no profiles.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden ({}). Sie wurde nach {} verschoben, und die Anwendung wurde ohne Profile gestartet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="258" />
        <source>The settings file {} cannot be read: {}. Nothing will be saved until this is fixed.</source>
        <translation>Die Einstellungsdatei {} kann nicht gelesen werden: {}. Bis das behoben ist, wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="265" />
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="269" />
        <source>it is not valid JSON: line {}, column {}</source>
        <translation>sie ist kein gültiges JSON: Zeile {}, Spalte {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="273" />
        <source>it contains no list of profiles</source>
        <translation>sie enthält keine Profilliste</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="277" />
        <source>it has no schema version</source>
        <translation>sie hat keine Schemaversion</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="281" />
        <source>The settings file was written by a newer version (schema {}). It is shown read-only and will not be changed.</source>
        <translation>Die Einstellungsdatei wurde von einer neueren Version geschrieben (Schema {}). Sie wird schreibgeschützt angezeigt und nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="298" />
        <source>These profiles could not be read and are not shown: {}. They stay in the file unchanged; a copy of the file is kept as {}.</source>
        <translation>Diese Profile konnten nicht gelesen werden und werden nicht angezeigt: {}. Sie bleiben unverändert in der Datei; eine Kopie der Datei liegt unter {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="406" />
        <source>The file {} cannot be read: {}</source>
        <translation>Die Datei {} kann nicht gelesen werden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="409" />
        <source>The file {} is not valid JSON: {}</source>
        <translation>Die Datei {} ist kein gültiges JSON: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="413" />
        <source>The file {} is not an exported SwyxON Desktop profile.</source>
        <translation>Die Datei {} ist kein exportiertes SwyxON-Desktop-Profil.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="416" />
        <source>The file {} was exported by a newer version (schema {}).</source>
        <translation>Die Datei {} wurde von einer neueren Version exportiert (Schema {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="427" />
        <source>The file {} has invalid settings: {}</source>
        <translation>Die Datei {} enthält ungültige Einstellungen: {}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="183" />
        <source>Enter the SMTP server: a name, DNS name or IP address.</source>
        <extracomment>The usual port of each IMAP security mode (the window and the CLI switch to it with the mode).</extracomment>
        <translation>Geben Sie den SMTP-Server ein: einen Namen, DNS-Namen oder eine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="184" />
        <source>The server name must not contain spaces.</source>
        <translation>Der Servername darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="185" />
        <source>The server name is longer than 253 characters.</source>
        <translation>Der Servername ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="186" />
        <source>The server name has an empty part (two dots in a row, or a leading dot).</source>
        <translation>Der Servername enthält einen leeren Teil (zwei Punkte hintereinander oder einen Punkt am Anfang).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="188" />
        <source>The part "{}" of the server name is longer than 63 characters.</source>
        <translation>Der Teil „{}“ des Servernamens ist länger als 63 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="190" />
        <source>The part "{}" of the server name may only contain letters, digits and hyphens, and must not start or end with a hyphen.</source>
        <translation>Der Teil „{}“ des Servernamens darf nur Buchstaben, Ziffern und Bindestriche enthalten und nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="193" />
        <source>"{}" is not a valid IP address.</source>
        <translation>„{}“ ist keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="194" />
        <source>The international server name cannot be encoded: {}</source>
        <translation>Der internationale Servername kann nicht kodiert werden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="195" />
        <source>The SMTP port must be a number from 1 to 65535.</source>
        <translation>Der SMTP-Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="196" />
        <source>Enter the sender address, e.g. SwyxWare@firma.de.</source>
        <translation>Geben Sie die Absenderadresse ein, z. B. SwyxWare@firma.de.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="197" />
        <source>The sender address is not valid: {}</source>
        <translation>Die Absenderadresse ist ungültig: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="199" />
        <source>The address needs an @ sign, e.g. SwyxWare@firma.de.</source>
        <translation>Die Adresse braucht ein @-Zeichen, z. B. SwyxWare@firma.de.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="200" />
        <source>Enter the domain after the @ sign, e.g. @firma.de.</source>
        <translation>Geben Sie die Domäne nach dem @-Zeichen ein, z. B. @firma.de.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="201" />
        <source>Enter the name before the @ sign.</source>
        <translation>Geben Sie den Namen vor dem @-Zeichen ein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="202" />
        <source>The address must not contain two dots in a row, or a dot or hyphen at the start or end of a part.</source>
        <translation>Die Adresse darf keine zwei Punkte hintereinander und keinen Punkt oder Bindestrich am Anfang oder Ende eines Teils enthalten.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="205" />
        <source>The domain after the @ sign needs a dot, e.g. firma.de.</source>
        <translation>Die Domäne nach dem @-Zeichen braucht einen Punkt, z. B. firma.de.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="206" />
        <source>The domain after the @ sign does not end in a valid top-level domain (such as .de).</source>
        <translation>Die Domäne nach dem @-Zeichen endet nicht auf eine gültige Top-Level-Domäne (wie .de).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="208" />
        <source>The domain after the @ sign is a reserved name that cannot be used for mail.</source>
        <translation>Die Domäne nach dem @-Zeichen ist ein reservierter Name, der für E-Mail nicht verwendet werden kann.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="210" />
        <source>The address contains characters that are not allowed.</source>
        <translation>Die Adresse enthält unzulässige Zeichen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="211" />
        <source>The address is too long.</source>
        <translation>Die Adresse ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="212" />
        <source>Enter only the address, without a name or angle brackets.</source>
        <translation>Geben Sie nur die Adresse ein, ohne Namen und spitze Klammern.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="214" />
        <source>An IP address after the @ sign is not allowed here; use the domain name.</source>
        <translation>Eine IP-Adresse nach dem @-Zeichen ist hier nicht erlaubt; verwenden Sie den Domänennamen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="216" />
        <source>Use a normal @ sign.</source>
        <translation>Verwenden Sie ein normales @-Zeichen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="217" />
        <source>Quotation marks are not allowed in the address.</source>
        <translation>Anführungszeichen sind in der Adresse nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="218" />
        <source>International characters before the @ sign are not supported.</source>
        <translation>Internationale Zeichen vor dem @-Zeichen werden nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="241" />
        <source>Enter the user name for SMTP authentication.</source>
        <translation>Geben Sie den Benutzernamen für die SMTP-Authentifizierung ein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="242" />
        <source>Enter the password for SMTP authentication.</source>
        <translation>Geben Sie das Kennwort für die SMTP-Authentifizierung ein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="243" />
        <source>Warning: SSL is off and unencrypted authentication is allowed: the user name and password travel unencrypted to this server. Use it only on a trusted network.</source>
        <translation>Warnung: SSL ist aus und unverschlüsselte Authentifizierung ist erlaubt: Benutzername und Kennwort gehen unverschlüsselt zu diesem Server. Nur in einem vertrauenswürdigen Netz verwenden.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="246" />
        <source>Warning: SSL is off and SMTP authentication is on, so the password would travel unencrypted. A test mail does not send it unless unencrypted authentication is allowed (in the profile or for one run).</source>
        <translation>Warnung: SSL ist aus und SMTP-Authentifizierung ist an, das Kennwort ginge also unverschlüsselt über das Netz. Eine Testmail sendet es nur, wenn unverschlüsselte Authentifizierung erlaubt ist (im Profil oder für einen Lauf).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="250" />
        <source>The CA file {} does not exist.</source>
        <translation>Die CA-Datei {} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="251" />
        <source>The CA file {} is not a regular file (it is a folder, a pipe or a device).</source>
        <translation>Die CA-Datei {} ist keine gewöhnliche Datei (sondern ein Ordner, eine Pipe oder ein Gerät).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="253" />
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="254" />
        <source>The pinned fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation>Der hinterlegte Fingerabdruck muss aus 64 Hexadezimalziffern bestehen (SHA-256).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="256" />
        <source>Line breaks and control characters are not allowed.</source>
        <translation>Zeilenumbrüche und Steuerzeichen sind nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="257" />
        <source>The IMAP port must be a number from 1 to 65535.</source>
        <translation>Der IMAP-Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="258" />
        <source>Enter the user name of the confirmation mailbox.</source>
        <translation>Geben Sie den Benutzernamen des Bestätigungspostfachs ein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="259" />
        <source>Enter the password of the confirmation mailbox.</source>
        <translation>Geben Sie das Kennwort des Bestätigungspostfachs ein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="260" />
        <source>Separate the folder names with commas; a name must not be empty or contain quotation marks.</source>
        <translation>Trennen Sie die Ordnernamen durch Kommas; ein Name darf nicht leer sein und keine Anführungszeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="262" />
        <source>Enter a profile name.</source>
        <translation>Geben Sie einen Profilnamen ein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="263" />
        <source>The profile name is longer than 80 characters.</source>
        <translation>Der Profilname ist länger als 80 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="264" />
        <source>The profile name must not contain control characters or start or end with a space.</source>
        <translation>Der Profilname darf keine Steuerzeichen enthalten und nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="29" />
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="30" />
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="31" />
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="32" />
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="33" />
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="34" />
        <source>the following arguments are required: %s</source>
        <translation>diese Angaben fehlen: %s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="35" />
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="36" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="37" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="38" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert (%(type)s): %(value)r</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="39" />
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="40" />
        <source>expected at most one argument</source>
        <translation>erwartet höchstens einen Wert</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="41" />
        <source>expected at least one argument</source>
        <translation>erwartet mindestens einen Wert</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="42" />
        <source>expected %s argument</source>
        <translation>erwartet %s Wert</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="43" />
        <source>expected %s arguments</source>
        <translation>erwartet %s Werte</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="44" />
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit %s erlaubt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="45" />
        <source>ignored explicit argument %r</source>
        <translation>überzähliger Wert %r</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="46" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="47" />
        <source>one of the arguments %s is required</source>
        <translation>eine dieser Angaben ist nötig: %s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="48" />
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="49" />
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unbekannter Befehl %(parser_name)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="50" />
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>„%(filename)s“ lässt sich nicht öffnen: %(error)s</translation>
    </message>
</context>
</TS>