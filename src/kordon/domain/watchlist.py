"""Watchlists ("operational information"): entries of interest and the hits screening finds."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class WatchlistKind(StrEnum):
    """What a watchlist entry names."""

    PERSON = "person"
    COMPANY = "company"
    VEHICLE = "vehicle"


class RequestedAction(StrEnum):
    """What the entry's source asks officers to do on a hit."""

    # Physical inspection whatever the checkpoint's capacity that day.
    STOP = "stop"
    INSPECT = "inspect"
    NOTIFY = "notify"
    MONITOR = "monitor"


@dataclass(frozen=True, slots=True)
class WatchlistEntry:
    """A person, company or vehicle of interest, with every name or plate it is known by."""

    id: str
    kind: WatchlistKind
    names: tuple[str, ...]
    country: str | None = None
    identifiers: dict[str, str] = field(default_factory=dict)
    source: str = ""
    handling_code: str | None = None
    action: RequestedAction = RequestedAction.NOTIFY
    valid_from: date | None = None
    valid_until: date | None = None
    notes: str = ""

    def is_valid_on(self, day: date) -> bool:
        """Whether the entry is in force on the given day."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_until is None or day <= self.valid_until


@dataclass(frozen=True, slots=True)
class WatchlistHit:
    """One entry found for one screened name or plate, with the score and why."""

    entry_id: str
    kind: WatchlistKind
    score: float
    matched_name: str
    query_name: str
    match: bool
    features: dict[str, float] = field(default_factory=dict)
    action: RequestedAction = RequestedAction.NOTIFY
    # The declaration role that matched ("consignor", "driver", "tractor_plate" ...), if any.
    role: str | None = None
