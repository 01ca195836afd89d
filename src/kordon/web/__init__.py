"""The pages: server-rendered with Jinja2, htmx for partial updates, every asset local.

Layer: edge. May import the services, the domain, the settings and `kordon.http`; never
`kordon.api` or `kordon.cli`, and never storage (the store comes through `kordon.http.deps`).
"""

from __future__ import annotations

import secrets
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from kordon.domain.text import Message
from kordon.i18n import N_
from kordon.settings import Settings
from kordon.web.auth import SignInNeeded
from kordon.web.routers import (
    account,
    analysis,
    declarations,
    entity_network,
    language,
    network,
    queue,
    records,
    search,
    session,
    users,
    watchlist,
)
from kordon.web.templating import build_templates, render

STATIC = Path(__file__).parent / "static"

SECURITY_HEADERS = {
    # Everything is served from here: no CDN, no inline script.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
    "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


TITLES = {
    401: N_("Sign in"),
    403: N_("Not allowed"),
    404: N_("Not found"),
    422: N_("Check the form"),
}


def error_page(request: Request, status: int, detail: str | Message) -> Response:
    """How the pages answer an error: an error page with the status and the sentence."""
    context = {
        "status": status,
        "title": TITLES.get(status, N_("Something went wrong")),
        "detail": detail,
    }
    return render(request, "error.html", context, status=status)


def install_web(app: FastAPI, settings: Settings) -> None:
    """Add the pages, static assets, their error pages and security headers to the app."""
    if not settings.secret_key and not settings.demo:
        raise ValueError(
            "KORDON_SECRET_KEY is not set: the pages need it to sign session cookies "
            "(at least 32 random characters)."
        )
    # The demo may run without a secret: one per process, so sessions end with the process.
    app.state.signing_key = settings.secret_key or secrets.token_urlsafe(32)
    app.state.templates = build_templates()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (
        session,
        language,
        queue,
        declarations,
        records,
        analysis,
        account,
        users,
        search,
        watchlist,
        network,
        entity_network,
    ):
        app.include_router(module.router)

    @app.exception_handler(SignInNeeded)
    async def sign_in_needed(request: Request, exc: SignInNeeded) -> Response:
        target = f"/sign-in?next={exc.next_path}" if exc.next_path != "/" else "/sign-in"
        if request.headers.get("hx-request"):
            return Response(status_code=204, headers={"HX-Redirect": target})
        return RedirectResponse(target, status_code=303)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response: Response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response
