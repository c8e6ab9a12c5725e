"""The room's address as a QR code in a QImage (segno makes the matrix; Qt only paints it)."""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

QUIET = 4  # modules of white around the code: phone cameras need it


def qr_image(text: str, size: int = 360) -> QImage:
    """Black on white whatever the palette (a dark theme's light-on-dark code scans badly)."""
    matrix = segno.make(text, error="m").matrix
    n = len(matrix) + 2 * QUIET
    cell = max(1, size // n)
    image = QImage(n * cell, n * cell, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect((x + QUIET) * cell, (y + QUIET) * cell, cell, cell)
    painter.end()
    return image
