<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="16" />
        <source>DNS check for {} (domain {}), SMTP server {}, name server {}</source>
        <translation>DNS check for {} (domain {}), SMTP server {}, name server {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="17" />
        <source>Profile "{}"</source>
        <translation>Profile "{}"</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="18" />
        <source>Verdict:</source>
        <translation>Verdict:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="19" />
        <source>--nameserver must be an IP address, optionally with a port (IP:PORT, [IPv6]:PORT): {}</source>
        <translation>--nameserver must be an IP address, optionally with a port (IP:PORT, [IPv6]:PORT): {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="21" />
        <source>--relay-ip must be an IP address: {}</source>
        <translation>--relay-ip must be an IP address: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="22" />
        <source>--timeout must be between 0.1 and 60 seconds.</source>
        <translation>--timeout must be between 0.1 and 60 seconds.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="23" />
        <source>Example: swyxon-desktop dns-check --relay-ip 192.0.2.10 --nameserver 192.0.2.53</source>
        <translation>Example: swyxon-desktop dns-check --relay-ip 192.0.2.10 --nameserver 192.0.2.53</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="28" />
        <source>check the sender domain's DNS: MX, SMTP server addresses, SPF for the relay IP, DMARC, PTR</source>
        <translation>check the sender domain's DNS: MX, SMTP server addresses, SPF for the relay IP, DMARC, PTR</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="30" />
        <source>the profile to use (default: the only one)</source>
        <translation>the profile to use (default: the only one)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="32" />
        <source>check this sender address instead of the profile's (no profile needed)</source>
        <translation>check this sender address instead of the profile's (no profile needed)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="34" />
        <source>check this SMTP server instead of the profile's</source>
        <translation>check this SMTP server instead of the profile's</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="36" />
        <source>the relay's outbound IP as receivers see it (repeatable; default: the SMTP server's addresses, as candidates)</source>
        <translation>the relay's outbound IP as receivers see it (repeatable; default: the SMTP server's addresses, as candidates)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="39" />
        <source>ask this name server (default: the system's resolver)</source>
        <translation>ask this name server (default: the system's resolver)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="41" />
        <source>seconds per DNS query (default 3)</source>
        <translation>seconds per DNS query (default 3)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="43" />
        <source>print one JSON object</source>
        <translation>print one JSON object</translation>
    </message>
</context>
<context>
    <name>DnsCheck</name>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="50" />
        <source>MX of the sender domain</source>
        <translation>MX of the sender domain</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="51" />
        <source>Addresses of the SMTP server (A/AAAA)</source>
        <translation>Addresses of the SMTP server (A/AAAA)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="52" />
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="53" />
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="54" />
        <source>Reverse DNS of the relay (PTR)</source>
        <translation>Reverse DNS of the relay (PTR)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="57" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="58" />
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="59" />
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="60" />
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="61" />
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="66" />
        <source>the domain authorises this IP</source>
        <translation>the domain authorises this IP</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="67" />
        <source>the domain says this IP must not send for it: receivers may reject the mail</source>
        <translation>the domain says this IP must not send for it: receivers may reject the mail</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="69" />
        <source>the domain says this IP is probably not allowed: receivers often put the mail in junk</source>
        <translation>the domain says this IP is probably not allowed: receivers often put the mail in junk</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="71" />
        <source>the domain makes no statement about this IP</source>
        <translation>the domain makes no statement about this IP</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="72" />
        <source>the domain publishes no SPF record</source>
        <translation>the domain publishes no SPF record</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="73" />
        <source>the SPF record is broken: receivers treat it like a failure or ignore it</source>
        <translation>the SPF record is broken: receivers treat it like a failure or ignore it</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="75" />
        <source>the SPF record could not be read now (DNS error): receivers defer or ignore it</source>
        <translation>the SPF record could not be read now (DNS error): receivers defer or ignore it</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="79" />
        <source>The name server {} did not answer within {} s.</source>
        <translation>The name server {} did not answer within {} s.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="83" />
        <source>the system's resolver</source>
        <translation>the system's resolver</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="84" />
        <source>The sender address "{}" has no domain to check.</source>
        <translation>The sender address "{}" has no domain to check.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="86" />
        <source>The DNS check was cancelled.</source>
        <translation>The DNS check was cancelled.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="88" />
        <source>{} receives mail at {}.</source>
        <translation>{} receives mail at {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="89" />
        <source>{} has no MX record; receivers may fall back to its A record or doubt the sender.</source>
        <translation>{} has no MX record; receivers may fall back to its A record or doubt the sender.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="91" />
        <source>Publish an MX record for {} so that replies and bounces can reach it.</source>
        <translation>Publish an MX record for {} so that replies and bounces can reach it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="92" />
        <source>The domain {} does not exist in DNS: receivers reject mail from it.</source>
        <translation>The domain {} does not exist in DNS: receivers reject mail from it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="93" />
        <source>Check the sender address; its domain {} must exist in DNS.</source>
        <translation>Check the sender address; its domain {} must exist in DNS.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="94" />
        <source>The query for {} ({}) failed: {}</source>
        <translation>The query for {} ({}) failed: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="96" />
        <source>{} has the addresses {}.</source>
        <translation>{} has the addresses {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="97" />
        <source>The SMTP server is given as the address {}.</source>
        <translation>The SMTP server is given as the address {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="98" />
        <source>{} has no A or AAAA record: the program cannot reach it.</source>
        <translation>{} has no A or AAAA record: the program cannot reach it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="99" />
        <source>Check the spelling of the SMTP server {}.</source>
        <translation>Check the spelling of the SMTP server {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="100" />
        <source>No SMTP server is set.</source>
        <translation>No SMTP server is set.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="102" />
        <source>Relay outbound IP(s) checked: {}.</source>
        <translation>Relay outbound IP(s) checked: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="103" />
        <source>Relay outbound IP(s) from the delivered test mail's Received header: {}.</source>
        <translation>Relay outbound IP(s) from the delivered test mail's Received header: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="105" />
        <source>No relay outbound IP was given: the SMTP server's own addresses ({}) are checked as candidates. The address you submit to may not be the address receivers see; give it with --relay-ip.</source>
        <translation>No relay outbound IP was given: the SMTP server's own addresses ({}) are checked as candidates. The address you submit to may not be the address receivers see; give it with --relay-ip.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="108" />
        <source>No relay outbound IP is known: SPF and PTR cannot be checked. Give it with --relay-ip.</source>
        <translation>No relay outbound IP is known: SPF and PTR cannot be checked. Give it with --relay-ip.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="111" />
        <source>SPF record of {}: {}</source>
        <translation>SPF record of {}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="112" />
        <source>{} publishes no SPF record.</source>
        <translation>{} publishes no SPF record.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="113" />
        <source>{} publishes {} SPF records; exactly one is allowed (permerror).</source>
        <translation>{} publishes {} SPF records; exactly one is allowed (permerror).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="114" />
        <source>{}: SPF {} — {}.</source>
        <translation>{}: SPF {} — {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="115" />
        <source>decided by {}</source>
        <translation>decided by {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="116" />
        <source>no mechanism matched (default)</source>
        <translation>no mechanism matched (default)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="117" />
        <source>{} of 10 DNS lookups used</source>
        <translation>{} of 10 DNS lookups used</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="118" />
        <source>reason: {}</source>
        <translation>reason: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="119" />
        <source>Add {} (or the relay's include:…) to the SPF record of {}.</source>
        <translation>Add {} (or the relay's include:…) to the SPF record of {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="120" />
        <source>Publish a TXT record at {}: "v=spf1 {} -all" (or include: the relay's SPF).</source>
        <translation>Publish a TXT record at {}: "v=spf1 {} -all" (or include: the relay's SPF).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="122" />
        <source>Repair the SPF record of {}: {} (at most 10 DNS lookups — include, a, mx, ptr, exists, redirect — and at most 2 that find nothing).</source>
        <translation>Repair the SPF record of {}: {} (at most 10 DNS lookups — include, a, mx, ptr, exists, redirect — and at most 2 that find nothing).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="125" />
        <source>Merge the SPF records of {} into one.</source>
        <translation>Merge the SPF records of {} into one.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="126" />
        <source>The name servers of {} (or of an included domain) must answer; try again later.</source>
        <translation>The name servers of {} (or of an included domain) must answer; try again later.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="129" />
        <source>DMARC record at {}: {}</source>
        <translation>DMARC record at {}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="130" />
        <source>(found at the organisational domain {})</source>
        <translation>(found at the organisational domain {})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="131" />
        <source>No DMARC record at _dmarc.{}: receivers apply their own rules; many junk unauthenticated mail.</source>
        <translation>No DMARC record at _dmarc.{}: receivers apply their own rules; many junk unauthenticated mail.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="133" />
        <source>Consider publishing "v=DMARC1; p=none; rua=mailto:…" at _dmarc.{} to see who sends for the domain.</source>
        <translation>Consider publishing "v=DMARC1; p=none; rua=mailto:…" at _dmarc.{} to see who sends for the domain.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="135" />
        <source>The DMARC record at {} is not valid: {}</source>
        <translation>The DMARC record at {} is not valid: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="136" />
        <source>Keep exactly one DMARC record at {}.</source>
        <translation>Keep exactly one DMARC record at {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="137" />
        <source>Policy p={}: mail through {} passes DMARC by SPF (the sender domain is the envelope domain).</source>
        <translation>Policy p={}: mail through {} passes DMARC by SPF (the sender domain is the envelope domain).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="139" />
        <source>Policy p=reject: unless the relay signs with DKIM for {}, receivers reject mail through {} (SPF {}).</source>
        <translation>Policy p=reject: unless the relay signs with DKIM for {}, receivers reject mail through {} (SPF {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="141" />
        <source>Policy p=quarantine: unless the relay signs with DKIM for {}, receivers put mail through {} in junk (SPF {}).</source>
        <translation>Policy p=quarantine: unless the relay signs with DKIM for {}, receivers put mail through {} in junk (SPF {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="144" />
        <source>Policy p=none: receivers only report; mail through {} is not rejected for DMARC (SPF {}).</source>
        <translation>Policy p=none: receivers only report; mail through {} is not rejected for DMARC (SPF {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="146" />
        <source>(applied to {} % of failing mail)</source>
        <translation>(applied to {} % of failing mail)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="148" />
        <source>{} is {}, and {} resolves back to it.</source>
        <translation>{} is {}, and {} resolves back to it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="149" />
        <source>{} is {}, but that name does not resolve back to {}.</source>
        <translation>{} is {}, but that name does not resolve back to {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="150" />
        <source>{} has no reverse name (PTR): many receivers reject or junk mail from it.</source>
        <translation>{} has no reverse name (PTR): many receivers reject or junk mail from it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="152" />
        <source>Ask whoever runs {} (provider, hoster) for a PTR record whose name resolves back to it.</source>
        <translation>Ask whoever runs {} (provider, hoster) for a PTR record whose name resolves back to it.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="155" />
        <source>Receivers will accept mail from {} through {}: SPF {}.</source>
        <translation>Receivers will accept mail from {} through {}: SPF {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="156" />
        <source>DNS could not be checked: {}</source>
        <translation>DNS could not be checked: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="157" />
        <source>Receivers see SPF {} for {}: {}.</source>
        <translation>Receivers see SPF {} for {}: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="158" />
        <source>SPF passes, but receivers may refuse or junk mail from {}: see {}.</source>
        <translation>SPF passes, but receivers may refuse or junk mail from {}: see {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="159" />
        <source>With the DMARC policy p=reject of {}, receivers reject it unless the relay signs it with DKIM for the domain.</source>
        <translation>With the DMARC policy p=reject of {}, receivers reject it unless the relay signs it with DKIM for the domain.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="162" />
        <source>With the DMARC policy p=quarantine of {}, receivers put it in junk unless the relay signs it with DKIM for the domain.</source>
        <translation>With the DMARC policy p=quarantine of {}, receivers put it in junk unless the relay signs it with DKIM for the domain.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="166" />
        <source>Mail from {} should get through; see the warnings.</source>
        <translation>Mail from {} should get through; see the warnings.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="167" />
        <source>SPF and PTR were not checked: no relay IP is known.</source>
        <translation>SPF and PTR were not checked: no relay IP is known.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="168" />
        <source>(checked for the SMTP server's address; the relay's outbound IP may differ)</source>
        <translation>(checked for the SMTP server's address; the relay's outbound IP may differ)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="170" />
        <source>To change:</source>
        <translation>To change:</translation>
    </message>
</context>
<context>
    <name>DnsDialog</name>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="43" />
        <source>Check DNS</source>
        <translation>Check DNS</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="49" />
        <source>e.g. 192.0.2.10, 2001:db8::10 (empty: the SMTP server's addresses, as candidates)</source>
        <translation>e.g. 192.0.2.10, 2001:db8::10 (empty: the SMTP server's addresses, as candidates)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="52" />
        <source>empty: the system's resolver; or IP[:PORT]</source>
        <translation>empty: the system's resolver; or IP[:PORT]</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="54" />
        <source>&amp;Sender address:</source>
        <translation>&amp;Sender address:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="55" />
        <source>SMTP se&amp;rver:</source>
        <translation>SMTP se&amp;rver:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="56" />
        <source>Relay &amp;outbound IP(s):</source>
        <translation>Relay &amp;outbound IP(s):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="57" />
        <source>&amp;Name server:</source>
        <translation>&amp;Name server:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="66" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="98" />
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="106" />
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="107" />
        <source>C&amp;ancel</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="108" />
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="109" />
        <source>Copy the whole report as text</source>
        <translation>Copy the whole report as text</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="110" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="168" />
        <source>“{0}” is not an IP address.</source>
        <translation>“{0}” is not an IP address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="174" />
        <source>The name server must be an IP address, optionally with a port: IP:PORT or [IPv6]:PORT.</source>
        <translation>The name server must be an IP address, optionally with a port: IP:PORT or [IPv6]:PORT.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="209" />
        <source>Asking DNS…</source>
        <translation>Asking DNS…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="226" />
        <source>Asking DNS: {0}…</source>
        <translation>Asking DNS: {0}…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="245" />
        <source>Done in {0} s.</source>
        <translation>Done in {0} s.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="249" />
        <source>The check stopped unexpectedly: {0}</source>
        <translation>The check stopped unexpectedly: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="258" />
        <source>DNS check for {0} (domain {1}), SMTP server {2}</source>
        <translation>DNS check for {0} (domain {1}), SMTP server {2}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="270" />
        <source>The report is on the clipboard.</source>
        <translation>The report is on the clipboard.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="290" />
        <source>Check D&amp;NS…</source>
        <translation>Check D&amp;NS…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="292" />
        <source>Check the sender domain's MX, SPF, DMARC and the relay's PTR</source>
        <translation>Check the sender domain's MX, SPF, DMARC and the relay's PTR</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="80" />
        <source>Check the name server given with --nameserver, or this computer's DNS settings (VPN, firewall blocking port 53).</source>
        <translation>Check the name server given with --nameserver, or this computer's DNS settings (VPN, firewall blocking port 53).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="85" />
        <source>Enter the sender address, e.g. SwyxWare@firma.de.</source>
        <translation>Enter the sender address, e.g. SwyxWare@firma.de.</translation>
    </message>
</context>
</TS>