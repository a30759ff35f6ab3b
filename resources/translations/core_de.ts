<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="29" />
        <source>Enter, validate, store and test the SMTP settings of SwyxON and its UC tenants. Without a command, the window opens.</source>
        <translation>SMTP-Einstellungen von SwyxON und seinen UC Tenants eingeben, prüfen, speichern und testen. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="34" />
        <source>language of the window and messages</source>
        <translation>Sprache des Fensters und der Meldungen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="36" />
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
        <location filename="../../swyxon_desktop/commands/profile.py" line="42" />
        <source>read the password from standard input into the keychain</source>
        <translation>das Kennwort von der Standardeingabe in den Schlüsselbund übernehmen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="44" />
        <source>trust exactly the server certificate with this SHA-256 fingerprint (empty to remove)</source>
        <translation>genau dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen (leer zum Entfernen)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="51" />
        <source>export a profile to a JSON file (no password)</source>
        <translation>ein Profil in eine JSON-Datei exportieren (ohne Kennwort)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="56" />
        <source>import a profile from an exported JSON file</source>
        <translation>ein Profil aus einer exportierten JSON-Datei importieren</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="60" />
        <source>replace an existing profile of the same name</source>
        <translation>ein vorhandenes Profil gleichen Namens ersetzen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="142" />
        <source>No password was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde kein Kennwort übergeben.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="156" />
        <source>The settings were saved, but the password was not: {}</source>
        <translation>Die Einstellungen wurden gespeichert, das Kennwort jedoch nicht: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="171" />
        <source>Cannot write {}: {}</source>
        <translation>{} kann nicht geschrieben werden: {}</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="40" />
        <source>The settings are not valid</source>
        <translation>Die Einstellungen sind ungültig</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="41" />
        <source>The server name could not be resolved</source>
        <translation>Der Servername konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="42" />
        <source>The server refused the connection</source>
        <translation>Der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="43" />
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="44" />
        <source>The encrypted connection could not be established</source>
        <translation>Die verschlüsselte Verbindung konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="45" />
        <source>The server's certificate is not trusted</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="46" />
        <source>The server does not offer STARTTLS</source>
        <translation>Der Server bietet kein STARTTLS an</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="47" />
        <source>The authentication method is not offered</source>
        <translation>Das Authentifizierungsverfahren wird nicht angeboten</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="48" />
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="49" />
        <source>Credentials would travel unencrypted</source>
        <translation>Die Zugangsdaten würden unverschlüsselt übertragen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="50" />
        <source>The server rejected the sender address</source>
        <translation>Der Server hat die Absenderadresse abgelehnt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="51" />
        <source>The server rejected the recipient</source>
        <translation>Der Server hat den Empfänger abgelehnt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="52" />
        <source>The server rejected the message</source>
        <translation>Der Server hat die Nachricht abgelehnt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="53" />
        <source>The server is not available</source>
        <translation>Der Server ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="54" />
        <source>The server answered something unexpected</source>
        <translation>Der Server hat unerwartet geantwortet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="55" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="56" />
        <source>The keychain is not available</source>
        <translation>Der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="60" />
        <source>Correct the marked fields and try again.</source>
        <translation>Korrigieren Sie die markierten Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="61" />
        <source>Check the spelling of the SMTP server and that this computer can resolve it (DNS, VPN).</source>
        <translation>Prüfen Sie die Schreibweise des SMTP-Servers und ob dieser Computer den Namen auflösen kann (DNS, VPN).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="63" />
        <source>Nothing accepts connections on this port. Check the SMTP port (usually 587 for STARTTLS, 465 for SSL/TLS, 25 for server-to-server) and any firewall in between.</source>
        <translation>Auf diesem Port nimmt nichts Verbindungen an. Prüfen Sie den SMTP-Port (meist 587 für STARTTLS, 465 für SSL/TLS, 25 zwischen Servern) und eine Firewall dazwischen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="66" />
        <source>A firewall may drop the connection, or the port expects a different security mode. Check the SMTP port and the TLS mode.</source>
        <translation>Eine Firewall verwirft eventuell die Verbindung, oder der Port erwartet eine andere Verschlüsselungsart. Prüfen Sie SMTP-Port und TLS-Modus.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="69" />
        <source>The port and the TLS mode probably do not match: use STARTTLS on port 587 or 25, SSL/TLS (implicit) on port 465.</source>
        <translation>Port und TLS-Modus passen vermutlich nicht zusammen: STARTTLS auf Port 587 oder 25, SSL/TLS (implizit) auf Port 465.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="72" />
        <source>Use the server's exact DNS name, add the issuing CA file, or trust this certificate explicitly after checking its fingerprint.</source>
        <translation>Verwenden Sie den genauen DNS-Namen des Servers, hinterlegen Sie die ausstellende CA-Datei oder vertrauen Sie diesem Zertifikat ausdrücklich, nachdem Sie seinen Fingerabdruck geprüft haben.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="75" />
        <source>The server offers no encryption on this port. Try port 465 with SSL/TLS, or ask the mail administrator to enable STARTTLS. The password is never sent unencrypted.</source>
        <translation>Der Server bietet auf diesem Port keine Verschlüsselung an. Versuchen Sie Port 465 mit SSL/TLS oder bitten Sie den Mail-Administrator, STARTTLS zu aktivieren. Das Kennwort wird nie unverschlüsselt gesendet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="78" />
        <source>Choose one of the methods the server offers, or Automatic.</source>
        <translation>Wählen Sie eines der vom Server angebotenen Verfahren oder „Automatisch“.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="80" />
        <source>Check the user name and password. Some providers require an app password or enabling SMTP access for the account.</source>
        <translation>Prüfen Sie Benutzername und Kennwort. Manche Anbieter verlangen ein App-Kennwort oder die Freischaltung des SMTP-Zugriffs für das Konto.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="83" />
        <source>Turn on Use SSL, or allow unencrypted authentication explicitly if this network is trusted.</source>
        <translation>Aktivieren Sie „SSL verwenden“ oder erlauben Sie die unverschlüsselte Authentifizierung ausdrücklich, wenn Sie diesem Netz vertrauen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="85" />
        <source>The domain of the sender address (e.g. @firma.de in SwyxWare@firma.de) should be one the mail server manages; some servers require the address to be registered for the account.</source>
        <translation>Die Domäne der Absenderadresse (z. B. @firma.de in SwyxWare@firma.de) sollte eine der vom E-Mail-Server verwalteten Domänen sein; manche Server verlangen, dass die Adresse für das Konto hinterlegt ist.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="88" />
        <source>Check the recipient address. The server may refuse to relay without authentication.</source>
        <translation>Prüfen Sie die Empfängeradresse. Der Server leitet ohne Authentifizierung eventuell nicht weiter.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="90" />
        <source>The server refused the content after DATA (spam filter, size or policy). See the server's text for the reason.</source>
        <translation>Der Server hat den Inhalt nach DATA abgelehnt (Spamfilter, Größe oder Richtlinie). Den Grund nennt der Text des Servers.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="93" />
        <source>The server is busy or shutting down (4xx). Try again later or ask the mail administrator.</source>
        <translation>Der Server ist ausgelastet oder fährt herunter (4xx). Versuchen Sie es später erneut oder fragen Sie den Mail-Administrator.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="95" />
        <source>This may not be an SMTP server, or the port expects TLS from the first byte (try SSL/TLS implicit on port 465).</source>
        <translation>Möglicherweise ist das kein SMTP-Server, oder der Port erwartet TLS ab dem ersten Byte (versuchen Sie SSL/TLS implizit auf Port 465).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="98" />
        <source>The run was cancelled before it finished.</source>
        <translation>Der Vorgang wurde vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="99" />
        <source>Unlock or install the system keychain (Windows Credential Manager, GNOME Keyring or KWallet). Passwords are never stored in a file.</source>
        <translation>Entsperren oder installieren Sie den Schlüsselbund des Systems (Windows-Anmeldeinformationsverwaltung, GNOME Keyring oder KWallet). Kennwörter werden nie in einer Datei gespeichert.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../../swyxon_desktop/secrets.py" line="38" />
        <source>No system keychain is available ({}).</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/secrets.py" line="39" />
        <source>The keychain backend {} keeps passwords in a file or nowhere; it is refused.</source>
        <translation>Das Schlüsselbund-Backend {} speichert Kennwörter in einer Datei oder gar nicht; es wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/secrets.py" line="41" />
        <source>The keychain refused the request: {}</source>
        <translation>Der Schlüsselbund hat die Anfrage abgelehnt: {}</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="59" />
        <source>There is no profile named "{}".</source>
        <translation>Es gibt kein Profil namens „{}“.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="65" />
        <source>A profile named "{}" exists already.</source>
        <translation>Ein Profil namens „{}“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="73" />
        <source>The profile "{}" was changed by another program since it was loaded.</source>
        <translation>Das Profil „{}“ wurde seit dem Laden von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="80" />
        <source>The settings are not valid: {}</source>
        <translation>Die Einstellungen sind ungültig: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="204" />
        <source>The settings file could not be read ({}). It was moved aside to {} and the application started with no profiles.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden ({}). Sie wurde nach {} verschoben, und die Anwendung wurde ohne Profile gestartet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="215" />
        <source>The settings file {} cannot be read: {}. Nothing will be saved until this is fixed.</source>
        <translation>Die Einstellungsdatei {} kann nicht gelesen werden: {}. Bis das behoben ist, wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="231" />
        <source>The settings file was written by a newer version (schema {}). It is shown read-only and will not be changed.</source>
        <translation>Die Einstellungsdatei wurde von einer neueren Version geschrieben (Schema {}). Sie wird schreibgeschützt angezeigt und nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="246" />
        <source>These profiles could not be read and were left out: {}. The complete file was kept as {}.</source>
        <translation>Diese Profile konnten nicht gelesen werden und wurden ausgelassen: {}. Die vollständige Datei wurde als {} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="334" />
        <source>The file {} cannot be read: {}</source>
        <translation>Die Datei {} kann nicht gelesen werden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="337" />
        <source>The file {} is not valid JSON: {}</source>
        <translation>Die Datei {} ist kein gültiges JSON: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="341" />
        <source>The file {} is not an exported SwyxON Desktop profile.</source>
        <translation>Die Datei {} ist kein exportiertes SwyxON-Desktop-Profil.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="344" />
        <source>The file {} was exported by a newer version (schema {}).</source>
        <translation>Die Datei {} wurde von einer neueren Version exportiert (Schema {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="354" />
        <source>The file {} has invalid settings: {}</source>
        <translation>Die Datei {} enthält ungültige Einstellungen: {}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="137" />
        <source>Enter the SMTP server: a name, DNS name or IP address.</source>
        <translation>Geben Sie den SMTP-Server ein: einen Namen, DNS-Namen oder eine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="138" />
        <source>The server name must not contain spaces.</source>
        <translation>Der Servername darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="139" />
        <source>The server name is longer than 253 characters.</source>
        <translation>Der Servername ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="140" />
        <source>The server name has an empty part (two dots in a row, or a leading dot).</source>
        <translation>Der Servername enthält einen leeren Teil (zwei Punkte hintereinander oder einen Punkt am Anfang).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="142" />
        <source>The part "{}" of the server name is longer than 63 characters.</source>
        <translation>Der Teil „{}“ des Servernamens ist länger als 63 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="144" />
        <source>The part "{}" of the server name may only contain letters, digits and hyphens, and must not start or end with a hyphen.</source>
        <translation>Der Teil „{}“ des Servernamens darf nur Buchstaben, Ziffern und Bindestriche enthalten und nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="147" />
        <source>"{}" is not a valid IP address.</source>
        <translation>„{}“ ist keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="148" />
        <source>The international server name cannot be encoded: {}</source>
        <translation>Der internationale Servername kann nicht kodiert werden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="149" />
        <source>The SMTP port must be a number from 1 to 65535.</source>
        <translation>Der SMTP-Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="150" />
        <source>Enter the sender address, e.g. SwyxWare@firma.de.</source>
        <translation>Geben Sie die Absenderadresse ein, z. B. SwyxWare@firma.de.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="151" />
        <source>The sender address is not valid: {}</source>
        <translation>Die Absenderadresse ist ungültig: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="152" />
        <source>Enter the user name for SMTP authentication.</source>
        <translation>Geben Sie den Benutzernamen für die SMTP-Authentifizierung ein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="153" />
        <source>Enter the password for SMTP authentication.</source>
        <translation>Geben Sie das Kennwort für die SMTP-Authentifizierung ein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="154" />
        <source>Without SSL the password would travel unencrypted. Turn on Use SSL, or allow unencrypted authentication explicitly.</source>
        <translation>Ohne SSL würde das Kennwort unverschlüsselt übertragen. Aktivieren Sie „SSL verwenden“ oder erlauben Sie die unverschlüsselte Authentifizierung ausdrücklich.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="157" />
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="158" />
        <source>The pinned fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation>Der hinterlegte Fingerabdruck muss aus 64 Hexadezimalziffern bestehen (SHA-256).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="160" />
        <source>Line breaks and control characters are not allowed.</source>
        <translation>Zeilenumbrüche und Steuerzeichen sind nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="161" />
        <source>Enter a profile name.</source>
        <translation>Geben Sie einen Profilnamen ein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="162" />
        <source>The profile name is longer than 80 characters.</source>
        <translation>Der Profilname ist länger als 80 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="163" />
        <source>The profile name must not contain control characters or start or end with a space.</source>
        <translation>Der Profilname darf keine Steuerzeichen enthalten und nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
</context>
</TS>