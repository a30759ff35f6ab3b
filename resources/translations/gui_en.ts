<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.ui" line="6" />
        <source>About SwyxON Desktop</source>
        <translation>About SwyxON Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="30" />
        <source>Enter, validate, store and test the outgoing-mail (SMTP) settings of the SwyxON platform and of each UC tenant.</source>
        <translation>Enter, validate, store and test the outgoing-mail (SMTP) settings of the SwyxON platform and of each UC tenant.</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="40" />
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="45" />
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="100" />
        <source>Keychain</source>
        <translation>Keychain</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="115" />
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="120" />
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="135" />
        <source>Open &amp;configuration folder</source>
        <translation>Open &amp;configuration folder</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="140" />
        <source>Log files</source>
        <translation>Log files</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="155" />
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/about.py" line="42" />
        <source>asking the keychain…</source>
        <translation>asking the keychain…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/about.py" line="61" />
        <source>unknown (the keychain did not answer)</source>
        <translation>unknown (the keychain did not answer)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../swyxon_desktop/gui/app.py" line="17" />
        <source>No display is available: the Qt platform plugin "{0}" cannot start because neither DISPLAY nor WAYLAND_DISPLAY is set. Start SwyxON Desktop in a desktop session (or set QT_QPA_PLATFORM=offscreen for automated runs). The command-line commands (swyxon-desktop --help) work without a display.</source>
        <translation>No display is available: the Qt platform plugin "{0}" cannot start because neither DISPLAY nor WAYLAND_DISPLAY is set. Start SwyxON Desktop in a desktop session (or set QT_QPA_PLATFORM=offscreen for automated runs). The command-line commands (swyxon-desktop --help) work without a display.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/app.py" line="21" />
        <source>The Qt platform plugin "{0}" cannot start because the library {1} is missing. Install the package {2} (Debian/Ubuntu: sudo apt install {2}; Fedora: sudo dnf install xcb-util-cursor) and start again.</source>
        <translation>The Qt platform plugin "{0}" cannot start because the library {1} is missing. Install the package {2} (Debian/Ubuntu: sudo apt install {2}; Fedora: sudo dnf install xcb-util-cursor) and start again.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/app.py" line="25" />
        <source>The Qt platform plugin "{0}" cannot connect to the display {1}. Check that the X server is running and that this user may use it.</source>
        <translation>The Qt platform plugin "{0}" cannot connect to the display {1}. Check that the X server is running and that this user may use it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/app.py" line="28" />
        <source>If a display is available and the window still does not open, the usual missing package on Linux is {0}.</source>
        <translation>If a display is available and the window still does not open, the usual missing package on Linux is {0}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="296" />
        <source>ASCII form: {0}</source>
        <extracomment>The window's initial width (the height follows from the layout). The keychain question waits this long after the first show (first paint and input come first).</extracomment>
        <translation>ASCII form: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="300" />
        <source>The connection to the mail server is not encrypted.</source>
        <translation>The connection to the mail server is not encrypted.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="302" />
        <source>Port {0}: TLS from the first byte (SSL/TLS, implicit).</source>
        <translation>Port {0}: TLS from the first byte (SSL/TLS, implicit).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="304" />
        <source>Port {0}: STARTTLS, required – never falls back to an unencrypted connection.</source>
        <translation>Port {0}: STARTTLS, required – never falls back to an unencrypted connection.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="458" />
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="576" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="359" />
        <source>{0} – General settings</source>
        <translation>{0} – General settings</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="366" />
        <source>Stored in the keychain – leave empty to keep it</source>
        <translation>Stored in the keychain – leave empty to keep it</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="368" />
        <source>Not stored yet</source>
        <translation>Not stored yet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="370" />
        <source>The keychain is not available</source>
        <translation>The keychain is not available</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="381" />
        <source>Choose an additional CA file</source>
        <translation>Choose an additional CA file</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="382" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="409" />
        <source>The system keychain is not available, so passwords can neither be checked nor stored. Unlock or install the keychain (Windows Credential Manager, GNOME Keyring or KWallet); the other settings can still be saved. Passwords are never stored in a file.</source>
        <translation>The system keychain is not available, so passwords can neither be checked nor stored. Unlock or install the keychain (Windows Credential Manager, GNOME Keyring or KWallet); the other settings can still be saved. Passwords are never stored in a file.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="69" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="307" />
        <source>STARTTLS, required – never falls back to an unencrypted connection.</source>
        <translation>STARTTLS, required – never falls back to an unencrypted connection.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="330" />
        <source>SHA-256 {0}</source>
        <translation>SHA-256 {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="332" />
        <source>This server certificate is trusted by its fingerprint, although no certificate authority vouches for it.</source>
        <translation>This server certificate is trusted by its fingerprint, although no certificate authority vouches for it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="342" />
        <source>The certificate is no longer trusted once you save the profile.</source>
        <translation>The certificate is no longer trusted once you save the profile.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="456" />
        <source>Waiting for the keychain…</source>
        <translation>Waiting for the keychain…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="470" />
        <source>The keychain has not answered yet (it may be asking to be unlocked). The window closes as soon as it has answered.</source>
        <translation>The keychain has not answered yet (it may be asking to be unlocked). The window closes as soon as it has answered.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="474" />
        <source>Keychain not answering</source>
        <translation>Keychain not answering</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="475" />
        <source>The keychain has still not answered, so the password may not be stored, moved or removed. Keep waiting, or close anyway?</source>
        <translation>The keychain has still not answered, so the password may not be stored, moved or removed. Keep waiting, or close anyway?</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="477" />
        <source>Keep waiting</source>
        <translation>Keep waiting</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="477" />
        <source>Close anyway</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="530" />
        <source>{0} (new)</source>
        <translation>{0} (new)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="577" />
        <source>The profile “{0}” has unsaved changes. Save them?</source>
        <translation>The profile “{0}” has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="578" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="578" />
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="578" />
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="613" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="610" />
        <source>Local test server running</source>
        <translation>Local test server running</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="611" />
        <source>The local test server is still running ({0}). Quitting stops it; clients that use it can no longer connect.</source>
        <translation>The local test server is still running ({0}). Quitting stops it; clients that use it can no longer connect.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/main_window.py" line="613" />
        <source>Stop the server and quit</source>
        <translation>Stop the server and quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23" />
        <source>&amp;Profile</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="33" />
        <source>The stored profiles: the platform's own and one per UC tenant or customer</source>
        <translation>The stored profiles: the platform's own and one per UC tenant or customer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38" />
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="39" />
        <source>Create a new profile</source>
        <translation>Create a new profile</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="44" />
        <source>Duplicate…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="45" />
        <source>Copy the saved profile, including its password, under a new name</source>
        <translation>Copy the saved profile, including its password, under a new name</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51" />
        <source>Rename the profile; its password moves with it</source>
        <translation>Rename the profile; its password moves with it</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="57" />
        <source>Delete the profile and its password</source>
        <translation>Delete the profile and its password</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="83" />
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="94" />
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="103" />
        <source>Mail server</source>
        <translation>Mail server</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="111" />
        <source>SMTP se&amp;rver</source>
        <translation>SMTP se&amp;rver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="117" />
        <source>e.g. mail.firma.de</source>
        <translation>e.g. mail.firma.de</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="133" />
        <source>A symbolic name, a DNS name or an IP address of the mail server.</source>
        <translation>A symbolic name, a DNS name or an IP address of the mail server.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="149" />
        <source>SMTP p&amp;ort</source>
        <translation>SMTP p&amp;ort</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="170" />
        <source>Usually 587 (STARTTLS), 465 (SSL/TLS) or 25.</source>
        <translation>Usually 587 (STARTTLS), 465 (SSL/TLS) or 25.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="193" />
        <source>Sender &amp;address</source>
        <translation>Sender &amp;address</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="199" />
        <source>e.g. SwyxWare@firma.de</source>
        <translation>e.g. SwyxWare@firma.de</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="206" />
        <source>The domain (e.g. “@firma.de” in SwyxWare@firma.de) should be one of the domains the mail server manages. Some servers accept any sender address, others require the address to be registered for the account.</source>
        <translation>The domain (e.g. “@firma.de” in SwyxWare@firma.de) should be one of the domains the mail server manages. Some servers accept any sender address, others require the address to be registered for the account.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="222" />
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="242" />
        <source>Seconds (1–600) to wait for the server at each step.</source>
        <translation>Seconds (1–600) to wait for the server at each step.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="268" />
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="276" />
        <source>&amp;Use SSL</source>
        <translation>&amp;Use SSL</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="293" />
        <source>Encrypt the connection to the mail server.</source>
        <translation>Encrypt the connection to the mail server.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="301" />
        <source>TLS &amp;mode</source>
        <translation>TLS &amp;mode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="310" />
        <source>Automatic (by port)</source>
        <translation>Automatic (by port)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="312" />
        <source>SSL/TLS (implicit)</source>
        <translation>SSL/TLS (implicit)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="333" />
        <source>Additional &amp;CA file</source>
        <translation>Additional &amp;CA file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="342" />
        <source>Optional: PEM file of an internal certificate authority</source>
        <translation>Optional: PEM file of an internal certificate authority</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="347" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="363" />
        <source>Trusted certificate</source>
        <translation>Trusted certificate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="381" />
        <source>Remo&amp;ve trust</source>
        <translation>Remo&amp;ve trust</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="382" />
        <source>Stop trusting this certificate by its fingerprint (takes effect when saved)</source>
        <translation>Stop trusting this certificate by its fingerprint (takes effect when saved)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="392" />
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="400" />
        <source>SMTP authe&amp;ntication</source>
        <translation>SMTP authe&amp;ntication</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="415" />
        <source>Authenticate at the mail server (RFC 4954, formerly RFC 2554).</source>
        <translation>Authenticate at the mail server (RFC 4954, formerly RFC 2554).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="423" />
        <source>Mechan&amp;ism</source>
        <translation>Mechan&amp;ism</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="432" />
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="449" />
        <source>Supported procedures: LOGIN, PLAIN, CRAM-MD5. Automatic uses the strongest one the server offers.</source>
        <translation>Supported procedures: LOGIN, PLAIN, CRAM-MD5. Automatic uses the strongest one the server offers.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="456" />
        <source>Us&amp;er name</source>
        <translation>Us&amp;er name</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="476" />
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="501" />
        <source>Without SSL the user name and password would travel unencrypted over the network. The profile can be saved like this, but a test mail sends them only when unencrypted authentication is allowed (below, or for one run in Send test mail).</source>
        <translation>Without SSL the user name and password would travel unencrypted over the network. The profile can be saved like this, but a test mail sends them only when unencrypted authentication is allowed (below, or for one run in Send test mail).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="508" />
        <source>Allow unencr&amp;ypted authentication</source>
        <translation>Allow unencr&amp;ypted authentication</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="554" />
        <location filename="../../ui/main_window.ui" line="622" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="556" />
        <source>Validate the settings and save them; the password goes to the system keychain</source>
        <translation>Validate the settings and save them; the password goes to the system keychain</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="565" />
        <source>P&amp;latform</source>
        <translation>P&amp;latform</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="571" />
        <source>Pro&amp;file</source>
        <translation>Pro&amp;file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="583" />
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="588" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="597" />
        <source>&amp;General settings</source>
        <translation>&amp;General settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="600" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="604" />
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="607" />
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicate…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="610" />
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="613" />
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="616" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="619" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="626" />
        <source>&amp;Local test server…</source>
        <translation>&amp;Local test server…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="627" />
        <source>An SMTP server on this computer that behaves like a customer's server</source>
        <translation>An SMTP server on this computer that behaves like a customer's server</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="630" />
        <source>&amp;About SwyxON Desktop</source>
        <translation>&amp;About SwyxON Desktop</translation>
    </message>
</context>
<context>
    <name>ProfileOperations</name>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="62" />
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="63" />
        <source>Name of the new profile (for example the UC tenant or customer):</source>
        <translation>Name of the new profile (for example the UC tenant or customer):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="77" />
        <source>Duplicate profile</source>
        <translation>Duplicate profile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="77" />
        <source>Name of the copy:</source>
        <translation>Name of the copy:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="78" />
        <source>{0} (copy)</source>
        <translation>{0} (copy)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="90" />
        <source>The profile “{0}” was created, but its password could not be copied in the keychain: {1}</source>
        <translation>The profile “{0}” was created, but its password could not be copied in the keychain: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="91" />
        <source>The profile “{0}” was created as a copy of “{1}”.</source>
        <translation>The profile “{0}” was created as a copy of “{1}”.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="99" />
        <source>Rename profile</source>
        <translation>Rename profile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="99" />
        <source>New name of the profile “{0}”:</source>
        <translation>New name of the profile “{0}”:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="114" />
        <source>The profile was renamed to “{0}”, but its password could not be moved in the keychain: {1}</source>
        <translation>The profile was renamed to “{0}”, but its password could not be moved in the keychain: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="115" />
        <source>The profile “{0}” was renamed to “{1}”.</source>
        <translation>The profile “{0}” was renamed to “{1}”.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="126" />
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="127" />
        <source>Delete the profile “{0}” and its stored password? This cannot be undone.</source>
        <translation>Delete the profile “{0}” and its stored password? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="128" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="128" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="173" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="288" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="347" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="382" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="134" />
        <source>The profile “{0}” was deleted, but its password could not be removed from the keychain: {1}</source>
        <translation>The profile “{0}” was deleted, but its password could not be removed from the keychain: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="135" />
        <source>The profile “{0}” was deleted.</source>
        <translation>The profile “{0}” was deleted.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="156" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="169" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="178" />
        <source>Import profile</source>
        <translation>Import profile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="170" />
        <source>A profile named “{0}” exists already. Replace it with the imported settings, or import them under another name?</source>
        <translation>A profile named “{0}” exists already. Replace it with the imported settings, or import them under another name?</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="172" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="288" />
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="172" />
        <source>Other name…</source>
        <translation>Other name…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="178" />
        <source>Name of the imported profile:</source>
        <translation>Name of the imported profile:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="179" />
        <source>{0} (imported)</source>
        <translation>{0} (imported)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="205" />
        <source>The profile “{0}” was imported from {1}.</source>
        <translation>The profile “{0}” was imported from {1}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="207" />
        <source>Its previous password was removed from the keychain.</source>
        <translation>Its previous password was removed from the keychain.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="209" />
        <source>An export contains no password: enter it and save.</source>
        <translation>An export contains no password: enter it and save.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="214" />
        <source>A password stored earlier under this name could not be removed from the keychain: {0}</source>
        <translation>A password stored earlier under this name could not be removed from the keychain: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="222" />
        <source>Save the profile before exporting it.</source>
        <translation>Save the profile before exporting it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="226" />
        <source>Export profile</source>
        <translation>Export profile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="236" />
        <source>The file {0} could not be written: {1}</source>
        <translation>The file {0} could not be written: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="240" />
        <source>The profile “{0}” was exported to {1}. The file contains no password.</source>
        <translation>The profile “{0}” was exported to {1}. The file contains no password.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="243" />
        <source>Unsaved changes are not included.</source>
        <translation>Unsaved changes are not included.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="248" />
        <source>Exported profiles (*.json);;All files (*)</source>
        <translation>Exported profiles (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="261" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="371" />
        <source>The settings were not saved. Correct the marked fields.</source>
        <translation>The settings were not saved. Correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="285" />
        <source>Profile exists</source>
        <translation>Profile exists</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="286" />
        <source>Meanwhile another program created a profile named “{0}”. Replace it with these settings?</source>
        <translation>Meanwhile another program created a profile named “{0}”. Replace it with these settings?</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="301" />
        <source>The settings could not be written: {0}</source>
        <translation>The settings could not be written: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="333" />
        <source>The settings of “{0}” were saved, but the password could not be stored in the keychain: {1}</source>
        <translation>The settings of “{0}” were saved, but the password could not be stored in the keychain: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="334" />
        <source>The profile “{0}” was saved.</source>
        <translation>The profile “{0}” was saved.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="342" />
        <source>Profile deleted elsewhere</source>
        <translation>Profile deleted elsewhere</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="343" />
        <source>The profile “{0}” was deleted by another program (another window or the command line) while it was shown here. Save these settings again as a new profile, or discard them?</source>
        <translation>The profile “{0}” was deleted by another program (another window or the command line) while it was shown here. Save these settings again as a new profile, or discard them?</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="346" />
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="360" />
        <source>Save as new profile</source>
        <translation>Save as new profile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="346" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="352" />
        <source>The profile “{0}” was deleted by another program.</source>
        <translation>The profile “{0}” was deleted by another program.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="361" />
        <source>The password of “{0}” was removed with the profile. Enter the password for the user “{1}”:</source>
        <translation>The password of “{0}” was removed with the profile. Enter the password for the user “{1}”:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="365" />
        <source>The profile “{0}” was not saved: it needs a password.</source>
        <translation>The profile “{0}” was not saved: it needs a password.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="378" />
        <source>Profile changed elsewhere</source>
        <translation>Profile changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="379" />
        <source>The profile “{0}” was changed by another program (another window or the command line) since it was loaded. Reload it from disk and lose your changes here, or overwrite it with your changes?</source>
        <translation>The profile “{0}” was changed by another program (another window or the command line) since it was loaded. Reload it from disk and lose your changes here, or overwrite it with your changes?</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="382" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="382" />
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="390" />
        <source>The profile “{0}” was reloaded from disk.</source>
        <translation>The profile “{0}” was reloaded from disk.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/profile_ops.py" line="405" />
        <source>Unlock or install the system keychain and try again. Passwords are never stored in a file.</source>
        <translation>Unlock or install the system keychain and try again. Passwords are never stored in a file.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/texts.py" line="39" />
        <source>SSL/TLS (implicit)</source>
        <translation>SSL/TLS (implicit)</translation>
    </message>
</context>
</TS>