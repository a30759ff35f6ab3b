<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Providers</name>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="125" />
        <source>SMTP AUTH client submission (basic authentication; off by default from the end of December 2026)</source>
        <translation>SMTP AUTH client submission (basic authentication; off by default from the end of December 2026)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="128" />
        <source>connector relay: an inbound connector in Exchange Online that allows this computer by static IP or certificate</source>
        <translation>connector relay: an inbound connector in Exchange Online that allows this computer by static IP or certificate</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="134" />
        <source>SMTP AUTH client submission: 30 messages per minute, 10,000 recipients per day.</source>
        <translation>SMTP AUTH client submission: 30 messages per minute, 10,000 recipients per day.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="137" />
        <source>The sender must be the signed-in mailbox, or the mailbox needs Send As or Send on Behalf permission for it (otherwise 554 5.2.252 SendAsDenied).</source>
        <translation>The sender must be the signed-in mailbox, or the mailbox needs Send As or Send on Behalf permission for it (otherwise 554 5.2.252 SendAsDenied).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="139" />
        <source>SMTP AUTH must be enabled for the tenant and for the mailbox (SmtpClientAuthenticationDisabled false). App passwords use the same basic authentication.</source>
        <translation>SMTP AUTH must be enabled for the tenant and for the mailbox (SmtpClientAuthenticationDisabled false). App passwords use the same basic authentication.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="152" />
        <source>Google Workspace SMTP relay service: set up by the Workspace administrator (allowed IP addresses or SMTP AUTH), senders from the organisation's domains</source>
        <translation>Google Workspace SMTP relay service: set up by the Workspace administrator (allowed IP addresses or SMTP AUTH), senders from the organisation's domains</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="161" />
        <source>Google Workspace: 2,000 messages per user per day.</source>
        <translation>Google Workspace: 2,000 messages per user per day.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="163" />
        <source>smtp.gmail.com accepts a password only as an app password (2-Step Verification on); the normal account password is refused (534 5.7.9).</source>
        <translation>smtp.gmail.com accepts a password only as an app password (2-Step Verification on); the normal account password is refused (534 5.7.9).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="165" />
        <source>smtp.gmail.com sends with the account's address (or a "Send mail as" address); for devices of a Workspace organisation use smtp-relay.gmail.com.</source>
        <translation>smtp.gmail.com sends with the account's address (or a "Send mail as" address); for devices of a Workspace organisation use smtp-relay.gmail.com.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="190" />
        <source>The sender address's domain must belong to the IONOS contract of the mailbox (otherwise "Sender address is not allowed").</source>
        <translation>The sender address's domain must belong to the IONOS contract of the mailbox (otherwise "Sender address is not allowed").</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="216" />
        <source>Use the separate e-mail password set in the Telekom E-Mail Center, not the password of the Telekom login.</source>
        <translation>Use the separate e-mail password set in the Telekom E-Mail Center, not the password of the Telekom login.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="230" />
        <location filename="../../swyxon_desktop/providers.py" line="244" />
        <source>Access by e-mail programs (POP3/IMAP) must be switched on in the mailbox's settings, or the login is refused.</source>
        <translation>Access by e-mail programs (POP3/IMAP) must be switched on in the mailbox's settings, or the login is refused.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="243" />
        <source>The user name is the part of the address before @web.de.</source>
        <translation>The user name is the part of the address before @web.de.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="316" />
        <source>Microsoft 365: Exchange Online turns basic authentication for SMTP AUTH client submission (smtp.office365.com:587) off by default for existing tenants at the end of December 2026; new tenants have none. LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — and app passwords then cannot log in. Until then an administrator can re-enable SMTP AUTH for the tenant and the mailbox; lasting alternatives: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365: Exchange Online turns basic authentication for SMTP AUTH client submission (smtp.office365.com:587) off by default for existing tenants at the end of December 2026; new tenants have none. LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — and app passwords then cannot log in. Until then an administrator can re-enable SMTP AUTH for the tenant and the mailbox; lasting alternatives: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="323" />
        <source>Microsoft 365: since the end of December 2026 Exchange Online has basic authentication for SMTP AUTH client submission off by default (a final removal date follows in 2027). LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — and app passwords cannot log in unless an administrator re-enabled SMTP AUTH for the tenant and the mailbox. Lasting alternatives: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365: since the end of December 2026 Exchange Online has basic authentication for SMTP AUTH client submission off by default (a final removal date follows in 2027). LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — and app passwords cannot log in unless an administrator re-enabled SMTP AUTH for the tenant and the mailbox. Lasting alternatives: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="330" />
        <source>Microsoft 365 connector relay: port 25 with STARTTLS and no authentication; it works only when an inbound connector in Exchange Online allows this computer's static public IP address or its certificate — otherwise it is direct send, which only reaches the tenant's own mailboxes and may be blocked (550 5.7.68).</source>
        <translation>Microsoft 365 connector relay: port 25 with STARTTLS and no authentication; it works only when an inbound connector in Exchange Online allows this computer's static public IP address or its certificate — otherwise it is direct send, which only reaches the tenant's own mailboxes and may be blocked (550 5.7.68).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="335" />
        <source>{} documents {} for {}; port {} with {} is not among them.</source>
        <translation>{} documents {} for {}; port {} with {} is not among them.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="336" />
        <source>{}: the user name is the part of the address before the @ (here "{}"), not the whole address.</source>
        <translation>{}: the user name is the part of the address before the @ (here "{}"), not the whole address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="338" />
        <source>{}: the user name is the full e-mail address.</source>
        <translation>{}: the user name is the full e-mail address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="339" />
        <source>{}: the sender address should be the account's own address (user "{}", sender "{}").</source>
        <translation>{}: the sender address should be the account's own address (user "{}", sender "{}").</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="341" />
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
</context>
</TS>