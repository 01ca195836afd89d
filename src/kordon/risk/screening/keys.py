"""Comparable forms of person and company names, as screening folds them, for linking seizures."""

from __future__ import annotations

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.text import PartRole, tokenize


def person_key(name: str) -> tuple[str, ...] | None:
    """A name's comparable form (sorted consonant skeletons), None with fewer than two parts."""
    parts = sorted(t.skeleton for t in tokenize(name) if t.role is PartRole.NAME and t.skeleton)
    return tuple(parts) if len(parts) >= 2 else None


def company_key(name: str) -> str | None:
    """A company's comparable name (legal form dropped, scripts folded), None when too short."""
    joined = parse_name(name, WatchlistKind.COMPANY).joined
    return joined if len(joined) >= 4 else None
