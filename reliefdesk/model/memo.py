"""Remembering the results of pure functions of a few repeated values (bulk paths).

A bulk file repeats a few hundred disposition texts, charge texts, statutes
and dates across a million rows, so the readers and rules remember what they
parsed. Unlike ``functools.lru_cache`` there is no least-recently-used
bookkeeping on each hit (a plain dict lookup), and unlike ``functools.cache``
memory stays bounded: past ``limit`` distinct values, new ones are computed
and not kept (a damaged file with a million distinct texts costs time, not
memory). Only for functions of immutable arguments with immutable results.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def remembered(limit: int) -> Callable[[F], F]:
    """Decorator: remember up to ``limit`` results, keyed by the positional arguments."""

    def decorate(fn: F) -> F:
        memo: dict[Any, Any] = {}

        if fn.__code__.co_argcount == 1 and not fn.__code__.co_flags & 0x0C:  # one argument, no *args / **kw

            def one(arg: Any) -> Any:
                try:
                    return memo[arg]
                except KeyError:
                    pass
                got = fn(arg)
                if len(memo) < limit:
                    memo[arg] = got
                return got

            wrapper: Callable[..., Any] = one
        else:

            def many(*args: Any) -> Any:
                try:
                    return memo[args]
                except KeyError:
                    pass
                got = fn(*args)
                if len(memo) < limit:
                    memo[args] = got
                return got

            wrapper = many
        functools.update_wrapper(wrapper, fn)
        wrapper.memo = memo  # type: ignore[attr-defined]  # for tests
        return wrapper  # type: ignore[return-value]

    return decorate


_iso_texts: dict[date, str] = {}


def iso(d: date) -> str:
    """``d.isoformat()``, remembered (bulk rows print the same few thousand dates again and again).

    A ``datetime`` is not equal to the ``date`` of its day, so it never gets a ``date``'s text.
    """
    got = _iso_texts.get(d)
    if got is None:
        got = d.isoformat()
        if len(_iso_texts) < 50_000:
            _iso_texts[d] = got
    return got
