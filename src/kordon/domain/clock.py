"""The one clock: every "now" Kordon records or decides by is read here.

Times are stored in UTC without tzinfo. Tests and replays set the clock with `use(...)` instead
of patching `datetime` in each module.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Something that says what time it is (UTC, naive)."""

    def now(self) -> datetime:
        """The current time in UTC, without tzinfo."""
        ...


class SystemClock:
    """The computer's clock."""

    def now(self) -> datetime:
        """The current time in UTC, without tzinfo."""
        return datetime.now(UTC).replace(tzinfo=None)


class FixedClock:
    """A clock that stands still until moved: for tests and replays of past days."""

    def __init__(self, at: datetime) -> None:
        self.at = at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at

    def now(self) -> datetime:
        """The time the clock was set to."""
        return self.at

    def advance(self, by: timedelta) -> None:
        """Move the clock forward."""
        self.at += by


_current: list[Clock] = [SystemClock()]


def now() -> datetime:
    """The current time in UTC, without tzinfo, from the clock in use."""
    return _current[-1].now()


def today() -> date:
    """Today's date in UTC, from the clock in use."""
    return now().date()


@contextmanager
def use(clock: Clock) -> Iterator[Clock]:
    """Read the time from `clock` inside the block."""
    _current.append(clock)
    try:
        yield clock
    finally:
        _current.remove(clock)
