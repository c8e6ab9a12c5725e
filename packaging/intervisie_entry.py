"""The desktop bundle's entry: `intervisie` is the command line (a console program), and
`intervisie-gui` the window (no console on Windows). Both executables run this one script, from
one analysis, so the bundle carries the libraries once."""

import sys
from pathlib import Path

from app.main import gui_main, main

if __name__ == "__main__":
    sys.exit(gui_main() if Path(sys.executable).stem.endswith("-gui") else main())
