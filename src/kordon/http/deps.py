"""Dependencies the routers of both HTTP edges ask for: the store, the settings, the engines.

They are coroutines although they do no I/O: FastAPI runs a plain function dependency in the
thread pool, a hand-off that costs more than the lookup itself, on every request."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import Depends, Path, Request

from kordon.services.assessing import SelectionPolicy
from kordon.services.engines import EngineCache
from kordon.services.group_lodging import GroupLodger
from kordon.services.ports import Store
from kordon.settings import Settings


async def get_store(request: Request) -> Store:
    """The application's store, opened by the lifespan hook."""
    return cast(Store, request.app.state.store)


async def get_settings(request: Request) -> Settings:
    """The application's settings."""
    return cast(Settings, request.app.state.settings)


async def get_engines(request: Request) -> EngineCache:
    """The application's engine cache."""
    return cast(EngineCache, request.app.state.engines)


async def get_policy(request: Request) -> SelectionPolicy:
    """The application's selection policy."""
    return cast(SelectionPolicy, request.app.state.policy)


async def get_lodger(request: Request) -> GroupLodger:
    """The application's lodger, which stores concurrent single lodgements together."""
    return cast(GroupLodger, request.app.state.lodger)


StoreDep = Annotated[Store, Depends(get_store)]
EnginesDep = Annotated[EngineCache, Depends(get_engines)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
PolicyDep = Annotated[SelectionPolicy, Depends(get_policy)]
LodgerDep = Annotated[GroupLodger, Depends(get_lodger)]

# Row ids are 32-bit integers on PostgreSQL: a larger number is refused (422) as the request's
# mistake, never sent to a store that would fail on it.
MAX_ROW_ID = 2**31 - 1
RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="A record's number.")]
