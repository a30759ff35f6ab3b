<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="87" />
        <source>Enter, validate, store and test the SMTP settings of SwyxON and its UC tenants. Without a command, the window opens.</source>
        <translation>Enter, validate, store and test the SMTP settings of SwyxON and its UC tenants. Without a command, the window opens.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="91" />
        <source>show the version and exit</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="93" />
        <source>language of the window and messages</source>
        <translation>language of the window and messages</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="95" />
        <source>check that the installation works (Qt, .ui files, translations, keychain, config directory) and exit</source>
        <translation>check that the installation works (Qt, .ui files, translations, keychain, config directory) and exit</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="14" />
        <source>manage the stored SMTP profiles</source>
        <translation>manage the stored SMTP profiles</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="17" />
        <source>list the profiles</source>
        <translation>list the profiles</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="19" />
        <source>show one profile (never its password)</source>
        <translation>show one profile (never its password)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="24" />
        <source>delete a profile and its password</source>
        <translation>delete a profile and its password</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="28" />
        <source>create or update a profile; only the options given change</source>
        <translation>create or update a profile; only the options given change</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="113" />
        <source>SMTP server: a symbolic name, DNS name or IP address</source>
        <translation>SMTP server: a symbolic name, DNS name or IP address</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="116" />
        <source>SMTP port, 1-65535 (usually 587 for STARTTLS, 465 for SSL/TLS)</source>
        <translation>SMTP port, 1-65535 (usually 587 for STARTTLS, 465 for SSL/TLS)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="120" />
        <source>sender address, e.g. SwyxWare@firma.de (its domain should be one the server manages)</source>
        <translation>sender address, e.g. SwyxWare@firma.de (its domain should be one the server manages)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="127" />
        <source>encrypt the connection (Use SSL)</source>
        <translation>encrypt the connection (Use SSL)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="128" />
        <source>plain SMTP, no encryption</source>
        <translation>plain SMTP, no encryption</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="132" />
        <source>auto: SSL/TLS on port 465, STARTTLS otherwise; starttls: required, never a plaintext fallback; implicit: TLS from the first byte</source>
        <translation>auto: SSL/TLS on port 465, STARTTLS otherwise; starttls: required, never a plaintext fallback; implicit: TLS from the first byte</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="146" />
        <source>SMTP authentication on</source>
        <translation>SMTP authentication on</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="147" />
        <source>SMTP authentication off</source>
        <translation>SMTP authentication off</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="152" />
        <source>authentication method; auto picks the strongest the server offers</source>
        <translation>authentication method; auto picks the strongest the server offers</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="157" />
        <source>user name for SMTP authentication</source>
        <translation>user name for SMTP authentication</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="161" />
        <source>read the password from standard input into the keychain</source>
        <translation>read the password from standard input into the keychain</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="138" />
        <source>an extra trusted CA certificate file (PEM), besides the system's; empty to remove</source>
        <translation>an extra trusted CA certificate file (PEM), besides the system's; empty to remove</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="143" />
        <source>trust exactly the server certificate with this SHA-256 fingerprint (empty to remove)</source>
        <translation>trust exactly the server certificate with this SHA-256 fingerprint (empty to remove)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="166" />
        <source>allow the password to travel unencrypted when SSL is off (trusted networks only)</source>
        <translation>allow the password to travel unencrypted when SSL is off (trusted networks only)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="168" />
        <source>withdraw that permission</source>
        <translation>withdraw that permission</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="124" />
        <source>seconds to wait for each network operation (1-600, default 30)</source>
        <translation>seconds to wait for each network operation (1-600, default 30)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="171" />
        <source>IMAP server of the mailbox that confirms delivery (empty to remove the confirmation mailbox)</source>
        <translation>IMAP server of the mailbox that confirms delivery (empty to remove the confirmation mailbox)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="180" />
        <source>IMAP port (993 for SSL/TLS, 143 for STARTTLS)</source>
        <translation>IMAP port (993 for SSL/TLS, 143 for STARTTLS)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="176" />
        <source>IMAP security: implicit (SSL/TLS) or starttls (required); never unencrypted</source>
        <translation>IMAP security: implicit (SSL/TLS) or starttls (required); never unencrypted</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="184" />
        <source>user name of the confirmation mailbox</source>
        <translation>user name of the confirmation mailbox</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="188" />
        <source>read the confirmation mailbox's password from standard input into the keychain</source>
        <translation>read the confirmation mailbox's password from standard input into the keychain</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="192" />
        <source>folders to search, comma-separated (empty: INBOX and the folder marked as junk)</source>
        <translation>folders to search, comma-separated (empty: INBOX and the folder marked as junk)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="195" />
        <source>trust exactly the IMAP server certificate with this SHA-256 fingerprint (empty to remove)</source>
        <translation>trust exactly the IMAP server certificate with this SHA-256 fingerprint (empty to remove)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="37" />
        <source>export a profile to a JSON file (no password)</source>
        <translation>export a profile to a JSON file (no password)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="42" />
        <source>import a profile from an exported JSON file</source>
        <translation>import a profile from an exported JSON file</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="46" />
        <source>replace an existing profile of the same name</source>
        <translation>replace an existing profile of the same name</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="163" />
        <source>Give one password on standard input per call: --password-stdin or --imap-password-stdin.</source>
        <translation>Give one password on standard input per call: --password-stdin or --imap-password-stdin.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="169" />
        <source>No password was given on standard input.</source>
        <translation>No password was given on standard input.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="182" />
        <source>The settings were saved, but the password was not: {}</source>
        <translation>The settings were saved, but the password was not: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="186" />
        <source>Profile "{}" saved.</source>
        <translation>Profile "{}" saved.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="199" />
        <source>Cannot write {}: {}</source>
        <translation>Cannot write {}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/profile.py" line="215" />
        <source>Choose another name with --name NAME, or replace it with --overwrite.</source>
        <translation>Choose another name with --name NAME, or replace it with --overwrite.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="17" />
        <source>Server answer: {}</source>
        <translation>Server answer: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="18" />
        <source>What to do: {}</source>
        <translation>What to do: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="19" />
        <source>Stages: {}</source>
        <translation>Stages: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="20" />
        <source>There is no profile yet. Create one with: swyxon-desktop profile set NAME …</source>
        <translation>There is no profile yet. Create one with: swyxon-desktop profile set NAME …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="22" />
        <source>There are several profiles; choose one with --profile: {}</source>
        <translation>There are several profiles; choose one with --profile: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="23" />
        <source>List the profiles with: swyxon-desktop profile list</source>
        <translation>List the profiles with: swyxon-desktop profile list</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="24" />
        <source>Name the profile with --profile NAME.</source>
        <translation>Name the profile with --profile NAME.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="25" />
        <source>Create one with: swyxon-desktop profile set NAME --server HOST …</source>
        <translation>Create one with: swyxon-desktop profile set NAME --server HOST …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="26" />
        <source>Give --timeout in seconds, from 1 to 600.</source>
        <translation>Give --timeout in seconds, from 1 to 600.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="27" />
        <source>Interrupted (Ctrl+C); nothing more was sent.</source>
        <translation>Interrupted (Ctrl+C); nothing more was sent.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/common.py" line="28" />
        <source>Run the command again when you are ready.</source>
        <translation>Run the command again when you are ready.</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="45" />
        <source>The settings are not valid</source>
        <translation>The settings are not valid</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="46" />
        <source>The server name could not be resolved</source>
        <translation>The server name could not be resolved</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="47" />
        <source>The server refused the connection</source>
        <translation>The server refused the connection</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="48" />
        <source>The server did not answer in time</source>
        <translation>The server did not answer in time</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="49" />
        <source>The encrypted connection could not be established</source>
        <translation>The encrypted connection could not be established</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="50" />
        <source>The server's certificate is not trusted</source>
        <translation>The server's certificate is not trusted</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="51" />
        <source>The server does not offer STARTTLS</source>
        <translation>The server does not offer STARTTLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="52" />
        <source>The authentication method is not offered</source>
        <translation>The authentication method is not offered</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="53" />
        <source>Authentication failed</source>
        <translation>Authentication failed</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="54" />
        <source>Credentials would travel unencrypted</source>
        <translation>Credentials would travel unencrypted</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="55" />
        <source>The server rejected the sender address</source>
        <translation>The server rejected the sender address</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="56" />
        <source>The server rejected the recipient</source>
        <translation>The server rejected the recipient</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="57" />
        <source>The server rejected the message</source>
        <translation>The server rejected the message</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="58" />
        <source>The server is not available</source>
        <translation>The server is not available</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="59" />
        <source>The server answered something unexpected</source>
        <translation>The server answered something unexpected</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="60" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="61" />
        <source>The keychain is not available</source>
        <translation>The keychain is not available</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="62" />
        <source>The test message did not arrive in time</source>
        <translation>The test message did not arrive in time</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="63" />
        <source>The test message arrived in the junk folder</source>
        <translation>The test message arrived in the junk folder</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="64" />
        <source>The login to the mailbox failed</source>
        <translation>The login to the mailbox failed</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="68" />
        <source>Correct the marked fields and try again.</source>
        <translation>Correct the marked fields and try again.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="69" />
        <source>Check the spelling of the SMTP server and that this computer can resolve it (DNS, VPN).</source>
        <translation>Check the spelling of the SMTP server and that this computer can resolve it (DNS, VPN).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="71" />
        <source>Nothing accepts connections on this port. Check the SMTP port (usually 587 for STARTTLS, 465 for SSL/TLS, 25 for server-to-server) and any firewall in between.</source>
        <translation>Nothing accepts connections on this port. Check the SMTP port (usually 587 for STARTTLS, 465 for SSL/TLS, 25 for server-to-server) and any firewall in between.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="74" />
        <source>A firewall may drop the connection, or the port expects a different security mode. Check the SMTP port and the TLS mode.</source>
        <translation>A firewall may drop the connection, or the port expects a different security mode. Check the SMTP port and the TLS mode.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="77" />
        <source>The port and the TLS mode probably do not match: use STARTTLS on port 587 or 25, SSL/TLS (implicit) on port 465.</source>
        <translation>The port and the TLS mode probably do not match: use STARTTLS on port 587 or 25, SSL/TLS (implicit) on port 465.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="80" />
        <source>Use the server's exact DNS name, add the issuing CA file, or trust this certificate explicitly after checking its fingerprint.</source>
        <translation>Use the server's exact DNS name, add the issuing CA file, or trust this certificate explicitly after checking its fingerprint.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="83" />
        <source>The server offers no encryption on this port. Try port 465 with SSL/TLS, or ask the mail administrator to enable STARTTLS. The password is never sent unencrypted.</source>
        <translation>The server offers no encryption on this port. Try port 465 with SSL/TLS, or ask the mail administrator to enable STARTTLS. The password is never sent unencrypted.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="86" />
        <source>Choose one of the methods the server offers, or Automatic.</source>
        <translation>Choose one of the methods the server offers, or Automatic.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="88" />
        <source>Check the user name and password. Some providers require an app password or enabling SMTP access for the account.</source>
        <translation>Check the user name and password. Some providers require an app password or enabling SMTP access for the account.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="91" />
        <source>Turn on Use SSL, or allow unencrypted authentication explicitly if this network is trusted.</source>
        <translation>Turn on Use SSL, or allow unencrypted authentication explicitly if this network is trusted.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="93" />
        <source>The domain of the sender address (e.g. @firma.de in SwyxWare@firma.de) should be one the mail server manages; some servers require the address to be registered for the account.</source>
        <translation>The domain of the sender address (e.g. @firma.de in SwyxWare@firma.de) should be one the mail server manages; some servers require the address to be registered for the account.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="96" />
        <source>Check the recipient address. The server may refuse to relay without authentication.</source>
        <translation>Check the recipient address. The server may refuse to relay without authentication.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="98" />
        <source>The server refused the content after DATA (spam filter, size or policy). See the server's text for the reason.</source>
        <translation>The server refused the content after DATA (spam filter, size or policy). See the server's text for the reason.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="101" />
        <source>The server is busy or shutting down (4xx). Try again later or ask the mail administrator.</source>
        <translation>The server is busy or shutting down (4xx). Try again later or ask the mail administrator.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="103" />
        <source>This may not be an SMTP server, or the port expects TLS from the first byte (try SSL/TLS implicit on port 465).</source>
        <translation>This may not be an SMTP server, or the port expects TLS from the first byte (try SSL/TLS implicit on port 465).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="106" />
        <source>The run was cancelled before it finished.</source>
        <translation>The run was cancelled before it finished.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="107" />
        <source>Unlock or install the system keychain (Windows Credential Manager, GNOME Keyring or KWallet). Passwords are never stored in a file.</source>
        <translation>Unlock or install the system keychain (Windows Credential Manager, GNOME Keyring or KWallet). Passwords are never stored in a file.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="110" />
        <source>The relay accepted the message, but it has not reached the mailbox. Search the relay's log for the Message-ID (queued, bounced, deferred?), check the receiver's quarantine, and whether the right folders are searched; a slow receiver may need a longer wait.</source>
        <translation>The relay accepted the message, but it has not reached the mailbox. Search the relay's log for the Message-ID (queued, bounced, deferred?), check the receiver's quarantine, and whether the right folders are searched; a slow receiver may need a longer wait.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="114" />
        <source>Receivers treat mail from this sender through this relay as spam. Check the SPF, DKIM and DMARC verdicts and the spam headers: usually the relay's IP is missing from the sender domain's SPF record, or the message is not signed.</source>
        <translation>Receivers treat mail from this sender through this relay as spam. Check the SPF, DKIM and DMARC verdicts and the spam headers: usually the relay's IP is missing from the sender domain's SPF record, or the message is not signed.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/failures.py" line="118" />
        <source>Check the IMAP user name and password of the confirmation mailbox. Some providers require an app password or enabling IMAP access for the account.</source>
        <translation>Check the IMAP user name and password of the confirmation mailbox. Some providers require an app password or enabling IMAP access for the account.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../../swyxon_desktop/secrets.py" line="40" />
        <source>No system keychain is available ({}).</source>
        <translation>No system keychain is available ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/secrets.py" line="41" />
        <source>The keychain backend {} keeps passwords in a file or nowhere; it is refused.</source>
        <translation>The keychain backend {} keeps passwords in a file or nowhere; it is refused.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/secrets.py" line="43" />
        <source>The keychain refused the request: {}</source>
        <translation>The keychain refused the request: {}</translation>
    </message>
