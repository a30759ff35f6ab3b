"""Checks: a request, a plan of stages, events, a result, a diagnostics record. Qt-free.

Two levels (enforced by the import-linter layers contract in ``pyproject.toml``):

* the base every protocol engine runs on, importable without them — ``run.py`` (cancel token, deadline,
  background calls, password fetch, stage events and statuses), ``plan.py`` (the plan of a run as data)
  and ``stages.py`` (every stage's id and title: pure data, below even ``failures``);
* above the engines — ``credentials.py`` (where a password comes from: typed, keychain, none — one rule
  for the GUI and the CLI), ``bulk.py`` (many checks at once), ``record.py`` (the versioned diagnostics
  record, schema ``swyxon-desktop-report`` v1, that a saved report and the replay are built from) and
  ``last.py`` (the last check of each profile).

This package's ``__init__`` imports nothing: the CLI's early path imports ``checks.run`` alone.
"""
