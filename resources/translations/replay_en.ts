<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="17" />
        <source>Replica of the server in the report {} (profile "{}").</source>
        <translation>Replica of the server in the report {} (profile "{}").</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="18" />
        <source>Answers at {}: {}</source>
        <translation>Answers at {}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="19" />
        <source>Note: {}</source>
        <translation>Note: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="20" />
        <source>Profile "{}" points at the replica; try it with: swyxon-desktop test-mail --profile "{}" --to ADDR</source>
        <translation>Profile "{}" points at the replica; try it with: swyxon-desktop test-mail --profile "{}" --to ADDR</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="22" />
        <source>The replica profile "{}" was not saved: {}</source>
        <translation>The replica profile "{}" was not saved: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="23" />
        <source>The replica profile "{}" was saved, but its password was not: {} — {}</source>
        <translation>The replica profile "{}" was saved, but its password was not: {} — {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="25" />
        <source>--from-report takes the server's behaviour from the report; leave out {}.</source>
        <translation>--from-report takes the server's behaviour from the report; leave out {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="30" />
        <source>start a replica of the server in a diagnostics report (report.json): its greeting, capabilities, TLS mode, certificate names and the reply where the customer's run failed</source>
        <translation>start a replica of the server in a diagnostics report (report.json): its greeting, capabilities, TLS mode, certificate names and the reply where the customer's run failed</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="33" />
        <source>with --from-report: the name of the profile that points at the replica (default: the report's profile + " (replica)")</source>
        <translation>with --from-report: the name of the profile that points at the replica (default: the report's profile + " (replica)")</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/replay.py" line="36" />
        <source>with --from-report: save no profile</source>
        <translation>with --from-report: save no profile</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="30" />
        <source>The report was saved to {0}, but its data part could not be written to {1}: {2}</source>
        <translation>The report was saved to {0}, but its data part could not be written to {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="33" />
        <source>Report saved to {0} (data for a replica: {1}).</source>
        <translation>Report saved to {0} (data for a replica: {1}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="40" />
        <source>What the client saw (the data part, report.json, has the same):</source>
        <translation>What the client saw (the data part, report.json, has the same):</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="42" />
        <source>Greeting: {0}</source>
        <translation>Greeting: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="43" />
        <source>EHLO before TLS: {0}</source>
        <translation>EHLO before TLS: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="44" />
        <source>EHLO after TLS: {0}</source>
        <translation>EHLO after TLS: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="47" />
        <source>AUTH mechanisms offered: {0}</source>
        <translation>AUTH mechanisms offered: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="52" />
        <source>TLS: {0}; verified: {1}; {2}</source>
        <translation>TLS: {0}; verified: {1}; {2}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="53" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="53" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/shared/record.py" line="56" />
        <source>Certificate: subject {0}; issuer {1}; names {2}; valid {3} – {4}; SHA-256 {5}</source>
        <translation>Certificate: subject {0}; issuer {1}; names {2}; valid {3} – {4}; SHA-256 {5}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="32" />
        <source>Reproduce from report…</source>
        <translation>Reproduce from report…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="34" />
        <source>Start a replica of the server in a saved diagnostics report (.json): its greeting, capabilities, TLS mode, certificate and the reply where the run failed.</source>
        <translation>Start a replica of the server in a saved diagnostics report (.json): its greeting, capabilities, TLS mode, certificate and the reply where the run failed.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="98" />
        <source>The replica could not be prepared: {0}</source>
        <translation>The replica could not be prepared: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="120" />
        <source>Reproduce from report</source>
        <translation>Reproduce from report</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="121" />
        <source>Diagnostics reports (*.json);;All files (*)</source>
        <translation>Diagnostics reports (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="140" />
        <source>Reading {0} and making the replica's certificate …</source>
        <translation>Reading {0} and making the replica's certificate …</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="172" />
        <source>Replica of the server in {0} (profile "{1}"), listening on {2} (TLS: {3}).</source>
        <translation>Replica of the server in {0} (profile "{1}"), listening on {2} (TLS: {3}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="176" />
        <source>Answers at the greeting: {0}</source>
        <translation>Answers at the greeting: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="178" />
        <source>Answers at {0}: {1}</source>
        <translation>Answers at {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/server/replay.py" line="180" />
        <source>Use in a new profile… makes a profile with the customer's settings that points at the replica.</source>
        <translation>Use in a new profile… makes a profile with the customer's settings that points at the replica.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="56" />
        <source>The report {} cannot be read: {}</source>
        <translation>The report {} cannot be read: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="57" />
        <source>The report {} is larger than {} MB; it is not a diagnostics report.</source>
        <translation>The report {} is larger than {} MB; it is not a diagnostics report.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="58" />
        <source>The report {} is not valid JSON (line {}, column {}).</source>
        <translation>The report {} is not valid JSON (line {}, column {}).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="59" />
        <source>The file {} is not a SwyxON Desktop diagnostics report (save one with Save report…, test-mail --report or probe --report).</source>
        <translation>The file {} is not a SwyxON Desktop diagnostics report (save one with Save report…, test-mail --report or probe --report).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="62" />
        <source>The report {} was made by a newer version (report version {}); update SwyxON Desktop.</source>
        <translation>The report {} was made by a newer version (report version {}); update SwyxON Desktop.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="64" />
        <source>The report {} is damaged: the field "{}" {}.</source>
        <translation>The report {} is damaged: the field "{}" {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="65" />
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="66" />
        <source>has the wrong type</source>
        <translation>has the wrong type</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="67" />
        <source>is too long</source>
        <translation>is too long</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="68" />
        <source>contains a line break or another control character</source>
        <translation>contains a line break or another control character</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="69" />
        <source>has a value that is not allowed</source>
        <translation>has a value that is not allowed</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/record.py" line="70" />
        <source>The report could not be written to {}: {}</source>
        <translation>The report could not be written to {}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="46" />
        <source>The customer's run failed before a server answered ({}); the replica answers, so that part is not reproduced.</source>
        <translation>The customer's run failed before a server answered ({}); the replica answers, so that part is not reproduced.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="49" />
        <source>The reply at stage {} is not reproduced (the replica can only answer differently at the greeting, AUTH, MAIL FROM, RCPT TO and DATA).</source>
        <translation>The reply at stage {} is not reproduced (the replica can only answer differently at the greeting, AUTH, MAIL FROM, RCPT TO and DATA).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="52" />
        <source>Only the last line of the multi-line greeting is reproduced.</source>
        <translation>Only the last line of the multi-line greeting is reproduced.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="53" />
        <source>The report has no greeting or EHLO lines; the replica answers with the test server's own.</source>
        <translation>The report has no greeting or EHLO lines; the replica answers with the test server's own.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="55" />
        <source>The customer's certificate was trusted; the replica's imitation is trusted by its fingerprint in the replica profile.</source>
        <translation>The customer's certificate was trusted; the replica's imitation is trusted by its fingerprint in the replica profile.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="58" />
        <source>The customer allowed unencrypted authentication for that run only; allow it for the run here too (test-mail --allow-insecure-auth, or the checkbox in Send test mail).</source>
        <translation>The customer allowed unencrypted authentication for that run only; allow it for the run here too (test-mail --allow-insecure-auth, or the checkbox in Send test mail).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="61" />
        <source>The report has no certificate details; the replica uses the local test CA's certificate.</source>
        <translation>The report has no certificate details; the replica uses the local test CA's certificate.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="64" />
        <source>The certificate name "{}" in the report cannot be imitated.</source>
        <translation>The certificate name "{}" in the report cannot be imitated.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="507" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/replica.py" line="508" />
        <source>{} (replica)</source>
        <translation>{} (replica)</translation>
    </message>
</context>
</TS>