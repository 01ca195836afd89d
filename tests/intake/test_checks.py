"""Numbers and text as the field checks take them: what each value becomes, or why it is
refused, whether it comes as JSON gives it (a float, an integer) or as text (CSV)."""

from __future__ import annotations

import math

import pytest

from kordon.domain import Direction
from kordon.intake import checks
from kordon.intake.errors import FieldErrors

_NUMBERS: list[tuple[object, float | None, str | None]] = [
    (415.0, 415.0, None),
    (0.0, 0.0, None),
    (-0.0, -0.0, None),
    (1e308, 1e308, None),
    (5e-324, 5e-324, None),
    (12, 12.0, None),
    ("4864.66", 4864.66, None),
    (" 12 ", 12.0, None),
    (-1.5, None, "must not be negative (got -1.5)"),
    (math.inf, None, "inf is not a finite number"),
    (math.nan, None, "nan is not a finite number"),
    ("nan", None, "'nan' is not a finite number"),
    (True, None, "must be a number, not true/false"),
    ("twelve", None, "'twelve' is not a number"),
    ("", None, None),
    (None, None, None),
]


@pytest.mark.parametrize(("raw", "value", "problem"), _NUMBERS)
def test_a_number_is_read_or_refused(raw: object, value: float | None, problem: str | None) -> None:
    errors = FieldErrors("request", 1)
    found = checks.number(errors, "items[0].value", raw)
    assert [e.reason for e in errors.errors] == ([problem] if problem else [])
    assert found == value and type(found) is type(value)
    if value is not None:
        assert math.copysign(1, found) == math.copysign(1, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "raw", "problem"),
    [
        ("consignor.name", "Samur\tAgro", "holds a control character (U+0009) at position 6"),
        ("items[0].description", "two\tlines\nof text", None),
        ("id", "B-1\n", "holds a control character (U+000A) at position 4"),
        ("attributes.note", "a\x00b", "holds a control character (U+0000) at position 2"),
        ("items[0].description", "lone \ud800", "holds a lone surrogate (U+D800) at position 6"),
        ("consignor.name", "  Samur Agro  ", None),
    ],
)
def test_text_is_refused_where_its_field_refuses_it(
    field: str, raw: str, problem: str | None
) -> None:
    errors = FieldErrors("request", 1)
    found = checks.text(errors, field, raw)
    assert [e.reason for e in errors.errors] == ([problem] if problem else [])
    assert found == (raw.strip() if problem is None else None)


_COUNTRIES: list[tuple[object, str | None, str | None]] = [
    ("AZ", "AZ", None),
    ("ZZ", "ZZ", None),
    ("az", "AZ", None),
    (" GE ", "GE", None),
    ("Az\u00a0", "AZ", None),
    ("XX", None, "'XX' is not an ISO 3166-1 alpha-2 country code"),
    ("AZE", None, "'AZE' is not an ISO 3166-1 alpha-2 country code"),
    ("A\x00", None, "holds a control character (U+0000) at position 2"),
    (12, None, "'12' is not an ISO 3166-1 alpha-2 country code"),
    ("", None, None),
]


@pytest.mark.parametrize(("raw", "code", "problem"), _COUNTRIES)
def test_a_country_is_read_or_refused(raw: object, code: str | None, problem: str | None) -> None:
    # A code written as it is stored is taken at once; anything else goes the long way.
    errors = FieldErrors("test", 1)
    assert checks.country(errors, "route.origin", raw) == code
    assert [e.reason for e in errors.errors] == ([problem] if problem else [])


_CHOICES: list[tuple[object, Direction | None, str | None]] = [
    ("import", Direction.IMPORT, None),
    ("EXPORT", Direction.EXPORT, None),
    (" transit ", Direction.TRANSIT, None),
    ("imports", None, "'imports' is not one of: import, export, transit"),
    ("", None, "is required"),
    (None, None, "is required"),
    (["import"], None, "must be text, not list"),
]


@pytest.mark.parametrize(("raw", "member", "problem"), _CHOICES)
def test_a_choice_is_read_or_refused(
    raw: object, member: Direction | None, problem: str | None
) -> None:
    errors = FieldErrors("test", 1)
    assert checks.choice(errors, "direction", raw, Direction) is member
    assert [e.reason for e in errors.errors] == ([problem] if problem else [])
