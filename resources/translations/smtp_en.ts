<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="19" />
        <source>Test mail sent to {} (profile "{}") in {} s.</source>
        <translation>Test mail sent to {} (profile "{}") in {} s.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="20" />
        <source>Test mail failed (profile "{}"): {}</source>
        <translation>Test mail failed (profile "{}"): {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="21" />
        <source>Message-ID: {}</source>
        <translation>Message-ID: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="22" />
        <source>Stage: {}</source>
        <translation>Stage: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="23" />
        <source>Transcript (passwords removed):</source>
        <translation>Transcript (passwords removed):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="24" />
        <source>Server {}, port {} ({}), profile "{}"</source>
        <translation>Server {}, port {} ({}), profile "{}"</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="25" />
        <source>Greeting: {}</source>
        <translation>Greeting: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="26" />
        <source>Capabilities before TLS: {}</source>
        <translation>Capabilities before TLS: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="27" />
        <source>Capabilities behind TLS: {}</source>
        <translation>Capabilities behind TLS: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="28" />
        <source>Capabilities: {}</source>
        <translation>Capabilities: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="29" />
        <source>TLS: {} {} ({} bits)</source>
        <translation>TLS: {} {} ({} bits)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="30" />
        <source>Certificate: {}</source>
        <translation>Certificate: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="31" />
        <source>  issued by: {}</source>
        <translation>  issued by: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="32" />
        <source>  names: {}</source>
        <translation>  names: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="33" />
        <source>  valid: {} to {}</source>
        <translation>  valid: {} to {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="34" />
        <source>  SHA-256: {}</source>
        <translation>  SHA-256: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="35" />
        <source>  verified by a trusted CA</source>
        <translation>  verified by a trusted CA</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="36" />
        <source>  trusted by its pinned fingerprint (not verified: {})</source>
        <translation>  trusted by its pinned fingerprint (not verified: {})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="37" />
        <source>  NOT trusted: {}</source>
        <translation>  NOT trusted: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="38" />
        <source>Ports:</source>
        <translation>Ports:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="39" />
        <source>The configured settings reach the server.</source>
        <translation>The configured settings reach the server.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="40" />
        <source>The configured settings do not work: {}</source>
        <translation>The configured settings do not work: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="41" />
        <source>Recommendation: {}</source>
        <translation>Recommendation: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="42" />
        <source>  to apply: swyxon-desktop profile set "{}" {}</source>
        <translation>  to apply: swyxon-desktop profile set "{}" {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="43" />
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="44" />
        <source>skipped (answered the other way)</source>
        <translation>skipped (answered the other way)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="45" />
        <source>certificate trusted</source>
        <translation>certificate trusted</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="46" />
        <source>certificate NOT trusted</source>
        <translation>certificate NOT trusted</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="47" />
        <source>no encryption</source>
        <translation>no encryption</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="51" />
        <source>send a test mail with a profile's settings and report each stage</source>
        <translation>send a test mail with a profile's settings and report each stage</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="53" />
        <location filename="../../swyxon_desktop/commands/mail.py" line="70" />
        <source>the profile to use (default: the only one)</source>
        <translation>the profile to use (default: the only one)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="55" />
        <source>the recipient</source>
        <translation>the recipient</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="56" />
        <location filename="../../swyxon_desktop/commands/mail.py" line="72" />
        <source>seconds per network operation (default: the profile's timeout)</source>
        <translation>seconds per network operation (default: the profile's timeout)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="58" />
        <location filename="../../swyxon_desktop/commands/mail.py" line="74" />
        <source>print one JSON object</source>
        <translation>print one JSON object</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="59" />
        <source>print the SMTP dialogue (passwords removed)</source>
        <translation>print the SMTP dialogue (passwords removed)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="61" />
        <source>for this run only: send the user name and password even though SSL is off (trusted networks only)</source>
        <translation>for this run only: send the user name and password even though SSL is off (trusted networks only)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="63" />
        <location filename="../../swyxon_desktop/commands/mail.py" line="75" />
        <source>also write the diagnostics report (JSON, no password) to FILE</source>
        <translation>also write the diagnostics report (JSON, no password) to FILE</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="68" />
        <source>check the server: capabilities, TLS, certificate, ports 25/465/587 (no credentials sent)</source>
        <translation>check the server: capabilities, TLS, certificate, ports 25/465/587 (no credentials sent)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="80" />
        <source>Check the address given with --to ({}).</source>
        <translation>Check the address given with --to ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="122" />
        <source>then wait for the message in the profile's IMAP mailbox and report where it arrived</source>
        <translation>then wait for the message in the profile's IMAP mailbox and report where it arrived</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="124" />
        <source>seconds to wait for the message after the server accepted it (default 120)</source>
        <translation>seconds to wait for the message after the server accepted it (default 120)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="126" />
        <source>delete the test message from the mailbox once found</source>
        <translation>delete the test message from the mailbox once found</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="128" />
        <source>then check the sender domain's DNS (SPF, DMARC) for the relay IP the receiver saw, and end with one verdict</source>
        <translation>then check the sender domain's DNS (SPF, DMARC) for the relay IP the receiver saw, and end with one verdict</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/mail.py" line="131" />
        <source>the name server for --dns-check (default: the system's resolver)</source>
        <translation>the name server for --dns-check (default: the system's resolver)</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="47" />
        <source>The sender address contains a line break, NUL or another control character.</source>
        <translation>The sender address contains a line break, NUL or another control character.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="49" />
        <source>The recipient address contains a line break, NUL or another control character.</source>
        <translation>The recipient address contains a line break, NUL or another control character.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="51" />
        <source>The sender address "{}" is not an e-mail address.</source>
        <translation>The sender address "{}" is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="52" />
        <source>The recipient address "{}" is not an e-mail address.</source>
        <translation>The recipient address "{}" is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="53" />
        <source>The profile name contains a line break, NUL or another control character.</source>
        <translation>The profile name contains a line break, NUL or another control character.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="55" />
        <source>SMTP authentication is on, but no user name is set.</source>
        <translation>SMTP authentication is on, but no user name is set.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="38" />
        <source>The name {} could not be resolved ({}).</source>
        <translation>The name {} could not be resolved ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="39" />
        <source>{} refused the connection on port {}.</source>
        <translation>{} refused the connection on port {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="40" />
        <source>{} cannot be reached on port {} ({}).</source>
        <translation>{} cannot be reached on port {} ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="41" />
        <source>No answer within {} seconds (stage {}).</source>
        <translation>No answer within {} seconds (stage {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="42" />
        <source>The overall time limit of {} seconds was reached (stage {}).</source>
        <translation>The overall time limit of {} seconds was reached (stage {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="43" />
        <source>Cancelled (stage {}).</source>
        <translation>Cancelled (stage {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="44" />
        <source>The server answered {} (stage {}).</source>
        <translation>The server answered {} (stage {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="45" />
        <source>The server closed the connection (stage {}).</source>
        <translation>The server closed the connection (stage {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="46" />
        <source>The server's answer is not SMTP (stage {}).</source>
        <translation>The server's answer is not SMTP (stage {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="47" />
        <source>The TLS handshake failed: {}</source>
        <translation>The TLS handshake failed: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="48" />
        <source>The TLS handshake failed: the server closed the connection.</source>
        <translation>The TLS handshake failed: the server closed the connection.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="49" />
        <source>The server's certificate was not accepted: {}</source>
        <translation>The server's certificate was not accepted: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="50" />
        <source>The certificate is not verified by a trusted CA, and its SHA-256 fingerprint {} is not the pinned one.</source>
        <translation>The certificate is not verified by a trusted CA, and its SHA-256 fingerprint {} is not the pinned one.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="53" />
        <source>The server does not offer STARTTLS on port {}.</source>
        <translation>The server does not offer STARTTLS on port {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="54" />
        <source>The server does not offer {}; it offers: {}.</source>
        <translation>The server does not offer {}; it offers: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="55" />
        <source>The server offers no authentication on this connection.</source>
        <translation>The server offers no authentication on this connection.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="56" />
        <source>The server offers none of CRAM-MD5, PLAIN, LOGIN; it offers: {}.</source>
        <translation>The server offers none of CRAM-MD5, PLAIN, LOGIN; it offers: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="58" />
        <source>Authentication is on but the connection is not encrypted; the user name and password were not sent.</source>
        <translation>Authentication is on but the connection is not encrypted; the user name and password were not sent.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="61" />
        <source>Authentication is on but the connection is not encrypted; a test mail would not send the user name and password.</source>
        <translation>Authentication is on but the connection is not encrypted; a test mail would not send the user name and password.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="64" />
        <source>The address {} contains non-ASCII characters, and the server does not offer SMTPUTF8.</source>
        <translation>The address {} contains non-ASCII characters, and the server does not offer SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="66" />
        <source>The CA file {} cannot be used: {}</source>
        <translation>The CA file {} cannot be used: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="67" />
        <source>The settings are not valid: {}</source>
        <translation>The settings are not valid: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="79" />
        <source>No password is stored for this profile.</source>
        <translation>No password is stored for this profile.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="80" />
        <source>Unexpected error (stage {}): {}</source>
        <translation>Unexpected error (stage {}): {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="81" />
        <source>The server accepted the test message for {}.</source>
        <translation>The server accepted the test message for {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="84" />
        <source>Accepted is not yet delivered: check the recipient's inbox and spam folder. If nothing arrives, the server's own logs know why (search for the Message-ID).</source>
        <translation>Accepted is not yet delivered: check the recipient's inbox and spam folder. If nothing arrives, the server's own logs know why (search for the Message-ID).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="87" />
        <source>The server accepted the connection but sent no greeting. If this port expects SSL/TLS from the first byte (usually 465), choose SSL/TLS (implicit).</source>
        <translation>The server accepted the connection but sent no greeting. If this port expects SSL/TLS from the first byte (usually 465), choose SSL/TLS (implicit).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="90" />
        <source>This port answers in plain SMTP, not TLS: choose STARTTLS (usually port 587 or 25), or use port 465 for SSL/TLS (implicit).</source>
        <translation>This port answers in plain SMTP, not TLS: choose STARTTLS (usually port 587 or 25), or use port 465 for SSL/TLS (implicit).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="93" />
        <source>The server and this computer agree on no TLS version or cipher. The mail administrator should enable TLS 1.2 or newer; see the reason for details.</source>
        <translation>The server and this computer agree on no TLS version or cipher. The mail administrator should enable TLS 1.2 or newer; see the reason for details.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="96" />
        <source>The server took too long to confirm the message (a slow content filter?). It may still arrive; increase the timeout if this repeats.</source>
        <translation>The server took too long to confirm the message (a slow content filter?). It may still arrive; increase the timeout if this repeats.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="99" />
        <source>The server requires SMTP authentication: turn on SMTP authentication and enter the user name and password.</source>
        <translation>The server requires SMTP authentication: turn on SMTP authentication and enter the user name and password.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="102" />
        <source>The server offers authentication only on an encrypted connection: turn on Use SSL.</source>
        <translation>The server offers authentication only on an encrypted connection: turn on Use SSL.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="104" />
        <source>The server requires encryption before authentication: turn on Use SSL.</source>
        <translation>The server requires encryption before authentication: turn on Use SSL.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="106" />
        <source>The server refused AUTH as out of sequence (503, e.g. 'already authenticated'), so the user name and password were not checked. The server does not follow the SMTP sequence here; ask its administrator, and see the transcript.</source>
        <translation>The server refused AUTH as out of sequence (503, e.g. 'already authenticated'), so the user name and password were not checked. The server does not follow the SMTP sequence here; ask its administrator, and see the transcript.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="110" />
        <source>The server could not check the credentials right now (temporary failure). Try again later.</source>
        <translation>The server could not check the credentials right now (temporary failure). Try again later.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="112" />
        <source>Use an address without umlauts or other non-ASCII characters before the @, or a server that supports SMTPUTF8.</source>
        <translation>Use an address without umlauts or other non-ASCII characters before the @, or a server that supports SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="115" />
        <source>The server closed the connection without an answer. It may limit connections from this address or reject this client; see the transcript.</source>
        <translation>The server closed the connection without an answer. It may limit connections from this address or reject this client; see the transcript.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="118" />
        <source>The server presents a different certificate than the one you trusted. Compare its fingerprint with the mail administrator before you trust it.</source>
        <translation>The server presents a different certificate than the one you trusted. Compare its fingerprint with the mail administrator before you trust it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="121" />
        <source>The certificate is issued for another name: enter the SMTP server exactly as named in the certificate, or trust this certificate explicitly after checking its fingerprint.</source>
        <translation>The certificate is issued for another name: enter the SMTP server exactly as named in the certificate, or trust this certificate explicitly after checking its fingerprint.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="124" />
        <source>The server's certificate has expired or is not yet valid (check this computer's clock). The mail administrator must renew it; trusting it explicitly is only a stop-gap.</source>
        <translation>The server's certificate has expired or is not yet valid (check this computer's clock). The mail administrator must renew it; trusting it explicitly is only a stop-gap.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="127" />
        <source>The certificate is not issued by a CA this computer trusts (self-signed or a private CA). Add the CA file, or trust exactly this certificate after checking its fingerprint.</source>
        <translation>The certificate is not issued by a CA this computer trusts (self-signed or a private CA). Add the CA file, or trust exactly this certificate after checking its fingerprint.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="130" />
        <source>The server refuses to talk to this computer. Ask the mail administrator to allow its address.</source>
        <translation>The server refuses to talk to this computer. Ask the mail administrator to allow its address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="132" />
        <source>Choose a readable PEM file with the CA certificate(s).</source>
        <translation>Choose a readable PEM file with the CA certificate(s).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="133" />
        <source>Enter the password and save the profile.</source>
        <translation>Enter the password and save the profile.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="134" />
        <source>The server offers no password method SwyxON supports (LOGIN, PLAIN, CRAM-MD5), only sign-in without a password such as OAuth2 or Kerberos (GSSAPI). The mail administrator can enable SMTP authentication with a password (basic authentication, "SMTP AUTH") for this account or connector, or SwyxON can send through a relay that accepts it.</source>
        <translation>The server offers no password method SwyxON supports (LOGIN, PLAIN, CRAM-MD5), only sign-in without a password such as OAuth2 or Kerberos (GSSAPI). The mail administrator can enable SMTP authentication with a password (basic authentication, "SMTP AUTH") for this account or connector, or SwyxON can send through a relay that accepts it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="139" />
        <source>The server considers this authentication method too weak here. Choose another method or Automatic.</source>
        <translation>The server considers this authentication method too weak here. Choose another method or Automatic.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="42" />
        <source>Port {} expects SSL/TLS from the first byte; without it the server sends no greeting.</source>
        <translation>Port {} expects SSL/TLS from the first byte; without it the server sends no greeting.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="44" />
        <source>Port {} answers in plain SMTP, not with TLS.</source>
        <translation>Port {} answers in plain SMTP, not with TLS.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="45" />
        <source>The check was cancelled; nothing is concluded from it.</source>
        <translation>The check was cancelled; nothing is concluded from it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/limits.py" line="25" />
        <source>The server sent a line of more than {} octets without a line end (stage {}).</source>
        <translation>The server sent a line of more than {} octets without a line end (stage {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/limits.py" line="27" />
        <source>The server sent a reply of more than {} lines (stage {}).</source>
        <translation>The server sent a reply of more than {} lines (stage {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/limits.py" line="29" />
        <source>The server does not keep to the limits of SMTP (a reply line has at most 512 octets, a reply a few lines): it sends an endless or over-long reply, so this program stopped reading. The server, or a filter or proxy in front of it, is faulty; show the mail administrator the transcript (its middle is left out).</source>
        <translation>The server does not keep to the limits of SMTP (a reply line has at most 512 octets, a reply a few lines): it sends an endless or over-long reply, so this program stopped reading. The server, or a filter or proxy in front of it, is faulty; show the mail administrator the transcript (its middle is left out).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/limits.py" line="34" />
        <source>The server sent its answer extremely slowly and had not finished it when the time ran out. The server may be overloaded, or slow down this client on purpose (a tarpit against spam); ask the mail administrator.</source>
        <translation>The server sent its answer extremely slowly and had not finished it when the time ran out. The server may be overloaded, or slow down this client on purpose (a tarpit against spam); ask the mail administrator.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/preflight.py" line="19" />
        <source>The server accepts the sender and the recipient {}; nothing was sent (check without sending).</source>
        <translation>The server accepts the sender and the recipient {}; nothing was sent (check without sending).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/preflight.py" line="21" />
        <source>Connection, encryption, sign-in, sender and recipient work. Whether mail arrives only a test mail shows.</source>
        <translation>Connection, encryption, sign-in, sender and recipient work. Whether mail arrives only a test mail shows.</translation>
    </message>
</context>
<context>
    <name>MailReport</name>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="39" />
        <source>Checking the settings</source>
        <extracomment>"prepare" has a title in the windows' reports only (context "MailReport"); the CLI names it by its id.</extracomment>
        <translation>Checking the settings</translation>
    </message>
</context>
<context>
    <name>Smtp</name>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="27" />
        <source>{} test mail (profile "{}")</source>
        <translation>{} test mail (profile "{}")</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="28" />
        <source>This is a test message from {}. It was sent with the following settings:</source>
        <translation>This is a test message from {}. It was sent with the following settings:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="30" />
        <source>If you can read this, the settings deliver mail. No reply is needed.</source>
        <translation>If you can read this, the settings deliver mail. No reply is needed.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="32" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="33" />
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="34" />
        <source>SMTP port</source>
        <translation>SMTP port</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="35" />
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="36" />
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="37" />
        <source>SMTP authentication</source>
        <translation>SMTP authentication</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="38" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="40" />
        <source>none (unencrypted)</source>
        <translation>none (unencrypted)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="41" />
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="42" />
        <source>SSL/TLS (implicit)</source>
        <translation>SSL/TLS (implicit)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="44" />
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/engine.py" line="45" />
        <source>{} as user "{}"</source>
        <translation>{} as user "{}"</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="23" />
        <source>Resolve the server name</source>
        <extracomment>The context of every title below: the CLI's failures, the GUI's stage lists and reports.</extracomment>
        <translation>Resolve the server name</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="24" />
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="25" />
        <source>Server greeting</source>
        <translation>Server greeting</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="26" />
        <source>EHLO (capabilities)</source>
        <translation>EHLO (capabilities)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="27" />
        <source>Encryption (TLS)</source>
        <translation>Encryption (TLS)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="28" />
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="29" />
        <source>Sender (MAIL FROM)</source>
        <translation>Sender (MAIL FROM)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="30" />
        <source>Recipient (RCPT TO)</source>
        <translation>Recipient (RCPT TO)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="31" />
        <source>Message (DATA)</source>
        <translation>Message (DATA)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="32" />
        <source>Close (QUIT)</source>
        <translation>Close (QUIT)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="33" />
        <source>Password from the keychain</source>
        <translation>Password from the keychain</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="34" />
        <source>Delivery (IMAP)</source>
        <translation>Delivery (IMAP)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/stages.py" line="35" />
        <source>DNS check (SPF, DMARC)</source>
        <translation>DNS check (SPF, DMARC)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="27" />
        <source>port {}</source>
        <translation>port {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="28" />
        <source>{} port {}</source>
        <translation>{} port {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="29" />
        <source>after TLS</source>
        <translation>after TLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="30" />
        <source>HELO (no extensions)</source>
        <translation>HELO (no extensions)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="31" />
        <source>{}, certificate verified</source>
        <translation>{}, certificate verified</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="32" />
        <source>{}, certificate trusted by its pinned fingerprint</source>
        <translation>{}, certificate trusted by its pinned fingerprint</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="33" />
        <source>{}, certificate NOT trusted (inspection only)</source>
        <translation>{}, certificate NOT trusted (inspection only)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="34" />
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/errors.py" line="35" />
        <source>{} as {}: {}</source>
        <translation>{} as {}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="34" />
        <source>Port {} with {} and {} works.</source>
        <translation>Port {} with {} and {} works.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="35" />
        <source>Port {} with {} works.</source>
        <translation>Port {} with {} works.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="36" />
        <source>The configured settings work: port {} with {} and {}.</source>
        <translation>The configured settings work: port {} with {} and {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="37" />
        <source>The configured settings work: port {} with {}.</source>
        <translation>The configured settings work: port {} with {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="38" />
        <source>Port {} with {} works once you trust the server's certificate (SHA-256 {}).</source>
        <translation>Port {} with {} works once you trust the server's certificate (SHA-256 {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="40" />
        <source>No port offers an encrypted connection with a usable authentication method.</source>
        <translation>No port offers an encrypted connection with a usable authentication method.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="46" />
        <source>Not needed: the port answered the other way.</source>
        <translation>Not needed: the port answered the other way.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/smtp/probe.py" line="47" />
        <source>Answers, but offers no STARTTLS (unencrypted only).</source>
        <translation>Answers, but offers no STARTTLS (unencrypted only).</translation>
    </message>
</context>
</TS>