"""Screening every party and plate of a declaration."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from kordon.domain.declaration import Declaration, PartyKind
from kordon.domain.watchlist import WatchlistEntry, WatchlistHit, WatchlistKind

_PARTY_KIND = {PartyKind.PERSON: WatchlistKind.PERSON, PartyKind.COMPANY: WatchlistKind.COMPANY}


class Screener(Protocol):
    """What screening a declaration needs of an index (ScreeningIndex, or a cache over one)."""

    def screen(
        self, name: str, kind: WatchlistKind | None = None, country: str | None = None
    ) -> list[WatchlistHit]:
        """Hits for a name."""
        ...

    def screen_plate(self, plate: str) -> list[WatchlistHit]:
        """Hits for a plate."""
        ...

    def entry(self, entry_id: str) -> WatchlistEntry:
        """The entry with this id."""
        ...


def screen_declaration(
    index: Screener, declaration: Declaration, matches_only: bool = True
) -> list[WatchlistHit]:
    """Hits on the declaration's parties and plates, each with the role that matched."""
    day = declaration.lodged_at.date()
    hits: list[WatchlistHit] = []
    for role, party in declaration.parties():
        for hit in index.screen(party.name, kind=_PARTY_KIND[party.kind], country=party.country):
            hits.append(replace(hit, role=role))
    conveyance = declaration.conveyance
    if conveyance is not None:
        for role in ("tractor_plate", "trailer_plate"):
            plate = getattr(conveyance, role)
            if plate:
                hits.extend(replace(hit, role=role) for hit in index.screen_plate(plate))
    kept = [
        h
        for h in hits
        if (h.match or not matches_only) and index.entry(h.entry_id).is_valid_on(day)
    ]
    return sorted(kept, key=lambda h: (-h.score, h.entry_id, h.role or ""))
