"""Signing in and out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kordon.http.deps import SettingsDep, StoreDep
from kordon.services import accounts
from kordon.web import auth
from kordon.web.templating import render

router = APIRouter(include_in_schema=False)


def safe_next(target: str | None) -> str:
    # Only paths on this site: never an absolute URL an attacker could slip in.
    if not target or not target.startswith("/") or target.startswith("//"):
        return "/queue"
    return target


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_page(request: Request, next: str = "/queue") -> Response:
    """The sign-in form."""
    token, cookie = auth.presession(request)
    response = render(request, "sign_in.html", {"next": safe_next(next), "form_token": token})
    auth.set_presession_cookie(response, request, cookie)
    return response


@router.post("/sign-in")
def sign_in(
    request: Request,
    form: auth.FormDep,
    sent: Annotated[str, Depends(auth.sent_csrf)],
    store: StoreDep,
    settings: SettingsDep,
) -> Response:
    """Check the password (rate-limited) and start a session."""
    auth.check_presession_csrf(request, sent)
    username = str(form.get("username", ""))
    password = str(form.get("password", ""))
    target = safe_next(str(form.get("next", "")))
    try:
        user = accounts.authenticate(
            store,
            username=username,
            password=password,
            address=auth.client_address(request, settings),
            demo=settings.demo,
        )
    except accounts.SignInRefused as exc:
        form_token, cookie = auth.presession(request)
        response = render(
            request,
            "sign_in.html",
            {"next": target, "error": exc, "username": username, "form_token": form_token},
            status=429 if isinstance(exc, accounts.SignInLocked) else 401,
        )
        auth.set_presession_cookie(response, request, cookie)
        return response
    token, _ = accounts.start_session(
        store,
        user,
        address=auth.client_address(request, settings),
        lifetime=auth.lifetime(settings),
    )
    redirect = RedirectResponse(target, status_code=303)
    auth.set_session_cookie(redirect, request, token, settings)
    return redirect


@router.post("/sign-out")
def sign_out(
    request: Request, user: auth.PageUser, store: StoreDep, settings: SettingsDep
) -> Response:
    """End the session."""
    token = auth.session_token(request)
    if token:
        accounts.end_session(
            store, token, username=user.username, address=auth.client_address(request, settings)
        )
    response = RedirectResponse("/sign-in", status_code=303)
    response.delete_cookie(auth.SESSION_COOKIE, path="/")
    return response


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    """The API documentation (Swagger UI, served from Kordon's own static files)."""
    return render(request, "api_docs.html")
