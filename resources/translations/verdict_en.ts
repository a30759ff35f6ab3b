<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/verdict.py" line="16" />
        <source>--nameserver must be an IP address, optionally with a port (IP:PORT, [IPv6]:PORT): {}</source>
        <translation>--nameserver must be an IP address, optionally with a port (IP:PORT, [IPv6]:PORT): {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/verdict.py" line="18" />
        <source>--nameserver is used by the DNS check: add --dns-check.</source>
        <translation>--nameserver is used by the DNS check: add --dns-check.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/verdict.py" line="19" />
        <source>Example: swyxon-desktop test-mail --to pruef@example.org --confirm --dns-check --nameserver 192.0.2.53</source>
        <translation>Example: swyxon-desktop test-mail --to pruef@example.org --confirm --dns-check --nameserver 192.0.2.53</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/verdict.py" line="21" />
        <source>DNS not checked: the test mail was not accepted.</source>
        <translation>DNS not checked: the test mail was not accepted.</translation>
    </message>
</context>
<context>
    <name>Smtp</name>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="34" />
        <source>asking for {}</source>
        <translation>asking for {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="35" />
        <source>SPF {} for {}</source>
        <translation>SPF {} for {}</translation>
    </message>
</context>
<context>
    <name>TestMailDialog</name>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/verdict_view.py" line="135" />
        <source>DNS check of {0} (name server {1}):</source>
        <translation>DNS check of {0} (name server {1}):</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="41" />
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="42" />
        <source>not accepted by the relay: {}</source>
        <translation>not accepted by the relay: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="43" />
        <source>delivered to {0} after {1} s</source>
        <translation>delivered to {0} after {1} s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="44" />
        <source>delivered to the junk folder {} after {} s</source>
        <translation>delivered to the junk folder {} after {} s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="45" />
        <source>not delivered within {} s</source>
        <translation>not delivered within {} s</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="46" />
        <source>not delivered in time</source>
        <translation>not delivered in time</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="47" />
        <source>delivery not confirmed: {}</source>
        <translation>delivery not confirmed: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="48" />
        <source>the delivery confirmation was cancelled</source>
        <translation>the delivery confirmation was cancelled</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="49" />
        <source>the Received chain named no relay IP</source>
        <translation>the Received chain named no relay IP</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="51" />
        <source>receivers see SPF pass for {}</source>
        <translation>receivers see SPF pass for {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="52" />
        <source>receivers see SPF {} for {}: {}</source>
        <translation>receivers see SPF {} for {}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="53" />
        <source>SPF {} for the SMTP server's address {} (receivers may see another)</source>
        <translation>SPF {} for the SMTP server's address {} (receivers may see another)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="54" />
        <source>SPF {} for the SMTP server's address {} (receivers may see another): {}</source>
        <translation>SPF {} for the SMTP server's address {} (receivers may see another): {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="56" />
        <source>SPF not checked: no relay IP is known</source>
        <translation>SPF not checked: no relay IP is known</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="57" />
        <source>(the receiver reported SPF {})</source>
        <translation>(the receiver reported SPF {})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="58" />
        <source>but the DNS check found problems: {}</source>
        <translation>but the DNS check found problems: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="59" />
        <source>DNS not checked: {}</source>
        <translation>DNS not checked: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="60" />
        <source>the DNS check was cancelled</source>
        <translation>the DNS check was cancelled</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="62" />
        <source>add it to the SPF record of {}</source>
        <translation>add it to the SPF record of {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="63" />
        <source>publish an SPF record for {} that allows it</source>
        <translation>publish an SPF record for {} that allows it</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="64" />
        <source>repair the SPF record of {}</source>
        <translation>repair the SPF record of {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="65" />
        <source>the SPF record could not be read; check again later</source>
        <translation>the SPF record could not be read; check again later</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="71" />
        <source>with DMARC p=reject, receivers reject it unless the relay signs it with DKIM for {}</source>
        <translation>with DMARC p=reject, receivers reject it unless the relay signs it with DKIM for {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="73" />
        <source>with DMARC p=quarantine, receivers put it in junk unless the relay signs it with DKIM for {}</source>
        <translation>with DMARC p=quarantine, receivers put it in junk unless the relay signs it with DKIM for {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="77" />
        <source>Verdict: all good</source>
        <translation>Verdict: all good</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="78" />
        <source>Verdict: needs attention</source>
        <translation>Verdict: needs attention</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="79" />
        <source>Verdict: a problem</source>
        <translation>Verdict: a problem</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="81" />
        <source>To change:</source>
        <translation>To change:</translation>
    </message>
</context>
</TS>