<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/verdict.py" line="16" />
        <source>--nameserver must be an IP address, optionally with a port (IP:PORT, [IPv6]:PORT): {}</source>
        <translation>--nameserver muss eine IP-Adresse sein, wahlweise mit Port (IP:PORT, [IPv6]:PORT): {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/verdict.py" line="18" />
        <source>--nameserver is used by the DNS check: add --dns-check.</source>
        <translation>--nameserver gilt für die DNS-Prüfung: ergänzen Sie --dns-check.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/verdict.py" line="19" />
        <source>Example: swyxon-desktop test-mail --to pruef@example.org --confirm --dns-check --nameserver 192.0.2.53</source>
        <translation>Beispiel: swyxon-desktop test-mail --to pruef@example.org --confirm --dns-check --nameserver 192.0.2.53</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/verdict.py" line="21" />
        <source>DNS not checked: the test mail was not accepted.</source>
        <translation>DNS nicht geprüft: die Testmail wurde nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>Smtp</name>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="34" />
        <source>asking for {}</source>
        <translation>frage {} ab</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="35" />
        <source>SPF {} for {}</source>
        <translation>SPF {} für {}</translation>
    </message>
</context>
<context>
    <name>TestMailDialog</name>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/verdict_view.py" line="135" />
        <source>DNS check of {0} (name server {1}):</source>
        <translation>DNS-Prüfung von {0} (Nameserver {1}):</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="41" />
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="42" />
        <source>not accepted by the relay: {}</source>
        <translation>nicht vom Relay angenommen: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="43" />
        <source>delivered to {0} after {1} s</source>
        <translation>nach {1} s in {0} zugestellt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="44" />
        <source>delivered to the junk folder {} after {} s</source>
        <translation>im Junk-Ordner {} nach {} s zugestellt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="45" />
        <source>not delivered within {} s</source>
        <translation>nicht innerhalb von {} s zugestellt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="46" />
        <source>not delivered in time</source>
        <translation>nicht rechtzeitig zugestellt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="47" />
        <source>delivery not confirmed: {}</source>
        <translation>Zustellung nicht bestätigt: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="48" />
        <source>the delivery confirmation was cancelled</source>
        <translation>die Zustellbestätigung wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="49" />
        <source>the Received chain named no relay IP</source>
        <translation>die Received-Kette nennt keine Relay-IP</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="51" />
        <source>receivers see SPF pass for {}</source>
        <translation>Empfänger sehen SPF pass für {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="52" />
        <source>receivers see SPF {} for {}: {}</source>
        <translation>Empfänger sehen SPF {} für {}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="53" />
        <source>SPF {} for the SMTP server's address {} (receivers may see another)</source>
        <translation>SPF {} für die Adresse des SMTP-Servers {} (Empfänger sehen womöglich eine andere)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="54" />
        <source>SPF {} for the SMTP server's address {} (receivers may see another): {}</source>
        <translation>SPF {} für die Adresse des SMTP-Servers {} (Empfänger sehen womöglich eine andere): {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="56" />
        <source>SPF not checked: no relay IP is known</source>
        <translation>SPF nicht geprüft: keine Relay-IP bekannt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="57" />
        <source>(the receiver reported SPF {})</source>
        <translation>(der Empfänger meldete SPF {})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="58" />
        <source>but the DNS check found problems: {}</source>
        <translation>aber die DNS-Prüfung fand Probleme: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="59" />
        <source>DNS not checked: {}</source>
        <translation>DNS nicht geprüft: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="60" />
        <source>the DNS check was cancelled</source>
        <translation>die DNS-Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="62" />
        <source>add it to the SPF record of {}</source>
        <translation>in den SPF-Eintrag von {} aufnehmen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="63" />
        <source>publish an SPF record for {} that allows it</source>
        <translation>für {} einen SPF-Eintrag veröffentlichen, der sie erlaubt</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="64" />
        <source>repair the SPF record of {}</source>
        <translation>den SPF-Eintrag von {} reparieren</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="65" />
        <source>the SPF record could not be read; check again later</source>
        <translation>der SPF-Eintrag war nicht lesbar; später erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="71" />
        <source>with DMARC p=reject, receivers reject it unless the relay signs it with DKIM for {}</source>
        <translation>mit DMARC p=reject weisen Empfänger sie ab, sofern das Relay sie nicht per DKIM für {} signiert</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="73" />
        <source>with DMARC p=quarantine, receivers put it in junk unless the relay signs it with DKIM for {}</source>
        <translation>mit DMARC p=quarantine legen Empfänger sie in den Junk-Ordner, sofern das Relay sie nicht per DKIM für {} signiert</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="77" />
        <source>Verdict: all good</source>
        <translation>Urteil: alles in Ordnung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="78" />
        <source>Verdict: needs attention</source>
        <translation>Urteil: bitte prüfen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="79" />
        <source>Verdict: a problem</source>
        <translation>Urteil: ein Problem</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/verdict.py" line="81" />
        <source>To change:</source>
        <translation>Zu ändern:</translation>
    </message>
</context>
</TS>