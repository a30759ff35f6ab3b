"""The application icon: one SVG, the PNG sizes and the .ico rendered from it (tests/installer/render_icons.py)."""
from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pytest

from . import render_icons as icons


def test_the_svg_is_a_valid_square_icon(qapp):
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(icons.SVG))
    assert renderer.isValid()
    box = renderer.viewBoxF()
    assert box.width() == box.height() > 0
    root = ET.parse(icons.SVG).getroot()
    assert root.findtext("{http://www.w3.org/2000/svg}title") == "SwyxON Desktop"


@pytest.mark.parametrize("size", icons.SIZES)
def test_each_png_is_the_svg_rendered_at_its_size(qapp, size):
    from PySide6.QtGui import QImage

    shipped = QImage(str(icons.png_path(size)))
    assert not shipped.isNull() and shipped.width() == shipped.height() == size
    assert shipped.hasAlphaChannel()
    fresh = icons.render(size).convertToFormat(QImage.Format.Format_ARGB32)
    shipped = shipped.convertToFormat(QImage.Format.Format_ARGB32)
    worst, total = 0, 0
    for y in range(size):
        for x in range(size):
            a, b = shipped.pixel(x, y), fresh.pixel(x, y)
            diff = max(abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF)) for s in (0, 8, 16, 24))
            worst, total = max(worst, diff), total + diff
    # the same renderer may anti-alias a little differently across Qt versions, nothing more
    assert worst <= 24 and total / (size * size) < 1.0, "stale PNG: run tests/installer/render_icons.py"


def test_the_ico_holds_every_size_as_the_shipped_png():
    data = icons.ICO.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, len(icons.SIZES))
    found = {}
    for i in range(count):
        width, height, _colors, _res, planes, bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        size = width or 256
        assert (width or 256) == (height or 256) and planes == 1 and bpp == 32
        found[size] = data[offset:offset + length]
    assert sorted(found) == sorted(icons.SIZES)
    for size, payload in found.items():
        assert payload == icons.png_path(size).read_bytes()


def test_qt_reads_the_ico(qapp):
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(icons.ICO))
    assert reader.canRead() and reader.imageCount() == len(icons.SIZES)
    sizes = []
    for i in range(reader.imageCount()):
        assert reader.jumpToImage(i)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.width())
    assert sorted(sizes) == sorted(icons.SIZES)
