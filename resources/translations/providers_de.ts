<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Providers</name>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="125" />
        <source>SMTP AUTH client submission (basic authentication; off by default from the end of December 2026)</source>
        <translation>SMTP AUTH Client Submission (Standardauthentifizierung; ab Ende Dezember 2026 standardmäßig ausgeschaltet)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="128" />
        <source>connector relay: an inbound connector in Exchange Online that allows this computer by static IP or certificate</source>
        <translation>Connector-Relay: ein eingehender Connector in Exchange Online, der diesen Computer per statischer IP-Adresse oder Zertifikat zulässt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="134" />
        <source>SMTP AUTH client submission: 30 messages per minute, 10,000 recipients per day.</source>
        <translation>SMTP AUTH Client Submission: 30 Nachrichten pro Minute, 10.000 Empfänger pro Tag.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="137" />
        <source>The sender must be the signed-in mailbox, or the mailbox needs Send As or Send on Behalf permission for it (otherwise 554 5.2.252 SendAsDenied).</source>
        <translation>Der Absender muss das angemeldete Postfach sein, oder das Postfach braucht dafür die Berechtigung „Senden als“ oder „Senden im Auftrag von“ (sonst 554 5.2.252 SendAsDenied).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="139" />
        <source>SMTP AUTH must be enabled for the tenant and for the mailbox (SmtpClientAuthenticationDisabled false). App passwords use the same basic authentication.</source>
        <translation>SMTP AUTH muss für den Mandanten und für das Postfach eingeschaltet sein (SmtpClientAuthenticationDisabled false). App-Kennwörter nutzen dieselbe Standardauthentifizierung.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="152" />
        <source>Google Workspace SMTP relay service: set up by the Workspace administrator (allowed IP addresses or SMTP AUTH), senders from the organisation's domains</source>
        <translation>SMTP-Relay-Dienst von Google Workspace: vom Workspace-Administrator eingerichtet (zugelassene IP-Adressen oder SMTP AUTH), Absender aus den Domains der Organisation</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="161" />
        <source>Google Workspace: 2,000 messages per user per day.</source>
        <translation>Google Workspace: 2.000 Nachrichten pro Nutzer und Tag.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="163" />
        <source>smtp.gmail.com accepts a password only as an app password (2-Step Verification on); the normal account password is refused (534 5.7.9).</source>
        <translation>smtp.gmail.com nimmt ein Kennwort nur als App-Passwort an (Bestätigung in zwei Schritten eingeschaltet); das normale Kontokennwort wird abgelehnt (534 5.7.9).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="165" />
        <source>smtp.gmail.com sends with the account's address (or a "Send mail as" address); for devices of a Workspace organisation use smtp-relay.gmail.com.</source>
        <translation>smtp.gmail.com sendet mit der Adresse des Kontos (oder einer „Senden als“-Adresse); für Geräte einer Workspace-Organisation smtp-relay.gmail.com verwenden.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="190" />
        <source>The sender address's domain must belong to the IONOS contract of the mailbox (otherwise "Sender address is not allowed").</source>
        <translation>Die Domain der Absenderadresse muss zum IONOS-Vertrag des Postfachs gehören (sonst „Sender address is not allowed“).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="216" />
        <source>Use the separate e-mail password set in the Telekom E-Mail Center, not the password of the Telekom login.</source>
        <translation>Das eigene E-Mail-Passwort aus dem Telekom E-Mail Center verwenden, nicht das Kennwort des Telekom-Logins.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="230" />
        <location filename="../../swyxon_desktop/providers.py" line="244" />
        <source>Access by e-mail programs (POP3/IMAP) must be switched on in the mailbox's settings, or the login is refused.</source>
        <translation>Der Zugriff durch E-Mail-Programme (POP3/IMAP) muss in den Einstellungen des Postfachs eingeschaltet sein, sonst wird die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="243" />
        <source>The user name is the part of the address before @web.de.</source>
        <translation>Der Benutzername ist der Teil der Adresse vor @web.de.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="316" />
        <source>Microsoft 365: Exchange Online turns basic authentication for SMTP AUTH client submission (smtp.office365.com:587) off by default for existing tenants at the end of December 2026; new tenants have none. LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — and app passwords then cannot log in. Until then an administrator can re-enable SMTP AUTH for the tenant and the mailbox; lasting alternatives: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365: Exchange Online schaltet die Standardauthentifizierung für SMTP AUTH Client Submission (smtp.office365.com:587) für bestehende Mandanten Ende Dezember 2026 standardmäßig aus; neue Mandanten haben sie nicht. LOGIN, PLAIN und CRAM-MD5 – alles, was SwyxON anbietet – und App-Kennwörter können sich dann nicht mehr anmelden. Bis dahin kann ein Administrator SMTP AUTH für den Mandanten und das Postfach wieder einschalten; dauerhafte Alternativen: ein Exchange-Online-Connector-Relay auf Port 25 zu &lt;tenant&gt;.mail.protection.outlook.com (per statischer IP-Adresse oder Zertifikat), High Volume Email für interne Empfänger oder ein anderes SMTP-Relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="323" />
        <source>Microsoft 365: since the end of December 2026 Exchange Online has basic authentication for SMTP AUTH client submission off by default (a final removal date follows in 2027). LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — and app passwords cannot log in unless an administrator re-enabled SMTP AUTH for the tenant and the mailbox. Lasting alternatives: an Exchange Online connector relay on port 25 to &lt;tenant&gt;.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.</source>
        <translation>Microsoft 365: Seit Ende Dezember 2026 ist in Exchange Online die Standardauthentifizierung für SMTP AUTH Client Submission standardmäßig ausgeschaltet (ein endgültiges Abschaltdatum folgt 2027). LOGIN, PLAIN und CRAM-MD5 – alles, was SwyxON anbietet – und App-Kennwörter können sich nur anmelden, wenn ein Administrator SMTP AUTH für den Mandanten und das Postfach wieder eingeschaltet hat. Dauerhafte Alternativen: ein Exchange-Online-Connector-Relay auf Port 25 zu &lt;tenant&gt;.mail.protection.outlook.com (per statischer IP-Adresse oder Zertifikat), High Volume Email für interne Empfänger oder ein anderes SMTP-Relay.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="330" />
        <source>Microsoft 365 connector relay: port 25 with STARTTLS and no authentication; it works only when an inbound connector in Exchange Online allows this computer's static public IP address or its certificate — otherwise it is direct send, which only reaches the tenant's own mailboxes and may be blocked (550 5.7.68).</source>
        <translation>Microsoft-365-Connector-Relay: Port 25 mit STARTTLS und ohne Authentifizierung; das funktioniert nur, wenn ein eingehender Connector in Exchange Online die statische öffentliche IP-Adresse dieses Computers oder sein Zertifikat zulässt – sonst ist es Direct Send, das nur die eigenen Postfächer des Mandanten erreicht und gesperrt sein kann (550 5.7.68).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="335" />
        <source>{} documents {} for {}; port {} with {} is not among them.</source>
        <translation>{} dokumentiert {} für {}; Port {} mit {} gehört nicht dazu.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="336" />
        <source>{}: the user name is the part of the address before the @ (here "{}"), not the whole address.</source>
        <translation>{}: Der Benutzername ist der Teil der Adresse vor dem @ (hier „{}“), nicht die ganze Adresse.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="338" />
        <source>{}: the user name is the full e-mail address.</source>
        <translation>{}: Der Benutzername ist die vollständige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="339" />
        <source>{}: the sender address should be the account's own address (user "{}", sender "{}").</source>
        <translation>{}: Die Absenderadresse sollte die eigene Adresse des Kontos sein (Benutzer „{}“, Absender „{}“).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/providers.py" line="341" />
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
</context>
</TS>