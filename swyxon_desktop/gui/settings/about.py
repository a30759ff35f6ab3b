"""Help › About: versions (app, Python, Qt, PySide6, OpenSSL), the keychain in use, and where the
configuration and the log live, with buttons that open those folders (QDesktopServices).

A non-modal dialog (``show()``, never ``exec()``); the layout is ``ui/about.ui``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QWidget

from swyxon_desktop import APP_DISPLAY_NAME, logsetup, paths, secrets
from swyxon_desktop.gui.shared.system import icon_path, open_folder, versions
from swyxon_desktop.gui.shared.uiload import UiRefs, load_ui
from swyxon_desktop.gui.shared.worker import Operation


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        load_ui("about.ui", self)
        self.ui = ui = UiRefs(self)
        self.setModal(False)
        v = versions()
        ui.titleLabel.setText(f"{APP_DISPLAY_NAME} {v['app']}")
        font = ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        ui.titleLabel.setFont(font)
        icon = icon_path()
        if icon is not None:
            ui.iconLabel.setPixmap(QIcon(str(icon)).pixmap(64, 64))
        else:
            ui.iconLabel.hide()
        ui.appVersionValue.setText(v["app"])
        ui.pythonVersionValue.setText(v["python"])
        ui.qtVersionValue.setText(v["qt"])
        ui.pysideVersionValue.setText(v["pyside"])
        ui.opensslVersionValue.setText(v["openssl"])
        # Naming the keychain backend imports keyring and asks D-Bus / the Credential Manager: a worker
        # thread does it, so a slow or hung keychain never freezes the window.
        ui.keychainValue.setText(QCoreApplication.translate("AboutDialog", "asking the keychain…"))
        self._keychain_op = Operation(lambda _ctx: secrets.backend_name(), name="about-keychain")
        self._keychain_op.finished.connect(self._show_keychain)
        self._keychain_op.crashed.connect(self._keychain_unknown)
        self._keychain_op.start()
        self.config_dir = paths.config_dir()
        log_file = logsetup.log_file()
        self.log_dir = log_file.parent
        ui.configPath.setText(str(paths.config_file()))
        ui.logPath.setText(str(log_file))
        ui.openConfigButton.clicked.connect(lambda: open_folder(self.config_dir))
        ui.openLogButton.clicked.connect(lambda: open_folder(self.log_dir))
        ui.buttonBox.rejected.connect(self.close)
        self.resize(max(self.sizeHint().width(), 620), self.sizeHint().height())

    def _show_keychain(self, name: object) -> None:
        self.ui.keychainValue.setText(str(name))

    def _keychain_unknown(self, _error: str) -> None:
        self._show_keychain(QCoreApplication.translate("AboutDialog", "unknown (the keychain did not answer)"))
