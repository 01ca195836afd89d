"""A route class whose requests skip FastAPI's body parsing and dependency resolution when
nothing about them is unusual, while its endpoint's signature still describes it.

FastAPI resolves every dependency of a route on every request and reads a JSON body with the
json module; on the lodging route that machinery cost more processor time than the
route's own work. A `ReadsItsBody` route answers a request itself when the request is the
common one — a JSON body (`Content-Type: application/json`) that orjson reads, sent by a
caller the guard has already checked — and hands anything else (no body, another content
type, JSON orjson refuses, no checked caller) to the handler FastAPI builds from the
endpoint, so every error answer is FastAPI's own. The published description comes from the
endpoint's signature as before.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import orjson
from fastapi import Request, Response
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException

from kordon.domain.accounts import User
from kordon.domain.json_exact import has_long_number

# What a route does with a request whose body and caller are known: (request, body, user).
FastHandler = Callable[[Request, Any, User], Awaitable[Response]]


class ReadsItsBody(APIRoute):
    """An API route answered by `fast` for plain JSON bodies from a checked caller."""

    fast: FastHandler

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """FastAPI's handler for this route, behind a shortcut for the common request."""
        general = super().get_route_handler()
        fast = type(self).fast

        async def handle(request: Request) -> Response:
            user: User | None = getattr(request.state, "api_user", None)
            if user is None or request.headers.get("content-type") != "application/json":
                return await general(request)
            try:
                raw = await request.body()  # kept on the request: `general` can read it again
            except HTTPException:
                raise  # the guard's 413, answered as it always is
            except Exception:
                # The client went away mid-body: FastAPI answers that with its own 400.
                return await general(request)
            if has_long_number(raw):
                # orjson would read an integer past 64 bits as a float: FastAPI reads it exactly.
                return await general(request)
            # A batch's body and answer are tens of thousands of objects: the server's
            # collector threshold, set once when it starts (`serving_collections`), keeps
            # them from setting off collections of their own.
            try:
                body = orjson.loads(raw)
            except orjson.JSONDecodeError:
                # Empty, not JSON, or JSON that only the json module takes (NaN, very
                # large integers, UTF-16): FastAPI reads it and words its error as it
                # always has.
                return await general(request)
            return await fast(request, body, user)

        return handle


def reads_its_body(fast: FastHandler) -> type[ReadsItsBody]:
    """A `ReadsItsBody` route class answering the common request with `fast`."""
    return type(f"ReadsItsBody_{fast.__name__}", (ReadsItsBody,), {"fast": staticmethod(fast)})
