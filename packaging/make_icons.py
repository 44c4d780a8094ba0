"""Render the application icon from its SVG source into the files the packagers need.

    .venv/bin/python packaging/make_icons.py

reads ``resources/icons/hrdesk-app.svg`` and writes ``resources/icons/hrdesk.png`` (256 px, Linux
and the window icon), ``hrdesk.ico`` (Windows, 16–256 px) and ``hrdesk.icns`` (macOS, 16–1024 px).
The outputs are committed, so a release build needs neither this script nor a display.
Uses Qt's SVG renderer (offscreen) and Pillow for the .ico/.icns containers.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "hrdesk-app.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(svg: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """PNG bytes of the SVG at each size (square)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot render {svg}")
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data)
    return out


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def main() -> int:
    from PIL import Image

    pngs = render(SOURCE, tuple(sorted(set(ICO_SIZES) | set(ICNS_SIZES))))
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}

    _write_atomic(ICONS / "hrdesk.png", pngs[256])

    buf = io.BytesIO()
    largest = images[max(ICO_SIZES)]
    largest.save(buf, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    _write_atomic(ICONS / "hrdesk.ico", buf.getvalue())

    buf = io.BytesIO()
    images[1024].save(buf, format="ICNS",
                      append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    _write_atomic(ICONS / "hrdesk.icns", buf.getvalue())
    for name in ("hrdesk.png", "hrdesk.ico", "hrdesk.icns"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
