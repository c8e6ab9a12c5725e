"""Before the window on Linux: are the system libraries Qt's xcb (X11) plugin needs there?

Without them Qt only says it "could not load the Qt platform plugin xcb" and suggests reinstalling,
which does not help. This check loads each one the way the plugin would, and names the missing ones
with the line that installs them. The list is what `readelf -d` shows as NEEDED for
PySide6/Qt/plugins/platforms/libqxcb.so and PySide6/Qt/lib/libQt6XcbQpa.so.6, less Qt's own
libraries (README: "Linux: the system packages Qt needs").
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# library (soname) -> the Debian/Ubuntu package that has it
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libGL.so.1": "libgl1",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def uses_xcb(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Will Qt try the xcb plugin first? Only on Linux, with no other platform asked for, and not
    in a Wayland session (Qt takes its Wayland plugin there)."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").split(";")[0].strip()
    if asked:
        return asked == "xcb"
    return not (environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland")


def _loads(name: str, load: Callable[[str], object]) -> bool:
    candidates = [name]
    bundle = getattr(sys, "_MEIPASS", None)  # the desktop bundle carries some of them itself
    if bundle:
        candidates.append(os.path.join(bundle, name))
    for candidate in candidates:
        try:
            load(candidate)
            return True
        except OSError:
            continue
    return False


def missing_libraries(load: Callable[[str], object] = ctypes.CDLL) -> list[str]:
    return [name for name in XCB_LIBRARIES if not _loads(name, load)]


def missing_message(missing: list[str]) -> str:
    packages = " ".join(dict.fromkeys(XCB_LIBRARIES[name] for name in missing))
    return (
        "Intervisie cannot open its window: this computer lacks system libraries that Qt "
        "needs to draw on the screen (X11/xcb):\n"
        + "".join(f"  {name}  (package {XCB_LIBRARIES[name]})\n" for name in missing)
        + "Install them, for example on Debian or Ubuntu:\n"
        + f"  sudo apt-get install {packages}\n"
        + "Nothing was changed; the database was not opened. The command line "
        "(intervisie check, report, export …) works without them."
    )


def explain_missing(
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    load: Callable[[str], object] = ctypes.CDLL,
) -> str | None:
    """The message to print instead of opening the window, or None when the window can open."""
    if not uses_xcb(environ, platform):
        return None
    missing = missing_libraries(load)
    return missing_message(missing) if missing else None
