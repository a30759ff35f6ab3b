"""The application log: a rotating file under ``paths.log_dir()`` (platformdirs.user_log_dir). Qt-free.

Never a secret: callers log profile names, server names and outcomes — never a password, never a
settings dict with credentials, never an SMTP transcript that was not redacted first. The file is
created with mode 0600 on POSIX.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from swyxon_desktop import paths

LOG_NAME = "swyxon-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOGGER = "swyxon_desktop"
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_handler: logging.Handler | None = None


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the ``swyxon_desktop`` loggers to the rotating log file; idempotent. Returns the file."""
    from logging.handlers import RotatingFileHandler

    class _PrivateRotatingFileHandler(RotatingFileHandler):
        def _open(self):
            stream = super()._open()
            if os.name == "posix":
                os.chmod(self.baseFilename, 0o600)
            return stream

    global _handler
    target = log_file()
    logger = logging.getLogger(LOGGER)
    if _handler is not None:
        if Path(getattr(_handler, "baseFilename", "")) == target.resolve():
            return target
        logger.removeHandler(_handler)
        _handler.close()
        _handler = None
    target.parent.mkdir(parents=True, exist_ok=True)
    handler = _PrivateRotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                          encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    _handler = handler
    return target


def shutdown_logging() -> None:
    """Close the log file (tests, and before the log folder is removed)."""
    global _handler
    if _handler is not None:
        logging.getLogger(LOGGER).removeHandler(_handler)
        _handler.close()
        _handler = None
