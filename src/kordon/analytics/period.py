"""Calendar months and the date of a seizure event: what monthly figures are counted by."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kordon.domain import Seizure
from kordon.domain.errors import Invalid

_MONTH = re.compile(r"(\d{4})-(\d{2})")


class PeriodError(Invalid, ValueError):
    """A month or period that cannot be read; the message says which and why."""


@dataclass(frozen=True, slots=True, order=True)
class Month:
    """One calendar month."""

    year: int
    month: int

    @classmethod
    def parse(cls, text: str, *, field: str = "month") -> Month:
        """A month written YYYY-MM; PeriodError naming the field otherwise."""
        found = _MONTH.fullmatch(text.strip())
        if found is None:
            raise PeriodError(f"{field}: {text!r} is not a month written YYYY-MM (e.g. 2026-11).")
        year, month = int(found.group(1)), int(found.group(2))
        if not 1 <= month <= 12 or year < 1900:
            raise PeriodError(f"{field}: {text!r} is not a month between 1900-01 and 9999-12.")
        return cls(year, month)

    @classmethod
    def of(cls, day: date) -> Month:
        """The month a day falls in."""
        return cls(day.year, day.month)

    @property
    def first_day(self) -> date:
        """The first day of the month."""
        return date(self.year, self.month, 1)

    def next(self) -> Month:
        """The month after this one."""
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        """The month before this one."""
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def label(self) -> str:
        """The month as people write it: 'Nov 2026'."""
        return self.first_day.strftime("%b %Y")


def months_between(first: Month, last: Month) -> list[Month]:
    """Every month from first to last, both included."""
    months: list[Month] = []
    current = first
    while current <= last:
        months.append(current)
        current = current.next()
    return months


def check_period(start: Month | None, end: Month | None) -> None:
    """PeriodError when a period ends before it starts."""
    if start is not None and end is not None and end < start:
        raise PeriodError(f"The period ends ({end}) before it starts ({start}).")


def event_day(seizure: Seizure) -> date | None:
    """When the seizure happened, or None when the record does not say.

    A public report that gives no date counts on the day it was published: reports follow
    seizures within days. The day a record was stored is never used: most public reports are
    stored long after the event, and counting them in the month they were read would invent a
    trend.
    """
    return seizure.occurred_on or seizure.reported_on


def in_period(seizure: Seizure, start: Month | None, end: Month | None) -> bool:
    """True when the seizure happened within the months (open ends allowed); undated: False."""
    day = event_day(seizure)
    if day is None:
        return start is None and end is None
    month = Month.of(day)
    return (start is None or month >= start) and (end is None or month <= end)
