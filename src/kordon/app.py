"""The composition root of the web application: `create_app()` mounts the API and the pages.

Layer: composition root, the one module that knows both HTTP edges. It builds the runtime
(`kordon.bootstrap`), mounts `kordon.api` and `kordon.web` side by side, and sends each error
to the edge that owns the request: JSON under /api/ and /healthz, an error page elsewhere.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from kordon import __version__
from kordon.api import install_api
from kordon.api.auth import gate as api_gate
from kordon.api.errors import json_error, validation_error
from kordon.bootstrap import engine_cache, group_lodger, open_store, selection_policy
from kordon.domain.errors import KordonError
from kordon.domain.text import Message
from kordon.http.errors import status_of
from kordon.http.guard import SECURITY_HEADERS, BodyLimit, Guard
from kordon.services import entity_index
from kordon.services.collector import serving_collections
from kordon.services.ports import Store
from kordon.settings import Settings, load_settings
from kordon.web import error_page, install_web
from kordon.web.auth import gate as web_gate

API_PATHS = ("/api/", "/healthz")
logger = logging.getLogger("kordon")


def _catch_up_index(store: Store) -> None:
    """Index the lodgements a stopped process left unindexed (see `entity_index.catch_up`);
    the server starts even if this fails, and the next lodgements take them up."""
    try:
        done = entity_index.catch_up(store)
    except Exception:  # a start must not hinge on it
        logger.exception("Indexing lodgements left unindexed failed")
        return
    if done:
        logger.info("Indexed %d lodged declarations left unindexed", done)


def create_app(settings: Settings | None = None) -> FastAPI:
    """A Kordon application over the database the settings (or the environment) name."""
    settings = settings or load_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        with serving_collections():
            app.state.store = open_store(settings)
            _catch_up_index(app.state.store)
            app.state.lodger = group_lodger(settings, app.state.store, app.state.engines)
            try:
                yield
            finally:
                # Lodgements still gathered are stored before the database is closed.
                app.state.lodger.close()
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
    app.state.policy = selection_policy(settings)
    install_errors(app)
    install_api(app)
    install_web(app, settings)
    install_guard(app, settings)
    return app


def install_guard(app: FastAPI, settings: Settings) -> None:
    """Put the guard in front of both edges: address checks, body limits per route, and the
    owning edge's sign-in check before an unsafe request's body is read."""
    megabyte = 1_048_576
    limits = (
        BodyLimit("POST", re.compile(r"/api/declarations"), settings.max_batch_mb * megabyte),
        BodyLimit("POST", re.compile(r"/declarations/[^/]+/inspection"),
                  (settings.max_photos_mb + 1) * megabyte),
        BodyLimit("POST", re.compile(r"/sign-in|/language"), 16 * 1024),
    )  # fmt: skip
    app.add_middleware(
        Guard,
        limits=limits,
        default_limit=settings.max_body_kb * 1024,
        gates=(("/api/", api_gate), ("/", web_gate)),
        # Forms a signed-out browser sends: signing in, and choosing the language to do it in.
        open_paths=frozenset({"/sign-in", "/language"}),
        hsts=settings.cookies_secure(),
    )


def _respond(
    request: Request,
    status: int,
    detail: str,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
    message: Message | None = None,
) -> Response:
    if request.url.path.startswith(API_PATHS):
        return json_error(status, detail, errors, headers)
    # The pages show the sentence in the reader's language; the API keeps it in English.
    return error_page(request, status, message or detail)


def install_errors(app: FastAPI) -> None:
    """Translate every error once, by the edge that owns the request."""

    @app.exception_handler(KordonError)
    async def kordon_error(request: Request, exc: KordonError) -> Response:
        return _respond(
            request, status_of(exc), exc.detail or str(exc), exc.errors, message=exc.message
        )

    @app.exception_handler(RequestValidationError)
    async def request_invalid(_request: Request, exc: RequestValidationError) -> Response:
        return validation_error(exc)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        # Answered outside the guard (by the outermost middleware): add its headers here.
        logger.error("Unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        response = _respond(request, 500, "Something went wrong on the server; it was logged.")
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _respond(
            request, exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None)
        )
