"""Machine clients: `Authorization: Bearer <token>`, with the same roles as people."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from kordon.api.deps import SettingsDep, StoreDep
from kordon.api.errors import Unauthorized
from kordon.domain.accounts import User
from kordon.services import accounts


def api_user(request: Request, store: StoreDep, settings: SettingsDep) -> User:
    """The user an API request's bearer token belongs to; 401 without a valid one."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Send an API token: 'Authorization: Bearer <token>'.")
    user = accounts.token_user(store, token.strip(), demo=settings.demo)
    if user is None:
        raise Unauthorized("The API token is unknown, revoked, or its account is disabled.")
    return user


ApiUser = Annotated[User, Depends(api_user)]
