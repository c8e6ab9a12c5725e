"""How fast the model canvas follows a status change, offscreen.

Run: python -m benchmarks.canvas [runs]

recolour: update_state() for one element until the view has painted it (the edit a facilitator
makes); redraw: set_states() with every element changed plus a synchronous repaint of the whole
view; rebuild: the palette switched (layout, scene and paint from scratch). Medians of many runs,
at the full figure (1366x768) and a compact one beside the stage pages (560x640).
"""

from __future__ import annotations

import sys
import time

from benchmarks.common import median_ms, print_table

FRAME_MS = 16.0


def _paint_counter(widget):
    from PySide6.QtCore import QEvent, QObject

    class Counter(QObject):
        paints = 0

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                Counter.paints += 1
            return False

    counter = Counter(widget)
    widget.installEventFilter(counter)
    return Counter


def measure(runs: int = 200, size: tuple[int, int] = (1366, 768)) -> dict:
    from PySide6.QtWidgets import QApplication

    from app.diagram import layout as layout_module
    from app.modeldef import current_definition
    from app.ui.canvas.view import ModelCanvas
    from app.vocabulary.dto import ElementState

    app = QApplication.instance() or QApplication([])
    model = current_definition()
    keys = model.element_keys()
    levels = [lv.level for lv in model.levels] + [None]
    canvas = ModelCanvas(model)
    canvas.resize(*size)
    canvas.show()
    app.processEvents()
    counter = _paint_counter(canvas.viewport())
    turn = [0]

    def recolour() -> None:
        turn[0] += 1
        before = counter.paints
        canvas.update_state(
            ElementState(keys[turn[0] % len(keys)], levels[turn[0] % len(levels)], turn[0] % 9)
        )
        deadline = time.perf_counter() + 1
        while counter.paints == before and time.perf_counter() < deadline:
            app.processEvents()
        assert counter.paints > before, "the view did not repaint"

    def redraw() -> None:
        turn[0] += 1
        canvas.set_states(
            {k: ElementState(k, levels[(i + turn[0]) % len(levels)], i) for i, k in enumerate(keys)}
        )
        canvas.viewport().repaint()

    def rebuild() -> None:
        canvas.set_high_contrast(not canvas.high_contrast())
        canvas.viewport().repaint()

    def cold_layout() -> None:
        layout_module._frame.cache_clear()
        layout_module.compute_layout(model, {}, "nl", False, canvas.form())

    result = {
        "form": canvas.form(),
        "recolour_ms": median_ms(recolour, runs, warmup=5),
        "redraw_ms": median_ms(redraw, runs // 2, warmup=3),
        "rebuild_ms": median_ms(rebuild, runs // 4, warmup=2),
        "cold_layout_ms": median_ms(cold_layout, 10, warmup=1),
    }
    canvas.close()
    return result


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rows = []
    for size in ((1366, 768), (560, 640)):
        r = measure(runs, size)
        where = f"{size[0]}x{size[1]} ({r['form']})"
        rows += [
            (
                f"{where}: recolour one element",
                f"{r['recolour_ms']:.2f} ms",
                f"< {FRAME_MS:g} ms",
                r["recolour_ms"] < FRAME_MS,
            ),
            (
                f"{where}: redraw all elements",
                f"{r['redraw_ms']:.2f} ms",
                f"< {FRAME_MS:g} ms",
                r["redraw_ms"] < FRAME_MS,
            ),
            (f"{where}: rebuild (palette switch)", f"{r['rebuild_ms']:.2f} ms", "", None),
            (f"{where}: layout from scratch", f"{r['cold_layout_ms']:.2f} ms", "", None),
        ]
    print(f"model canvas, median of {runs} runs (offscreen)")
    print_table(rows)


if __name__ == "__main__":
    main()
