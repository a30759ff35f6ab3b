"""The plan of a run, as data: which stages a check with these settings passes, in which order.

Computed once here; the engine's ``planned_stages`` reads it and the test-mail dialog's stage list
draws it (a row per planned stage: the second EHLO after STARTTLS marked ``again``, a stage the
settings leave out marked with the reason it is skipped). Qt-free; imports only settings and stages.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from swyxon_desktop.checks.stages import (AUTH, CONNECT, DATA, DELIVERY, DNS, EHLO, GREETING, MAIL_FROM, QUIT,
                                          RCPT_TO, RESOLVE, TLS)
from swyxon_desktop.settings import MailSettings, Security


class Skip(str, Enum):
    """Why a stage of the SMTP dialogue is not passed (the window says it in its own words)."""

    TLS_OFF = "tls_off"  # "Use SSL" is off: no encryption
    AUTH_OFF = "auth_off"  # SMTP authentication is off


@dataclass(frozen=True)
class PlannedStage:
    stage: str
    again: bool = False  # the EHLO that follows STARTTLS (a second event of the same stage)
    skipped: Skip | None = None  # not passed with these settings, and why

    @property
    def passed(self) -> bool:
        return self.skipped is None


def stage_plan(settings: MailSettings, *, send: bool = True, delivery: bool = False,
               dns: bool = False) -> list[PlannedStage]:
    """Every stage of a run in order. ``send=False``: the check without sending (no DATA);
    ``delivery``/``dns``: the confirmation over IMAP and the DNS check after it (only when sending)."""
    plan = [PlannedStage(RESOLVE), PlannedStage(CONNECT)]
    security = settings.security
    if security is Security.IMPLICIT:
        plan.append(PlannedStage(TLS))
    plan += [PlannedStage(GREETING), PlannedStage(EHLO)]
    if security is Security.STARTTLS:
        plan += [PlannedStage(TLS), PlannedStage(EHLO, again=True)]
    elif security is Security.PLAIN:
        plan.append(PlannedStage(TLS, skipped=Skip.TLS_OFF))
    plan.append(PlannedStage(AUTH) if settings.use_auth else PlannedStage(AUTH, skipped=Skip.AUTH_OFF))
    plan += [PlannedStage(MAIL_FROM), PlannedStage(RCPT_TO)]
    if send:
        plan.append(PlannedStage(DATA))
    plan.append(PlannedStage(QUIT))
    if send and delivery:
        plan.append(PlannedStage(DELIVERY))
    if send and dns:
        plan.append(PlannedStage(DNS))
    return plan


def network_stages(settings: MailSettings, *, send: bool = True) -> list[str]:
    """The SMTP stages a run passes, each once, in order (the engine's ``planned_stages``)."""
    return [p.stage for p in stage_plan(settings, send=send) if p.passed and not p.again]
