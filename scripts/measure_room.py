"""The text heights a room sees, measured on virtual screens (docs/in-the-room.md): the body
text, the headings and the model's labels in the normal window, in presentation mode (with and
without the projector profile) and on the audience window. Usage:
    python scripts/measure_room.py            one line per screen size, as a Markdown table
Each size runs in a process of its own whose offscreen screen has that size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ("1024x768", "1366x768", "1920x1080")


def _label_px(canvas) -> str:
    """The smallest and largest element label as drawn (points × the view's zoom), and in the
    numbered form the smallest line of its key."""
    zoom = canvas.transform().m11()
    layout = canvas.figure_layout()
    sizes = [box.label.size * zoom for box in layout.elements]
    low, high = f"{min(sizes):.0f}", f"{max(sizes):.0f}"
    text = (low if low == high else f"{low}–{high}") + " px"
    if layout.key:
        text += f" ({layout.form}; key {min(k.size for k in layout.key) * zoom:.0f} px)"
    return text


def measure() -> dict:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtGui import QFontInfo

    from scripts.demo_window import open_demo_session

    app, window = open_demo_session()
    page = window.session_page
    page.go_to("vertrekpunt")
    vp = page.page_by_key["vertrekpunt"]

    def settle():
        for _ in range(5):
            app.processEvents()

    def px(widget) -> int:
        return QFontInfo(widget.font()).pixelSize()

    settle()
    out = {"normal": (px(vp.current_list.entry), px(vp.heading), _label_px(page.canvas))}
    for name, profile in (("presentation", False), ("presentation+profile", True)):
        window.room.presentation.set_on(True, profile)
        settle()
        out[name] = (px(vp.current_list.entry), px(vp.heading), _label_px(page.canvas))
        window.room.presentation.set_on(False)
        settle()
    for name, profile in (("audience", False), ("audience+profile", True)):
        window.room.set_projector_profile(profile)
        window.room.set_audience(True)
        settle()
        audience = window.room.audience
        look = audience.look
        out[name] = (look.body_px, look.small_px, _label_px(audience.canvas))
        window.room.set_audience(False)
        settle()
    window.shutdown()
    return out


def main() -> int:
    if os.environ.get("MEASURE_ROOM_CHILD"):
        print(json.dumps(measure()))
        return 0
    rows = []
    for size in SIZES:
        w, h = size.split("x")
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "screen.json"
            config.write_text(
                json.dumps(
                    {
                        "screens": [
                            {
                                "name": "beamer",
                                "x": 0,
                                "y": 0,
                                "width": int(w),
                                "height": int(h),
                                "logicalDpi": 96,
                                "logicalBaseDpi": 96,
                                "dpr": 1,
                            }
                        ]
                    }
                )
            )
            env = dict(
                os.environ,
                QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                MEASURE_ROOM_CHILD="1",
                XDG_CONFIG_HOME=tmp,
                XDG_DATA_HOME=tmp,
            )
            r = subprocess.run(
                [sys.executable, __file__], capture_output=True, text=True, env=env, check=True
            )
        rows.append((size, json.loads(r.stdout.strip().splitlines()[-1])))
    print("| screen | view | body text | heading / smallest | model labels |")
    print("|---|---|---|---|---|")
    for size, m in rows:
        h = int(size.split("x")[1])
        for view, (body, second, labels) in m.items():
            print(
                f"| {size.replace('x', '×')} | {view} | {body} px (1/{h / body:.0f}) | "
                f"{second} px | {labels} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
