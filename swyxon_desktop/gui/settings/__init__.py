"""The settings window (*Plattform › Allgemeine Einstellungen*, tab *E-Mail*): the window, its form model,
the IMAP tab (*Delivery confirmation*), *Help › About*, and the mail actions that open the check dialogs.
"""
