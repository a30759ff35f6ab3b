"""The worker thread's half of a keychain operation (a Profiles keychain step), shared by the windows.

A :class:`~swyxon_desktop.profiles.Profiles` operation writes its file on the GUI thread and hands back a
keychain step; a :class:`~swyxon_desktop.gui.shared.worker.Operation` runs :func:`keychain_job` with it and
delivers a :class:`KeychainAnswer` to the GUI thread. Qt-free: nothing here touches a widget.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from swyxon_desktop.profiles import KeychainStep, Profiles
    from swyxon_desktop.secrets import KeychainError


@dataclass
class KeychainAnswer:
    """What one keychain job brings back to the GUI thread (an object, never a bare None/bool: gui.worker)."""

    error: KeychainError | None = None  # the step's failure worth reporting
    stored: bool | None = None  # the answer to the question asked after the step (None: cannot say)


def keychain_job(profiles: Profiles, step: KeychainStep | None,
                 check: str | None) -> Callable[[object], KeychainAnswer]:
    """The job: the step (it reports its failure instead of raising it), then "is a password stored for
    ``check``?" when asked."""

    def job(_ctx: object) -> KeychainAnswer:
        answer = KeychainAnswer()
        if step is not None:
            answer.error = step()
        if check is not None:
            answer.stored = profiles.has_password(check)
        return answer

    return job
