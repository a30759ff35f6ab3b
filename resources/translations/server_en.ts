<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <translation>Faults (repeat --fault for several):
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
Stop with Ctrl+C or SIGTERM.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="35" />
        <source>run a local SMTP test server that behaves like a customer's server</source>
        <translation>run a local SMTP test server that behaves like a customer's server</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="37" />
        <source>Run a local SMTP test server that emulates a customer's mail server: its TLS mode, authentication methods and accounts, the sender domains it manages and its failures. Received mail is kept as .eml files.</source>
        <translation>Run a local SMTP test server that emulates a customer's mail server: its TLS mode, authentication methods and accounts, the sender domains it manages and its failures. Received mail is kept as .eml files.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="42" />
        <source>the address to listen on (default 127.0.0.1: this computer only; others get a warning)</source>
        <translation>the address to listen on (default 127.0.0.1: this computer only; others get a warning)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="44" />
        <source>the port (default 2525 without TLS, 2587 with STARTTLS, 2465 with implicit TLS; 0 = any free port)</source>
        <translation>the port (default 2525 without TLS, 2587 with STARTTLS, 2465 with implicit TLS; 0 = any free port)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="46" />
        <source>none, starttls (AUTH only after STARTTLS) or implicit (TLS from the first byte); the certificate comes from the local test CA</source>
        <translation>none, starttls (AUTH only after STARTTLS) or implicit (TLS from the first byte); the certificate comes from the local test CA</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="49" />
        <source>the authentication methods offered when a user is given (comma-separated; default LOGIN,PLAIN,CRAM-MD5)</source>
        <translation>the authentication methods offered when a user is given (comma-separated; default LOGIN,PLAIN,CRAM-MD5)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="52" />
        <source>an account that may authenticate (repeat for several); turns AUTH on: relaying only after AUTH</source>
        <translation>an account that may authenticate (repeat for several); turns AUTH on: relaying only after AUTH</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="54" />
        <source>read the passwords from standard input, one line per --user</source>
        <translation>read the passwords from standard input, one line per --user</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="56" />
        <source>the sender domains this server manages (comma-separated); other senders get 550 5.7.1. Default: any</source>
        <translation>the sender domains this server manages (comma-separated); other senders get 550 5.7.1. Default: any</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="59" />
        <source>the folder for received mail (.eml files); default: the app's data folder</source>
        <translation>the folder for received mail (.eml files); default: the app's data folder</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="61" />
        <source>reproduce an incident, e.g. greeting-421, rcpt-550, data-554, delay:data:5 (see below)</source>
        <translation>reproduce an incident, e.g. greeting-421, rcpt-550, data-554, delay:data:5 (see below)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="63" />
        <source>the server's name in its greeting and EHLO reply, e.g. a customer's provider's (default localhost)</source>
        <translation>the server's name in its greeting and EHLO reply, e.g. a customer's provider's (default localhost)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="66" />
        <source>machine-readable output: one JSON object per line</source>
        <translation>machine-readable output: one JSON object per line</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="86" />
        <source>Password for {}: </source>
        <translation>Password for {}: </translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="88" />
        <source>Give the passwords with --password-stdin (one line per --user).</source>
        <translation>Give the passwords with --password-stdin (one line per --user).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="91" />
        <source>No password was given for the user {}.</source>
        <translation>No password was given for the user {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="95" />
        <source>--password-stdin needs at least one --user.</source>
        <translation>--password-stdin needs at least one --user.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="244" />
        <source>Local test server listening on {} (TLS: {}).</source>
        <translation>Local test server listening on {} (TLS: {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="248" />
        <source>The local test CA was replaced by one that may sign only for localhost and loopback addresses. Clients must trust the new CA file; a trusted fingerprint changes once.</source>
        <translation>The local test CA was replaced by one that may sign only for localhost and loopback addresses. Clients must trust the new CA file; a trusted fingerprint changes once.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="252" />
        <source>Clients trust the CA file: {}</source>
        <translation>Clients trust the CA file: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="253" />
        <source>Server certificate SHA-256: {}</source>
        <translation>Server certificate SHA-256: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="255" />
        <source>Authentication: {} for {}</source>
        <translation>Authentication: {} for {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="258" />
        <source>Sender domains: {}</source>
        <translation>Sender domains: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="260" />
        <source>Faults: {}</source>
        <translation>Faults: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="261" />
        <source>Mailbox: {}</source>
        <translation>Mailbox: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="262" />
        <source>Stop with Ctrl+C.</source>
        <translation>Stop with Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/serve.py" line="272" />
        <source>The test server has stopped.</source>
        <translation>The test server has stopped.</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="55" />
        <source>Port {1} on {0} is already in use, so the test server cannot listen there.</source>
        <translation>Port {1} on {0} is already in use, so the test server cannot listen there.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="57" />
        <source>Choose another port, or stop the program that uses this one (port 0 picks a free port).</source>
        <translation>Choose another port, or stop the program that uses this one (port 0 picks a free port).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="59" />
        <source>This user may not listen on port {1} on {0}.</source>
        <translation>This user may not listen on port {1} on {0}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="60" />
        <source>Ports below 1024 need administrator rights; use a port such as 2525, 2587 or 2465.</source>
        <translation>Ports below 1024 need administrator rights; use a port such as 2525, 2587 or 2465.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="62" />
        <source>The address {0} does not belong to this computer.</source>
        <translation>The address {0} does not belong to this computer.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="63" />
        <source>Listen on 127.0.0.1 (this computer only), or give one of this computer's own addresses.</source>
        <translation>Listen on 127.0.0.1 (this computer only), or give one of this computer's own addresses.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="65" />
        <source>The test server cannot listen on {0} port {1}: {2}</source>
        <translation>The test server cannot listen on {0} port {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="66" />
        <source>The server certificate cannot be loaded: {2}</source>
        <translation>The server certificate cannot be loaded: {2}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="67" />
        <source>Check the certificate and key files (PEM), or leave them empty to use the local test CA.</source>
        <translation>Check the certificate and key files (PEM), or leave them empty to use the local test CA.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="69" />
        <source>The test server did not start in time.</source>
        <translation>The test server did not start in time.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="70" />
        <source>The mailbox folder {2} cannot be used: {3}</source>
        <translation>The mailbox folder {2} cannot be used: {3}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/server.py" line="71" />
        <source>Choose a folder you may write to.</source>
        <translation>Choose a folder you may write to.</translation>
    </message>
</context>
<context>
    <name>LocalServerWindow</name>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="145" />
        <source>Enter the user name the clients authenticate with.</source>
        <translation>Enter the user name the clients authenticate with.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="147" />
        <source>Enter the password for the user {}.</source>
        <translation>Enter the password for the user {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="149" />
        <source>Choose at least one authentication method.</source>
        <translation>Choose at least one authentication method.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="190" />
        <source>Stopped. The received messages stay in the mailbox folder.</source>
        <translation>Stopped. The received messages stay in the mailbox folder.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="213" />
        <source>Listening on {} ({}).</source>
        <translation>Listening on {} ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="215" />
        <source>Clients trust the CA file {}</source>
        <translation>Clients trust the CA file {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="216" />
        <source>Server certificate SHA-256: {}</source>
        <translation>Server certificate SHA-256: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="217" />
        <source>Mailbox: {}</source>
        <translation>Mailbox: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="258" />
        <source>Listening on {}</source>
        <translation>Listening on {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="260" />
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="262" />
        <source>Connection from {}</source>
        <translation>Connection from {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="266" />
        <source>Authenticated as {} ({})</source>
        <translation>Authenticated as {} ({})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="267" />
        <source>Authentication as {} rejected ({})</source>
        <translation>Authentication as {} rejected ({})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="269" />
        <source>Message received from &lt;{}&gt; for {}</source>
        <translation>Message received from &lt;{}&gt; for {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="273" />
        <source>Refused at {}: {} {}</source>
        <translation>Refused at {}: {} {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="275" />
        <source>Connection closed</source>
        <translation>Connection closed</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="312" />
        <source>Envelope sender: &lt;{}&gt;</source>
        <translation>Envelope sender: &lt;{}&gt;</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="313" />
        <source>Envelope recipients: {}</source>
        <translation>Envelope recipients: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="314" />
        <source>Authenticated user: {}</source>
        <translation>Authenticated user: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="315" />
        <source>File: {}</source>
        <translation>File: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="351" />
        <source>Local test server ({}, port {})</source>
        <translation>Local test server ({}, port {})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="364" />
        <source>Name of the new profile:</source>
        <translation>Name of the new profile:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="366" />
        <source>The profile trusts the local test CA. Server certificate SHA-256:
{}</source>
        <translation>The profile trusts the local test CA. Server certificate SHA-256:
{}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="368" />
        <source>Use in a new profile</source>
        <translation>Use in a new profile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="374" />
        <source>A profile named "{}" exists already; choose another name.</source>
        <translation>A profile named "{}" exists already; choose another name.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="412" />
        <source>The profile "{}" was created, but its password could not be stored: {}</source>
        <translation>The profile "{}" was created, but its password could not be stored: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="415" />
        <source>The profile "{}" now points at this server.</source>
        <translation>The profile "{}" now points at this server.</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="9" />
        <source>Local test server</source>
        <translation>Local test server</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="19" />
        <source>An SMTP server on this computer that behaves like a customer's server: its TLS mode, its authentication methods and account, the sender domains it manages and its failures. It accepts connections from this computer only (127.0.0.1).</source>
        <translation>An SMTP server on this computer that behaves like a customer's server: its TLS mode, its authentication methods and account, the sender domains it manages and its failures. It accepts connections from this computer only (127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="28" />
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="33" />
        <source>&amp;TLS mode</source>
        <translation>&amp;TLS mode</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="39" />
        <source>How clients must encrypt: not at all, STARTTLS after the greeting (AUTH only after it), or TLS from the first byte</source>
        <translation>How clients must encrypt: not at all, STARTTLS after the greeting (AUTH only after it), or TLS from the first byte</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="40" />
        <source>None (unencrypted)</source>
        <translation>None (unencrypted)</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="41" />
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="42" />
        <source>SSL/TLS (implicit)</source>
        <translation>SSL/TLS (implicit)</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="47" />
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="53" />
        <source>The port to listen on; 0 picks a free port</source>
        <translation>The port to listen on; 0 picks a free port</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="54" />
        <source>any free port</source>
        <translation>any free port</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="62" />
        <source>Sender &amp;domains</source>
        <translation>Sender &amp;domains</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="68" />
        <source>any domain</source>
        <translation>any domain</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="69" />
        <source>The domains this server manages, separated by commas (e.g. firma.de, firma.at). Other senders get 550 5.7.1.</source>
        <translation>The domains this server manages, separated by commas (e.g. firma.de, firma.at). Other senders get 550 5.7.1.</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="77" />
        <source>SMTP authentication</source>
        <translation>SMTP authentication</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="80" />
        <source>When on, the server relays only after AUTH (530 5.7.0 otherwise) and wrong credentials get 535 5.7.8</source>
        <translation>When on, the server relays only after AUTH (530 5.7.0 otherwise) and wrong credentials get 535 5.7.8</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="85" />
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="112" />
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="121" />
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="135" />
        <source>Faults to reproduce</source>
        <translation>Faults to reproduce</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="139" />
        <source>Refuse at the greeting (421)</source>
        <translation>Refuse at the greeting (421)</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="144" />
        <source>Reject every recipient (550 5.1.1)</source>
        <translation>Reject every recipient (550 5.1.1)</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="149" />
        <source>Reject the message after DATA (554 5.6.0)</source>
        <translation>Reject the message after DATA (554 5.6.0)</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="154" />
        <source>Delay the reply to</source>
        <translation>Delay the reply to</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="159" />
        <source>Delayed stage</source>
        <translation>Delayed stage</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/server_window.py" line="272" />
        <location filename="../../ui/server_window.ui" line="160" />
        <source>the greeting</source>
        <translation>the greeting</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="165" />
        <source>the end of DATA</source>
        <translation>the end of DATA</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="170" />
        <source>Delay in seconds</source>
        <translation>Delay in seconds</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="171" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="188" />
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="189" />
        <source>Start the server with this policy</source>
        <translation>Start the server with this policy</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="194" />
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="200" />
        <source>Use in a &amp;new profile…</source>
        <translation>Use in a &amp;new profile…</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="202" />
        <source>Create a profile that points at this server and trusts its local CA, so that Send test mail works at once</source>
        <translation>Create a profile that points at this server and trusts its local CA, so that Send test mail works at once</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="207" />
        <source>Open &amp;mailbox folder</source>
        <translation>Open &amp;mailbox folder</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="220" />
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="237" />
        <source>Session &amp;log</source>
        <translation>Session &amp;log</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="258" />
        <source>&amp;Received messages</source>
        <translation>&amp;Received messages</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="270" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="271" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="272" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="273" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="277" />
        <source>Message headers and body</source>
        <translation>Message headers and body</translation>
    </message>
    <message>
        <location filename="../../ui/server_window.ui" line="278" />
        <source>Select a message to see its headers and body.</source>
        <translation>Select a message to see its headers and body.</translation>
    </message>
</context>
<context>
    <name>TestServer</name>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="53" />
        <source>"{}" is not a fault. Write STAGE-CODE (e.g. greeting-421, rcpt-550, data-554) or delay:STAGE:SECONDS (e.g. delay:data:5).</source>
        <translation>"{}" is not a fault. Write STAGE-CODE (e.g. greeting-421, rcpt-550, data-554) or delay:STAGE:SECONDS (e.g. delay:data:5).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="56" />
        <source>"{}" is not a stage; choose one of: {}.</source>
        <translation>"{}" is not a stage; choose one of: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="57" />
        <source>"{}" is not a rejection code; use a 4xx (temporary) or 5xx (permanent) SMTP reply code.</source>
        <translation>"{}" is not a rejection code; use a 4xx (temporary) or 5xx (permanent) SMTP reply code.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="59" />
        <source>At the greeting only 421 and 554 are allowed.</source>
        <translation>At the greeting only 421 and 554 are allowed.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="60" />
        <source>A fault's reply text must be printable ASCII on one line, at most 400 characters.</source>
        <translation>A fault's reply text must be printable ASCII on one line, at most 400 characters.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="62" />
        <source>The delay must be a number of seconds from 0 to 600, not "{}".</source>
        <translation>The delay must be a number of seconds from 0 to 600, not "{}".</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="63" />
        <source>"{}" is not a TLS mode; choose none, starttls or implicit.</source>
        <translation>"{}" is not a TLS mode; choose none, starttls or implicit.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="64" />
        <source>"{}" is not an authentication method; choose from LOGIN, PLAIN, CRAM-MD5.</source>
        <translation>"{}" is not an authentication method; choose from LOGIN, PLAIN, CRAM-MD5.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="66" />
        <source>The port must be a number from 0 to 65535 (0 = any free port).</source>
        <translation>The port must be a number from 0 to 65535 (0 = any free port).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="67" />
        <source>"{}" is not a domain name.</source>
        <translation>"{}" is not a domain name.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="68" />
        <source>A user name must not be empty or contain spaces or control characters.</source>
        <translation>A user name must not be empty or contain spaces or control characters.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="70" />
        <source>The user "{}" needs a password.</source>
        <translation>The user "{}" needs a password.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="71" />
        <source>With users, choose at least one authentication method.</source>
        <translation>With users, choose at least one authentication method.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="72" />
        <source>"{}" is not an address to listen on.</source>
        <translation>"{}" is not an address to listen on.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/testserver/policy.py" line="73" />
        <source>Warning: the test server listens on {}, not only on this computer. Other machines can connect to it; it accepts mail for anyone who knows the test credentials.</source>
        <translation>Warning: the test server listens on {}, not only on this computer. Other machines can connect to it; it accepts mail for anyone who knows the test credentials.</translation>
    </message>
</context>
</TS>