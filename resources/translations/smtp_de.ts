<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="19" />
        <source>Test mail sent to {} (profile "{}") in {} s.</source>
        <translation>Test-E-Mail an {} gesendet (Profil „{}“) in {} s.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="20" />
        <source>Test mail failed (profile "{}"): {}</source>
        <translation>Test-E-Mail fehlgeschlagen (Profil „{}“): {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="21" />
        <source>Message-ID: {}</source>
        <translation>Message-ID: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="22" />
        <source>Stage: {}</source>
        <translation>Schritt: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="23" />
        <source>Transcript (passwords removed):</source>
        <translation>Protokoll (ohne Kennwörter):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="24" />
        <source>Server {}, port {} ({}), profile "{}"</source>
        <translation>Server {}, Port {} ({}), Profil „{}“</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="25" />
        <source>Greeting: {}</source>
        <translation>Begrüßung: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="26" />
        <source>Capabilities before TLS: {}</source>
        <translation>Fähigkeiten vor TLS: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="27" />
        <source>Capabilities behind TLS: {}</source>
        <translation>Fähigkeiten nach TLS: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="28" />
        <source>Capabilities: {}</source>
        <translation>Fähigkeiten: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="29" />
        <source>TLS: {} {} ({} bits)</source>
        <translation>TLS: {} {} ({} Bit)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="30" />
        <source>Certificate: {}</source>
        <translation>Zertifikat: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="31" />
        <source>  issued by: {}</source>
        <translation>  ausgestellt von: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="32" />
        <source>  names: {}</source>
        <translation>  Namen: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="33" />
        <source>  valid: {} to {}</source>
        <translation>  gültig: {} bis {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="34" />
        <source>  SHA-256: {}</source>
        <translation>  SHA-256: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="35" />
        <source>  verified by a trusted CA</source>
        <translation>  von einer vertrauenswürdigen CA bestätigt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="36" />
        <source>  trusted by its pinned fingerprint (not verified: {})</source>
        <translation>  vertraut über den hinterlegten Fingerabdruck (nicht bestätigt: {})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="37" />
        <source>  NOT trusted: {}</source>
        <translation>  NICHT vertrauenswürdig: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="38" />
        <source>Ports:</source>
        <translation>Ports:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="39" />
        <source>The configured settings reach the server.</source>
        <translation>Mit den eingestellten Werten ist der Server erreichbar.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="40" />
        <source>The configured settings do not work: {}</source>
        <translation>Die eingestellten Werte funktionieren nicht: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="41" />
        <source>Recommendation: {}</source>
        <translation>Empfehlung: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="42" />
        <source>  to apply: swyxon-desktop profile set "{}" {}</source>
        <translation>  übernehmen mit: swyxon-desktop profile set "{}" {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="43" />
        <source>answers</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="44" />
        <source>skipped (answered the other way)</source>
        <translation>übersprungen (antwortet auf die andere Art)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="45" />
        <source>certificate trusted</source>
        <translation>Zertifikat vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="46" />
        <source>certificate NOT trusted</source>
        <translation>Zertifikat NICHT vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="47" />
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="51" />
        <source>send a test mail with a profile's settings and report each stage</source>
        <translation>eine Test-E-Mail mit den Einstellungen eines Profils senden und jeden Schritt melden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="53" />
        <location filename="../../swyxon_desktop/commands/mail.py" line="70" />
        <source>the profile to use (default: the only one)</source>
        <translation>das zu verwendende Profil (Standard: das einzige)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="55" />
        <source>the recipient</source>
        <translation>der Empfänger</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="56" />
        <location filename="../../swyxon_desktop/commands/mail.py" line="72" />
        <source>seconds per network operation (default: the profile's timeout)</source>
        <translation>Sekunden je Netzwerkvorgang (Standard: das Zeitlimit des Profils)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="58" />
        <location filename="../../swyxon_desktop/commands/mail.py" line="74" />
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="59" />
        <source>print the SMTP dialogue (passwords removed)</source>
        <translation>den SMTP-Dialog ausgeben (ohne Kennwörter)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="61" />
        <source>for this run only: send the user name and password even though SSL is off (trusted networks only)</source>
        <translation>nur für diesen Lauf: Benutzername und Kennwort senden, obwohl SSL aus ist (nur in vertrauenswürdigen Netzen)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="63" />
        <location filename="../../swyxon_desktop/commands/mail.py" line="75" />
        <source>also write the diagnostics report (JSON, no password) to FILE</source>
        <translation>zusätzlich den Diagnosebericht (JSON, ohne Kennwort) in DATEI schreiben</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="68" />
        <source>check the server: capabilities, TLS, certificate, ports 25/465/587 (no credentials sent)</source>
        <translation>den Server prüfen: Fähigkeiten, TLS, Zertifikat, Ports 25/465/587 (ohne Anmeldedaten zu senden)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="80" />
        <source>Check the address given with --to ({}).</source>
        <translation>Prüfen Sie die mit --to angegebene Adresse ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="122" />
        <source>then wait for the message in the profile's IMAP mailbox and report where it arrived</source>
        <translation>danach auf die Nachricht im IMAP-Postfach des Profils warten und melden, wo sie angekommen ist</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="124" />
        <source>seconds to wait for the message after the server accepted it (default 120)</source>
        <translation>Sekunden, die nach der Annahme durch den Server auf die Nachricht gewartet wird (Standard 120)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="126" />
        <source>delete the test message from the mailbox once found</source>
        <translation>die Testnachricht aus dem Postfach löschen, sobald sie gefunden wurde</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="128" />
        <source>then check the sender domain's DNS (SPF, DMARC) for the relay IP the receiver saw, and end with one verdict</source>
        <translation>danach das DNS der Absenderdomain (SPF, DMARC) für die Relay-IP prüfen, die der Empfänger sah, und mit einem Urteil enden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="131" />
        <source>the name server for --dns-check (default: the system's resolver)</source>
        <translation>der Nameserver für --dns-check (Standard: der Resolver des Systems)</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="47" />
        <source>The sender address contains a line break, NUL or another control character.</source>
        <translation>Die Absenderadresse enthält einen Zeilenumbruch, ein NUL- oder ein anderes Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="49" />
        <source>The recipient address contains a line break, NUL or another control character.</source>
        <translation>Die Empfängeradresse enthält einen Zeilenumbruch, ein NUL- oder ein anderes Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="51" />
        <source>The sender address "{}" is not an e-mail address.</source>
        <translation>Die Absenderadresse „{}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="52" />
        <source>The recipient address "{}" is not an e-mail address.</source>
        <translation>Die Empfängeradresse „{}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="53" />
        <source>The profile name contains a line break, NUL or another control character.</source>
        <translation>Der Profilname enthält einen Zeilenumbruch, ein NUL- oder ein anderes Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="55" />
        <source>SMTP authentication is on, but no user name is set.</source>
        <translation>SMTP-Authentifizierung ist eingeschaltet, aber es ist kein Benutzername eingetragen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="38" />
        <source>The name {} could not be resolved ({}).</source>
        <translation>Der Name {} konnte nicht aufgelöst werden ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="39" />
        <source>{} refused the connection on port {}.</source>
        <translation>{} hat die Verbindung auf Port {} abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="40" />
        <source>{} cannot be reached on port {} ({}).</source>
        <translation>{} ist auf Port {} nicht erreichbar ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="41" />
        <source>No answer within {} seconds (stage {}).</source>
        <translation>Keine Antwort innerhalb von {} Sekunden (Schritt {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="42" />
        <source>The overall time limit of {} seconds was reached (stage {}).</source>
        <translation>Das Gesamtzeitlimit von {} Sekunden ist abgelaufen (Schritt {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="43" />
        <source>Cancelled (stage {}).</source>
        <translation>Abgebrochen (Schritt {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="44" />
        <source>The server answered {} (stage {}).</source>
        <translation>Der Server hat mit {} geantwortet (Schritt {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="45" />
        <source>The server closed the connection (stage {}).</source>
        <translation>Der Server hat die Verbindung geschlossen (Schritt {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="46" />
        <source>The server's answer is not SMTP (stage {}).</source>
        <translation>Die Antwort des Servers ist kein SMTP (Schritt {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="47" />
        <source>The TLS handshake failed: {}</source>
        <translation>Der TLS-Verbindungsaufbau ist fehlgeschlagen: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="48" />
        <source>The TLS handshake failed: the server closed the connection.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="49" />
        <source>The server's certificate was not accepted: {}</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="50" />
        <source>The certificate is not verified by a trusted CA, and its SHA-256 fingerprint {} is not the pinned one.</source>
        <translation>Das Zertifikat ist von keiner vertrauenswürdigen CA bestätigt, und sein SHA-256-Fingerabdruck {} ist nicht der hinterlegte.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="53" />
        <source>The server does not offer STARTTLS on port {}.</source>
        <translation>Der Server bietet auf Port {} kein STARTTLS an.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="54" />
        <source>The server does not offer {}; it offers: {}.</source>
        <translation>Der Server bietet {} nicht an; er bietet: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="55" />
        <source>The server offers no authentication on this connection.</source>
        <translation>Der Server bietet auf dieser Verbindung keine Authentifizierung an.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="56" />
        <source>The server offers none of CRAM-MD5, PLAIN, LOGIN; it offers: {}.</source>
        <translation>Der Server bietet weder CRAM-MD5 noch PLAIN noch LOGIN an; er bietet: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="58" />
        <source>Authentication is on but the connection is not encrypted; the user name and password were not sent.</source>
        <translation>Die Authentifizierung ist an, aber die Verbindung ist nicht verschlüsselt; Benutzername und Kennwort wurden nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="61" />
        <source>Authentication is on but the connection is not encrypted; a test mail would not send the user name and password.</source>
        <translation>Die Authentifizierung ist an, aber die Verbindung ist nicht verschlüsselt; eine Testmail würde Benutzername und Kennwort nicht senden.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="64" />
        <source>The address {} contains non-ASCII characters, and the server does not offer SMTPUTF8.</source>
        <translation>Die Adresse {} enthält Nicht-ASCII-Zeichen, und der Server bietet kein SMTPUTF8 an.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="66" />
        <source>The CA file {} cannot be used: {}</source>
        <translation>Die CA-Datei {} kann nicht verwendet werden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="67" />
        <source>The settings are not valid: {}</source>
        <translation>Die Einstellungen sind ungültig: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="79" />
        <source>No password is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Kennwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="80" />
        <source>Unexpected error (stage {}): {}</source>
        <translation>Unerwarteter Fehler (Schritt {}): {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="81" />
        <source>The server accepted the test message for {}.</source>
        <translation>Der Server hat die Test-E-Mail für {} angenommen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="84" />
        <source>Accepted is not yet delivered: check the recipient's inbox and spam folder. If nothing arrives, the server's own logs know why (search for the Message-ID).</source>
        <translation>Angenommen heißt noch nicht zugestellt: Prüfen Sie den Posteingang und den Spam-Ordner des Empfängers. Kommt nichts an, steht der Grund in den Protokollen des Mailservers (suchen Sie nach der Message-ID).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="87" />
        <source>The server accepted the connection but sent no greeting. If this port expects SSL/TLS from the first byte (usually 465), choose SSL/TLS (implicit).</source>
        <translation>Der Server hat die Verbindung angenommen, aber nicht begrüßt. Erwartet dieser Port SSL/TLS ab dem ersten Byte (meist 465), wählen Sie SSL/TLS (implizit).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="90" />
        <source>This port answers in plain SMTP, not TLS: choose STARTTLS (usually port 587 or 25), or use port 465 for SSL/TLS (implicit).</source>
        <translation>Dieser Port antwortet mit unverschlüsseltem SMTP, nicht mit TLS: Wählen Sie STARTTLS (meist Port 587 oder 25) oder Port 465 für SSL/TLS (implizit).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="93" />
        <source>The server and this computer agree on no TLS version or cipher. The mail administrator should enable TLS 1.2 or newer; see the reason for details.</source>
        <translation>Server und dieser Computer finden keine gemeinsame TLS-Version oder Verschlüsselung. Der Mail-Administrator sollte TLS 1.2 oder neuer aktivieren; Einzelheiten nennt der Grund.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="96" />
        <source>The server took too long to confirm the message (a slow content filter?). It may still arrive; increase the timeout if this repeats.</source>
        <translation>Der Server hat die Nachricht zu spät bestätigt (ein langsamer Inhaltsfilter?). Sie kann trotzdem ankommen; erhöhen Sie das Zeitlimit, wenn das wiederholt auftritt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="99" />
        <source>The server requires SMTP authentication: turn on SMTP authentication and enter the user name and password.</source>
        <translation>Der Server verlangt eine Anmeldung: Schalten Sie die SMTP-Authentifizierung ein und tragen Sie Benutzername und Kennwort ein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="102" />
        <source>The server offers authentication only on an encrypted connection: turn on Use SSL.</source>
        <translation>Der Server bietet die Authentifizierung nur auf einer verschlüsselten Verbindung an: Aktivieren Sie „SSL verwenden“.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="104" />
        <source>The server requires encryption before authentication: turn on Use SSL.</source>
        <translation>Der Server verlangt vor der Authentifizierung eine Verschlüsselung: Aktivieren Sie „SSL verwenden“.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="106" />
        <source>The server refused AUTH as out of sequence (503, e.g. 'already authenticated'), so the user name and password were not checked. The server does not follow the SMTP sequence here; ask its administrator, and see the transcript.</source>
        <translation>Der Server hat AUTH als Befehl in falscher Reihenfolge abgelehnt (503, z. B. „bereits angemeldet“); Benutzername und Kennwort wurden also nicht geprüft. Der Server hält hier die SMTP-Reihenfolge nicht ein; wenden Sie sich an seinen Administrator und sehen Sie sich das Protokoll an.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="110" />
        <source>The server could not check the credentials right now (temporary failure). Try again later.</source>
        <translation>Der Server konnte die Anmeldedaten gerade nicht prüfen (vorübergehender Fehler). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="112" />
        <source>Use an address without umlauts or other non-ASCII characters before the @, or a server that supports SMTPUTF8.</source>
        <translation>Verwenden Sie eine Adresse ohne Umlaute oder andere Nicht-ASCII-Zeichen vor dem @ oder einen Server, der SMTPUTF8 unterstützt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="115" />
        <source>The server closed the connection without an answer. It may limit connections from this address or reject this client; see the transcript.</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen. Möglicherweise begrenzt er Verbindungen von dieser Adresse oder lehnt diesen Client ab; siehe Protokoll.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="118" />
        <source>The server presents a different certificate than the one you trusted. Compare its fingerprint with the mail administrator before you trust it.</source>
        <translation>Der Server zeigt ein anderes Zertifikat als das, dem Sie vertraut haben. Vergleichen Sie seinen Fingerabdruck mit dem Mail-Administrator, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="121" />
        <source>The certificate is issued for another name: enter the SMTP server exactly as named in the certificate, or trust this certificate explicitly after checking its fingerprint.</source>
        <translation>Das Zertifikat ist auf einen anderen Namen ausgestellt: Tragen Sie den SMTP-Server genau so ein, wie er im Zertifikat heißt, oder vertrauen Sie diesem Zertifikat ausdrücklich, nachdem Sie seinen Fingerabdruck geprüft haben.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="124" />
        <source>The server's certificate has expired or is not yet valid (check this computer's clock). The mail administrator must renew it; trusting it explicitly is only a stop-gap.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen oder noch nicht gültig (prüfen Sie die Uhr dieses Computers). Der Mail-Administrator muss es erneuern; ihm ausdrücklich zu vertrauen ist nur eine Notlösung.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="127" />
        <source>The certificate is not issued by a CA this computer trusts (self-signed or a private CA). Add the CA file, or trust exactly this certificate after checking its fingerprint.</source>
        <translation>Das Zertifikat stammt von keiner CA, der dieser Computer vertraut (selbst signiert oder eine eigene CA). Hinterlegen Sie die CA-Datei oder vertrauen Sie genau diesem Zertifikat, nachdem Sie seinen Fingerabdruck geprüft haben.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="130" />
        <source>The server refuses to talk to this computer. Ask the mail administrator to allow its address.</source>
        <translation>Der Server verweigert die Kommunikation mit diesem Computer. Bitten Sie den Mail-Administrator, dessen Adresse zuzulassen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="132" />
        <source>Choose a readable PEM file with the CA certificate(s).</source>
        <translation>Wählen Sie eine lesbare PEM-Datei mit dem oder den CA-Zertifikaten.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="133" />
        <source>Enter the password and save the profile.</source>
        <translation>Geben Sie das Kennwort ein und speichern Sie das Profil.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="134" />
        <source>The server offers no password method SwyxON supports (LOGIN, PLAIN, CRAM-MD5), only sign-in without a password such as OAuth2 or Kerberos (GSSAPI). The mail administrator can enable SMTP authentication with a password (basic authentication, "SMTP AUTH") for this account or connector, or SwyxON can send through a relay that accepts it.</source>
        <translation>Der Server bietet kein Kennwortverfahren an, das SwyxON unterstützt (LOGIN, PLAIN, CRAM-MD5), nur Anmeldungen ohne Kennwort wie OAuth2 oder Kerberos (GSSAPI). Der Mail-Administrator kann die SMTP-Authentifizierung mit Kennwort (Standardauthentifizierung, „SMTP AUTH“) für dieses Konto oder diesen Connector aktivieren, oder SwyxON sendet über ein Relay, das sie annimmt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="139" />
        <source>The server considers this authentication method too weak here. Choose another method or Automatic.</source>
        <translation>Der Server hält dieses Authentifizierungsverfahren hier für zu schwach. Wählen Sie ein anderes Verfahren oder „Automatisch“.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="42" />
        <source>Port {} expects SSL/TLS from the first byte; without it the server sends no greeting.</source>
        <translation>Port {} erwartet SSL/TLS ab dem ersten Byte; ohne sendet der Server keine Begrüßung.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="44" />
        <source>Port {} answers in plain SMTP, not with TLS.</source>
        <translation>Port {} antwortet mit unverschlüsseltem SMTP, nicht mit TLS.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="45" />
        <source>The check was cancelled; nothing is concluded from it.</source>
        <translation>Die Prüfung wurde abgebrochen; daraus wird nichts geschlossen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/limits.py" line="25" />
        <source>The server sent a line of more than {} octets without a line end (stage {}).</source>
        <translation>Der Server hat eine Zeile von mehr als {} Oktetten ohne Zeilenende gesendet (Schritt {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/limits.py" line="27" />
        <source>The server sent a reply of more than {} lines (stage {}).</source>
        <translation>Der Server hat eine Antwort mit mehr als {} Zeilen gesendet (Schritt {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/limits.py" line="29" />
        <source>The server does not keep to the limits of SMTP (a reply line has at most 512 octets, a reply a few lines): it sends an endless or over-long reply, so this program stopped reading. The server, or a filter or proxy in front of it, is faulty; show the mail administrator the transcript (its middle is left out).</source>
        <translation>Der Server hält die Grenzen von SMTP nicht ein (eine Antwortzeile hat höchstens 512 Oktette, eine Antwort wenige Zeilen): Er sendet eine endlose oder überlange Antwort, daher hat dieses Programm das Lesen abgebrochen. Der Server oder ein Filter oder Proxy davor ist fehlerhaft; zeigen Sie dem Mail-Administrator das Protokoll (sein Mittelteil ist ausgelassen).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/limits.py" line="34" />
        <source>The server sent its answer extremely slowly and had not finished it when the time ran out. The server may be overloaded, or slow down this client on purpose (a tarpit against spam); ask the mail administrator.</source>
        <translation>Der Server hat seine Antwort extrem langsam gesendet und war nicht fertig, als die Zeit abgelaufen war. Der Server ist vielleicht überlastet oder bremst diesen Client absichtlich aus (eine Teergrube gegen Spam); wenden Sie sich an den Mail-Administrator.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/preflight.py" line="19" />
        <source>The server accepts the sender and the recipient {}; nothing was sent (check without sending).</source>
        <translation>Der Server nimmt Absender und Empfänger {} an; es wurde nichts gesendet (Prüfung ohne Senden).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/preflight.py" line="21" />
        <source>Connection, encryption, sign-in, sender and recipient work. Whether mail arrives only a test mail shows.</source>
        <translation>Verbindung, Verschlüsselung, Anmeldung, Absender und Empfänger funktionieren. Ob E-Mails ankommen, zeigt nur eine Testnachricht.</translation>
    </message>
</context>
<context>
    <name>MailReport</name>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="39" />
        <source>Checking the settings</source>
        <extracomment>"prepare" has a title in the windows' reports only (context "MailReport"); the CLI names it by its id.</extracomment>
        <translation>Prüfen der Einstellungen</translation>
    </message>
</context>
<context>
    <name>Smtp</name>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="27" />
        <source>{} test mail (profile "{}")</source>
        <translation>{} Test-E-Mail (Profil „{}“)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="28" />
        <source>This is a test message from {}. It was sent with the following settings:</source>
        <translation>Dies ist eine Testnachricht von {}. Sie wurde mit diesen Einstellungen gesendet:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="30" />
        <source>If you can read this, the settings deliver mail. No reply is needed.</source>
        <translation>Wenn Sie dies lesen, stellen die Einstellungen E-Mails zu. Eine Antwort ist nicht nötig.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="32" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="33" />
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="34" />
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="35" />
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="36" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="37" />
        <source>SMTP authentication</source>
        <translation>SMTP-Authentifizierung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="38" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="40" />
        <source>none (unencrypted)</source>
        <translation>keine (unverschlüsselt)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="41" />
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="42" />
        <source>SSL/TLS (implicit)</source>
        <translation>SSL/TLS (implizit)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="44" />
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="45" />
        <source>{} as user "{}"</source>
        <translation>{} als Benutzer „{}“</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="23" />
        <source>Resolve the server name</source>
        <extracomment>The context of every title below: the CLI's failures, the GUI's stage lists and reports.</extracomment>
        <translation>Servernamen auflösen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="24" />
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="25" />
        <source>Server greeting</source>
        <translation>Begrüßung des Servers</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="26" />
        <source>EHLO (capabilities)</source>
        <translation>EHLO (Fähigkeiten)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="27" />
        <source>Encryption (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="28" />
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="29" />
        <source>Sender (MAIL FROM)</source>
        <translation>Absender (MAIL FROM)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="30" />
        <source>Recipient (RCPT TO)</source>
        <translation>Empfänger (RCPT TO)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="31" />
        <source>Message (DATA)</source>
        <translation>Nachricht (DATA)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="32" />
        <source>Close (QUIT)</source>
        <translation>Beenden (QUIT)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="33" />
        <source>Password from the keychain</source>
        <translation>Kennwort aus dem Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="34" />
        <source>Delivery (IMAP)</source>
        <translation>Zustellung (IMAP)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="35" />
        <source>DNS check (SPF, DMARC)</source>
        <translation>DNS-Prüfung (SPF, DMARC)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="27" />
        <source>port {}</source>
        <translation>Port {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="28" />
        <source>{} port {}</source>
        <translation>{} Port {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="29" />
        <source>after TLS</source>
        <translation>nach TLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="30" />
        <source>HELO (no extensions)</source>
        <translation>HELO (keine Erweiterungen)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="31" />
        <source>{}, certificate verified</source>
        <translation>{}, Zertifikat geprüft</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="32" />
        <source>{}, certificate trusted by its pinned fingerprint</source>
        <translation>{}, Zertifikat über den hinterlegten Fingerabdruck vertraut</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="33" />
        <source>{}, certificate NOT trusted (inspection only)</source>
        <translation>{}, Zertifikat NICHT vertrauenswürdig (nur zur Ansicht)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="34" />
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="35" />
        <source>{} as {}: {}</source>
        <translation>{} als {}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="34" />
        <source>Port {} with {} and {} works.</source>
        <translation>Port {} mit {} und {} funktioniert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="35" />
        <source>Port {} with {} works.</source>
        <translation>Port {} mit {} funktioniert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="36" />
        <source>The configured settings work: port {} with {} and {}.</source>
        <translation>Die eingestellten Werte funktionieren: Port {} mit {} und {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="37" />
        <source>The configured settings work: port {} with {}.</source>
        <translation>Die eingestellten Werte funktionieren: Port {} mit {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="38" />
        <source>Port {} with {} works once you trust the server's certificate (SHA-256 {}).</source>
        <translation>Port {} mit {} funktioniert, sobald Sie dem Zertifikat des Servers vertrauen (SHA-256 {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="40" />
        <source>No port offers an encrypted connection with a usable authentication method.</source>
        <translation>Kein Port bietet eine verschlüsselte Verbindung mit einem passenden Authentifizierungsverfahren.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="46" />
        <source>Not needed: the port answered the other way.</source>
        <translation>Nicht nötig: Der Port hat auf die andere Art geantwortet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="47" />
        <source>Answers, but offers no STARTTLS (unencrypted only).</source>
        <translation>Antwortet, bietet aber kein STARTTLS (nur unverschlüsselt).</translation>
    </message>
</context>
</TS>