"""Machine clients: `Authorization: Bearer <token>`, with the same roles as people."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kordon.api.errors import json_error
from kordon.domain.accounts import User
from kordon.domain.errors import Unauthenticated
from kordon.http.deps import SettingsDep, StoreDep
from kordon.services import accounts

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="token",
    description="An API token from `kordon users token NAME`; it carries that account's role.",
)


async def gate(request: Request) -> Response | None:
    """Before an unsafe API request's body is read: a valid token, or 401 at once."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return json_error(401, "Send an API token: 'Authorization: Bearer <token>'.")
    state = request.app.state
    user = await run_in_threadpool(
        accounts.token_user, state.store, token.strip(), demo=state.settings.demo
    )
    if user is None:
        return json_error(401, "The API token is unknown, revoked, or its account is disabled.")
    request.state.api_user = user
    return None


async def api_user(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    """The user an API request's bearer token belongs to; 401 without a valid one."""
    checked: User | None = getattr(request.state, "api_user", None)
    if checked is not None:
        return checked  # the guard checked the token before the body was read
    if credentials is None or not credentials.credentials.strip():
        raise Unauthenticated("Send an API token: 'Authorization: Bearer <token>'.")
    user = await run_in_threadpool(
        accounts.token_user, store, credentials.credentials.strip(), demo=settings.demo
    )
    if user is None:
        raise Unauthenticated("The API token is unknown, revoked, or its account is disabled.")
    return user


ApiUser = Annotated[User, Depends(api_user)]