</context>
<context>
    <name>MailReport</name>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="112" />
        <source>SMTP server</source>
        <extracomment>The report's context for :attr:`Field.report`; the CLI's for the help texts in :attr:`Field.cli`. The MailSettings attribute (or "password" / "imap_password", which are no settings). The object name of its editor in the .ui (focused on an error, gets the error as description). The object name of its error label, None when it has none. The object names of the widgets enabled and disabled with it (label, editor, buttons, help). None, or a function of the settings that says whether the field is enabled. For a CHOICE: the enum members in the order of the combo box (and of the CLI's choices). Its label in the text report (context "MailReport"), None when the report leaves it out. The report shows "—" while the field is disabled (not its value). Its option on ``profile set``, None when the CLI does not set it. Every field, in the order of the window's forms (the order errors are focused in).</extracomment>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="115" />
        <source>SMTP port</source>
        <translation>SMTP port</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="119" />
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="123" />
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="126" />
        <source>Use SSL</source>
        <translation>Use SSL</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="131" />
        <source>TLS mode</source>
        <translation>TLS mode</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="137" />
        <source>Additional CA file</source>
        <translation>Additional CA file</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="142" />
        <source>Trusted certificate (SHA-256)</source>
        <translation>Trusted certificate (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="145" />
        <source>SMTP authentication</source>
        <translation>SMTP authentication</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="151" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="156" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/fields.py" line="165" />
        <source>Unencrypted authentication allowed</source>
        <translation>Unencrypted authentication allowed</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="37" />
        <source>The file contained a password; it was not imported. Enter it here: it is kept in the keychain only.</source>
        <translation>The file contained a password; it was not imported. Enter it here: it is kept in the keychain only.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="39" />
        <source>The file trusted a server certificate by its fingerprint; that was not taken over. Check the server and trust its certificate on this computer if it is the right one.</source>
        <translation>The file trusted a server certificate by its fingerprint; that was not taken over. Check the server and trust its certificate on this computer if it is the right one.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="42" />
        <source>The file trusted the IMAP server's certificate by its fingerprint; that was not taken over. Trust it on this computer after checking it, if it is the right one.</source>
        <translation>The file trusted the IMAP server's certificate by its fingerprint; that was not taken over. Trust it on this computer after checking it, if it is the right one.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="45" />
        <source>The CA file named in the file does not exist on this computer; choose it again if the server needs it.</source>
        <translation>The CA file named in the file does not exist on this computer; choose it again if the server needs it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="87" />
        <source>There is no profile named "{}".</source>
        <translation>There is no profile named "{}".</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="93" />
        <source>A profile named "{}" exists already.</source>
        <translation>A profile named "{}" exists already.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="101" />
        <source>The profile "{}" was changed by another program since it was loaded.</source>
        <translation>The profile "{}" was changed by another program since it was loaded.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="108" />
        <source>The settings are not valid: {}</source>
        <translation>The settings are not valid: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="246" />
        <source>The settings file could not be read ({}). It was moved aside to {} and the application started with no profiles.</source>
        <translation>The settings file could not be read ({}). It was moved aside to {} and the application started with no profiles.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="258" />
        <source>The settings file {} cannot be read: {}. Nothing will be saved until this is fixed.</source>
        <translation>The settings file {} cannot be read: {}. Nothing will be saved until this is fixed.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="265" />
        <source>it is not UTF-8 text</source>
        <translation>it is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="269" />
        <source>it is not valid JSON: line {}, column {}</source>
        <translation>it is not valid JSON: line {}, column {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="273" />
        <source>it contains no list of profiles</source>
        <translation>it contains no list of profiles</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="277" />
        <source>it has no schema version</source>
        <translation>it has no schema version</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="281" />
        <source>The settings file was written by a newer version (schema {}). It is shown read-only and will not be changed.</source>
        <translation>The settings file was written by a newer version (schema {}). It is shown read-only and will not be changed.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="298" />
        <source>These profiles could not be read and are not shown: {}. They stay in the file unchanged; a copy of the file is kept as {}.</source>
        <translation>These profiles could not be read and are not shown: {}. They stay in the file unchanged; a copy of the file is kept as {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="406" />
        <source>The file {} cannot be read: {}</source>
        <translation>The file {} cannot be read: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="409" />
        <source>The file {} is not valid JSON: {}</source>
        <translation>The file {} is not valid JSON: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="413" />
        <source>The file {} is not an exported SwyxON Desktop profile.</source>
        <translation>The file {} is not an exported SwyxON Desktop profile.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="416" />
        <source>The file {} was exported by a newer version (schema {}).</source>
        <translation>The file {} was exported by a newer version (schema {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/store.py" line="427" />
        <source>The file {} has invalid settings: {}</source>
        <translation>The file {} has invalid settings: {}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="183" />
        <source>Enter the SMTP server: a name, DNS name or IP address.</source>
        <extracomment>The usual port of each IMAP security mode (the window and the CLI switch to it with the mode).</extracomment>
        <translation>Enter the SMTP server: a name, DNS name or IP address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="184" />
        <source>The server name must not contain spaces.</source>
        <translation>The server name must not contain spaces.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="185" />
        <source>The server name is longer than 253 characters.</source>
        <translation>The server name is longer than 253 characters.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="186" />
        <source>The server name has an empty part (two dots in a row, or a leading dot).</source>
        <translation>The server name has an empty part (two dots in a row, or a leading dot).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="188" />
        <source>The part "{}" of the server name is longer than 63 characters.</source>
        <translation>The part "{}" of the server name is longer than 63 characters.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="190" />
        <source>The part "{}" of the server name may only contain letters, digits and hyphens, and must not start or end with a hyphen.</source>
        <translation>The part "{}" of the server name may only contain letters, digits and hyphens, and must not start or end with a hyphen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="193" />
        <source>"{}" is not a valid IP address.</source>
        <translation>"{}" is not a valid IP address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="194" />
        <source>The international server name cannot be encoded: {}</source>
        <translation>The international server name cannot be encoded: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="195" />
        <source>The SMTP port must be a number from 1 to 65535.</source>
        <translation>The SMTP port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="196" />
        <source>Enter the sender address, e.g. SwyxWare@firma.de.</source>
        <translation>Enter the sender address, e.g. SwyxWare@firma.de.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="197" />
        <source>The sender address is not valid: {}</source>
        <translation>The sender address is not valid: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="199" />
        <source>The address needs an @ sign, e.g. SwyxWare@firma.de.</source>
        <translation>The address needs an @ sign, e.g. SwyxWare@firma.de.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="200" />
        <source>Enter the domain after the @ sign, e.g. @firma.de.</source>
        <translation>Enter the domain after the @ sign, e.g. @firma.de.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="201" />
        <source>Enter the name before the @ sign.</source>
        <translation>Enter the name before the @ sign.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="202" />
        <source>The address must not contain two dots in a row, or a dot or hyphen at the start or end of a part.</source>
        <translation>The address must not contain two dots in a row, or a dot or hyphen at the start or end of a part.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="205" />
        <source>The domain after the @ sign needs a dot, e.g. firma.de.</source>
        <translation>The domain after the @ sign needs a dot, e.g. firma.de.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="206" />
        <source>The domain after the @ sign does not end in a valid top-level domain (such as .de).</source>
        <translation>The domain after the @ sign does not end in a valid top-level domain (such as .de).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="208" />
        <source>The domain after the @ sign is a reserved name that cannot be used for mail.</source>
        <translation>The domain after the @ sign is a reserved name that cannot be used for mail.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="210" />
        <source>The address contains characters that are not allowed.</source>
        <translation>The address contains characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="211" />
        <source>The address is too long.</source>
        <translation>The address is too long.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="212" />
        <source>Enter only the address, without a name or angle brackets.</source>
        <translation>Enter only the address, without a name or angle brackets.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="214" />
        <source>An IP address after the @ sign is not allowed here; use the domain name.</source>
        <translation>An IP address after the @ sign is not allowed here; use the domain name.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="216" />
        <source>Use a normal @ sign.</source>
        <translation>Use a normal @ sign.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="217" />
        <source>Quotation marks are not allowed in the address.</source>
        <translation>Quotation marks are not allowed in the address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="218" />
        <source>International characters before the @ sign are not supported.</source>
        <translation>International characters before the @ sign are not supported.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="241" />
        <source>Enter the user name for SMTP authentication.</source>
        <translation>Enter the user name for SMTP authentication.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="242" />
        <source>Enter the password for SMTP authentication.</source>
        <translation>Enter the password for SMTP authentication.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="243" />
        <source>Warning: SSL is off and unencrypted authentication is allowed: the user name and password travel unencrypted to this server. Use it only on a trusted network.</source>
        <translation>Warning: SSL is off and unencrypted authentication is allowed: the user name and password travel unencrypted to this server. Use it only on a trusted network.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="246" />
        <source>Warning: SSL is off and SMTP authentication is on, so the password would travel unencrypted. A test mail does not send it unless unencrypted authentication is allowed (in the profile or for one run).</source>
        <translation>Warning: SSL is off and SMTP authentication is on, so the password would travel unencrypted. A test mail does not send it unless unencrypted authentication is allowed (in the profile or for one run).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="250" />
        <source>The CA file {} does not exist.</source>
        <translation>The CA file {} does not exist.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="251" />
        <source>The CA file {} is not a regular file (it is a folder, a pipe or a device).</source>
        <translation>The CA file {} is not a regular file (it is a folder, a pipe or a device).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="253" />
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>The timeout must be between 1 and 600 seconds.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="254" />
        <source>The pinned fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation>The pinned fingerprint must be 64 hexadecimal digits (SHA-256).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="256" />
        <source>Line breaks and control characters are not allowed.</source>
        <translation>Line breaks and control characters are not allowed.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="257" />
        <source>The IMAP port must be a number from 1 to 65535.</source>
        <translation>The IMAP port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="258" />
        <source>Enter the user name of the confirmation mailbox.</source>
        <translation>Enter the user name of the confirmation mailbox.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="259" />
        <source>Enter the password of the confirmation mailbox.</source>
        <translation>Enter the password of the confirmation mailbox.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="260" />
        <source>Separate the folder names with commas; a name must not be empty or contain quotation marks.</source>
        <translation>Separate the folder names with commas; a name must not be empty or contain quotation marks.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="262" />
        <source>Enter a profile name.</source>
        <translation>Enter a profile name.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="263" />
        <source>The profile name is longer than 80 characters.</source>
        <translation>The profile name is longer than 80 characters.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/settings.py" line="264" />
        <source>The profile name must not contain control characters or start or end with a space.</source>
        <translation>The profile name must not contain control characters or start or end with a space.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="29" />
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="30" />
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="31" />
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="32" />
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="33" />
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="34" />
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="35" />
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="36" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="37" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="38" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="39" />
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="40" />
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="41" />
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="42" />
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="43" />
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="44" />
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="45" />
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="46" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="47" />
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="48" />
        <source>unexpected option string: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="49" />
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/cli.py" line="50" />
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>can't open '%(filename)s': %(error)s</translation>
    </message>
</context>
</TS>