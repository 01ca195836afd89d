"""Field checks shared by every input layout; each records a clear error and returns a value."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar

from kordon.domain import hs_problem, is_country, normalise_hs
from kordon.domain.countries import EXTRA_COUNTRY_NAMES
from kordon.domain.countries_data import COUNTRY_NAMES
from kordon.domain.storable import REFUSED_IN_ANY as _REFUSED
from kordon.domain.storable import plain_text, text_problem
from kordon.intake.errors import FieldErrors

E = TypeVar("E", bound=StrEnum)

MAX_TEXT = 500
_ONE_LINE = (".id", ".name", "_id", "plate", "checkpoint", "procedure")


def text(
    errors: FieldErrors,
    field: str,
    raw: object,
    *,
    required: bool = False,
    limit: int = MAX_TEXT,
) -> str | None:
    """A trimmed string of at most limit characters, or None when absent; text no store can
    keep alike (NUL, control characters, lone surrogates) is refused."""
    if type(raw) is str:
        # Ids and names are one line; free text (descriptions) may hold tabs and line breaks.
        # Most text holds neither, nor anything else refused: which kind of field this is
        # matters only for the rest. (`plain_text`'s search, without its call: a declaration
        # has some thirty fields of text.)
        if _REFUSED.search(raw) is not None:
            problem = text_problem(raw, single_line=field == "id" or field.endswith(_ONE_LINE))
            if problem:
                errors.add(field, problem)
                return None
        value = raw.strip()
        if value and len(value) <= limit:
            return value
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if required:
            errors.add(field, "is required")
        return None
    if not isinstance(raw, str | int) or isinstance(raw, bool):
        errors.add(field, f"must be text, not {type(raw).__name__}")
        return None
    value = str(raw).strip()
    if len(value) > limit:
        errors.add(field, f"is {len(value)} characters long; at most {limit} are allowed")
        return None
    return value


def country(errors: FieldErrors, field: str, raw: object, *, required: bool = False) -> str | None:
    """An ISO 3166-1 alpha-2 code, upper-cased."""
    if type(raw) is str and raw in _exact_countries():
        return raw  # as written already (a declaration names a dozen countries)
    value = text(errors, field, raw, required=required)
    if value is None:
        return None
    code = value.upper()
    if not _known_country(code):
        errors.add(field, f"{value!r} is not an ISO 3166-1 alpha-2 country code")
        return None
    return code


def hs_code(errors: FieldErrors, field: str, raw: object) -> str | None:
    """A six-digit HS code; dots and spaces are accepted and removed."""
    value = text(errors, field, raw, required=True)
    if value is None:
        return None
    code, problem = _checked_hs(value)
    if problem:
        errors.add(field, problem)
        return None
    return code


def number(errors: FieldErrors, field: str, raw: object, *, required: bool = False) -> float | None:
    """A finite number that is not negative."""
    if type(raw) is float and 0 <= raw < math.inf:  # as JSON gives most quantities
        return raw
    if type(raw) is str and raw:
        try:
            fast = float(raw)
        except ValueError:
            pass
        else:
            if 0 <= fast < math.inf:
                return fast
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if required:
            errors.add(field, "is required")
        return None
    if isinstance(raw, bool):
        errors.add(field, "must be a number, not true/false")
        return None
    try:
        value = float(raw) if isinstance(raw, int | float) else float(str(raw).strip())
    except ValueError:
        errors.add(field, f"{raw!r} is not a number")
        return None
    if not math.isfinite(value):
        errors.add(field, f"{raw!r} is not a finite number")
        return None
    if value < 0:
        errors.add(field, f"must not be negative (got {raw})")
        return None
    return value


def count(errors: FieldErrors, field: str, raw: object) -> int | None:
    """A whole number that is not negative."""
    value = number(errors, field, raw)
    if value is None:
        return None
    if not value.is_integer():
        errors.add(field, f"must be a whole number (got {raw})")
        return None
    return int(value)


def timestamp(errors: FieldErrors, field: str, raw: object) -> datetime | None:
    """An ISO 8601 date or date-time; times with an offset are converted to UTC."""
    value = text(errors, field, raw, required=True)
    if value is None:
        return None
    parsed, problem = _parsed_timestamp(value)
    if problem:
        errors.add(field, problem)
    return parsed


# Declarations repeat the same dates, codes and countries endlessly: the caches make intake fast.
@lru_cache(maxsize=4096)
def _parsed_timestamp(value: str) -> tuple[datetime | None, str | None]:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None, f"{value!r} is not an ISO 8601 date or date-time (YYYY-MM-DD[THH:MM])"
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    if not 1990 <= parsed.year <= 2100:
        return None, f"{value!r} is outside the years 1990 to 2100"
    return parsed, None


@lru_cache(maxsize=16384)
def _checked_hs(value: str) -> tuple[str, str | None]:
    code = normalise_hs(value)
    return code, hs_problem(code)


@lru_cache(maxsize=1024)
def _known_country(code: str) -> bool:
    return is_country(code)


@lru_cache(maxsize=1)
def _exact_countries() -> frozenset[str]:
    """The codes `country` gives back as they are written: trimmed, upper case, known."""
    return frozenset(
        code
        for code in (*COUNTRY_NAMES, *EXTRA_COUNTRY_NAMES)
        if code and code == code.strip().upper() and plain_text(code) and is_country(code)
    )


def choice(errors: FieldErrors, field: str, raw: object, enum: type[E]) -> E | None:
    """One of an enumeration's values (case-insensitive)."""
    if type(raw) is str:
        exact: dict[str, E] = _exact_members(enum)
        member = exact.get(raw)
        if member is not None:
            return member
    value = text(errors, field, raw, required=True)
    if value is None:
        return None
    try:
        return enum(value.lower())
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        errors.add(field, f"{value!r} is not one of: {allowed}")
        return None


@lru_cache(maxsize=64)
def _exact_members(enum: type[E]) -> dict[str, E]:
    """The members `choice` finds for their value written as it is: trimmed, lower case."""
    return {
        member.value: member
        for member in enum
        if member.value
        and member.value == member.value.strip().lower()
        and plain_text(member.value)
        and len(member.value) <= MAX_TEXT
    }
