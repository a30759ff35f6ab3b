<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="16" />
        <source>The profile "{}" names no mailbox to confirm delivery in.</source>
        <translation>The profile "{}" names no mailbox to confirm delivery in.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="18" />
        <source>Add one with: swyxon-desktop profile set "{}" --imap-server HOST --imap-user USER --imap-password-stdin</source>
        <translation>Add one with: swyxon-desktop profile set "{}" --imap-server HOST --imap-user USER --imap-password-stdin</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="21" />
        <source>Give --confirm-timeout in seconds, from 1 to 3600.</source>
        <translation>Give --confirm-timeout in seconds, from 1 to 3600.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="22" />
        <source>Waiting up to {} s for the message in the mailbox {} …</source>
        <translation>Waiting up to {} s for the message in the mailbox {} …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="23" />
        <source>Delivered: {}</source>
        <translation>Delivered: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="24" />
        <source>Delivered to junk: {}</source>
        <translation>Delivered to junk: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="25" />
        <source>Not confirmed: {}</source>
        <translation>Not confirmed: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="26" />
        <source>Receiver's verdicts (Authentication-Results): {}</source>
        <translation>Receiver's verdicts (Authentication-Results): {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="27" />
        <source>Received-SPF: {}</source>
        <translation>Received-SPF: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="28" />
        <source>Spam filter: {}</source>
        <translation>Spam filter: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="29" />
        <source>The relay's outbound IP as the receiver saw it: {}</source>
        <translation>The relay's outbound IP as the receiver saw it: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="30" />
        <source>The Received chain names no address of the relay; the submission address may not be the one receivers see.</source>
        <translation>The Received chain names no address of the relay; the submission address may not be the one receivers see.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="33" />
        <source>The test message was deleted from the mailbox.</source>
        <translation>The test message was deleted from the mailbox.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="34" />
        <source>IMAP dialogue (passwords removed):</source>
        <translation>IMAP dialogue (passwords removed):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="35" />
        <source>Delivery not confirmed: the test mail was not accepted.</source>
        <translation>Delivery not confirmed: the test mail was not accepted.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="36" />
        <source>The IMAP server's certificate: SHA-256 {}</source>
        <translation>The IMAP server's certificate: SHA-256 {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/confirm.py" line="37" />
        <source>After checking it with the mailbox's administrator, trust exactly this certificate with: swyxon-desktop profile set "{}" --imap-pin-sha256 {}</source>
        <translation>After checking it with the mailbox's administrator, trust exactly this certificate with: swyxon-desktop profile set "{}" --imap-pin-sha256 {}</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="28" />
        <source>The test message arrived in {} after {} s.</source>
        <translation>The test message arrived in {} after {} s.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="29" />
        <source>The test message arrived, but in the junk folder {} after {} s.</source>
        <translation>The test message arrived, but in the junk folder {} after {} s.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="30" />
        <source>The test message did not arrive in {} within {} s.</source>
        <translation>The test message did not arrive in {} within {} s.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="32" />
        <source>The mailbox {} refused the login of "{}": {}</source>
        <translation>The mailbox {} refused the login of "{}": {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="33" />
        <source>The IMAP server {} did not answer within {} seconds ({}).</source>
        <translation>The IMAP server {} did not answer within {} seconds ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="34" />
        <source>The IMAP server {} closed the connection ({}).</source>
        <translation>The IMAP server {} closed the connection ({}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="35" />
        <source>The IMAP server {} answered something unexpected ({}): {}</source>
        <translation>The IMAP server {} answered something unexpected ({}): {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="36" />
        <source>The IMAP server does not offer STARTTLS on port {}.</source>
        <translation>The IMAP server does not offer STARTTLS on port {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="37" />
        <source>The IMAP server disables LOGIN and offers no AUTHENTICATE PLAIN; it offers: {}.</source>
        <translation>The IMAP server disables LOGIN and offers no AUTHENTICATE PLAIN; it offers: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="39" />
        <source>None of the folders {} exists in the mailbox.</source>
        <translation>None of the folders {} exists in the mailbox.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="40" />
        <source>The test mail was not accepted, so there is nothing to wait for.</source>
        <translation>The test mail was not accepted, so there is nothing to wait for.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="42" />
        <source>The profile names no mailbox to confirm delivery in (IMAP server).</source>
        <translation>The profile names no mailbox to confirm delivery in (IMAP server).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="44" />
        <source>No IMAP password is stored for this profile.</source>
        <translation>No IMAP password is stored for this profile.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="45" />
        <source>The IMAP settings are not valid: {}</source>
        <translation>The IMAP settings are not valid: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="48" />
        <source>Delivered. The receiving side's verdicts (SPF, DKIM, DMARC) are shown with the result.</source>
        <translation>Delivered. The receiving side's verdicts (SPF, DKIM, DMARC) are shown with the result.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="50" />
        <source>Check the spelling of the IMAP server and that this computer can resolve it (DNS, VPN).</source>
        <translation>Check the spelling of the IMAP server and that this computer can resolve it (DNS, VPN).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="52" />
        <source>Nothing accepts IMAP connections there. Check the IMAP port: 993 for SSL/TLS, 143 for STARTTLS.</source>
        <translation>Nothing accepts IMAP connections there. Check the IMAP port: 993 for SSL/TLS, 143 for STARTTLS.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="54" />
        <source>A firewall may drop the connection, or the port expects the other security mode: SSL/TLS on 993, STARTTLS on 143.</source>
        <translation>A firewall may drop the connection, or the port expects the other security mode: SSL/TLS on 993, STARTTLS on 143.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="57" />
        <source>The IMAP port and its security mode probably do not match: SSL/TLS on 993, STARTTLS on 143.</source>
        <translation>The IMAP port and its security mode probably do not match: SSL/TLS on 993, STARTTLS on 143.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="59" />
        <source>Choose SSL/TLS on port 993. The mailbox password is never sent unencrypted.</source>
        <translation>Choose SSL/TLS on port 993. The mailbox password is never sent unencrypted.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="61" />
        <source>Check the folder names in the profile (e.g. INBOX, Junk), or leave them empty for INBOX and the junk folder.</source>
        <translation>Check the folder names in the profile (e.g. INBOX, Junk), or leave them empty for INBOX and the junk folder.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="64" />
        <source>Enter the IMAP password and save the profile.</source>
        <translation>Enter the IMAP password and save the profile.</translation>
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
        <translation>The IMAP server's certificate is no longer trusted once you save the profile.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/imap_tab.py" line="189" />
        <source>Stored in the keychain – leave empty to keep it</source>
        <translation>Stored in the keychain – leave empty to keep it</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/imap_tab.py" line="191" />
        <source>Not stored yet</source>
        <translation>Not stored yet</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/imap_page.py" line="33" />
        <source>Delivery confirmation</source>
        <translation>Delivery confirmation</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/settings/imap_page.py" line="34" />
        <source>A mailbox in which “Send test mail” can confirm that the message arrived</source>
        <translation>A mailbox in which “Send test mail” can confirm that the message arrived</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="13" />
        <source>“250 queued” only says that the mail server took the message. With a mailbox here, “Send test mail” can wait until the message has arrived and show in which folder, how long it took and what the receiving side said about it (SPF, DKIM, DMARC, spam filter). Use a mailbox that only receives test mails: a confirmation logs in to it and reads the message header.</source>
        <translation>“250 queued” only says that the mail server took the message. With a mailbox here, “Send test mail” can wait until the message has arrived and show in which folder, how long it took and what the receiving side said about it (SPF, DKIM, DMARC, spam filter). Use a mailbox that only receives test mails: a confirmation logs in to it and reads the message header.</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="20" />
        <source>Mailbox that confirms delivery (IMAP)</source>
        <translation>Mailbox that confirms delivery (IMAP)</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="27" />
        <source>&amp;IMAP server</source>
        <translation>&amp;IMAP server</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="29" />
        <source>e.g. imap.firma.de — empty: no confirmation</source>
        <translation>e.g. imap.firma.de — empty: no confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="36" />
        <source>Securit&amp;y</source>
        <translation>Securit&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="40" />
        <source>SSL/TLS (implicit)</source>
        <translation>SSL/TLS (implicit)</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="41" />
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (required)</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="43" />
        <source>IMAP p&amp;ort</source>
        <translation>IMAP p&amp;ort</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="45" />
        <source>Usually 993 (SSL/TLS) or 143 (STARTTLS).</source>
        <translation>Usually 993 (SSL/TLS) or 143 (STARTTLS).</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="54" />
        <source>User na&amp;me</source>
        <translation>User na&amp;me</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="56" />
        <source>e.g. zustelltest@firma.de</source>
        <translation>e.g. zustelltest@firma.de</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="63" />
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="65" />
        <source>Kept in the system keychain only, separately from the SMTP password</source>
        <translation>Kept in the system keychain only, separately from the SMTP password</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="72" />
        <source>Folde&amp;rs</source>
        <translation>Folde&amp;rs</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="74" />
        <source>INBOX and the junk folder</source>
        <translation>INBOX and the junk folder</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="76" />
        <source>Folder names separated by commas, e.g. INBOX, Junk. Empty: INBOX and the folder the server marks as junk.</source>
        <translation>Folder names separated by commas, e.g. INBOX, Junk. Empty: INBOX and the folder the server marks as junk.</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="86" />
        <source>Trusted certificate</source>
        <translation>Trusted certificate</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="90" />
        <source>Remove trust</source>
        <translation>Remove trust</translation>
    </message>
    <message>
        <location filename="../../ui/imap_tab.ui" line="90" />
        <source>Stop trusting the IMAP server's certificate by its fingerprint (takes effect when saved)</source>
        <translation>Stop trusting the IMAP server's certificate by its fingerprint (takes effect when saved)</translation>
    </message>
</context>
<context>
    <name>Smtp</name>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="24" />
        <source>waiting in {} ({})</source>
        <translation>waiting in {} ({})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/delivery/errors.py" line="25" />
        <source>arrived in {} after {} s</source>
        <translation>arrived in {} after {} s</translation>
    </message>
</context>
<context>
    <name>TestMailDialog</name>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="45" />
        <source>Confirm &amp;delivery</source>
        <translation>Confirm &amp;delivery</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="47" />
        <source>t&amp;hen delete it</source>
        <translation>t&amp;hen delete it</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="49" />
        <source>Remove the test message from the confirmation mailbox once it was found</source>
        <translation>Remove the test message from the confirmation mailbox once it was found</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="56" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="57" />
        <source>Wait for the delivery at most (seconds)</source>
        <translation>Wait for the delivery at most (seconds)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="78" />
        <source>After the server's 250, wait up to {0} s for the message in {1} and show the folder, the time and the receiver's verdicts</source>
        <translation>After the server's 250, wait up to {0} s for the message in {1} and show the folder, the time and the receiver's verdicts</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="85" />
        <source>Name a mailbox on the tab Delivery confirmation of the settings window first</source>
        <translation>Name a mailbox on the tab Delivery confirmation of the settings window first</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="142" />
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="232" />
        <source>Delivered to {0} after {1} s</source>
        <translation>Delivered to {0} after {1} s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="152" />
        <source>Delivered to the junk folder {0} after {1} s</source>
        <translation>Delivered to the junk folder {0} after {1} s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="159" />
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="236" />
        <source>What to do: {0}</source>
        <translation>What to do: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="171" />
        <source>Receiver's verdicts: {0}</source>
        <translation>Receiver's verdicts: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="173" />
        <source>Relay's outbound IP as the receiver saw it: {0}</source>
        <translation>Relay's outbound IP as the receiver saw it: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="176" />
        <source>Spam filter: {0}</source>
        <translation>Spam filter: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="178" />
        <source>The test message was deleted from the mailbox.</source>
        <translation>The test message was deleted from the mailbox.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="211" />
        <source>The certificate was not trusted: the main window says why.</source>
        <translation>The certificate was not trusted: the main window says why.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="216" />
        <source>The IMAP server's certificate is trusted for this profile (not saved yet). Send again to test with it.</source>
        <translation>The IMAP server's certificate is trusted for this profile (not saved yet). Send again to test with it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="230" />
        <source>Delivery confirmation (IMAP):</source>
        <translation>Delivery confirmation (IMAP):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="243" />
        <source>Folders searched: {0}</source>
        <translation>Folders searched: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="245" />
        <source>IMAP dialogue (passwords and login data redacted):</source>
        <translation>IMAP dialogue (passwords and login data redacted):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="253" />
        <source>The certificate was not trusted: the window now shows another profile than “{0}”.</source>
        <translation>The certificate was not trusted: the window now shows another profile than “{0}”.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/delivery_view.py" line="258" />
        <source>The IMAP server's certificate with the SHA-256 fingerprint {0} is now trusted for the profile “{1}”. This is not saved yet: click Save to keep it.</source>
        <translation>The IMAP server's certificate with the SHA-256 fingerprint {0} is now trusted for the profile “{1}”. This is not saved yet: click Save to keep it.</translation>
    </message>
</context>
</TS>