"""What every room of the GUI uses: the run dialog both check dialogs build on, the report texts, the
certificate dialog, questions to the user (``ask``), the worker thread (``Operation``), the keychain job,
``.ui`` loading, form helpers (row hiding, label fitting), the one style module (every colour) and the
program's place on the desktop (icon, versions, folders). Nothing here imports another room.
"""
