"""Render the application icon's PNG sizes and the Windows .ico from resources/icons/swyxon-desktop.svg.

Run after changing the SVG (from the project root)::

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python tests/installer/render_icons.py

Rendering uses Qt's own QSvgRenderer, the renderer the app uses for the SVG at run time. The .ico holds
every size as a PNG image (Windows Vista and later read PNG entries; PyInstaller copies them as they are).
``tests/installer/test_icons.py`` checks that the committed files are what this script renders.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"
SVG = ICON_DIR / "swyxon-desktop.svg"
ICO = ICON_DIR / "swyxon-desktop.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICON_DIR / f"swyxon-desktop-{size}.png"


def _ensure_gui_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render(size: int, svg: Path = SVG):
    """The SVG rendered into a size x size ARGB image with a transparent background."""
    _ensure_gui_app()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are the given PNG images (ICONDIR + ICONDIRENTRY, PNG payloads)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def main() -> int:
    pngs = {}
    for size in SIZES:
        data = png_bytes(render(size))
        png_path(size).write_bytes(data)
        pngs[size] = data
        print(f"wrote {png_path(size).name}")
    ICO.write_bytes(ico_bytes(pngs))
    print(f"wrote {ICO.name} ({', '.join(map(str, SIZES))})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
