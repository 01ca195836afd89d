"""Watchlist hits as reasons for the risk engine."""

from __future__ import annotations

from functools import lru_cache

from kordon.domain import Channel, Declaration, Reason, ReasonSource
from kordon.domain.text import N_, english, sentence
from kordon.domain.watchlist import RequestedAction, WatchlistHit, WatchlistKind
from kordon.risk.screening.declaration import screen_declaration
from kordon.risk.screening.index import ScreeningIndex
from kordon.risk.screening.scorer import NAME, VERSION

# What a hit adds to the score, by the action the entry's source requested. A "stop" also
# names the red channel, which selection honours whatever the checkpoint's capacity.
ACTION_WEIGHT = {
    RequestedAction.STOP: 100.0,
    RequestedAction.INSPECT: 60.0,
    RequestedAction.NOTIFY: 20.0,
    RequestedAction.MONITOR: 0.0,
}


def hit_reason(hit: WatchlistHit) -> Reason:
    """One hit as a reason: the entry, the matched name, the score and its features.

    The entry's source and handling code stay out of the reason: assessments are read by every
    officer, and only intelligence officers may see where operational information came from.
    """
    role = (hit.role or "party").replace("_", " ")
    said = sentence(
        N_(
            "Watchlist hit on the %(role)s: %(query)r matches %(matched)r (score %(score).2f); "
            "requested action: %(action)s"
        ),
        {
            "role": role,
            "query": hit.query_name,
            "matched": hit.matched_name,
            "score": hit.score,
            "action": hit.action.value,
        },
        words=("role", "action"),
    )
    return Reason(
        source=ReasonSource.WATCHLIST,
        code=hit.entry_id,
        description=english(said),
        weight=ACTION_WEIGHT[hit.action],
        channel=Channel.RED if hit.action is RequestedAction.STOP else None,
        details={
            "entry_id": hit.entry_id,
            "kind": hit.kind.value,
            "role": hit.role,
            "query_name": hit.query_name,
            "matched_name": hit.matched_name,
            "score": round(hit.score, 4),
            "action": hit.action.value,
            "features": {name: round(value, 4) for name, value in hit.features.items()},
            "said": said,
        },
    )


class CachedIndex:
    """An index that remembers its answers: the same consignors, drivers and trucks cross day
    after day, so most names of a declaration were screened before. A provider is rebuilt
    whenever the watchlist changes, which empties the cache with it."""

    def __init__(self, index: ScreeningIndex, size: int = 200_000) -> None:
        self.index = index
        self.entry = index.entry
        self._screen = lru_cache(maxsize=size)(self._screen_uncached)
        self._plate = lru_cache(maxsize=size)(index.screen_plate)

    def _screen_uncached(
        self, name: str, kind: WatchlistKind | None, country: str | None
    ) -> list[WatchlistHit]:
        return self.index.screen(name, kind=kind, country=country)

    def screen(
        self, name: str, kind: WatchlistKind | None = None, country: str | None = None
    ) -> list[WatchlistHit]:
        """Hits for a name (shared lists: callers must not change them)."""
        return self._screen(name, kind, country)

    def screen_plate(self, plate: str) -> list[WatchlistHit]:
        """Hits for a plate (shared lists: callers must not change them)."""
        return self._plate(plate)


class WatchlistProvider:
    """The reason provider named "watchlist": one reason per entry that matched."""

    name = "watchlist"

    def __init__(self, index: ScreeningIndex, list_version: str) -> None:
        self.index = CachedIndex(index)
        self.version = f"{NAME}/{VERSION}@{list_version}"

    def reasons(self, declaration: Declaration) -> list[Reason]:
        """The best hit of each matching entry, as a reason."""
        best: dict[str, WatchlistHit] = {}
        for hit in screen_declaration(self.index, declaration):
            if hit.entry_id not in best:
                best[hit.entry_id] = hit
        return [hit_reason(hit) for hit in best.values()]
