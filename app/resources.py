"""Where the shipped files are: inside the installed wheel, or beside the package in a checkout.

The design card keeps resources/ and db/migrations/ at the top of the repository; the wheel carries
them as app._resources and app._migrations (see pyproject.toml).
"""

from __future__ import annotations

from importlib import resources as _ires
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def _locate(package: str, checkout_relative: str) -> Path:
    try:
        return Path(str(_ires.files(package)))
    except ModuleNotFoundError:
        return _CHECKOUT / checkout_relative


def resources_dir() -> Path:
    return _locate("app._resources", "resources")


def migrations_dir() -> Path:
    return _locate("app._migrations", "db/migrations")


def model_dir() -> Path:
    return resources_dir() / "model"


def demo_dir() -> Path:
    return resources_dir() / "demo"
