"""One place that turns settings and stored rules into an engine and a selection policy."""

from __future__ import annotations

from kordon.risk.engine import Engine, EngineConfig
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


def engine_for(uow: UnitOfWork, settings: Settings) -> Engine:
    """An engine over every reason source stored now."""
    return build_engine(uow, engine_config(settings))


def fingerprint(uow: UnitOfWork) -> str:
    """Changes whenever anything an engine is built from changes."""
    return uow.profiles.fingerprint()


def engine_cache(settings: Settings) -> EngineCache:
    """A cache that rebuilds the engine when profiles (or other sources) change."""
    return EngineCache(lambda uow: engine_for(uow, settings), fingerprint)
