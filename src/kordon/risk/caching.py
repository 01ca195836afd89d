"""Bounded caches of functions whose first argument is an enum member, kept one per member.

`functools.lru_cache` keys an entry by the tuple of its arguments. An enum member is an
object the cyclic garbage collector tracks, so a tuple holding one stays tracked for as
long as its entry lives, where a tuple of text alone is dropped from the collector's lists
at its first collection: a server's name caches (keyed by the kind of name and the name)
grew by thousands of tracked tuples a batch, which every later collection of the older
objects walked again. With one cache per member, an entry is keyed by the other arguments
alone (a lone string is its own key, with no tuple at all), and a look-up does not hash
the member into a tuple.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import lru_cache, partial, update_wrapper
from typing import Concatenate, ParamSpec, TypeVar

M = TypeVar("M", bound=Enum)
P = ParamSpec("P")
R = TypeVar("R")


def cache_per_member(
    maxsize: int,
) -> Callable[[Callable[Concatenate[M, P], R]], Callable[Concatenate[M, P], R]]:
    """Cache a function as `lru_cache(maxsize)` would, in one cache of up to `maxsize`
    entries for each value of its first argument (an enum member)."""

    def decorate(function: Callable[Concatenate[M, P], R]) -> Callable[Concatenate[M, P], R]:
        caches: dict[M, Callable[..., R]] = {}

        def cached(member: M, /, *args: P.args, **kwargs: P.kwargs) -> R:
            found = caches.get(member)
            if found is None:
                # Two threads may both make one; the first kept is the one used.
                fresh: Callable[..., R] = lru_cache(maxsize=maxsize)(partial(function, member))
                found = caches.setdefault(member, fresh)
            return found(*args, **kwargs)

        return update_wrapper(cached, function)

    return decorate
