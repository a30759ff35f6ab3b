<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="16" />
        <source>DNS check for {} (domain {}), SMTP server {}, name server {}</source>
        <translation>DNS-Prüfung für {} (Domain {}), SMTP-Server {}, Nameserver {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="17" />
        <source>Profile "{}"</source>
        <translation>Profil „{}“</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="18" />
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="19" />
        <source>--nameserver must be an IP address, optionally with a port (IP:PORT, [IPv6]:PORT): {}</source>
        <translation>--nameserver muss eine IP-Adresse sein, wahlweise mit Port (IP:PORT, [IPv6]:PORT): {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="21" />
        <source>--relay-ip must be an IP address: {}</source>
        <translation>--relay-ip muss eine IP-Adresse sein: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="22" />
        <source>--timeout must be between 0.1 and 60 seconds.</source>
        <translation>--timeout muss zwischen 0,1 und 60 Sekunden liegen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="23" />
        <source>Example: swyxon-desktop dns-check --relay-ip 192.0.2.10 --nameserver 192.0.2.53</source>
        <translation>Beispiel: swyxon-desktop dns-check --relay-ip 192.0.2.10 --nameserver 192.0.2.53</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="28" />
        <source>check the sender domain's DNS: MX, SMTP server addresses, SPF for the relay IP, DMARC, PTR</source>
        <translation>das DNS der Absenderdomain prüfen: MX, Adressen des SMTP-Servers, SPF für die Relay-IP, DMARC, PTR</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="30" />
        <source>the profile to use (default: the only one)</source>
        <translation>das zu verwendende Profil (Standard: das einzige)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="32" />
        <source>check this sender address instead of the profile's (no profile needed)</source>
        <translation>diese Absenderadresse statt der des Profils prüfen (kein Profil nötig)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="34" />
        <source>check this SMTP server instead of the profile's</source>
        <translation>diesen SMTP-Server statt dem des Profils prüfen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="36" />
        <source>the relay's outbound IP as receivers see it (repeatable; default: the SMTP server's addresses, as candidates)</source>
        <translation>die ausgehende IP des Relays, wie Empfänger sie sehen (mehrfach möglich; Standard: die Adressen des SMTP-Servers, als Kandidaten)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="39" />
        <source>ask this name server (default: the system's resolver)</source>
        <translation>diesen Nameserver fragen (Standard: der Resolver des Systems)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="41" />
        <source>seconds per DNS query (default 3)</source>
        <translation>Sekunden je DNS-Abfrage (Standard 3)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/dnscheck.py" line="43" />
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
</context>
<context>
    <name>DnsCheck</name>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="50" />
        <source>MX of the sender domain</source>
        <translation>MX der Absenderdomain</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="51" />
        <source>Addresses of the SMTP server (A/AAAA)</source>
        <translation>Adressen des SMTP-Servers (A/AAAA)</translation>
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
        <translation>Reverse-DNS des Relays (PTR)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="57" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="58" />
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="59" />
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="60" />
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="61" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="66" />
        <source>the domain authorises this IP</source>
        <translation>die Domain erlaubt diese IP</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="67" />
        <source>the domain says this IP must not send for it: receivers may reject the mail</source>
        <translation>die Domain sagt, diese IP darf nicht für sie senden: Empfänger können die Mail abweisen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="69" />
        <source>the domain says this IP is probably not allowed: receivers often put the mail in junk</source>
        <translation>die Domain sagt, diese IP ist wahrscheinlich nicht erlaubt: Empfänger legen die Mail oft in den Spam-Ordner</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="71" />
        <source>the domain makes no statement about this IP</source>
        <translation>die Domain macht keine Aussage über diese IP</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="72" />
        <source>the domain publishes no SPF record</source>
        <translation>die Domain veröffentlicht keinen SPF-Eintrag</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="73" />
        <source>the SPF record is broken: receivers treat it like a failure or ignore it</source>
        <translation>der SPF-Eintrag ist fehlerhaft: Empfänger werten das wie ein Fehlschlagen oder ignorieren ihn</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="75" />
        <source>the SPF record could not be read now (DNS error): receivers defer or ignore it</source>
        <translation>der SPF-Eintrag war gerade nicht lesbar (DNS-Fehler): Empfänger stellen die Mail zurück oder ignorieren ihn</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="79" />
        <source>The name server {} did not answer within {} s.</source>
        <translation>Der Nameserver {} hat nicht innerhalb von {} s geantwortet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="83" />
        <source>the system's resolver</source>
        <translation>der Resolver des Systems</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="84" />
        <source>The sender address "{}" has no domain to check.</source>
        <translation>Die Absenderadresse „{}“ hat keine Domain, die sich prüfen ließe.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="86" />
        <source>The DNS check was cancelled.</source>
        <translation>Die DNS-Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="88" />
        <source>{} receives mail at {}.</source>
        <translation>{} empfängt Mail über {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="89" />
        <source>{} has no MX record; receivers may fall back to its A record or doubt the sender.</source>
        <translation>{} hat keinen MX-Eintrag; Empfänger greifen dann auf den A-Eintrag zurück oder zweifeln am Absender.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="91" />
        <source>Publish an MX record for {} so that replies and bounces can reach it.</source>
        <translation>Veröffentlichen Sie einen MX-Eintrag für {}, damit Antworten und Unzustellbarkeitsmeldungen ankommen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="92" />
        <source>The domain {} does not exist in DNS: receivers reject mail from it.</source>
        <translation>Die Domain {} existiert nicht im DNS: Empfänger weisen Mail von ihr ab.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="93" />
        <source>Check the sender address; its domain {} must exist in DNS.</source>
        <translation>Prüfen Sie die Absenderadresse; ihre Domain {} muss im DNS existieren.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="94" />
        <source>The query for {} ({}) failed: {}</source>
        <translation>Die Abfrage nach {} ({}) ist fehlgeschlagen: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="96" />
        <source>{} has the addresses {}.</source>
        <translation>{} hat die Adressen {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="97" />
        <source>The SMTP server is given as the address {}.</source>
        <translation>Der SMTP-Server ist als Adresse {} angegeben.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="98" />
        <source>{} has no A or AAAA record: the program cannot reach it.</source>
        <translation>{} hat keinen A- oder AAAA-Eintrag: das Programm kann ihn nicht erreichen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="99" />
        <source>Check the spelling of the SMTP server {}.</source>
        <translation>Prüfen Sie die Schreibweise des SMTP-Servers {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="100" />
        <source>No SMTP server is set.</source>
        <translation>Es ist kein SMTP-Server eingetragen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="102" />
        <source>Relay outbound IP(s) checked: {}.</source>
        <translation>Geprüfte ausgehende IP(s) des Relays: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="103" />
        <source>Relay outbound IP(s) from the delivered test mail's Received header: {}.</source>
        <translation>Ausgehende IP(s) des Relays laut Received-Kopfzeile der zugestellten Testmail: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="105" />
        <source>No relay outbound IP was given: the SMTP server's own addresses ({}) are checked as candidates. The address you submit to may not be the address receivers see; give it with --relay-ip.</source>
        <translation>Es wurde keine ausgehende IP des Relays angegeben: die Adressen des SMTP-Servers ({}) werden als Kandidaten geprüft. Die Adresse, an die Sie einliefern, ist nicht unbedingt die, die Empfänger sehen; geben Sie sie mit --relay-ip an.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="108" />
        <source>No relay outbound IP is known: SPF and PTR cannot be checked. Give it with --relay-ip.</source>
        <translation>Keine ausgehende IP des Relays bekannt: SPF und PTR lassen sich nicht prüfen. Geben Sie sie mit --relay-ip an.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="111" />
        <source>SPF record of {}: {}</source>
        <translation>SPF-Eintrag von {}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="112" />
        <source>{} publishes no SPF record.</source>
        <translation>{} veröffentlicht keinen SPF-Eintrag.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="113" />
        <source>{} publishes {} SPF records; exactly one is allowed (permerror).</source>
        <translation>{} veröffentlicht {} SPF-Einträge; erlaubt ist genau einer (permerror).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="114" />
        <source>{}: SPF {} — {}.</source>
        <translation>{}: SPF {} – {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="115" />
        <source>decided by {}</source>
        <translation>entschieden durch {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="116" />
        <source>no mechanism matched (default)</source>
        <translation>kein Mechanismus passte (Standard)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="117" />
        <source>{} of 10 DNS lookups used</source>
        <translation>{} von 10 DNS-Abfragen verbraucht</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="118" />
        <source>reason: {}</source>
        <translation>Grund: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="119" />
        <source>Add {} (or the relay's include:…) to the SPF record of {}.</source>
        <translation>Tragen Sie {} (oder das include:… des Relays) in den SPF-Eintrag von {} ein.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="120" />
        <source>Publish a TXT record at {}: "v=spf1 {} -all" (or include: the relay's SPF).</source>
        <translation>Veröffentlichen Sie einen TXT-Eintrag bei {}: „v=spf1 {} -all“ (oder binden Sie den SPF des Relays per include: ein).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="122" />
        <source>Repair the SPF record of {}: {} (at most 10 DNS lookups — include, a, mx, ptr, exists, redirect — and at most 2 that find nothing).</source>
        <translation>Reparieren Sie den SPF-Eintrag von {}: {} (höchstens 10 DNS-Abfragen – include, a, mx, ptr, exists, redirect – und höchstens 2, die nichts finden).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="125" />
        <source>Merge the SPF records of {} into one.</source>
        <translation>Führen Sie die SPF-Einträge von {} zu einem zusammen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="126" />
        <source>The name servers of {} (or of an included domain) must answer; try again later.</source>
        <translation>Die Nameserver von {} (oder einer eingebundenen Domain) müssen antworten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="129" />
        <source>DMARC record at {}: {}</source>
        <translation>DMARC-Eintrag bei {}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="130" />
        <source>(found at the organisational domain {})</source>
        <translation>(gefunden bei der Organisationsdomain {})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="131" />
        <source>No DMARC record at _dmarc.{}: receivers apply their own rules; many junk unauthenticated mail.</source>
        <translation>Kein DMARC-Eintrag bei _dmarc.{}: Empfänger wenden eigene Regeln an; viele legen nicht authentifizierte Mail in den Spam-Ordner.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="133" />
        <source>Consider publishing "v=DMARC1; p=none; rua=mailto:…" at _dmarc.{} to see who sends for the domain.</source>
        <translation>Veröffentlichen Sie ggf. „v=DMARC1; p=none; rua=mailto:…“ bei _dmarc.{}, um zu sehen, wer für die Domain sendet.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="135" />
        <source>The DMARC record at {} is not valid: {}</source>
        <translation>Der DMARC-Eintrag bei {} ist ungültig: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="136" />
        <source>Keep exactly one DMARC record at {}.</source>
        <translation>Behalten Sie genau einen DMARC-Eintrag bei {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="137" />
        <source>Policy p={}: mail through {} passes DMARC by SPF (the sender domain is the envelope domain).</source>
        <translation>Richtlinie p={}: Mail über {} besteht DMARC per SPF (die Absenderdomain ist die Envelope-Domain).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="139" />
        <source>Policy p=reject: unless the relay signs with DKIM for {}, receivers reject mail through {} (SPF {}).</source>
        <translation>Richtlinie p=reject: sofern das Relay nicht per DKIM für {} signiert, weisen Empfänger Mail über {} ab (SPF {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="141" />
        <source>Policy p=quarantine: unless the relay signs with DKIM for {}, receivers put mail through {} in junk (SPF {}).</source>
        <translation>Richtlinie p=quarantine: sofern das Relay nicht per DKIM für {} signiert, legen Empfänger Mail über {} in den Spam-Ordner (SPF {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="144" />
        <source>Policy p=none: receivers only report; mail through {} is not rejected for DMARC (SPF {}).</source>
        <translation>Richtlinie p=none: Empfänger berichten nur; Mail über {} wird wegen DMARC nicht abgewiesen (SPF {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="146" />
        <source>(applied to {} % of failing mail)</source>
        <translation>(angewandt auf {} % der durchfallenden Mail)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="148" />
        <source>{} is {}, and {} resolves back to it.</source>
        <translation>{} ist {}, und {} löst wieder auf diese Adresse auf.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="149" />
        <source>{} is {}, but that name does not resolve back to {}.</source>
        <translation>{} ist {}, aber dieser Name löst nicht wieder auf {} auf.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="150" />
        <source>{} has no reverse name (PTR): many receivers reject or junk mail from it.</source>
        <translation>{} hat keinen Reverse-Namen (PTR): viele Empfänger weisen Mail von dort ab oder legen sie in den Spam-Ordner.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="152" />
        <source>Ask whoever runs {} (provider, hoster) for a PTR record whose name resolves back to it.</source>
        <translation>Bitten Sie den Betreiber von {} (Provider, Hoster) um einen PTR-Eintrag, dessen Name wieder auf diese Adresse auflöst.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="155" />
        <source>Receivers will accept mail from {} through {}: SPF {}.</source>
        <translation>Empfänger nehmen Mail von {} über {} an: SPF {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="156" />
        <source>DNS could not be checked: {}</source>
        <translation>DNS konnte nicht geprüft werden: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="157" />
        <source>Receivers see SPF {} for {}: {}.</source>
        <translation>Empfänger sehen SPF {} für {}: {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="158" />
        <source>SPF passes, but receivers may refuse or junk mail from {}: see {}.</source>
        <translation>SPF besteht, aber Empfänger können Mail von {} abweisen oder als Spam einstufen: siehe {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="159" />
        <source>With the DMARC policy p=reject of {}, receivers reject it unless the relay signs it with DKIM for the domain.</source>
        <translation>Mit der DMARC-Richtlinie p=reject von {} weisen Empfänger sie ab, sofern das Relay sie nicht per DKIM für die Domain signiert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="162" />
        <source>With the DMARC policy p=quarantine of {}, receivers put it in junk unless the relay signs it with DKIM for the domain.</source>
        <translation>Mit der DMARC-Richtlinie p=quarantine von {} legen Empfänger sie in den Spam-Ordner, sofern das Relay sie nicht per DKIM für die Domain signiert.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="166" />
        <source>Mail from {} should get through; see the warnings.</source>
        <translation>Mail von {} sollte ankommen; beachten Sie die Warnungen.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="167" />
        <source>SPF and PTR were not checked: no relay IP is known.</source>
        <translation>SPF und PTR wurden nicht geprüft: keine Relay-IP bekannt.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="168" />
        <source>(checked for the SMTP server's address; the relay's outbound IP may differ)</source>
        <translation>(geprüft für die Adresse des SMTP-Servers; die ausgehende IP des Relays kann eine andere sein)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="170" />
        <source>To change:</source>
        <translation>Zu ändern:</translation>
    </message>
</context>
<context>
    <name>DnsDialog</name>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="43" />
        <source>Check DNS</source>
        <translation>DNS prüfen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="49" />
        <source>e.g. 192.0.2.10, 2001:db8::10 (empty: the SMTP server's addresses, as candidates)</source>
        <translation>z. B. 192.0.2.10, 2001:db8::10 (leer: die Adressen des SMTP-Servers, als Kandidaten)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="52" />
        <source>empty: the system's resolver; or IP[:PORT]</source>
        <translation>leer: der Resolver des Systems; oder IP[:PORT]</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="54" />
        <source>&amp;Sender address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="55" />
        <source>SMTP se&amp;rver:</source>
        <translation>SMTP-Se&amp;rver:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="56" />
        <source>Relay &amp;outbound IP(s):</source>
        <translation>Ausgehende &amp;IP(s) des Relays:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="57" />
        <source>&amp;Name server:</source>
        <translation>&amp;Nameserver:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="66" />
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="98" />
        <source>&amp;Verdict:</source>
        <translation>&amp;Urteil:</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="106" />
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="107" />
        <source>C&amp;ancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="108" />
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="109" />
        <source>Copy the whole report as text</source>
        <translation>Den ganzen Bericht als Text kopieren</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="110" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="168" />
        <source>“{0}” is not an IP address.</source>
        <translation>„{0}“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="174" />
        <source>The name server must be an IP address, optionally with a port: IP:PORT or [IPv6]:PORT.</source>
        <translation>Der Nameserver muss eine IP-Adresse sein, wahlweise mit Port: IP:PORT oder [IPv6]:PORT.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="209" />
        <source>Asking DNS…</source>
        <translation>DNS wird gefragt…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="226" />
        <source>Asking DNS: {0}…</source>
        <translation>DNS wird gefragt: {0}…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="245" />
        <source>Done in {0} s.</source>
        <translation>Fertig in {0} s.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="249" />
        <source>The check stopped unexpectedly: {0}</source>
        <translation>Die Prüfung hat unerwartet aufgehört: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="258" />
        <source>DNS check for {0} (domain {1}), SMTP server {2}</source>
        <translation>DNS-Prüfung für {0} (Domain {1}), SMTP-Server {2}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="270" />
        <source>The report is on the clipboard.</source>
        <translation>Der Bericht ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="290" />
        <source>Check D&amp;NS…</source>
        <translation>&amp;DNS prüfen…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/checks/dns_dialog.py" line="292" />
        <source>Check the sender domain's MX, SPF, DMARC and the relay's PTR</source>
        <translation>MX, SPF und DMARC der Absenderdomain und den PTR des Relays prüfen</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="80" />
        <source>Check the name server given with --nameserver, or this computer's DNS settings (VPN, firewall blocking port 53).</source>
        <translation>Prüfen Sie den mit --nameserver angegebenen Nameserver oder die DNS-Einstellungen dieses Computers (VPN, eine Firewall, die Port 53 sperrt).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/dnscheck.py" line="85" />
        <source>Enter the sender address, e.g. SwyxWare@firma.de.</source>
        <translation>Geben Sie die Absenderadresse ein, z. B. SwyxWare@firma.de.</translation>
    </message>
</context>
</TS>