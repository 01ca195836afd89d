"""My account: who I am, changing my password, and my API tokens."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from kordon.domain.accounts import User
from kordon.domain.text import N_, Message
from kordon.http.deps import RowId, SettingsDep, StoreDep
from kordon.services import account_admin, accounts
from kordon.web import auth
from kordon.web.auth import FormDep, PageUser
from kordon.web.templating import render

router = APIRouter(include_in_schema=False)

DONE = {
    "password": N_("Your password is changed. Every other session of your account has ended."),
    "revoked": N_("The token is revoked: it no longer works."),
}


def _page(
    request: Request,
    store: StoreDep,
    user: User,
    *,
    errors: dict[str, Message] | None = None,
    status: int = 200,
) -> Response:
    context: dict[str, Any] = {
        "tokens": account_admin.tokens_of(store, user.username),
        "errors": errors or {},
        "min_password": accounts.MIN_PASSWORD,
        "notice": DONE.get(request.query_params.get("done", "")),
    }
    return render(request, "account.html", context, status=status)


@router.get("/account")
def account(request: Request, user: PageUser, store: StoreDep) -> Response:
    """The signed-in user's account page."""
    return _page(request, store, user)


@router.post("/account/password")
def change_password(
    request: Request, form: FormDep, user: PageUser, store: StoreDep, settings: SettingsDep
) -> Response:
    """Change one's own password; this session stays, every other one ends."""
    try:
        accounts.change_password(
            store,
            username=user.username,
            current=str(form.get("current", "")),
            new=str(form.get("new", "")),
            repeated=str(form.get("repeated", "")),
            address=auth.client_address(request, settings),
            keep_session=auth.session_token(request),
        )
    except accounts.AccountError as exc:
        return _page(request, store, user, errors={exc.field or "": exc.message}, status=422)
    return RedirectResponse("/account?done=password", status_code=303)


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(request: Request, token_id: RowId, user: PageUser, store: StoreDep) -> Response:
    """Revoke one of one's own API tokens."""
    try:
        account_admin.revoke_token(
            store, username=user.username, token_id=token_id, by=user.username
        )
    except accounts.AccountError as exc:
        return _page(request, store, user, errors={"": exc.message}, status=422)
    return RedirectResponse("/account?done=revoked", status_code=303)
