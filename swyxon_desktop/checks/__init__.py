"""Checks: a request, a plan of stages, events, a result, a diagnostics record. Qt-free.

Two levels (enforced by the import-linter layers contract in ``pyproject.toml``):

* the base every protocol engine runs on, importable without them — ``run.py`` (cancel token, deadline,
  background calls, stage events and statuses) and ``stages.py`` (stage identifiers, titles, the plan);
* above the engines — ``credentials.py`` (where a password comes from: typed, keychain, none — one rule
  for the GUI and the CLI), ``kinds.py`` (test mail, check without sending, probe as check kinds),
  ``bulk.py`` (many checks at once), ``record.py`` (the versioned diagnostics record the text report, the
  CLI's JSON and the replay are built from) and ``last.py`` (the last check of each profile).

This package's ``__init__`` imports nothing: the CLI's early path imports ``checks.run`` alone.
"""
