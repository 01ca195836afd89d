"""One error hierarchy, translated once per edge: the same kind of error, the same status."""

from __future__ import annotations

import pytest

from kordon.domain.errors import (
    Conflict,
    Denied,
    Invalid,
    KordonError,
    Malformed,
    NotFound,
    Unauthenticated,
)
from kordon.http.errors import status_of
from kordon.services.access import AccessDenied, NotVisible
from kordon.services.accounts import AccountError


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (NotFound("x"), 404),
        (NotVisible("x"), 404),
        (Invalid("x", field="weight"), 422),
        (AccountError("x", field="username"), 422),
        (Malformed("x"), 400),
        (Denied("x"), 403),
        (AccessDenied("x"), 403),
        (Unauthenticated("x"), 401),
        (Conflict("x"), 409),
        (KordonError("x"), 500),
    ],
)
def test_each_kind_has_one_status(error: KordonError, status: int) -> None:
    assert status_of(error) == status
