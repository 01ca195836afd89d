"""The guard in front of both HTTP edges: what is refused before any route reads a byte.

It checks the address for control characters, refuses a body larger than its route allows
(by Content-Length at once, and while streaming for bodies that do not say their length), asks
the edge that owns the path whether the caller is signed in before an unsafe request's body is
read, and puts the security headers on every answer it lets through or makes itself.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SECURITY_HEADERS = {
    # Everything is served from here: no CDN, no inline script. The one inline style allowed,
    # by its hash, is the rule Cytoscape adds for its container (the network graph):
    # ".__________cytoscape_container { position: relative; }".
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
    "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; "
    "script-src 'self'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}
# A year, as browsers' preload lists expect; sent only when cookies are Secure (https).
HSTS = "max-age=31536000; includeSubDomains"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# C0 controls and DEL: never part of an address, an id or a name.
_CONTROL = re.compile(rb"[\x00-\x1f\x7f]")

# An edge's answer to "may this caller send a body here?": None to go on, else the refusal.
Gate = Callable[[Request], Awaitable[Response | None]]


@dataclass(frozen=True, slots=True)
class BodyLimit:
    """The largest body a route takes: method and a path pattern, bytes."""

    method: str
    pattern: re.Pattern[str]
    limit: int


def error_response(status: int, detail: str, headers: dict[str, str] | None = None) -> Response:
    """The JSON error shape every API answer uses, with the security headers."""
    body = {"error": {"status": status, "detail": detail, "errors": []}}
    return JSONResponse(body, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


def address_problem(scope: Scope) -> str | None:
    """Why the request's path or query cannot be taken, or None."""
    raw_path = scope.get("raw_path") or scope.get("path", "").encode("utf-8", "surrogatepass")
    for part, raw in (("path", raw_path), ("query", scope.get("query_string", b""))):
        decoded = unquote_to_bytes(raw.replace(b"+", b" ") if part == "query" else raw)
        if _CONTROL.search(decoded):
            return f"The address's {part} holds a control character (such as NUL)."
        try:
            decoded.decode("utf-8")
        except UnicodeDecodeError:
            return f"The address's {part} is not valid UTF-8."
    return None


class BodyTooLarge(HTTPException):
    """A body grew past its route's limit while it was being read (HTTP 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            413, f"The request body is larger than this address takes ({_size(limit)})."
        )


def _size(limit: int) -> str:
    return f"{limit / 1_048_576:g} MB" if limit >= 1_048_576 else f"{limit // 1024} KB"


class Guard:
    """Pure ASGI middleware: nothing of a refused body is read, nothing is buffered."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        limits: Sequence[BodyLimit],
        default_limit: int,
        gates: Sequence[tuple[str, Gate]],
        open_paths: frozenset[str],
        hsts: bool,
    ) -> None:
        self.app = app
        self.limits = limits
        self.default_limit = default_limit
        self.gates = gates
        self.open_paths = open_paths
        self.hsts = hsts
        # What every answer gets unless it set the header itself; static files may be cached.
        strict = {"Strict-Transport-Security": HSTS} if hsts else {}
        self._static_headers = _encoded({**SECURITY_HEADERS, **strict})
        self._headers = _encoded({**SECURITY_HEADERS, "Cache-Control": "no-store", **strict})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the request, then pass it on with a counting receive and a header-adding send."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = self._with_headers(scope, send)
        problem = address_problem(scope)
        if problem is not None:
            await error_response(400, problem)(scope, receive, send)
            return
        # Who is asking first: an anonymous caller learns nothing, not even the limits.
        if scope["method"] in UNSAFE and scope["path"] not in self.open_paths:
            refusal = await self._gate(scope)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        limit = self._limit(scope["method"], scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await error_response(413, BodyTooLarge(limit).detail)(scope, receive, send)
            return
        await self.app(scope, _counting(receive, limit), send)

    def _limit(self, method: str, path: str) -> int:
        for rule in self.limits:
            if rule.method == method and rule.pattern.fullmatch(path):
                return rule.limit
        return self.default_limit

    async def _gate(self, scope: Scope) -> Response | None:
        for prefix, gate in self.gates:
            if scope["path"].startswith(prefix):
                return await gate(Request(scope))
        return None

    def _with_headers(self, scope: Scope, send: Send) -> Send:
        extra = self._static_headers if scope["path"].startswith("/static/") else self._headers

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.setdefault("headers", [])
                present = {name.lower() for name, _ in headers}
                headers.extend(header for header in extra if header[0] not in present)
            await send(message)

        return sending


def _encoded(headers: dict[str, str]) -> tuple[tuple[bytes, bytes], ...]:
    # Encoded once, not for every answer.
    return tuple((name.lower().encode(), value.encode()) for name, value in headers.items())


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _counting(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def receiving() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(limit)
        return message

    return receiving
