"""One place that turns settings and stored rules into an engine and a selection policy."""

from __future__ import annotations

from kordon.risk.engine import Engine, EngineConfig, ReasonProvider
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.provider import WatchlistProvider
from kordon.services.assessing import SelectionPolicy, build_engine
from kordon.services.engines import EngineCache
from kordon.services.ports import UnitOfWork
from kordon.settings import Settings


def engine_config(settings: Settings) -> EngineConfig:
    """The score thresholds the settings describe."""
    return EngineConfig(settings.yellow_at, settings.red_at)


def selection_policy(settings: Settings) -> SelectionPolicy:
    """The selection policy the settings describe."""
    return SelectionPolicy(
        settings.random_control_share, settings.control_seed(), settings.spare_capacity_from
    )


def watchlist_provider(uow: UnitOfWork) -> WatchlistProvider | None:
    """Screening against the stored watchlist, or None while the watchlist is empty."""
    entries = uow.watchlist.list()
    if not entries:
        return None
    return WatchlistProvider(ScreeningIndex.build(entries), uow.watchlist.fingerprint())


def engine_for(uow: UnitOfWork, settings: Settings) -> Engine:
    """An engine over every reason source stored now: profiles and the watchlist."""
    extra: list[ReasonProvider] = []
    watchlist = watchlist_provider(uow)
    if watchlist is not None:
        extra.append(watchlist)
    return build_engine(uow, engine_config(settings), extra)


def fingerprint(uow: UnitOfWork) -> str:
    """Changes whenever anything an engine is built from changes."""
    return f"{uow.profiles.fingerprint()}|{uow.watchlist.fingerprint()}"


def engine_cache(settings: Settings) -> EngineCache:
    """A cache that rebuilds the engine when profiles (or other sources) change."""
    return EngineCache(lambda uow: engine_for(uow, settings), fingerprint)
