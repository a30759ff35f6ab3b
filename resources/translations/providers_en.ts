<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="18" />
        <source>Detecting settings for {} (domain {})</source>
        <translation>Detecting settings for {} (domain {})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="19" />
        <source>Looked up:</source>
        <translation>Looked up:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="20" />
        <source>Candidates (checked without credentials):</source>
        <translation>Candidates (checked without credentials):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="21" />
        <source>Candidates (not checked):</source>
        <translation>Candidates (not checked):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="22" />
        <source>from: {}</source>
        <translation>from: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="23" />
        <source>Nothing was saved. To use the suggestion:</source>
        <translation>Nothing was saved. To use the suggestion:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="24" />
        <source>No candidates.</source>
        <translation>No candidates.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="28" />
        <source>find the SMTP settings of a sender address: DNS SRV, autoconfig, the providers table; then check what answers (no credentials, nothing saved)</source>
        <translation>find the SMTP settings of a sender address: DNS SRV, autoconfig, the providers table; then check what answers (no credentials, nothing saved)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="33" />
        <source>ask this DNS server for every name (SRV, MX, the autoconfig and SMTP hosts) instead of the system's</source>
        <translation>ask this DNS server for every name (SRV, MX, the autoconfig and SMTP hosts) instead of the system's</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="36" />
        <source>an extra trusted CA certificate file (PEM) for the autoconfig and SMTP servers</source>
        <translation>an extra trusted CA certificate file (PEM) for the autoconfig and SMTP servers</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="38" />
        <source>only look up; do not connect to the candidate SMTP servers</source>
        <translation>only look up; do not connect to the candidate SMTP servers</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/detect.py" line="40" />
        <source>seconds per look-up and per check (default 8)</source>
        <translation>seconds per look-up and per check (default 8)</translation>
    </message>
