<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="16" />
        <source>The profile "{}" names no mailbox to confirm delivery in.</source>
        <translation>Das Profil „{}“ nennt kein Postfach, in dem die Zustellung bestätigt werden kann.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="18" />
        <source>Add one with: swyxon-desktop profile set "{}" --imap-server HOST --imap-user USER --imap-password-stdin</source>
        <translation>Legen Sie eines an mit: swyxon-desktop profile set "{}" --imap-server HOST --imap-user BENUTZER --imap-password-stdin</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="21" />
        <source>Give --confirm-timeout in seconds, from 1 to 3600.</source>
        <translation>Geben Sie --confirm-timeout in Sekunden an, von 1 bis 3600.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="22" />
        <source>Waiting up to {} s for the message in the mailbox {} …</source>
        <translation>Warte bis zu {} s auf die Nachricht im Postfach {} …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="23" />
        <source>Delivered: {}</source>
        <translation>Zugestellt: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="24" />
        <source>Delivered to junk: {}</source>
        <translation>Zugestellt in den Junk-Ordner: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="25" />
        <source>Not confirmed: {}</source>
        <translation>Nicht bestätigt: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="26" />
        <source>Receiver's verdicts (Authentication-Results): {}</source>
        <translation>Urteil des Empfängers (Authentication-Results): {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="27" />
        <source>Received-SPF: {}</source>
        <translation>Received-SPF: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="28" />
        <source>Spam filter: {}</source>
        <translation>Spamfilter: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="29" />
        <source>The relay's outbound IP as the receiver saw it: {}</source>
        <translation>Ausgehende IP-Adresse des Relays, wie der Empfänger sie sah: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="30" />
        <source>The Received chain names no address of the relay; the submission address may not be the one receivers see.</source>
        <translation>Die Received-Kette nennt keine Adresse des Relays; die Adresse, an die eingeliefert wird, ist nicht unbedingt die, die Empfänger sehen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="33" />
        <source>The test message was deleted from the mailbox.</source>
        <translation>Die Testnachricht wurde aus dem Postfach gelöscht.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="34" />
        <source>IMAP dialogue (passwords removed):</source>
        <translation>IMAP-Dialog (Kennwörter entfernt):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="35" />
        <source>Delivery not confirmed: the test mail was not accepted.</source>
        <translation>Zustellung nicht bestätigt: Die Test-E-Mail wurde nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="36" />
        <source>The IMAP server's certificate: SHA-256 {}</source>
        <translation>Zertifikat des IMAP-Servers: SHA-256 {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="37" />
        <source>After checking it with the mailbox's administrator, trust exactly this certificate with: swyxon-desktop profile set "{}" --imap-pin-sha256 {}</source>
        <translation>Nachdem Sie es mit dem Administrator des Postfachs geprüft haben, vertrauen Sie genau diesem Zertifikat mit: swyxon-desktop profile set "{}" --imap-pin-sha256 {}</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="28" />
        <source>The test message arrived in {} after {} s.</source>
        <translation>Die Testnachricht ist in {} angekommen, nach {} s.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="29" />
        <source>The test message arrived, but in the junk folder {} after {} s.</source>
        <translation>Die Testnachricht ist angekommen, aber im Junk-Ordner {}, nach {} s.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="30" />
        <source>The test message did not arrive in {} within {} s.</source>
        <translation>Die Testnachricht ist nicht in {} angekommen (gewartet: {} s).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="32" />
        <source>The mailbox {} refused the login of "{}": {}</source>
        <translation>Das Postfach {} hat die Anmeldung von „{}“ abgelehnt: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="33" />
        <source>The IMAP server {} did not answer within {} seconds ({}).</source>
        <translation>Der IMAP-Server {} hat nicht innerhalb von {} Sekunden geantwortet ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="34" />
        <source>The IMAP server {} closed the connection ({}).</source>
        <translation>Der IMAP-Server {} hat die Verbindung geschlossen ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="35" />
        <source>The IMAP server {} answered something unexpected ({}): {}</source>
        <translation>Der IMAP-Server {} hat etwas Unerwartetes geantwortet ({}): {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="36" />
        <source>The IMAP server does not offer STARTTLS on port {}.</source>
        <translation>Der IMAP-Server bietet auf Port {} kein STARTTLS an.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="37" />
        <source>The IMAP server disables LOGIN and offers no AUTHENTICATE PLAIN; it offers: {}.</source>
        <translation>Der IMAP-Server sperrt LOGIN und bietet kein AUTHENTICATE PLAIN an; er bietet: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="39" />
        <source>None of the folders {} exists in the mailbox.</source>
        <translation>Keiner der Ordner {} existiert im Postfach.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="40" />
        <source>The test mail was not accepted, so there is nothing to wait for.</source>
        <translation>Die Test-E-Mail wurde nicht angenommen; es gibt nichts, worauf gewartet werden kann.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="42" />
        <source>The profile names no mailbox to confirm delivery in (IMAP server).</source>
        <translation>Das Profil nennt kein Postfach (IMAP-Server), in dem die Zustellung bestätigt werden kann.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="44" />
        <source>No IMAP password is stored for this profile.</source>
        <translation>Für dieses Profil ist kein IMAP-Kennwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="45" />
        <source>The IMAP settings are not valid: {}</source>
        <translation>Die IMAP-Einstellungen sind ungültig: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="48" />
        <source>Delivered. The receiving side's verdicts (SPF, DKIM, DMARC) are shown with the result.</source>
        <translation>Zugestellt. Die Urteile der Empfängerseite (SPF, DKIM, DMARC) stehen beim Ergebnis.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="50" />
        <source>Check the spelling of the IMAP server and that this computer can resolve it (DNS, VPN).</source>
        <translation>Prüfen Sie die Schreibweise des IMAP-Servers und ob dieser Computer den Namen auflösen kann (DNS, VPN).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="52" />
        <source>Nothing accepts IMAP connections there. Check the IMAP port: 993 for SSL/TLS, 143 for STARTTLS.</source>
        <translation>Dort nimmt nichts IMAP-Verbindungen an. Prüfen Sie den IMAP-Port: 993 für SSL/TLS, 143 für STARTTLS.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="54" />
        <source>A firewall may drop the connection, or the port expects the other security mode: SSL/TLS on 993, STARTTLS on 143.</source>
        <translation>Eine Firewall verwirft vielleicht die Verbindung, oder der Port erwartet die andere Sicherheitsart: SSL/TLS auf 993, STARTTLS auf 143.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="57" />
        <source>The IMAP port and its security mode probably do not match: SSL/TLS on 993, STARTTLS on 143.</source>
        <translation>IMAP-Port und Sicherheitsart passen wahrscheinlich nicht zusammen: SSL/TLS auf 993, STARTTLS auf 143.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="59" />
        <source>Choose SSL/TLS on port 993. The mailbox password is never sent unencrypted.</source>
        <translation>Wählen Sie SSL/TLS auf Port 993. Das Kennwort des Postfachs wird nie unverschlüsselt gesendet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="61" />
        <source>Check the folder names in the profile (e.g. INBOX, Junk), or leave them empty for INBOX and the junk folder.</source>
        <translation>Prüfen Sie die Ordnernamen im Profil (z. B. INBOX, Junk), oder lassen Sie sie leer für INBOX und den Junk-Ordner.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="64" />
        <source>Enter the IMAP password and save the profile.</source>
        <translation>Geben Sie das IMAP-Kennwort ein und speichern Sie das Profil.</translation>
    </message>
</context>
<context>
    <name>ImapTab</name>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/imap_tab.py" line="123" />
        <source>SHA-256 {0}</source>
        <translation>SHA-256 {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/imap_tab.py" line="144" />
        <source>The IMAP server's certificate is no longer trusted once you save the profile.</source>
        <translation>Dem Zertifikat des IMAP-Servers wird nicht mehr vertraut, sobald Sie das Profil speichern.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/imap_tab.py" line="189" />
        <source>Stored in the keychain – leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert – leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/imap_tab.py" line="191" />
        <source>Not stored yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/imap_page.py" line="33" />
        <source>Delivery confirmation</source>
        <translation>Zustellbestätigung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/imap_page.py" line="34" />
        <source>A mailbox in which “Send test mail” can confirm that the message arrived</source>
        <translation>Ein Postfach, in dem „Test-E-Mail senden“ bestätigen kann, dass die Nachricht angekommen ist</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="13" />
        <source>“250 queued” only says that the mail server took the message. With a mailbox here, “Send test mail” can wait until the message has arrived and show in which folder, how long it took and what the receiving side said about it (SPF, DKIM, DMARC, spam filter). Use a mailbox that only receives test mails: a confirmation logs in to it and reads the message header.</source>
        <translation>„250 queued“ sagt nur, dass der Mailserver die Nachricht übernommen hat. Mit einem Postfach hier kann „Test-E-Mail senden“ warten, bis die Nachricht angekommen ist, und zeigen, in welchem Ordner, nach welcher Zeit und was die Empfängerseite über sie gesagt hat (SPF, DKIM, DMARC, Spamfilter). Nehmen Sie ein Postfach, das nur Test-E-Mails empfängt: Eine Bestätigung meldet sich dort an und liest den Kopf der Nachricht.</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="20" />
        <source>Mailbox that confirms delivery (IMAP)</source>
        <translation>Postfach für die Zustellbestätigung (IMAP)</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="27" />
        <source>&amp;IMAP server</source>
        <translation>IMAP-Ser&amp;ver</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="29" />
        <source>e.g. imap.firma.de — empty: no confirmation</source>
        <translation>z. B. imap.firma.de – leer: keine Bestätigung</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="36" />
        <source>Securit&amp;y</source>
        <translation>Sicherhei&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="40" />
        <source>SSL/TLS (implicit)</source>
        <translation>SSL/TLS (implizit)</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="41" />
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (erforderlich)</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="43" />
        <source>IMAP p&amp;ort</source>
        <translation>IMAP-Po&amp;rt</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="45" />
        <source>Usually 993 (SSL/TLS) or 143 (STARTTLS).</source>
        <translation>Meist 993 (SSL/TLS) oder 143 (STARTTLS).</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="54" />
        <source>User na&amp;me</source>
        <translation>Benutzerna&amp;me</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="56" />
        <source>e.g. zustelltest@firma.de</source>
        <translation>z. B. zustelltest@firma.de</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="63" />
        <source>Pass&amp;word</source>
        <translation>Kenn&amp;wort</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="65" />
        <source>Kept in the system keychain only, separately from the SMTP password</source>
        <translation>Nur im Schlüsselbund des Systems gespeichert, getrennt vom SMTP-Kennwort</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="72" />
        <source>Folde&amp;rs</source>
        <translation>Or&amp;dner</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="74" />
        <source>INBOX and the junk folder</source>
        <translation>INBOX und der Junk-Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="76" />
        <source>Folder names separated by commas, e.g. INBOX, Junk. Empty: INBOX and the folder the server marks as junk.</source>
        <translation>Ordnernamen durch Kommas getrennt, z. B. INBOX, Junk. Leer: INBOX und der Ordner, den der Server als Junk kennzeichnet.</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="86" />
        <source>Trusted certificate</source>
        <translation>Vertrautes Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="90" />
        <source>Remove trust</source>
        <translation>Vertrauen widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="90" />
        <source>Stop trusting the IMAP server's certificate by its fingerprint (takes effect when saved)</source>
        <translation>Dem Zertifikat des IMAP-Servers nicht mehr anhand seines Fingerabdrucks vertrauen (wirkt beim Speichern)</translation>
    </message>
</context>
<context>
    <name>Smtp</name>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="24" />
        <source>waiting in {} ({})</source>
        <translation>warte in {} ({})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="25" />
        <source>arrived in {} after {} s</source>
        <translation>in {} angekommen, nach {} s</translation>
    </message>
</context>
<context>
    <name>TestMailDialog</name>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="45" />
        <source>Confirm &amp;delivery</source>
        <translation>Zustellung &amp;bestätigen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="47" />
        <source>t&amp;hen delete it</source>
        <translation>&amp;danach löschen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="49" />
        <source>Remove the test message from the confirmation mailbox once it was found</source>
        <translation>Die Testnachricht aus dem Bestätigungspostfach löschen, sobald sie gefunden wurde</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="56" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="57" />
        <source>Wait for the delivery at most (seconds)</source>
        <translation>Höchstens so lange auf die Zustellung warten (Sekunden)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="78" />
        <source>After the server's 250, wait up to {0} s for the message in {1} and show the folder, the time and the receiver's verdicts</source>
        <translation>Nach der 250 des Servers bis zu {0} s auf die Nachricht in {1} warten und Ordner, Zeit und Urteile des Empfängers zeigen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="85" />
        <source>Name a mailbox on the tab Delivery confirmation of the settings window first</source>
        <translation>Nennen Sie zuerst ein Postfach auf der Registerkarte Zustellbestätigung des Einstellungsfensters</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="142" />
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="232" />
        <source>Delivered to {0} after {1} s</source>
        <translation>Zugestellt in {0}, nach {1} s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="152" />
        <source>Delivered to the junk folder {0} after {1} s</source>
        <translation>Zugestellt in den Junk-Ordner {0}, nach {1} s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="159" />
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="236" />
        <source>What to do: {0}</source>
        <translation>Was zu tun ist: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="171" />
        <source>Receiver's verdicts: {0}</source>
        <translation>Urteile des Empfängers: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="173" />
        <source>Relay's outbound IP as the receiver saw it: {0}</source>
        <translation>Ausgehende IP-Adresse des Relays, wie der Empfänger sie sah: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="176" />
        <source>Spam filter: {0}</source>
        <translation>Spamfilter: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="178" />
        <source>The test message was deleted from the mailbox.</source>
        <translation>Die Testnachricht wurde aus dem Postfach gelöscht.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="211" />
        <source>The certificate was not trusted: the main window says why.</source>
        <translation>Dem Zertifikat wurde nicht vertraut: Das Hauptfenster nennt den Grund.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="216" />
        <source>The IMAP server's certificate is trusted for this profile (not saved yet). Send again to test with it.</source>
        <translation>Dem Zertifikat des IMAP-Servers wird für dieses Profil vertraut (noch nicht gespeichert). Senden Sie erneut, um damit zu testen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="230" />
        <source>Delivery confirmation (IMAP):</source>
        <translation>Zustellbestätigung (IMAP):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="243" />
        <source>Folders searched: {0}</source>
        <translation>Durchsuchte Ordner: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="245" />
        <source>IMAP dialogue (passwords and login data redacted):</source>
        <translation>IMAP-Dialog (Kennwörter und Anmeldedaten entfernt):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="253" />
        <source>The certificate was not trusted: the window now shows another profile than “{0}”.</source>
        <translation>Dem Zertifikat wurde nicht vertraut: Das Fenster zeigt jetzt ein anderes Profil als „{0}“.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="258" />
        <source>The IMAP server's certificate with the SHA-256 fingerprint {0} is now trusted for the profile “{1}”. This is not saved yet: click Save to keep it.</source>
        <translation>Dem Zertifikat des IMAP-Servers mit dem SHA-256-Fingerabdruck {0} wird jetzt für das Profil „{1}“ vertraut. Das ist noch nicht gespeichert: Klicken Sie auf Speichern, um es zu behalten.</translation>
    </message>
</context>
</TS>