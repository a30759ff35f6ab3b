"""The SMTP engine (Qt-free). API documentation: see the end of this work."""
from swyxon_desktop.smtp.engine import SendResult, default_deadline, planned_stages, send_test_mail
from swyxon_desktop.smtp.errors import STAGE_TITLES, STAGES
from swyxon_desktop.smtp.session import CancelToken, StageEvent
from swyxon_desktop.smtp.tlsinfo import CertificateInfo, TlsInfo
from swyxon_desktop.smtp.transcript import TranscriptLine
