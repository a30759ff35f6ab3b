"""The check dialogs: *Send test mail…* (with the check without sending, delivery confirmation and the DNS
verdict), *Probe ports…*, the DNS check of a sender domain, *Detect settings…*. Each runs an engine of the
Qt-free packages in a worker thread and shows its stage events, result and report.
"""
