"""Reading the values of GET forms that the services do not read themselves."""

from __future__ import annotations

from datetime import date

from kordon.domain.errors import Invalid


def read_day(text: str, name: str) -> date | None:
    """A date typed YYYY-MM-DD, None when empty; a sentence naming the field otherwise."""
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise Invalid(f"The {name} date {text!r} is not a date (YYYY-MM-DD).", field=name) from None
