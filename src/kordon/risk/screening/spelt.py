"""A word spelt one way per letter, where some of its letters are written several ways."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import islice, product


def choices(
    options: Sequence[tuple[str, ...]], varied: int, limit: int
) -> Iterator[tuple[str, ...]]:
    """One value for each letter, the commonest first: only the first `varied` letters of several
    values vary, and at most `limit` choices are made, so a long word costs no more."""
    vary = [n for n, found in enumerate(options) if len(found) > 1][:varied]
    fixed = [found if n in vary else found[:1] for n, found in enumerate(options)]
    return islice(product(*fixed), limit)
