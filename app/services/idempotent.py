"""Writes that may be sent twice. When the connection to a server breaks during a commit, the
client cannot know whether the commit happened: the edit waits and is replayed, and the replay
must not add the row a second time (nor count a dot vote twice).

So every write that adds something carries an id made on the client before its first attempt:
a new row's uuid (the replay finds the row by it and brings it up to date instead of inserting a
second one) or a vote's token (a token already counted is not counted again). Deletes and
updates need no id: deleting a row that is already gone succeeds, and setting fields to the
values they already have changes nothing.

The service functions that take such an id say so with @client_id("uuid") (or "token");
with_client_ids() fills it in once, where the edit is made (the session window's controller,
RetryQueue.call), so that every attempt of that edit uses the same id.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from typing import Any

_PARAM = "_client_id_param"


def new_id() -> str:
    return str(uuid.uuid4())


def client_id(param: str = "uuid") -> Callable:
    """Mark a service function whose keyword `param` makes a replay of the same call harmless."""

    def mark(fn: Callable) -> Callable:
        setattr(fn, _PARAM, param)
        return fn

    return mark


def with_client_ids(fn: Callable, kwargs: dict[str, Any]) -> dict[str, Any]:
    """kwargs with the id fn takes filled in (a fresh one), unless the caller gave it."""
    param = getattr(fn, _PARAM, None)
    if param is None or kwargs.get(param) is not None:
        return kwargs
    return {**kwargs, param: new_id()}


def bind(fn: Callable, *args: Any, **kwargs: Any) -> Callable[..., Any]:
    """fn with its arguments and its client id fixed now: call it as often as needed."""
    return functools.partial(fn, *args, **with_client_ids(fn, kwargs))


def derived(base: str | None, index: int) -> str | None:
    """The id of the index-th row one call adds (template steps): the same on every replay."""
    return None if base is None else str(uuid.uuid5(uuid.UUID(base), str(index)))
