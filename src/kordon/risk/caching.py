"""Bounded caches of functions whose first argument is an enum member, kept one per member.

`functools.lru_cache` keys an entry by the tuple of its arguments. An enum member is an
object the cyclic garbage collector tracks, so a tuple holding one stays tracked for as
long as its entry lives, where a tuple of text alone is dropped from the collector's lists
at its first collection: a server's name caches (keyed by the kind of name and the name)
grew by thousands of tracked tuples a batch, which every later collection of the older
objects walked again. With one cache per member, an entry is keyed by the other arguments
alone (a lone string is its own key, with no tuple at all). A function's caches together
hold up to `maxsize` entries for each member: give each what the members that use it need.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from enum import Enum
from functools import lru_cache, partial, update_wrapper
from typing import Concatenate, ParamSpec, TypeVar, cast

M = TypeVar("M", bound=Enum)
P = ParamSpec("P")
R = TypeVar("R")


def cache_per_member(
    members: type[M], maxsize: int
) -> Callable[[Callable[Concatenate[M, P], R]], Callable[Concatenate[M, P], R]]:
    """Cache a function as `lru_cache(maxsize)` would, in one cache of up to `maxsize`
    entries for each member of `members`, its first argument. The function takes one or two
    more arguments, and is called with all of them, by position."""

    def decorate(function: Callable[Concatenate[M, P], R]) -> Callable[Concatenate[M, P], R]:
        caches: dict[M, Callable[..., R]] = {
            member: lru_cache(maxsize=maxsize)(partial(function, member)) for member in members
        }
        # A wrapper of the function's own arity: passing `*args` on would cost a caller
        # more than the look-up itself.
        arity = len(inspect.signature(function).parameters) - 1
        if arity == 1:

            def one(member: M, first: object, /) -> R:
                return caches[member](first)

            cached: Callable[..., R] = one
        elif arity == 2:

            def two(member: M, first: object, second: object, /) -> R:
                return caches[member](first, second)

            cached = two
        else:
            raise TypeError(
                f"{function.__name__} takes {arity} arguments after the member; "
                "a cache per member takes one or two."
            )
        return cast(Callable[Concatenate[M, P], R], update_wrapper(cached, function))

    return decorate
