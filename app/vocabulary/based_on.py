"""The version of a row an edit was based on, carried by the edit itself.

A facilitator reads an observation, types for a minute, and the typing is saved in a later
transaction than the read, so the database's own version check (one transaction) cannot see a
colleague's save in between. The interface therefore sends, with each update, what it showed
when the typing began: the row's version and the values of its fields as read
(`based_on(data)`). The services (app.services.rows.set_fields) refuse a field that someone else
changed since then, and keep the other's text. A plain dict, so a waiting edit's journal holds it.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

ROW = "row"  # which row: "<data class>:<id>", so the controller can follow its own saves
VERSION = "version"  # the row's version as read

_PLAIN = (str, int, float, bool, date, type(None))


def plain(value: Any) -> Any:
    """A field's value as an edit compares it: a tuple of tags or ids as the list the database
    and the journal hold (a tuple never equals a list); None for what is no plain value."""
    if isinstance(value, tuple | list):
        return [*value] if all(isinstance(v, _PLAIN) for v in value) else None
    return value if isinstance(value, _PLAIN) else None


def based_on(data: Any) -> dict[str, Any] | None:
    """The base of an edit of the row `data` (a dto with id and version) shows; None without.
    Tag lists (an action's elements, partners) and tied ids count as fields too."""
    version = getattr(data, VERSION, 0)
    if not version:
        return None
    base: dict[str, Any] = {}
    for f in fields(data):
        value = getattr(data, f.name)
        if value is None or plain(value) is not None:
            base[f.name] = plain(value)
    base[ROW] = row_of(data)
    return base


def row_of(data: Any) -> str:
    return f"{type(data).__name__}:{data.id}"


def newer(base: dict[str, Any] | None, other: dict[str, Any] | None) -> dict[str, Any] | None:
    """The later of two bases of one row (the screen's, or what this window itself saved)."""
    if base is None or other is None:
        return base or other
    return other if other[VERSION] > base[VERSION] else base


class OwnSaves:
    """What one client saved itself, per row, so its next edit of the row is based on that and
    not on the older screen it began from (typing on after a save is no conflict), while a field
    it did not set stays as the screen showed it (another's change to that one is still seen).
    Used by the session controller and by the replay of edits kept from last time."""

    def __init__(self) -> None:
        self._rows: dict[str, dict[str, Any]] = {}

    def based(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The call's keyword arguments with the newest base this client knows for its row."""
        base = kwargs.get("based_on")
        if not base:
            return kwargs
        return {**kwargs, "based_on": newer(base, self._rows.get(base[ROW]))}

    def saved(self, kwargs: dict[str, Any], result: Any) -> None:
        used = kwargs.get("based_on")
        if used and getattr(result, VERSION, 0):
            set_now = {k: plain(getattr(result, k)) for k in kwargs if k in used and k != ROW}
            self._rows[used[ROW]] = {**used, **set_now, VERSION: result.version}

    def shown(
        self,
        kwargs: dict[str, Any],
        row: str | None,
        version: int | None,
        field: str | None,
        current: Any,
    ) -> None:
        """A conflict showed the user the other's value: saving again replaces it on purpose."""
        used = kwargs.get("based_on")
        if used and row is not None and version is not None and field is not None:
            self._rows[row] = {**used, VERSION: version, field: current}
