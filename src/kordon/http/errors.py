"""The HTTP status of each kind of error: one table, so the API and the pages agree."""

from __future__ import annotations

from kordon.domain.errors import (
    Conflict,
    Denied,
    Invalid,
    KordonError,
    Malformed,
    NotFound,
    Unauthenticated,
)

# Most specific first: the first kind the error is an instance of decides.
STATUSES: tuple[tuple[type[KordonError], int], ...] = (
    (Unauthenticated, 401),
    (Denied, 403),
    (NotFound, 404),
    (Conflict, 409),
    (Malformed, 400),
    (Invalid, 422),
)


def status_of(error: KordonError) -> int:
    """The HTTP status an error is answered with (500 for a kind without one)."""
    for kind, status in STATUSES:
        if isinstance(error, kind):
            return status
    return 500
