<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.ui" line="6" />
        <source>About SwyxON Desktop</source>
        <translation>Über SwyxON Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="30" />
        <source>Enter, validate, store and test the outgoing-mail (SMTP) settings of the SwyxON platform and of each UC tenant.</source>
        <translation>Einstellungen für den Postausgangsserver (SMTP) der SwyxON-Plattform und jedes UC Tenants eingeben, prüfen, speichern und testen.</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="40" />
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="45" />
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="100" />
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="115" />
        <source>Locations</source>
        <translation>Speicherorte</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="120" />
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="135" />
        <source>Open &amp;configuration folder</source>
        <translation>&amp;Konfigurationsordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="140" />
        <source>Log files</source>
        <translation>Protokolldateien</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="155" />
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/about.py" line="42" />
        <source>asking the keychain…</source>
        <translation>Schlüsselbund wird gefragt …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/about.py" line="61" />
        <source>unknown (the keychain did not answer)</source>
        <translation>unbekannt (der Schlüsselbund hat nicht geantwortet)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../swyxon_desktop/gui/app.py" line="17" />
        <source>No display is available: the Qt platform plugin "{0}" cannot start because neither DISPLAY nor WAYLAND_DISPLAY is set. Start SwyxON Desktop in a desktop session (or set QT_QPA_PLATFORM=offscreen for automated runs). The command-line commands (swyxon-desktop --help) work without a display.</source>
        <translation>Keine Anzeige verfügbar: Das Qt-Plattform-Plugin „{0}“ kann nicht starten, weil weder DISPLAY noch WAYLAND_DISPLAY gesetzt ist. Starten Sie SwyxON Desktop in einer Desktop-Sitzung (oder setzen Sie für automatisierte Läufe QT_QPA_PLATFORM=offscreen). Die Befehle der Kommandozeile (swyxon-desktop --help) funktionieren ohne Anzeige.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/app.py" line="21" />
        <source>The Qt platform plugin "{0}" cannot start because the library {1} is missing. Install the package {2} (Debian/Ubuntu: sudo apt install {2}; Fedora: sudo dnf install xcb-util-cursor) and start again.</source>
        <translation>Das Qt-Plattform-Plugin „{0}“ kann nicht starten, weil die Bibliothek {1} fehlt. Installieren Sie das Paket {2} (Debian/Ubuntu: sudo apt install {2}; Fedora: sudo dnf install xcb-util-cursor) und starten Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/app.py" line="25" />
        <source>The Qt platform plugin "{0}" cannot connect to the display {1}. Check that the X server is running and that this user may use it.</source>
        <translation>Das Qt-Plattform-Plugin „{0}“ kann keine Verbindung zur Anzeige {1} herstellen. Prüfen Sie, ob der X-Server läuft und dieser Benutzer ihn verwenden darf.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/app.py" line="28" />
        <source>If a display is available and the window still does not open, the usual missing package on Linux is {0}.</source>
        <translation>Ist eine Anzeige verfügbar und das Fenster öffnet sich trotzdem nicht, fehlt unter Linux meist das Paket {0}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="296" />
        <source>ASCII form: {0}</source>
        <extracomment>The window's initial width (the height follows from the layout). The keychain question waits this long after the first show (first paint and input come first).</extracomment>
        <translation>ASCII-Form: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="300" />
        <source>The connection to the mail server is not encrypted.</source>
        <translation>Die Verbindung zum E-Mail-Server ist unverschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="302" />
        <source>Port {0}: TLS from the first byte (SSL/TLS, implicit).</source>
        <translation>Port {0}: TLS ab dem ersten Byte (SSL/TLS, implizit).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="304" />
        <source>Port {0}: STARTTLS, required – never falls back to an unencrypted connection.</source>
        <translation>Port {0}: STARTTLS, verpflichtend – nie Rückfall auf eine unverschlüsselte Verbindung.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="458" />
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="576" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="359" />
        <source>{0} – General settings</source>
        <translation>{0} – Allgemeine Einstellungen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="366" />
        <source>Stored in the keychain – leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert – leer lassen, um es beizubehalten</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="368" />
        <source>Not stored yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="370" />
        <source>The keychain is not available</source>
        <translation>Der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="381" />
        <source>Choose an additional CA file</source>
        <translation>Zusätzliche CA-Datei wählen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="382" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="409" />
        <source>The system keychain is not available, so passwords can neither be checked nor stored. Unlock or install the keychain (Windows Credential Manager, GNOME Keyring or KWallet); the other settings can still be saved. Passwords are never stored in a file.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar; Kennwörter können weder geprüft noch gespeichert werden. Entsperren oder installieren Sie den Schlüsselbund (Windows-Anmeldeinformationsverwaltung, GNOME Keyring oder KWallet); die übrigen Einstellungen lassen sich weiterhin speichern. Kennwörter werden nie in einer Datei gespeichert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="69" />
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="307" />
        <source>STARTTLS, required – never falls back to an unencrypted connection.</source>
        <translation>STARTTLS, verpflichtend – nie Rückfall auf eine unverschlüsselte Verbindung.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="330" />
        <source>SHA-256 {0}</source>
        <translation>SHA-256 {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="332" />
        <source>This server certificate is trusted by its fingerprint, although no certificate authority vouches for it.</source>
        <translation>Diesem Serverzertifikat wird anhand seines Fingerabdrucks vertraut, obwohl keine Zertifizierungsstelle dafür bürgt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="342" />
        <source>The certificate is no longer trusted once you save the profile.</source>
        <translation>Dem Zertifikat wird nicht mehr vertraut, sobald Sie das Profil speichern.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="456" />
        <source>Waiting for the keychain…</source>
        <translation>Warten auf den Schlüsselbund …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="470" />
        <source>The keychain has not answered yet (it may be asking to be unlocked). The window closes as soon as it has answered.</source>
        <translation>Der Schlüsselbund hat noch nicht geantwortet (vielleicht wartet er darauf, entsperrt zu werden). Das Fenster schließt sich, sobald er geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="474" />
        <source>Keychain not answering</source>
        <translation>Schlüsselbund antwortet nicht</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="475" />
        <source>The keychain has still not answered, so the password may not be stored, moved or removed. Keep waiting, or close anyway?</source>
        <translation>Der Schlüsselbund hat noch immer nicht geantwortet; das Kennwort ist daher möglicherweise nicht gespeichert, verschoben oder entfernt. Weiter warten oder trotzdem schließen?</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="477" />
        <source>Keep waiting</source>
        <translation>Weiter warten</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="477" />
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="530" />
        <source>{0} (new)</source>
        <translation>{0} (neu)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="577" />
        <source>The profile “{0}” has unsaved changes. Save them?</source>
        <translation>Das Profil „{0}“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="578" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="578" />
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="578" />
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="613" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="610" />
        <source>Local test server running</source>
        <translation>Lokaler Testserver läuft</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="611" />
        <source>The local test server is still running ({0}). Quitting stops it; clients that use it can no longer connect.</source>
        <translation>Der lokale Testserver läuft noch ({0}). Beim Beenden wird er gestoppt; Clients, die ihn verwenden, können sich dann nicht mehr verbinden.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="613" />
        <source>Stop the server and quit</source>
        <translation>Server stoppen und beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23" />
        <source>&amp;Profile</source>
        <translation>Pr&amp;ofil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="33" />
        <source>The stored profiles: the platform's own and one per UC tenant or customer</source>
        <translation>Die gespeicherten Profile: das der Plattform und je eines pro UC Tenant oder Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38" />
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="39" />
        <source>Create a new profile</source>
        <translation>Ein neues Profil anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="44" />
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="45" />
        <source>Copy the saved profile, including its password, under a new name</source>
        <translation>Das gespeicherte Profil samt Kennwort unter einem neuen Namen kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50" />
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51" />
        <source>Rename the profile; its password moves with it</source>
        <translation>Das Profil umbenennen; sein Kennwort wird mitgenommen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="57" />
        <source>Delete the profile and its password</source>
        <translation>Das Profil und sein Kennwort löschen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="83" />
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="94" />
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="103" />
        <source>Mail server</source>
        <translation>E-Mail-Server</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="111" />
        <source>SMTP se&amp;rver</source>
        <translation>SMTP-Se&amp;rver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="117" />
        <source>e.g. mail.firma.de</source>
        <translation>z. B. mail.firma.de</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="133" />
        <source>A symbolic name, a DNS name or an IP address of the mail server.</source>
        <translation>Ein symbolischer Name, ein DNS-Name oder eine IP-Adresse des E-Mail-Servers.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="149" />
        <source>SMTP p&amp;ort</source>
        <translation>SMTP-Por&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="170" />
        <source>Usually 587 (STARTTLS), 465 (SSL/TLS) or 25.</source>
        <translation>Üblich: 587 (STARTTLS), 465 (SSL/TLS) oder 25.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="193" />
        <source>Sender &amp;address</source>
        <translation>&amp;Absenderadresse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="199" />
        <source>e.g. SwyxWare@firma.de</source>
        <translation>z. B. SwyxWare@firma.de</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="206" />
        <source>The domain (e.g. “@firma.de” in SwyxWare@firma.de) should be one of the domains the mail server manages. Some servers accept any sender address, others require the address to be registered for the account.</source>
        <translation>Die Domänen-Bezeichnung (z. B. „@firma.de“ in SwyxWare@firma.de) sollte einer der vom E-Mail-Server verwalteten Domänen entsprechen. Manche Server erlauben jede Absenderadresse, andere verlangen, dass die Adresse für das Konto hinterlegt ist.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="222" />
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="242" />
        <source>Seconds (1–600) to wait for the server at each step.</source>
        <translation>Sekunden (1–600), die bei jedem Schritt auf den Server gewartet wird.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="268" />
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="276" />
        <source>&amp;Use SSL</source>
        <translation>SSL &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="293" />
        <source>Encrypt the connection to the mail server.</source>
        <translation>Die Verbindung zum E-Mail-Server verschlüsseln.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="301" />
        <source>TLS &amp;mode</source>
        <translation>TLS-&amp;Modus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="310" />
        <source>Automatic (by port)</source>
        <translation>Automatisch (nach Port)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="312" />
        <source>SSL/TLS (implicit)</source>
        <translation>SSL/TLS (implizit)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="333" />
        <source>Additional &amp;CA file</source>
        <translation>Zusätzliche &amp;CA-Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="342" />
        <source>Optional: PEM file of an internal certificate authority</source>
        <translation>Optional: PEM-Datei einer internen Zertifizierungsstelle</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="347" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="363" />
        <source>Trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="381" />
        <source>Remo&amp;ve trust</source>
        <translation>Vertrauen &amp;widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="382" />
        <source>Stop trusting this certificate by its fingerprint (takes effect when saved)</source>
        <translation>Diesem Zertifikat nicht mehr anhand seines Fingerabdrucks vertrauen (wirksam nach dem Speichern)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="392" />
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="400" />
        <source>SMTP authe&amp;ntication</source>
        <translation>SMTP-Authentifi&amp;zierung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="415" />
        <source>Authenticate at the mail server (RFC 4954, formerly RFC 2554).</source>
        <translation>Authentisierung am E-Mail-Server nach RFC 4954 (früher RFC 2554).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="423" />
        <source>Mechan&amp;ism</source>
        <translation>V&amp;erfahren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="432" />
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="449" />
        <source>Supported procedures: LOGIN, PLAIN, CRAM-MD5. Automatic uses the strongest one the server offers.</source>
        <translation>Unterstützte Verfahren: „LOGIN“, „PLAIN“, „CRAM-MD5“. „Automatisch“ verwendet das stärkste, das der Server anbietet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="456" />
        <source>Us&amp;er name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="476" />
        <source>Pass&amp;word</source>
        <translation>&amp;Kennwort</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="501" />
        <source>Without SSL the user name and password would travel unencrypted over the network. The profile can be saved like this, but a test mail sends them only when unencrypted authentication is allowed (below, or for one run in Send test mail).</source>
        <translation>Ohne SSL gingen Benutzername und Kennwort unverschlüsselt über das Netz. Das Profil lässt sich so speichern, aber eine Testmail sendet sie nur, wenn unverschlüsselte Authentifizierung erlaubt ist (unten, oder für einen Lauf unter Testmail senden).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="508" />
        <source>Allow unencr&amp;ypted authentication</source>
        <translation>&amp;Unverschlüsselte Authentifizierung erlauben</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="554" />
        <location filename="../../ui/main_window.ui" line="622" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="556" />
        <source>Validate the settings and save them; the password goes to the system keychain</source>
        <translation>Die Einstellungen prüfen und speichern; das Kennwort kommt in den Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="565" />
        <source>P&amp;latform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="571" />
        <source>Pro&amp;file</source>
        <translation>Pro&amp;fil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="583" />
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="588" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="597" />
        <source>&amp;General settings</source>
        <translation>&amp;Allgemeine Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="600" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="604" />
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="607" />
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="610" />
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="613" />
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="616" />
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="619" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="626" />
        <source>&amp;Local test server…</source>
        <translation>&amp;Lokaler Testserver…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="627" />
        <source>An SMTP server on this computer that behaves like a customer's server</source>
        <translation>Ein SMTP-Server auf diesem Computer, der sich wie der Server eines Kunden verhält</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="630" />
        <source>&amp;About SwyxON Desktop</source>
        <translation>Ü&amp;ber SwyxON Desktop</translation>
    </message>
</context>
<context>
    <name>ProfileOperations</name>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="62" />
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="63" />
        <source>Name of the new profile (for example the UC tenant or customer):</source>
        <translation>Name des neuen Profils (zum Beispiel der UC Tenant oder Kunde):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="77" />
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="77" />
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="78" />
        <source>{0} (copy)</source>
        <translation>{0} (Kopie)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="90" />
        <source>The profile “{0}” was created, but its password could not be copied in the keychain: {1}</source>
        <translation>Das Profil „{0}“ wurde angelegt, aber sein Kennwort konnte im Schlüsselbund nicht kopiert werden: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="91" />
        <source>The profile “{0}” was created as a copy of “{1}”.</source>
        <translation>Das Profil „{0}“ wurde als Kopie von „{1}“ angelegt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="99" />
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="99" />
        <source>New name of the profile “{0}”:</source>
        <translation>Neuer Name des Profils „{0}“:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="114" />
        <source>The profile was renamed to “{0}”, but its password could not be moved in the keychain: {1}</source>
        <translation>Das Profil wurde in „{0}“ umbenannt, aber sein Kennwort konnte im Schlüsselbund nicht verschoben werden: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="115" />
        <source>The profile “{0}” was renamed to “{1}”.</source>
        <translation>Das Profil „{0}“ wurde in „{1}“ umbenannt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="126" />
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="127" />
        <source>Delete the profile “{0}” and its stored password? This cannot be undone.</source>
        <translation>Das Profil „{0}“ und sein gespeichertes Kennwort löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="128" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="128" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="173" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="288" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="347" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="382" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="134" />
        <source>The profile “{0}” was deleted, but its password could not be removed from the keychain: {1}</source>
        <translation>Das Profil „{0}“ wurde gelöscht, aber sein Kennwort konnte nicht aus dem Schlüsselbund entfernt werden: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="135" />
        <source>The profile “{0}” was deleted.</source>
        <translation>Das Profil „{0}“ wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="156" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="169" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="178" />
        <source>Import profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="170" />
        <source>A profile named “{0}” exists already. Replace it with the imported settings, or import them under another name?</source>
        <translation>Ein Profil namens „{0}“ existiert bereits. Durch die importierten Einstellungen ersetzen oder unter einem anderen Namen importieren?</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="172" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="288" />
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="172" />
        <source>Other name…</source>
        <translation>Anderer Name…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="178" />
        <source>Name of the imported profile:</source>
        <translation>Name des importierten Profils:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="179" />
        <source>{0} (imported)</source>
        <translation>{0} (importiert)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="205" />
        <source>The profile “{0}” was imported from {1}.</source>
        <translation>Das Profil „{0}“ wurde aus {1} importiert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="207" />
        <source>Its previous password was removed from the keychain.</source>
        <translation>Das bisherige Kennwort wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="209" />
        <source>An export contains no password: enter it and save.</source>
        <translation>Ein Export enthält kein Kennwort: Geben Sie es ein und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="214" />
        <source>A password stored earlier under this name could not be removed from the keychain: {0}</source>
        <translation>Ein früher unter diesem Namen gespeichertes Kennwort konnte nicht aus dem Schlüsselbund entfernt werden: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="222" />
        <source>Save the profile before exporting it.</source>
        <translation>Speichern Sie das Profil, bevor Sie es exportieren.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="226" />
        <source>Export profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="236" />
        <source>The file {0} could not be written: {1}</source>
        <translation>Die Datei {0} konnte nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="240" />
        <source>The profile “{0}” was exported to {1}. The file contains no password.</source>
        <translation>Das Profil „{0}“ wurde nach {1} exportiert. Die Datei enthält kein Kennwort.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="243" />
        <source>Unsaved changes are not included.</source>
        <translation>Ungespeicherte Änderungen sind nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="248" />
        <source>Exported profiles (*.json);;All files (*)</source>
        <translation>Exportierte Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="261" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="371" />
        <source>The settings were not saved. Correct the marked fields.</source>
        <translation>Die Einstellungen wurden nicht gespeichert. Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="285" />
        <source>Profile exists</source>
        <translation>Profil existiert</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="286" />
        <source>Meanwhile another program created a profile named “{0}”. Replace it with these settings?</source>
        <translation>Inzwischen hat ein anderes Programm ein Profil namens „{0}“ angelegt. Durch diese Einstellungen ersetzen?</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="301" />
        <source>The settings could not be written: {0}</source>
        <translation>Die Einstellungen konnten nicht geschrieben werden: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="333" />
        <source>The settings of “{0}” were saved, but the password could not be stored in the keychain: {1}</source>
        <translation>Die Einstellungen von „{0}“ wurden gespeichert, aber das Kennwort konnte nicht im Schlüsselbund abgelegt werden: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="334" />
        <source>The profile “{0}” was saved.</source>
        <translation>Das Profil „{0}“ wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="342" />
        <source>Profile deleted elsewhere</source>
        <translation>Profil an anderer Stelle gelöscht</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="343" />
        <source>The profile “{0}” was deleted by another program (another window or the command line) while it was shown here. Save these settings again as a new profile, or discard them?</source>
        <translation>Das Profil „{0}“ wurde von einem anderen Programm (einem anderen Fenster oder der Befehlszeile) gelöscht, während es hier angezeigt wurde. Sollen diese Einstellungen als neues Profil gespeichert oder verworfen werden?</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="346" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="360" />
        <source>Save as new profile</source>
        <translation>Als neues Profil speichern</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="346" />
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="352" />
        <source>The profile “{0}” was deleted by another program.</source>
        <translation>Das Profil „{0}“ wurde von einem anderen Programm gelöscht.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="361" />
        <source>The password of “{0}” was removed with the profile. Enter the password for the user “{1}”:</source>
        <translation>Das Kennwort von „{0}“ wurde mit dem Profil entfernt. Geben Sie das Kennwort für den Benutzer „{1}“ ein:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="365" />
        <source>The profile “{0}” was not saved: it needs a password.</source>
        <translation>Das Profil „{0}“ wurde nicht gespeichert: Es fehlt das Kennwort.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="378" />
        <source>Profile changed elsewhere</source>
        <translation>Profil anderweitig geändert</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="379" />
        <source>The profile “{0}” was changed by another program (another window or the command line) since it was loaded. Reload it from disk and lose your changes here, or overwrite it with your changes?</source>
        <translation>Das Profil „{0}“ wurde seit dem Laden von einem anderen Programm (einem anderen Fenster oder der Kommandozeile) geändert. Neu laden und Ihre Änderungen hier verwerfen, oder mit Ihren Änderungen überschreiben?</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="382" />
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="382" />
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="390" />
        <source>The profile “{0}” was reloaded from disk.</source>
        <translation>Das Profil „{0}“ wurde neu geladen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="405" />
        <source>Unlock or install the system keychain and try again. Passwords are never stored in a file.</source>
        <translation>Entsperren oder installieren Sie den Schlüsselbund des Systems und versuchen Sie es erneut. Kennwörter werden nie in einer Datei gespeichert.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/texts.py" line="39" />
        <source>SSL/TLS (implicit)</source>
        <translation>SSL/TLS (implizit)</translation>
    </message>
</context>
</TS>