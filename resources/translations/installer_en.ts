<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>SelfCheck</name>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="53" />
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="54" />
        <source>Qt platform plugin "{}"</source>
        <translation>Qt platform plugin "{}"</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="55" />
        <source>Desktop platform plugin "{}"</source>
        <translation>Desktop platform plugin "{}"</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="56" />
        <source>Python modules</source>
        <translation>Python modules</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="57" />
        <source>Layout files (.ui)</source>
        <translation>Layout files (.ui)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="58" />
        <source>Translations ({})</source>
        <translation>Translations ({})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="59" />
        <source>Qt's own translation ({})</source>
        <translation>Qt's own translation ({})</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="60" />
        <source>Main window</source>
        <translation>Main window</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="61" />
        <source>Keychain backends (entry points)</source>
        <translation>Keychain backends (entry points)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="62" />
        <source>Keychain</source>
        <translation>Keychain</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="63" />
        <source>Configuration directory</source>
        <translation>Configuration directory</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="66" />
        <source>loaded from {}</source>
        <translation>loaded from {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="67" />
        <source>not found in {}</source>
        <translation>not found in {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="68" />
        <source>found but does not load: {}</source>
        <translation>found but does not load: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="69" />
        <source>shipped ({}); it does not load here ({}), which matters only in a Wayland session</source>
        <translation>shipped ({}); it does not load here ({}), which matters only in a Wayland session</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="71" />
        <source>the application object could not be created: {}</source>
        <translation>the application object could not be created: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="72" />
        <source>not checked: the Qt platform plugin did not start</source>
        <translation>not checked: the Qt platform plugin did not start</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="73" />
        <source>all {} import</source>
        <translation>all {} import</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="74" />
        <source>{} of {} do not import: {}</source>
        <translation>{} of {} do not import: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="75" />
        <source>{} load from {}</source>
        <translation>{} load from {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="76" />
        <source>no .ui file found in {}</source>
        <translation>no .ui file found in {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="77" />
        <source>do not load: {}</source>
        <translation>do not load: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="78" />
        <source>{} load and are not empty</source>
        <translation>{} load and are not empty</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="79" />
        <source>no catalogue found in {}</source>
        <translation>no catalogue found in {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="80" />
        <source>do not load or are empty: {}</source>
        <translation>do not load or are empty: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="81" />
        <source>areas without both languages: {}</source>
        <translation>areas without both languages: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="82" />
        <source>{} loads</source>
        <translation>{} loads</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="83" />
        <source>{} not found in {}</source>
        <translation>{} not found in {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="84" />
        <source>built and shown on "{}": {}</source>
        <translation>built and shown on "{}": {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="85" />
        <source>could not be built: {}</source>
        <translation>could not be built: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="86" />
        <source>it did not become visible</source>
        <translation>it did not become visible</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="87" />
        <source>asked a question while opening: {}</source>
        <translation>asked a question while opening: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="88" />
        <source>{} found, including {}</source>
        <translation>{} found, including {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="89" />
        <source>{} is not among the entry points found: {}</source>
        <translation>{} is not among the entry points found: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="90" />
        <source>{}: a throw-away entry was stored, read back and deleted</source>
        <translation>{}: a throw-away entry was stored, read back and deleted</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="91" />
        <source>{} is not a keychain (it keeps passwords in a file or nowhere)</source>
        <translation>{} is not a keychain (it keeps passwords in a file or nowhere)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="93" />
        <source>{}: the entry read back differs from the one stored</source>
        <translation>{}: the entry read back differs from the one stored</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="94" />
        <source>{}: the throw-away entry is still there after deleting it</source>
        <translation>{}: the throw-away entry is still there after deleting it</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="95" />
        <source>{}: no answer within {} s (is the keychain locked and waiting for its password?)</source>
        <translation>{}: no answer within {} s (is the keychain locked and waiting for its password?)</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="97" />
        <source>{} is writable</source>
        <translation>{} is writable</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="98" />
        <source>{} is not writable: {}</source>
        <translation>{} is not writable: {}</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="99" />
        <source>All {} checks passed.</source>
        <translation>All {} checks passed.</translation>
    </message>
    <message>
        <location filename="../../swyxon_desktop/gui/selfcheck.py" line="100" />
        <source>{} of {} checks failed.</source>
        <translation>{} of {} checks failed.</translation>
    </message>
</context>
</TS>