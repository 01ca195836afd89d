"""Watchlist screening: names across scripts and plates across formats, explained."""

from kordon.risk.screening.declaration import screen_declaration
from kordon.risk.screening.features import explain
from kordon.risk.screening.index import ScreeningIndex
from kordon.risk.screening.jsonl import (
    WatchlistEntryInvalid,
    WatchlistFileError,
    entry_from_dict,
    read_watchlist_jsonl,
)
from kordon.risk.screening.plates import normalise_plate
from kordon.risk.screening.scorer import DEFAULT_THRESHOLD, NAME, VERSION

__all__ = [
    "DEFAULT_THRESHOLD",
    "NAME",
    "VERSION",
    "ScreeningIndex",
    "WatchlistEntryInvalid",
    "WatchlistFileError",
    "entry_from_dict",
    "explain",
    "normalise_plate",
    "read_watchlist_jsonl",
    "screen_declaration",
]