</context>
<context>
    <name>Detect</name>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="46" />
        <source>DNS SRV record (RFC 6186)</source>
        <translation>DNS SRV record (RFC 6186)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="47" />
        <source>autoconfig file (Thunderbird format)</source>
        <translation>autoconfig file (Thunderbird format)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="48" />
        <source>MX records</source>
        <translation>MX records</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="49" />
        <source>providers table</source>
        <translation>providers table</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="54" />
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="55" />
        <source>nothing there</source>
        <translation>nothing there</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="56" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="57" />
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="58" />
        <source>not valid</source>
        <translation>not valid</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="59" />
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="64" />
        <source>answers as expected</source>
        <translation>answers as expected</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="65" />
        <source>answers, but not as expected</source>
        <translation>answers, but not as expected</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="66" />
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="67" />
        <source>the name does not resolve</source>
        <translation>the name does not resolve</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="68" />
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="71" />
        <source>"{}" is not an e-mail address.</source>
        <translation>"{}" is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="72" />
        <source>The CA file {} does not exist.</source>
        <translation>The CA file {} does not exist.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="73" />
        <source>"{}" is not a name server; write IP or IP:PORT ([IPv6]:PORT).</source>
        <translation>"{}" is not a name server; write IP or IP:PORT ([IPv6]:PORT).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="74" />
        <source>redirect to {} refused: only HTTPS is used</source>
        <translation>redirect to {} refused: only HTTPS is used</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="75" />
        <source>HTTP status {}</source>
        <translation>HTTP status {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="76" />
        <source>more than {} redirects</source>
        <translation>more than {} redirects</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="77" />
        <source>larger than {} KiB</source>
        <translation>larger than {} KiB</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="78" />
        <source>not a valid config-v1.1.xml: {}</source>
        <translation>not a valid config-v1.1.xml: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="79" />
        <source>no usable SMTP server in the file</source>
        <translation>no usable SMTP server in the file</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="80" />
        <source>no record</source>
        <translation>no record</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="81" />
        <source>the domain says: no such service (target ".")</source>
        <translation>the domain says: no such service (target ".")</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="82" />
        <source>DNS error: {}</source>
        <translation>DNS error: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="83" />
        <source>recognised by {} {}</source>
        <translation>recognised by {} {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="84" />
        <source>no provider of the table recognised</source>
        <translation>no provider of the table recognised</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="85" />
        <source>connector relay: works only with an inbound connector in Exchange Online for this computer</source>
        <translation>connector relay: works only with an inbound connector in Exchange Online for this computer</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="87" />
        <source>the file offers only OAuth2 for this server, which SwyxON does not support</source>
        <translation>the file offers only OAuth2 for this server, which SwyxON does not support</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="89" />
        <source>unencrypted: a password would travel in clear text</source>
        <translation>unencrypted: a password would travel in clear text</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="90" />
        <source>{}, certificate verified</source>
        <translation>{}, certificate verified</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="91" />
        <source>{}, certificate NOT trusted</source>
        <translation>{}, certificate NOT trusted</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="92" />
        <source>{} {}:{} with {} — {}</source>
        <translation>{} {}:{} with {} — {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="93" />
        <source>Suggested: {} port {} with {} — from: {}.</source>
        <translation>Suggested: {} port {} with {} — from: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="94" />
        <source>Suggested, but not confirmed by a check: {} port {} with {} — from: {}.</source>
        <translation>Suggested, but not confirmed by a check: {} port {} with {} — from: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/detect.py" line="96" />
        <source>No settings found for {}: enter the SMTP server by hand.</source>
        <translation>No settings found for {}: enter the SMTP server by hand.</translation>
    </message>
</context>
<context>
    <name>DetectDialog</name>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_dialog.py" line="20" />
        <source>Detect settings…</source>
        <translation>Detect settings…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_dialog.py" line="22" />
        <source>Find the SMTP server for this address (DNS, autoconfig, the providers table) and check what answers</source>
        <translation>Find the SMTP server for this address (DNS, autoconfig, the providers table) and check what answers</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="41" />
        <source>Detect settings</source>
        <translation>Detect settings</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="45" />
        <source>Sender &amp;address:</source>
        <translation>Sender &amp;address:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="49" />
        <source>&amp;Detect</source>
        <translation>&amp;Detect</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="50" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="55" />
        <source>Looks up DNS SRV records (RFC 6186), the domain's autoconfig file (HTTPS only) and the providers table by MX, then asks each candidate server what it offers. No user name, password or message is sent; nothing is saved.</source>
        <translation>Looks up DNS SRV records (RFC 6186), the domain's autoconfig file (HTTPS only) and the providers table by MX, then asks each candidate server what it offers. No user name, password or message is sent; nothing is saved.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="61" />
        <source>Where it looked:</source>
        <translation>Where it looked:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="73" />
        <source>Candidates:</source>
        <translation>Candidates:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="77" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="77" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="78" />
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="78" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="79" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="93" />
        <source>&amp;Use these settings</source>
        <translation>&amp;Use these settings</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="96" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="130" />
        <source>Detecting settings for {0}…</source>
        <translation>Detecting settings for {0}…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="164" />
        <source>Detection failed unexpectedly: {0}</source>
        <translation>Detection failed unexpectedly: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="230" />
        <source>The detected settings for {0} are in the form (not saved yet). Check them, enter the password and save.</source>
        <translation>The detected settings for {0} are in the form (not saved yet). Check them, enter the password and save.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/detect_window.py" line="233" />
        <source>The settings are in the form (not saved yet).</source>
        <translation>The settings are in the form (not saved yet).</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="20" />
        <source>Microsoft 365 has basic authentication disabled for this login — the password is not the problem. LOGIN, PLAIN and CRAM-MD5 (all SwyxON offers) and app passwords use basic authentication. While Microsoft still allows it, an Exchange administrator can re-enable SMTP AUTH for the mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false) and check that security defaults or conditional access do not block it. What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365 has basic authentication disabled for this login — the password is not the problem. LOGIN, PLAIN and CRAM-MD5 (all SwyxON offers) and app passwords use basic authentication. While Microsoft still allows it, an Exchange administrator can re-enable SMTP AUTH for the mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false) and check that security defaults or conditional access do not block it. What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="28" />
        <source>Microsoft 365 has SMTP AUTH turned off for the whole tenant — the password is not the problem. While Microsoft still allows it, an Exchange administrator can allow it for the tenant (Set-TransportConfig -SmtpClientAuthenticationDisabled $false) or only for this mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false). What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365 has SMTP AUTH turned off for the whole tenant — the password is not the problem. While Microsoft still allows it, an Exchange administrator can allow it for the tenant (Set-TransportConfig -SmtpClientAuthenticationDisabled $false) or only for this mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false). What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="35" />
        <source>Microsoft 365 says the user name or password is wrong (basic authentication itself is allowed). Enter the mailbox's full address as the user name and check the password.</source>
        <translation>Microsoft 365 says the user name or password is wrong (basic authentication itself is allowed). Enter the mailbox's full address as the user name and check the password.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="38" />
        <source>Microsoft 365 refused the login without saying why (5.7.3): the password is wrong, or SMTP AUTH is disabled for the mailbox, or security defaults block basic authentication. Check the password first; then an Exchange administrator can re-enable SMTP AUTH for the mailbox while Microsoft still allows it. What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365 refused the login without saying why (5.7.3): the password is wrong, or SMTP AUTH is disabled for the mailbox, or security defaults block basic authentication. Check the password first; then an Exchange administrator can re-enable SMTP AUTH for the mailbox while Microsoft still allows it. What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="44" />
        <source>Microsoft 365 no longer supports basic authentication for client submission here, and it cannot be re-enabled: LOGIN, PLAIN and CRAM-MD5 (all SwyxON offers) cannot log in. What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365 no longer supports basic authentication for client submission here, and it cannot be re-enabled: LOGIN, PLAIN and CRAM-MD5 (all SwyxON offers) cannot log in. What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="49" />
        <source>Microsoft 365: the signed-in mailbox may not send as this sender address (SendAsDenied). Use the mailbox's own address as the sender, or have an Exchange administrator grant the mailbox Send As permission for the sender address.</source>
        <translation>Microsoft 365: the signed-in mailbox may not send as this sender address (SendAsDenied). Use the mailbox's own address as the sender, or have an Exchange administrator grant the mailbox Send As permission for the sender address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="53" />
        <source>Microsoft 365 refuses direct send from this computer (TenantInboundAttribution): mail without authentication that no connector attributes to the tenant. An Exchange administrator can add an inbound connector that allows this computer's static public IP address or its certificate (connector relay on port 25); otherwise use authenticated submission while it is allowed, High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365 refuses direct send from this computer (TenantInboundAttribution): mail without authentication that no connector attributes to the tenant. An Exchange administrator can add an inbound connector that allows this computer's static public IP address or its certificate (connector relay on port 25); otherwise use authenticated submission while it is allowed, High Volume Email for internal recipients, or another SMTP relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="59" />
        <source>Microsoft 365 offers only OAuth2 (XOAUTH2) here: basic authentication for SMTP AUTH is off for this tenant or mailbox, so LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — cannot be chosen. While Microsoft still allows it, an Exchange administrator can re-enable SMTP AUTH for the mailbox. What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365 offers only OAuth2 (XOAUTH2) here: basic authentication for SMTP AUTH is off for this tenant or mailbox, so LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — cannot be chosen. While Microsoft still allows it, an Exchange administrator can re-enable SMTP AUTH for the mailbox. What works instead: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="65" />
        <source>Google requires an app password for this account: turn on 2-Step Verification, create an app password in the Google account (Security › App passwords) and enter it as the password. Devices of a Google Workspace organisation can instead use the SMTP relay service (smtp-relay.gmail.com) that the Workspace administrator sets up.</source>
        <translation>Google requires an app password for this account: turn on 2-Step Verification, create an app password in the Google account (Security › App passwords) and enter it as the password. Devices of a Google Workspace organisation can instead use the SMTP relay service (smtp-relay.gmail.com) that the Workspace administrator sets up.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="70" />
        <source>Google did not accept the user name and password. Enter the full address as the user name and an app password (2-Step Verification) as the password — Google refuses the normal account password here. For a Google Workspace organisation the administrator can set up the SMTP relay service (smtp-relay.gmail.com) instead.</source>
        <translation>Google did not accept the user name and password. Enter the full address as the user name and an app password (2-Step Verification) as the password — Google refuses the normal account password here. For a Google Workspace organisation the administrator can set up the SMTP relay service (smtp-relay.gmail.com) instead.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/provider_hints.py" line="75" />
        <source>IONOS accepts only sender addresses whose domain belongs to the contract of the mailbox you log in with. Use an address of that contract's domains as the sender, or add the domain to the contract.</source>
        <translation>IONOS accepts only sender addresses whose domain belongs to the contract of the mailbox you log in with. Use an address of that contract's domains as the sender, or add the domain to the contract.</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="134" />
        <source>SMTP AUTH client submission (basic authentication; off by default from the end of December 2026)</source>
        <translation>SMTP AUTH client submission (basic authentication; off by default from the end of December 2026)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="137" />
        <source>connector relay: an inbound connector in Exchange Online that allows this computer by static IP or certificate</source>
        <translation>connector relay: an inbound connector in Exchange Online that allows this computer by static IP or certificate</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="144" />
        <source>SMTP AUTH client submission: 30 messages per minute, 10,000 recipients per day.</source>
        <translation>SMTP AUTH client submission: 30 messages per minute, 10,000 recipients per day.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="147" />
        <source>The sender must be the signed-in mailbox, or the mailbox needs Send As or Send on Behalf permission for it (otherwise 554 5.2.252 SendAsDenied).</source>
        <translation>The sender must be the signed-in mailbox, or the mailbox needs Send As or Send on Behalf permission for it (otherwise 554 5.2.252 SendAsDenied).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="149" />
        <source>SMTP AUTH must be enabled for the tenant and for the mailbox (SmtpClientAuthenticationDisabled false). App passwords use the same basic authentication.</source>
        <translation>SMTP AUTH must be enabled for the tenant and for the mailbox (SmtpClientAuthenticationDisabled false). App passwords use the same basic authentication.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="162" />
        <source>Google Workspace SMTP relay service: set up by the Workspace administrator (allowed IP addresses or SMTP AUTH), senders from the organisation's domains</source>
        <translation>Google Workspace SMTP relay service: set up by the Workspace administrator (allowed IP addresses or SMTP AUTH), senders from the organisation's domains</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="172" />
        <source>Google Workspace: 2,000 messages per user per day.</source>
        <translation>Google Workspace: 2,000 messages per user per day.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="174" />
        <source>smtp.gmail.com accepts a password only as an app password (2-Step Verification on); the normal account password is refused (534 5.7.9).</source>
        <translation>smtp.gmail.com accepts a password only as an app password (2-Step Verification on); the normal account password is refused (534 5.7.9).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="176" />
        <source>smtp.gmail.com sends with the account's address (or a "Send mail as" address); for devices of a Workspace organisation use smtp-relay.gmail.com.</source>
        <translation>smtp.gmail.com sends with the account's address (or a "Send mail as" address); for devices of a Workspace organisation use smtp-relay.gmail.com.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="201" />
        <source>The sender address's domain must belong to the IONOS contract of the mailbox (otherwise "Sender address is not allowed").</source>
        <translation>The sender address's domain must belong to the IONOS contract of the mailbox (otherwise "Sender address is not allowed").</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="229" />
        <source>Use the separate e-mail password set in the Telekom E-Mail Center, not the password of the Telekom login.</source>
        <translation>Use the separate e-mail password set in the Telekom E-Mail Center, not the password of the Telekom login.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="244" />
        <location filename="../../swyxon_desktop/providers.py" line="259" />
        <source>Access by e-mail programs (POP3/IMAP) must be switched on in the mailbox's settings, or the login is refused.</source>
        <translation>Access by e-mail programs (POP3/IMAP) must be switched on in the mailbox's settings, or the login is refused.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="258" />
        <source>The user name is the part of the address before @web.de.</source>
        <translation>The user name is the part of the address before @web.de.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="301" />
        <source>Provider: {} (recognised by {} {})</source>
        <translation>Provider: {} (recognised by {} {})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="303" />
        <source>the server name</source>
        <translation>the server name</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="304" />
        <source>the server's greeting</source>
        <translation>the server's greeting</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="305" />
        <source>the sender address's domain</source>
        <translation>the sender address's domain</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="306" />
        <source>the sender domain's MX host</source>
        <translation>the sender domain's MX host</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="355" />
        <source>Microsoft 365: Exchange Online turns basic authentication for SMTP AUTH client submission (smtp.office365.com:587) off by default for existing tenants at the end of December 2026; new tenants have none. LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — and app passwords then cannot log in. Until then an administrator can re-enable SMTP AUTH for the tenant and the mailbox; lasting alternatives: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365: Exchange Online turns basic authentication for SMTP AUTH client submission (smtp.office365.com:587) off by default for existing tenants at the end of December 2026; new tenants have none. LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — and app passwords then cannot log in. Until then an administrator can re-enable SMTP AUTH for the tenant and the mailbox; lasting alternatives: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="362" />
        <source>Microsoft 365: since the end of December 2026 Exchange Online has basic authentication for SMTP AUTH client submission off by default (a final removal date follows in 2027). LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — and app passwords cannot log in unless an administrator re-enabled SMTP AUTH for the tenant and the mailbox. Lasting alternatives: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365: since the end of December 2026 Exchange Online has basic authentication for SMTP AUTH client submission off by default (a final removal date follows in 2027). LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — and app passwords cannot log in unless an administrator re-enabled SMTP AUTH for the tenant and the mailbox. Lasting alternatives: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="369" />
        <source>Microsoft 365 connector relay: port 25 with STARTTLS and no authentication; it works only when an inbound connector in Exchange Online allows this computer's static public IP address or its certificate — otherwise it is direct send, which only reaches the tenant's own mailboxes and may be blocked (550 5.7.68).</source>
        <translation>Microsoft 365 connector relay: port 25 with STARTTLS and no authentication; it works only when an inbound connector in Exchange Online allows this computer's static public IP address or its certificate — otherwise it is direct send, which only reaches the tenant's own mailboxes and may be blocked (550 5.7.68).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="374" />
        <source>{} documents {} for {}; port {} with {} is not among them.</source>
        <translation>{} documents {} for {}; port {} with {} is not among them.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="375" />
        <source>{}: the user name is the part of the address before the @ (here "{}"), not the whole address.</source>
        <translation>{}: the user name is the part of the address before the @ (here "{}"), not the whole address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="377" />
        <source>{}: the user name is the full e-mail address.</source>
        <translation>{}: the user name is the full e-mail address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="378" />
        <source>{}: the sender address should be the account's own address (user "{}", sender "{}").</source>
        <translation>{}: the sender address should be the account's own address (user "{}", sender "{}").</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="380" />
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="384" />
        <source>{} documents this way (providers table, checked {}).</source>
        <translation>{} documents this way (providers table, checked {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="385" />
        <source>{} documents {} instead (providers table, checked {}).</source>
        <translation>{} documents {} instead (providers table, checked {}).</translation>
    </message>
</context>
</TS>