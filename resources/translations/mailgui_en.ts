<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="42" />
        <source>Verified: issued by a certification authority this computer trusts, and valid for the server name.</source>
        <translation>Verified: issued by a certification authority this computer trusts, and valid for the server name.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="46" />
        <source>Not verified by a certification authority ({0}), but trusted: its fingerprint is the one stored in this profile.</source>
        <translation>Not verified by a certification authority ({0}), but trusted: its fingerprint is the one stored in this profile.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="52" />
        <source>it has expired</source>
        <translation>it has expired</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="54" />
        <source>it is not valid yet</source>
        <translation>it is not valid yet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="56" />
        <source>it is self-signed</source>
        <translation>it is self-signed</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="57" />
        <source>the certificate could not be verified</source>
        <translation>the certificate could not be verified</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="58" />
        <source>Not trusted: {0}</source>
        <translation>Not trusted: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="74" />
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="75" />
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="76" />
        <source>Alternative names:</source>
        <translation>Alternative names:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="77" />
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="78" />
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="79" />
        <source>Verification:</source>
        <translation>Verification:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="111" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="112" />
        <source>{0} to {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="115" />
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="117" />
        <source>not valid yet</source>
        <translation>not valid yet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="121" />
        <source>(could not be read)</source>
        <translation>(could not be read)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="147" />
        <source>Server certificate not trusted</source>
        <translation>Server certificate not trusted</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="150" />
        <source>The server {0} presented a certificate that this computer cannot verify. Trust exactly this certificate for the profile “{1}” only if its SHA-256 fingerprint matches the one your mail administrator gives you. A different certificate will not be trusted.</source>
        <translation>The server {0} presented a certificate that this computer cannot verify. Trust exactly this certificate for the profile “{1}” only if its SHA-256 fingerprint matches the one your mail administrator gives you. A different certificate will not be trusted.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="160" />
        <source>The fingerprint is put into the profile as an unsaved change; click Save in the main window to keep it.</source>
        <translation>The fingerprint is put into the profile as an unsaved change; click Save in the main window to keep it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="167" />
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Trust this certificate</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/certificate_dialog.py" line="171" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="57" />
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="71" />
        <source>Sen&amp;d test mail…</source>
        <translation>Sen&amp;d test mail…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="59" />
        <source>Send a test message with the settings in the form (saved or not)</source>
        <translation>Send a test message with the settings in the form (saved or not)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="62" />
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="73" />
        <source>Chec&amp;k server…</source>
        <translation>Chec&amp;k server…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="64" />
        <source>Ask the server what it offers and which port and security work</source>
        <translation>Ask the server what it offers and which port and security work</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="160" />
        <source>The certificate was not trusted: the window now shows another profile than “{0}”. Switch back to it and test again.</source>
        <translation>The certificate was not trusted: the window now shows another profile than “{0}”. Switch back to it and test again.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="166" />
        <source>The certificate with the SHA-256 fingerprint {0} is now trusted for the profile “{1}”. This is not saved yet: click Save to keep it.</source>
        <translation>The certificate with the SHA-256 fingerprint {0} is now trusted for the profile “{1}”. This is not saved yet: click Save to keep it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/mail_actions.py" line="176" />
        <source>The recommended settings are in the form but not saved yet: check them and click Save.</source>
        <translation>The recommended settings are in the form but not saved yet: check them and click Save.</translation>
    </message>
</context>
<context>
    <name>MailReport</name>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="75" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="75" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="114" />
        <source>Automatic (by port)</source>
        <translation>Automatic (by port)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="86" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="91" />
        <source>Security in effect</source>
        <translation>Security in effect</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="50" />
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="110" />
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="92" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="136" />
        <source>Created: {0}</source>
        <translation>Created: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="141" />
        <source>Result: FAILED – {0}</source>
        <translation>Result: FAILED – {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="142" />
        <source>Category: {0}</source>
        <translation>Category: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="143" />
        <source>Stage: {0} ({1})</source>
        <translation>Stage: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="146" />
        <source>SMTP code: {0}</source>
        <translation>SMTP code: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="147" />
        <source>What happened: {0}</source>
        <translation>What happened: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="149" />
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="185" />
        <source>Server's answer: {0}</source>
        <translation>Server's answer: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="150" />
        <source>Hint: {0}</source>
        <translation>Hint: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="153" />
        <source>Certificate: {0}; issuer {1}; valid until {2}; SHA-256 {3}</source>
        <translation>Certificate: {0}; issuer {1}; valid until {2}; SHA-256 {3}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="177" />
        <source>test mail report</source>
        <translation>test mail report</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="179" />
        <source>Result: the server accepted the test message for {0}.</source>
        <translation>Result: the server accepted the test message for {0}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="182" />
        <source>Message-ID: {0}</source>
        <translation>Message-ID: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="188" />
        <source>Recipient: {0}</source>
        <translation>Recipient: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="190" />
        <source>Authentication method used: {0}</source>
        <translation>Authentication method used: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="192" />
        <source>TLS: {0}; certificate {1}; SHA-256 {2}</source>
        <translation>TLS: {0}; certificate {1}; SHA-256 {2}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="195" />
        <source>Unencrypted authentication was allowed for this run only.</source>
        <translation>Unencrypted authentication was allowed for this run only.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="196" />
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="251" />
        <source>Duration: {0} s</source>
        <translation>Duration: {0} s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="197" />
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="254" />
        <source>Settings (the password is never included):</source>
        <translation>Settings (the password is never included):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="199" />
        <source>Stages:</source>
        <translation>Stages:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="206" />
        <source>Transcript (C: client, S: server; authentication data redacted):</source>
        <translation>Transcript (C: client, S: server; authentication data redacted):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="208" />
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="282" />
        <source>Versions:</source>
        <translation>Versions:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="215" />
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="217" />
        <source>trusted by its pinned fingerprint</source>
        <translation>trusted by its pinned fingerprint</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="218" />
        <source>not trusted</source>
        <translation>not trusted</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="245" />
        <source>server check report</source>
        <translation>server check report</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="247" />
        <source>Result: the configured settings work.</source>
        <translation>Result: the configured settings work.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="250" />
        <source>Recommendation: {0}</source>
        <translation>Recommendation: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="256" />
        <source>Ports:</source>
        <translation>Ports:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="265" />
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="267" />
        <source>Capabilities before TLS</source>
        <translation>Capabilities before TLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="270" />
        <source>Capabilities after TLS</source>
        <translation>Capabilities after TLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="274" />
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/report.py" line="280" />
        <source>Transcript of the configured port (C: client, S: server):</source>
        <translation>Transcript of the configured port (C: client, S: server):</translation>
    </message>
</context>
<context>
    <name>ProbeDialog</name>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="52" />
        <source>SMTP + STARTTLS</source>
        <translation>SMTP + STARTTLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="66" />
        <source>– not needed (answered the other way)</source>
        <translation>– not needed (answered the other way)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="68" />
        <source>– cancelled</source>
        <translation>– cancelled</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="71" />
        <source>✓ answers, unencrypted only</source>
        <translation>✓ answers, unencrypted only</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="72" />
        <source>✓ answers</source>
        <translation>✓ answers</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="75" />
        <source>✗ no answer</source>
        <translation>✗ no answer</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="144" />
        <location filename="../../ui/probe_dialog.ui" line="34" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="151" />
        <source>Checking {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="194" />
        <source>{0} (configured)</source>
        <translation>{0} (configured)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="195" />
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="222" />
        <source>Configured port: {0}…</source>
        <translation>Configured port: {0}…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="239" />
        <source>none offered</source>
        <translation>none offered</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="256" />
        <source>Cancelled after {0} s.</source>
        <translation>Cancelled after {0} s.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="257" />
        <source>Checked in {0} s.</source>
        <translation>Checked in {0} s.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="286" />
        <source>Server on port {0} ({1})</source>
        <translation>Server on port {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="290" />
        <source>none – TLS from the first byte</source>
        <translation>none – TLS from the first byte</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="293" />
        <source>no TLS</source>
        <translation>no TLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="302" />
        <source>not encrypted</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="305" />
        <source>Certificate (port {0})</source>
        <translation>Certificate (port {0})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="308" />
        <location filename="../../ui/probe_dialog.ui" line="98" />
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="317" />
        <source>The check was cancelled</source>
        <translation>The check was cancelled</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="318" />
        <source>Rows that finished before the cancel show real results; nothing is concluded from the others.</source>
        <translation>Rows that finished before the cancel show real results; nothing is concluded from the others.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="327" />
        <source>The configured settings work</source>
        <translation>The configured settings work</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="328" />
        <source>Port {0} answers as configured, with a trusted certificate where TLS is used.</source>
        <translation>Port {0} answers as configured, with a trusted certificate where TLS is used.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="335" />
        <source>The configured settings do not work: {0}</source>
        <translation>The configured settings do not work: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="338" />
        <source>Recommendation: {0}</source>
        <translation>Recommendation: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="351" />
        <source>The recommended settings are in the form (not saved yet).</source>
        <translation>The recommended settings are in the form (not saved yet).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="361" />
        <source>Certificate trusted for this profile (not saved yet).</source>
        <translation>Certificate trusted for this profile (not saved yet).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/probe_dialog.py" line="367" />
        <source>not used (the check never sends credentials)</source>
        <translation>not used (the check never sends credentials)</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="9" />
        <source>Check server</source>
        <translation>Check server</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="25" />
        <source>The check asks the server what it offers on the configured port and on 25, 465 and 587, each way at once. It never sends a user name, password or message.</source>
        <translation>The check asks the server what it offers on the configured port and on 25, 465 and 587, each way at once. It never sends a user name, password or message.</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="39" />
        <source>Greeting:</source>
        <translation>Greeting:</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="53" />
        <source>Before TLS:</source>
        <translation>Before TLS:</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="67" />
        <source>After TLS:</source>
        <translation>After TLS:</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="81" />
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="119" />
        <source>&amp;Trust certificate…</source>
        <translation>&amp;Trust certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="121" />
        <source>Decide whether to trust exactly this certificate for the profile, after comparing its fingerprint</source>
        <translation>Decide whether to trust exactly this certificate for the profile, after comparing its fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="133" />
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="141" />
        <source>Ports and security modes</source>
        <translation>Ports and security modes</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="144" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="145" />
        <source>Tried with</source>
        <translation>Tried with</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="146" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="147" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="148" />
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="149" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="183" />
        <source>&amp;Apply recommended settings</source>
        <translation>&amp;Apply recommended settings</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="185" />
        <source>Put the recommended port and security into the form; nothing is saved until you click Save</source>
        <translation>Put the recommended port and security into the form; nothing is saved until you click Save</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="196" />
        <source>C&amp;heck again</source>
        <translation>C&amp;heck again</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="198" />
        <source>Check again with the settings currently in the form</source>
        <translation>Check again with the settings currently in the form</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="203" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="210" />
        <source>Cop&amp;y report</source>
        <translation>Cop&amp;y report</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="212" />
        <source>Copy a report for support to the clipboard: results, settings without the password, transcript and versions</source>
        <translation>Copy a report for support to the clipboard: results, settings without the password, transcript and versions</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="217" />
        <source>Sa&amp;ve report…</source>
        <translation>Sa&amp;ve report…</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="219" />
        <source>Save the same report as a text file</source>
        <translation>Save the same report as a text file</translation>
    </message>
    <message>
        <location filename="../../ui/probe_dialog.ui" line="233" />
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>TestMailDialog</name>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="64" />
        <source>typed in the window (not saved) – not included</source>
        <translation>typed in the window (not saved) – not included</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="65" />
        <source>from the system keychain – not included</source>
        <translation>from the system keychain – not included</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="66" />
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="34" />
        <source>unencrypted</source>
        <translation>unencrypted</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="40" />
        <source>(no server)</source>
        <translation>(no server)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="44" />
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="45" />
        <source>authentication {0} as {1}</source>
        <translation>authentication {0} as {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="47" />
        <source>no authentication</source>
        <translation>no authentication</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="48" />
        <source>Profile “{0}”: {1}, port {2}, {3}, {4}.</source>
        <translation>Profile “{0}”: {1}, port {2}, {3}, {4}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="52" />
        <source>Trusted certificate: SHA-256 {0}…</source>
        <translation>Trusted certificate: SHA-256 {0}…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="200" />
        <source>The certificate was not trusted: the main window says why.</source>
        <translation>The certificate was not trusted: the main window says why.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="74" />
        <source>Enter the recipient's e-mail address.</source>
        <translation>Enter the recipient's e-mail address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="76" />
        <source>The address must not contain line breaks or control characters.</source>
        <translation>The address must not contain line breaks or control characters.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="78" />
        <source>This is not a valid e-mail address (for example admin@firma.de).</source>
        <translation>This is not a valid e-mail address (for example admin@firma.de).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="84" />
        <source>Stage: {0}</source>
        <translation>Stage: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="87" />
        <source>SMTP code: {0}</source>
        <translation>SMTP code: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="89" />
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="455" />
        <source>Server: {0}</source>
        <translation>Server: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="65" />
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="66" />
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="73" />
        <source>The report could not be written to {0}: {1}</source>
        <translation>The report could not be written to {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="78" />
        <source>Report saved to {0}.</source>
        <translation>Report saved to {0}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="83" />
        <source>Report copied to the clipboard.</source>
        <translation>Report copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="113" />
        <source>skipped: Use SSL is off</source>
        <translation>skipped: Use SSL is off</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="114" />
        <source>skipped: SMTP authentication is off</source>
        <translation>skipped: SMTP authentication is off</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="161" />
        <source>Check without sending</source>
        <translation>Check without sending</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="162" />
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="190" />
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="264" />
        <source>{0}, again after TLS</source>
        <translation>{0}, again after TLS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="275" />
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="275" />
        <source>… running</source>
        <translation>… running</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="276" />
        <source>✓ done</source>
        <translation>✓ done</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="276" />
        <source>✗ failed</source>
        <translation>✗ failed</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="277" />
        <source>– skipped</source>
        <translation>– skipped</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="278" />
        <source>– cancelled</source>
        <translation>– cancelled</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="318" />
        <source>Second connection</source>
        <translation>Second connection</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="352" />
        <source>skipped: cancelled</source>
        <translation>skipped: cancelled</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="353" />
        <source>skipped: not reached</source>
        <translation>skipped: not reached</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="377" />
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="173" />
        <source>Cancelling…</source>
        <extracomment>The window's answer to "trust this fingerprint for this profile?" (request/answer, not a one-way signal: the window may refuse — it shows another profile now — and the dialog must hear it). None: no window to ask (the dialog alone); the trust is taken as given.</extracomment>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="179" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/run_dialog.py" line="181" />
        <source>This is a defect of the program. Please report it together with the log file.</source>
        <translation>This is a defect of the program. Please report it together with the log file.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="378" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="447" />
        <source>Test mail accepted</source>
        <translation>Test mail accepted</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="448" />
        <source>Check passed: nothing was sent</source>
        <translation>Check passed: nothing was sent</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="452" />
        <source>Message-ID: {0}</source>
        <translation>Message-ID: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="457" />
        <source>Duration: {0} s</source>
        <translation>Duration: {0} s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="468" />
        <source>What to do: {0}</source>
        <translation>What to do: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="495" />
        <source>Certificate trusted for this profile (not saved yet). Send again to test with it.</source>
        <translation>Certificate trusted for this profile (not saved yet). Send again to test with it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/test_mail_dialog.py" line="160" />
        <location filename="../../ui/test_mail_dialog.ui" line="9" />
        <source>Send test mail</source>
        <translation>Send test mail</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="28" />
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="34" />
        <source>e.g. admin@firma.de</source>
        <translation>e.g. admin@firma.de</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="35" />
        <source>The address the test message is sent to; remembered for this profile</source>
        <translation>The address the test message is sent to; remembered for this profile</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="41" />
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="43" />
        <source>Send a test message with the settings currently in the form (saved or not)</source>
        <translation>Send a test message with the settings currently in the form (saved or not)</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="48" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="51" />
        <source>Stop the running test at once (Esc)</source>
        <translation>Stop the running test at once (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="66" />
        <source>Allow unencrypted authentication for this run only (SSL is off: the user name and password travel unencrypted)</source>
        <translation>Allow unencrypted authentication for this run only (SSL is off: the user name and password travel unencrypted)</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="67" />
        <source>Without this, the test stops at the authentication stage and sends no credentials. The profile is not changed.</source>
        <translation>Without this, the test stops at the authentication stage and sends no credentials. The profile is not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="83" />
        <source>St&amp;ages</source>
        <translation>St&amp;ages</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="93" />
        <source>Stages of the test</source>
        <translation>Stages of the test</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="94" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="95" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="96" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="97" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="111" />
        <source>Transcr&amp;ipt (C: this computer, S: the server; passwords are never shown)</source>
        <translation>Transcr&amp;ipt (C: this computer, S: the server; passwords are never shown)</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="120" />
        <source>The conversation with the server appears here.</source>
        <translation>The conversation with the server appears here.</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="141" />
        <source>&amp;Trust certificate…</source>
        <translation>&amp;Trust certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="143" />
        <source>Show the certificate with its fingerprint and decide whether to trust exactly this certificate for the profile</source>
        <translation>Show the certificate with its fingerprint and decide whether to trust exactly this certificate for the profile</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="174" />
        <source>Cop&amp;y report</source>
        <translation>Cop&amp;y report</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="176" />
        <source>Copy a report for support to the clipboard: result, settings without the password, transcript and versions</source>
        <translation>Copy a report for support to the clipboard: result, settings without the password, transcript and versions</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="181" />
        <source>Sa&amp;ve report…</source>
        <translation>Sa&amp;ve report…</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="183" />
        <source>Save the same report as a text file</source>
        <translation>Save the same report as a text file</translation>
    </message>
    <message>
        <location filename="../../ui/test_mail_dialog.ui" line="197" />
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
</TS>