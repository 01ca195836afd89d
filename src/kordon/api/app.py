"""The web application: `create_app(settings)` builds it; nothing happens at import time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from kordon import __version__
from kordon.api.errors import install_error_handlers
from kordon.api.routers import assessments, declarations, health, profiles, watchlist, work
from kordon.services.wiring import engine_cache
from kordon.settings import Settings, load_settings
from kordon.storage.store import open_store
from kordon.web import install_web


def create_app(settings: Settings) -> FastAPI:
    """A Kordon application over the database the settings name."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = open_store(settings.database_url)
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(
        title="Kordon",
        version=__version__,
        description="Customs risk targeting and seizure intelligence.",
        lifespan=lifespan,
        # /docs is served by kordon.web from vendored Swagger UI files, never from a CDN.
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.engines = engine_cache(settings)
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(declarations.router)
    app.include_router(assessments.router)
    app.include_router(profiles.router)
    app.include_router(work.router)
    app.include_router(watchlist.router)
    install_web(app, settings)
    return app


def app_from_environment() -> FastAPI:
    """The application over the settings in the environment (what each worker process of
    `kordon serve --workers N` builds for itself)."""
    return create_app(load_settings())
