"""Machine clients: `Authorization: Bearer <token>`, with the same roles as people."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kordon.domain.accounts import User
from kordon.domain.errors import Unauthenticated
from kordon.http.deps import SettingsDep, StoreDep
from kordon.services import accounts

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="token",
    description="An API token from `kordon users token NAME`; it carries that account's role.",
)


def api_user(
    store: StoreDep,
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    """The user an API request's bearer token belongs to; 401 without a valid one."""
    if credentials is None or not credentials.credentials.strip():
        raise Unauthenticated("Send an API token: 'Authorization: Bearer <token>'.")
    user = accounts.token_user(store, credentials.credentials.strip(), demo=settings.demo)
    if user is None:
        raise Unauthenticated("The API token is unknown, revoked, or its account is disabled.")
    return user


ApiUser = Annotated[User, Depends(api_user)]
