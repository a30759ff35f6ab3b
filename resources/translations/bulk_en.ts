<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Bulk</name>
    <message>
        <location filename="../../swyxon_desktop/checks/bulk.py" line="51" />
        <source>The stored profile cannot be read by this version; it is kept in the file unchanged.</source>
        <translation>The stored profile cannot be read by this version; it is kept in the file unchanged.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/checks/bulk.py" line="53" />
        <source>The keychain did not answer within {} s (locked, or waiting for an unlock prompt).</source>
        <translation>The keychain did not answer within {} s (locked, or waiting for an unlock prompt).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="17" />
        <source>Name the profiles to check with --profile NAME (repeatable), or check every profile with --all.</source>
        <translation>Name the profiles to check with --profile NAME (repeatable), or check every profile with --all.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="19" />
        <source>Give either --profile or --all, not both.</source>
        <translation>Give either --profile or --all, not both.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="20" />
        <source>There is no profile to check.</source>
        <translation>There is no profile to check.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="21" />
        <source>There is no profile named "{}". List them with: swyxon-desktop profile list</source>
        <translation>There is no profile named "{}". List them with: swyxon-desktop profile list</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="22" />
        <source>--jobs must be a whole number from 1 to {}.</source>
        <translation>--jobs must be a whole number from 1 to {}.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="23" />
        <source>The address given with --to ({}) is not an e-mail address.</source>
        <translation>The address given with --to ({}) is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="24" />
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="25" />
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="26" />
        <source>{} profile(s) checked in {} s: {} passed, {} failed. Nothing was sent (no DATA).</source>
        <translation>{} profile(s) checked in {} s: {} passed, {} failed. Nothing was sent (no DATA).</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="28" />
        <source>Interrupted (Ctrl+C): {} of {} profile(s) checked; the checks in flight were stopped.</source>
        <translation>Interrupted (Ctrl+C): {} of {} profile(s) checked; the checks in flight were stopped.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="30" />
        <source>{} of {} checked, {} failed</source>
        <translation>{} of {} checked, {} failed</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="31" />
        <source>The CSV file {} could not be written: {}</source>
        <translation>The CSV file {} could not be written: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="32" />
        <source>The results could not be remembered in {}: {}</source>
        <translation>The results could not be remembered in {}: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="38" />
        <source>check profiles without sending: connect, TLS, sign in, sender and recipient (no mail is sent)</source>
        <translation>check profiles without sending: connect, TLS, sign in, sender and recipient (no mail is sent)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="40" />
        <source>a profile to check (repeat for several)</source>
        <translation>a profile to check (repeat for several)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="42" />
        <source>check every profile</source>
        <translation>check every profile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="43" />
        <source>the recipient to check (default: each profile's remembered recipient, else its sender address)</source>
        <translation>the recipient to check (default: each profile's remembered recipient, else its sender address)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="45" />
        <source>how many checks run at once (default {})</source>
        <translation>how many checks run at once (default {})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="47" />
        <source>seconds per network operation (default: each profile's timeout)</source>
        <translation>seconds per network operation (default: each profile's timeout)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="49" />
        <source>print one JSON array, an object per profile</source>
        <translation>print one JSON array, an object per profile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/commands/check.py" line="51" />
        <source>also write the results as CSV</source>
        <translation>also write the results as CSV</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/__init__.py" line="17" />
        <source>&amp;Check all profiles…</source>
        <translation>&amp;Check all profiles…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/__init__.py" line="19" />
        <source>Check every profile without sending a mail and show the results in a table</source>
        <translation>Check every profile without sending a mail and show the results in a table</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="62" />
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="62" />
        <source>Waiting…</source>
        <translation>Waiting…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="63" />
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="63" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="64" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="68" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="68" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="69" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="69" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="70" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="70" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="71" />
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="340" />
        <source>All profiles</source>
        <translation>All profiles</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="356" />
        <source>&amp;Check all</source>
        <translation>&amp;Check all</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="358" />
        <source>Connect, encrypt, sign in and offer sender and recipient for every profile — no mail is sent</source>
        <translation>Connect, encrypt, sign in and offer sender and recipient for every profile — no mail is sent</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="360" />
        <source>C&amp;ancel</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="363" />
        <source>&amp;Only failures</source>
        <translation>&amp;Only failures</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="365" />
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="375" />
        <source>%v of %m checked</source>
        <translation>%v of %m checked</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="564" />
        <source>The check stopped unexpectedly: {0}</source>
        <translation>The check stopped unexpectedly: {0}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="568" />
        <source>Checking {0} profile(s): {1} done, {2} failed. Nothing is sent.</source>
        <translation>Checking {0} profile(s): {1} done, {2} failed. Nothing is sent.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="571" />
        <source>{0} of {1} profile(s) checked in {2} s: {3} failed.</source>
        <translation>{0} of {1} profile(s) checked in {2} s: {3} failed.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="574" />
        <source>Cancelled: the others were not checked.</source>
        <translation>Cancelled: the others were not checked.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="576" />
        <source>{0} profile(s). The table shows each profile's last check; “Check all” checks them again without sending a mail.</source>
        <translation>{0} profile(s). The table shows each profile's last check; “Check all” checks them again without sending a mail.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="589" />
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="590" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="596" />
        <source>The file {0} could not be written: {1}</source>
        <translation>The file {0} could not be written: {1}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/overview/window.py" line="599" />
        <source>Exported {0} row(s) to {1}.</source>
        <translation>Exported {0} row(s) to {1}.</translation>
    </message>
</context>
</TS>