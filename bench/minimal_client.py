"""The least a Python ``test-mail`` can do with the parts the product requires — a floor, not a product.

Reads the password from the Secret Service (``secretstorage``, the library behind keyring's Linux
backend, encrypted session), trusts what ``ssl.create_default_context()`` trusts plus the CA file (the
context is built in a helper thread while the rest loads: OpenSSL parses the system bundle without the
GIL), then STARTTLS, AUTH LOGIN, MAIL/RCPT/DATA, QUIT with ``smtplib``. No argument parsing, no
profile store, no validation, no stages, no transcript, no messages. ``bench/test_mail.py`` runs it
against the same server as ``swyxon-desktop test-mail`` and swaks to show how much of the ratio is
Python itself.

    python bench/minimal_client.py HOST PORT CA_FILE USER SENDER RECIPIENT KEYCHAIN_ACCOUNT
"""
import ssl
import sys
import threading

box = {}
thread = threading.Thread(target=lambda: box.setdefault("ctx", ssl.create_default_context()))
thread.start()

import smtplib  # noqa: E402
from contextlib import closing  # noqa: E402

import secretstorage  # noqa: E402

host, port, ca_file, user, sender, recipient, account = sys.argv[1:8]
with closing(secretstorage.dbus_init()) as bus:
    collection = secretstorage.get_default_collection(bus)
    item = next(iter(collection.search_items({"service": "swyxon-desktop", "username": account})))
    password = item.get_secret().decode()
thread.join()
context = box["ctx"]
context.load_verify_locations(cafile=ca_file)
message = f"From: {sender}\r\nTo: {recipient}\r\nSubject: floor\r\n\r\nfloor\r\n"
with smtplib.SMTP(host, int(port), timeout=10) as smtp:
    smtp.starttls(context=context)
    smtp.ehlo()
    smtp.user, smtp.password = user, password
    smtp.auth("LOGIN", smtp.auth_login, initial_response_ok=False)  # as swaks --auth LOGIN
    smtp.sendmail(sender, [recipient], message)
