"""Keystroke to committed-and-acknowledged, over a scripted session of 500 edits through the real
session window; and the longest stall of the UI thread meanwhile.

Run: python -m benchmarks.save_latency [edits]
"""

from __future__ import annotations

import statistics
import sys
import time

from benchmarks.common import percentile, print_table, temp_db


def measure(edits: int = 500) -> dict:
    from datetime import date

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.services import communities, sessions
    from app.services.bootstrap import open_database
    from app.ui.common.settings import Settings
    from app.ui.shell.session_page import SessionPage

    app = QApplication.instance() or QApplication([])
    store = open_database(str(temp_db()), with_demo=False)
    c = communities.create_community(store, "Bench")
    s = sessions.create_session(store, c.id, "Bench", date(2026, 1, 1))
    page = SessionPage(store, s.id, Settings(str(temp_db("s.ini"))))
    page.resize(1366, 768)
    page.show()
    page.go_to("vertrekpunt")
    vp = page.page_by_key["vertrekpunt"]
    keys = [a.key for a in vp.model.areas]

    latencies = []
    for i in range(edits):
        vp.show_element(keys[i % len(keys)])
        lst = vp.current_list
        lst.entry.setText(f"observatie {i} over de regio en het onderwijs")
        t = time.perf_counter()
        QTest.keyClick(lst.entry, Qt.Key.Key_Return)  # the keystroke that adds and saves
        assert page.controller.pending == 0
        latencies.append((time.perf_counter() - t) * 1000)
        app.processEvents()
        # as the app's event loop does between two keystrokes: the cell widgets a refill
        # replaced are deleted (deleteLater waits for a running loop, which a script lacks, so
        # without this they piled up, 12,000 after 500 edits, and every scroll moved them all)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    commit_only = [x * 1000 for x in page.controller.latencies]
    store.close()
    return {
        "edits": edits,
        "keystroke_to_saved_median_ms": statistics.median(latencies),
        "keystroke_to_saved_p99_ms": percentile(latencies, 99),
        "keystroke_to_saved_max_ms": max(latencies),
        "commit_median_ms": statistics.median(commit_only),
        "commit_p99_ms": percentile(commit_only, 99),
        # the keystroke is handled on the UI thread from start to finish, so the longest
        # handling is the longest time the window could not repaint
        "longest_ui_stall_ms": max(latencies),
    }


def main() -> None:
    edits = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    r = measure(edits)
    print(
        f"save latency over {r['edits']} edits (keystroke → committed → list and model refreshed)"
    )
    print_table(
        [
            ("keystroke to saved, median", f"{r['keystroke_to_saved_median_ms']:.1f} ms", "", None),
            ("keystroke to saved, p99", f"{r['keystroke_to_saved_p99_ms']:.1f} ms", "", None),
            ("keystroke to saved, worst", f"{r['keystroke_to_saved_max_ms']:.1f} ms", "", None),
            ("commit only, median", f"{r['commit_median_ms']:.2f} ms", "", None),
            (
                "commit only, p99",
                f"{r['commit_p99_ms']:.2f} ms",
                "< 10 ms",
                r["commit_p99_ms"] < 10,
            ),
            (
                "longest UI-thread stall",
                f"{r['longest_ui_stall_ms']:.0f} ms",
                "< 50 ms",
                r["longest_ui_stall_ms"] < 50,
            ),
        ]
    )


if __name__ == "__main__":
    main()
