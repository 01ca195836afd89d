"""Watchlist screening: names across scripts and plates across formats, explained.

Layer: core, inside `kordon.risk`. Imports only `kordon.domain` and the rest of `kordon.risk`;
the services load the watchlist it screens against. Its name keys are what links compare.
"""

from kordon.risk.screening.declaration import screen_declaration
from kordon.risk.screening.features import explain
from kordon.risk.screening.index import ScreeningIndex
from kordon.risk.screening.jsonl import (
    WatchlistEntryInvalid,
    WatchlistFileError,
    entry_from_dict,
    read_watchlist_jsonl,
)
from kordon.risk.screening.keys import company_key, person_key
from kordon.risk.screening.plates import normalise_plate
from kordon.risk.screening.scorer import DEFAULT_THRESHOLD, NAME, VERSION

__all__ = [
    "DEFAULT_THRESHOLD",
    "NAME",
    "VERSION",
    "ScreeningIndex",
    "WatchlistEntryInvalid",
    "WatchlistFileError",
    "company_key",
    "entry_from_dict",
    "explain",
    "normalise_plate",
    "person_key",
    "read_watchlist_jsonl",
    "screen_declaration",
]
