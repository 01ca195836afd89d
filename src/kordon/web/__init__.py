"""The pages: server-rendered with Jinja2, htmx for partial updates, every asset local.

Layer: edge. May import the services, the domain, the settings and `kordon.http`; never
`kordon.api` or `kordon.cli`, and never storage (the store comes through `kordon.http.deps`).
"""

from __future__ import annotations

import secrets
from pathlib import Path
from urllib.parse import urlencode

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
        # Encoded whole, so that a page's own query (a=1&b=2) comes back with it.
        query = urlencode({"next": exc.next_path}, safe="/")
        target = f"/sign-in?{query}" if exc.next_path != "/" else "/sign-in"
        if request.headers.get("hx-request"):
            return Response(status_code=204, headers={"HX-Redirect": target})
        return RedirectResponse(target, status_code=303)
