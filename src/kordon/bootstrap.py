"""The composition root's core: settings, the opened store, the engine cache, the selection policy.

Layer: composition root. It may import every inner layer and storage. The edges get what it
builds: `kordon.app` for the HTTP edges, `open_store` and `build_runtime` for the command line;
none of them imports storage itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kordon.risk.engine import Engine, EngineConfig, ReasonProvider
from kordon.risk.model.card import CARD
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.provider import WatchlistProvider
from kordon.services.assessing import SelectionPolicy, build_engine
from kordon.services.engines import EngineCache
from kordon.services.group_lodging import GroupLodger, GroupPolicy
from kordon.services.network_graph import network_config, network_stamp
from kordon.services.network_risk import network_provider
from kordon.services.ports import Store, UnitOfWork
from kordon.settings import Settings

if TYPE_CHECKING:
    from kordon.risk.model.provider import ModelProvider


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


def model_provider(settings: Settings) -> ModelProvider | None:
    """The learned score, when a trained model is in the model folder."""
    folder = settings.model_path()
    if not (folder / CARD).is_file():
        return None
    # LightGBM takes about a second to import: commands that never score skip it.
    from kordon.risk.model.artefact import load
    from kordon.risk.model.provider import ModelProvider

    return ModelProvider(load(folder))


def engine_for(uow: UnitOfWork, settings: Settings) -> Engine:
    """An engine over every reason source there is now: profiles, watchlist, model."""
    extra: list[ReasonProvider] = []
    watchlist = watchlist_provider(uow)
    if watchlist is not None:
        extra.append(watchlist)
    extra.append(network_provider(uow, network_config(settings)))
    model = model_provider(settings)
    if model is not None:
        extra.append(model)
    return build_engine(uow, engine_config(settings), extra)


def _model_stamp(settings: Settings) -> str:
    card = settings.model_path() / CARD
    return str(card.stat().st_mtime_ns) if card.is_file() else "none"


def fingerprint(uow: UnitOfWork, settings: Settings) -> str:
    """Changes whenever anything an engine is built from changes."""
    return (
        f"{uow.profiles.fingerprint()}|{uow.watchlist.fingerprint()}|{_model_stamp(settings)}"
        f"|{network_stamp(uow)}"
    )


def engine_cache(settings: Settings) -> EngineCache:
    """A cache that rebuilds the engine when profiles (or other sources) change."""
    return EngineCache(
        lambda uow: engine_for(uow, settings), lambda uow: fingerprint(uow, settings)
    )


@dataclass(frozen=True, slots=True)
class Runtime:
    """Everything a use case may need, built once from the settings."""

    settings: Settings
    store: Store
    engines: EngineCache
    policy: SelectionPolicy


def group_lodger(settings: Settings, store: Store, engines: EngineCache) -> GroupLodger:
    """The lodger that stores concurrent single lodgements together, as the settings say."""
    grouping = GroupPolicy(
        settings.group_lodging,
        settings.group_lodging_window_ms / 1000,
        settings.group_lodging_max,
    )
    return GroupLodger(store, engines, selection_policy(settings), grouping)


def open_store(settings: Settings) -> Store:
    """The database the settings name, migrated to the newest schema."""
    # Storage is imported here so that commands that never touch the database start quickly.
    from kordon.storage.store import open_store as open_sql_store

    return open_sql_store(settings.database_url, audit_key=settings.audit_secret())


def build_runtime(settings: Settings, store: Store) -> Runtime:
    """The runtime over an opened store: its engine cache and selection policy from settings."""
    return Runtime(settings, store, engine_cache(settings), selection_policy(settings))
