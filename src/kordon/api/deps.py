"""Dependencies the routers ask for: the store and the settings."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from kordon.services.engines import EngineCache
from kordon.settings import Settings
from kordon.storage.store import SqlStore


def get_store(request: Request) -> SqlStore:
    """The application's store, opened by the lifespan hook."""
    store: SqlStore = request.app.state.store
    return store


def get_settings(request: Request) -> Settings:
    """The application's settings."""
    settings: Settings = request.app.state.settings
    return settings


def get_engines(request: Request) -> EngineCache:
    """The application's engine cache."""
    engines: EngineCache = request.app.state.engines
    return engines


StoreDep = Annotated[SqlStore, Depends(get_store)]
EnginesDep = Annotated[EngineCache, Depends(get_engines)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
