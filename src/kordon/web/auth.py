"""Signed-in pages: the session cookie, the current user and CSRF checks on every form."""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from datetime import timedelta
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from itsdangerous import BadSignature, URLSafeSerializer
from starlette.datastructures import FormData

from kordon.domain.accounts import User
from kordon.domain.errors import Denied
from kordon.http.deps import SettingsDep, StoreDep
from kordon.services import accounts
from kordon.services.ports import Store
from kordon.settings import Settings

SESSION_COOKIE = "kordon_session"
PRESESSION_COOKIE = "kordon_pre"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class SignInNeeded(Exception):
    """The page needs a signed-in user: answered with a redirect to the sign-in page."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


class CsrfRefused(Denied):
    """A form arrived without its CSRF token, or with a wrong one (HTTP 403)."""


def signing_key(request: Request) -> str:
    """The key that signs cookies (generated per process in the demo when none is set)."""
    key: str = request.app.state.signing_key
    return key


def _serializer(request: Request, salt: str) -> URLSafeSerializer:
    return URLSafeSerializer(signing_key(request), salt=salt)


def lifetime(settings: Settings) -> timedelta:
    """How long a session lives without activity."""
    return timedelta(hours=settings.session_hours)


def set_session_cookie(
    response: Response, request: Request, token: str, settings: Settings
) -> None:
    """Hand the browser its session: signed, HttpOnly, SameSite=Lax, Secure over https."""
    response.set_cookie(
        SESSION_COOKIE,
        _serializer(request, "session").dumps(token),
        # No max-age: the cookie ends with the browser; the server ends idle sessions itself.
        httponly=True,
        samesite="lax",
        secure=settings.cookies_secure(),
        path="/",
    )


def session_token(request: Request) -> str | None:
    """The session token from the cookie, when its signature holds."""
    raw = request.cookies.get(SESSION_COOKIE)
    if not raw:
        return None
    try:
        token = _serializer(request, "session").loads(raw)
    except BadSignature:
        return None
    return token if isinstance(token, str) else None


async def read_form(request: Request) -> FormData:
    """The request's form, read on the event loop so that the route itself can be a plain
    function that runs in the thread pool (database work and password hashing never block
    the loop)."""
    return await request.form()


FormDep = Annotated[FormData, Depends(read_form)]


async def sent_csrf(request: Request) -> str:
    """The CSRF token an unsafe request carries (header or form field); empty for safe ones."""
    if request.method in SAFE_METHODS:
        return ""
    sent = request.headers.get(CSRF_HEADER)
    if sent:
        return sent
    form = await request.form()
    value = form.get(CSRF_FIELD)
    return value if isinstance(value, str) else ""


def check_csrf(request: Request, sent: str, expected: str) -> None:
    """Refuse an unsafe request whose CSRF token does not match."""
    if request.method in SAFE_METHODS:
        return
    if not sent or not hmac.compare_digest(sent, expected):
        raise CsrfRefused(
            "This form was sent without its security token, or with an old one. "
            "Nothing was saved: reload the page and send it again."
        )


def _session(request: Request, store: Store, settings: Settings) -> accounts.SessionInfo | None:
    token = session_token(request)
    if not token:
        return None
    return accounts.session_user(
        store,
        token,
        demo=settings.demo,
        lifetime=lifetime(settings),
        absolute=timedelta(hours=settings.session_max_hours),
    )


async def gate(request: Request) -> Response | None:
    """Before an unsafe page request's body is read: a live session, or off to sign in."""
    info = await run_in_threadpool(
        _session, request, request.app.state.store, request.app.state.settings
    )
    if info is None:
        if request.headers.get("hx-request"):
            return Response(status_code=204, headers={"HX-Redirect": "/sign-in"})
        return RedirectResponse("/sign-in", status_code=303)
    request.state.page_session = info
    return None


def page_user(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    sent: Annotated[str, Depends(sent_csrf)],
) -> User:
    """The signed-in user of a page; unsafe methods must carry the session's CSRF token.

    A plain function: FastAPI runs it in the thread pool, so a slow or locked database delays
    this request only, never the event loop that every other request shares."""
    # The guard has checked the session of an unsafe request already, before its body.
    info = getattr(request.state, "page_session", None) or _session(request, store, settings)
    if info is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise SignInNeeded(target if request.method in SAFE_METHODS else "/")
    request.state.user = info.user
    request.state.csrf_token = info.csrf_token
    check_csrf(request, sent, info.csrf_token)
    return info.user


PageUser = Annotated[User, Depends(page_user)]


def presession(request: Request) -> tuple[str, str | None]:
    """A CSRF token for the sign-in form (no session exists yet), tied to a random cookie:
    (form token, signed cookie value to set, or None when the browser has one)."""
    serializer = _serializer(request, "presession")
    raw = request.cookies.get(PRESESSION_COOKIE)
    try:
        value = serializer.loads(raw) if raw else None
    except BadSignature:
        value = None
    cookie = None
    if not isinstance(value, str):
        value = secrets.token_urlsafe(24)
        cookie = serializer.dumps(value)
    return _serializer(request, "csrf-pre").dumps(value), cookie


def set_presession_cookie(response: Response, request: Request, cookie: str | None) -> None:
    """Set the sign-in form's cookie when a new one was made."""
    if cookie:
        response.set_cookie(
            PRESESSION_COOKIE,
            cookie,
            httponly=True,
            samesite="lax",
            secure=request.app.state.settings.cookies_secure(),
            path="/",
        )


def check_presession_csrf(request: Request, sent: str) -> None:
    """Refuse a sign-in form whose token does not belong to this browser's cookie."""
    raw = request.cookies.get(PRESESSION_COOKIE)
    try:
        cookie_value = _serializer(request, "presession").loads(raw) if raw else None
        form_value = _serializer(request, "csrf-pre").loads(sent) if sent else None
    except BadSignature:
        cookie_value = form_value = None
    if not cookie_value or cookie_value != form_value:
        raise CsrfRefused(
            "The sign-in form was sent without its security token. Reload the page and try again."
        )


def client_address(request: Request, settings: Settings) -> str:
    """The client's address, for rate limits and the audit trail: the peer's, or behind the
    trusted proxies of the settings, the nearest X-Forwarded-For address they did not add."""
    peer = request.client.host if request.client else "unknown"
    proxies = _networks(tuple(settings.trusted_proxies))
    if not proxies or not _within(peer, proxies):
        return peer
    forwarded = request.headers.get("x-forwarded-for", "")
    for hop in reversed([part.strip() for part in forwarded.split(",")]):
        if not _within(hop, proxies):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return peer  # a garbled header: fall back on the proxy itself
    return peer


@lru_cache(maxsize=8)
def _networks(listed: tuple[str, ...]) -> tuple[IPNetwork, ...]:
    return tuple(ipaddress.ip_network(item.strip(), strict=False) for item in listed)


def _within(address: str, networks: tuple[IPNetwork, ...]) -> bool:
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(parsed in network for network in networks)
