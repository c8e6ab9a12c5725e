"""When Qt's xcb plugin cannot load, the app names the missing libraries and the apt-get line."""

from __future__ import annotations

import subprocess
import sys

from app import qt_libs_check as q


def _loader(missing: set[str]):
    def load(name: str):
        if name.rsplit("/", 1)[-1] in missing:
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    return load


def test_missing_libraries_are_named_with_their_packages():
    load = _loader({"libxcb-icccm.so.4", "libxcb-keysyms.so.1"})
    text = q.explain_missing({"DISPLAY": ":0"}, "linux", load)
    assert "libxcb-icccm.so.4  (package libxcb-icccm4)" in text
    assert "libxcb-keysyms.so.1  (package libxcb-keysyms1)" in text
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in text
    assert "libxcb-cursor0" not in text  # only what is missing
    assert "Nothing was changed" in text


def test_all_present_or_another_platform_says_nothing():
    assert q.explain_missing({}, "linux", _loader(set())) is None
    everything = set(q.XCB_LIBRARIES)
    assert q.explain_missing({"QT_QPA_PLATFORM": "offscreen"}, "linux", _loader(everything)) is None
    assert q.explain_missing({}, "win32", _loader(everything)) is None
    assert q.explain_missing({}, "darwin", _loader(everything)) is None
    wayland = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert q.explain_missing(wayland, "linux", _loader(everything)) is None
    # asked for xcb explicitly (first of a list too): checked
    for asked in ("xcb", "xcb;wayland"):
        assert q.explain_missing({"QT_QPA_PLATFORM": asked}, "linux", _loader(everything))


def test_the_list_matches_what_the_plugin_needs():
    """The list is the plugin's NEEDED entries less Qt's own (readelf, where binutils is)."""
    import shutil
    from pathlib import Path

    import PySide6

    readelf = shutil.which("readelf")
    if readelf is None or not sys.platform.startswith("linux"):
        return
    qt = Path(PySide6.__file__).parent / "Qt"
    needed = set()
    for lib in (qt / "plugins/platforms/libqxcb.so", qt / "lib/libQt6XcbQpa.so.6"):
        out = subprocess.run(
            [readelf, "-d", str(lib)], capture_output=True, text=True, check=True
        ).stdout
        needed |= {line.split("[")[1].rstrip("]") for line in out.splitlines() if "NEEDED" in line}
    system = {
        n
        for n in needed
        if not n.startswith(
            ("libQt6", "libc.", "libm.", "libstdc++", "libgcc_s", "libgthread", "libpthread")
        )
    }
    assert system <= set(q.XCB_LIBRARIES), system - set(q.XCB_LIBRARIES)


def test_the_window_command_prints_the_message_instead_of_qts(tmp_path, monkeypatch):
    """`intervisie` with no subcommand stops before QApplication with the plain message."""
    code = (
        "import sys, app.qt_libs_check as q;"
        "q.missing_libraries = lambda load=None: ['libxcb-cursor.so.0'];"
        f"from app.main import main; rc = main(['--database', {str(tmp_path / 'x.db')!r}]);"
        "import PySide6.QtWidgets as w; assert w.QApplication.instance() is None;"
        "sys.exit(rc)"
    )
    env = {k: v for k, v in __import__("os").environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("WAYLAND_DISPLAY", None)
    r = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert r.returncode == 3, r.stdout + r.stderr
    assert "libxcb-cursor.so.0  (package libxcb-cursor0)" in r.stderr
    assert "sudo apt-get install libxcb-cursor0" in r.stderr
    assert not (tmp_path / "x.db").exists()  # the database was not opened
