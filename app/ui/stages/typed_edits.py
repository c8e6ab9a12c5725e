"""A line list whose in-place edits (F2) are saved as they are typed: after the pause, through the
controller's write_later, each edit carrying the version of the row it was based on."""

from __future__ import annotations

from collections.abc import Callable

from app.vocabulary.changes import Change


def save_edits_as_typed(
    lst, controller, key: str, update: Callable, field: str, what: Change
) -> None:
    """lst.edited(row_id, text) → update(store, row_id, **{field: text}) once typing pauses.
    key names the pending edit ("step:{}" → "step:12"): a later edit of the same row replaces it."""
    lst.edited.connect(
        lambda row_id, text: controller.write_later(
            key.format(row_id),
            update,
            row_id,
            what=what,
            based_on=lst.base_of(row_id),
            **{field: text},
        )
    )
