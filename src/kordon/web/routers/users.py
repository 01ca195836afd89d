"""Managing accounts (administrators only): create, disable, enable, reset, tokens."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from kordon.domain.accounts import Role, User
from kordon.domain.text import N_, Message
from kordon.http.deps import RowId, StoreDep
from kordon.services import access, account_admin, accounts
from kordon.web.auth import FormDep, PageUser
from kordon.web.templating import render

router = APIRouter(include_in_schema=False)

DONE = {
    "disabled": N_("The account is disabled and its sessions have ended."),
    "enabled": N_("The account is enabled: it may sign in again."),
    "revoked": N_("The token is revoked: it no longer works."),
}


def administrator(user: PageUser) -> User:
    """The signed-in user, when an administrator; 403 for everyone else."""
    access.require(user, access.MANAGE_USERS, "manage accounts")
    return user


AdminUser = Annotated[User, Depends(administrator)]


def _list_page(
    request: Request,
    store: StoreDep,
    *,
    values: dict[str, str] | None = None,
    errors: dict[str, Message] | None = None,
    status: int = 200,
) -> Response:
    context: dict[str, Any] = {
        "users": account_admin.list_users(store),
        "checkpoints": account_admin.known_checkpoints(store),
        "roles": list(Role),
        "values": values or {},
        "errors": errors or {},
    }
    return render(request, "users.html", context, status=status)


def _user_page(
    request: Request,
    store: StoreDep,
    username: str,
    *,
    secret: dict[str, Message | str] | None = None,
    errors: dict[str, Message] | None = None,
    status: int = 200,
) -> Response:
    context: dict[str, Any] = {
        "u": account_admin.get_user(store, username),
        "tokens": account_admin.tokens_of(store, username),
        "secret": secret,
        "errors": errors or {},
        "notice": DONE.get(request.query_params.get("done", "")),
    }
    return render(request, "user.html", context, status=status)


@router.get("/users")
def users(request: Request, admin: AdminUser, store: StoreDep) -> Response:
    """Every account, and the form to create one."""
    return _list_page(request, store)


@router.post("/users")
def create_user(request: Request, form: FormDep, admin: AdminUser, store: StoreDep) -> Response:
    """Create an account with a generated password, shown once."""
    values = {
        name: str(form.get(name, "")).strip()
        for name in ("username", "display_name", "role", "checkpoint")
    }
    values["username"] = values["username"].lower()
    if values["role"] not in {role.value for role in Role}:
        errors = {"role": Message(N_("Choose what the account may do."))}
        return _list_page(request, store, values=values, errors=errors, status=422)
    password = accounts.generate_password()
    try:
        user = accounts.create_user(
            store,
            username=values["username"],
            role=Role(values["role"]),
            password=password,
            checkpoint=values["checkpoint"] or None,
            display_name=values["display_name"],
            by=admin.username,
        )
    except accounts.AccountError as exc:
        errors = {exc.field or "": exc.message}
        return _list_page(request, store, values=values, errors=errors, status=422)
    secret: dict[str, Message | str] = {
        "title": Message(N_("Created %(name)s. Initial password"), {"name": user.username}),
        "value": password,
    }
    return _user_page(request, store, user.username, secret=secret)


@router.get("/users/{username}")
def user_page(request: Request, username: str, admin: AdminUser, store: StoreDep) -> Response:
    """One account: its state, its API tokens and what an administrator may do with it."""
    return _user_page(request, store, username)


@router.post("/users/{username}/disable")
def disable(request: Request, username: str, admin: AdminUser, store: StoreDep) -> Response:
    """Disable an account and end its sessions (never one's own)."""
    account_admin.get_user(store, username)
    try:
        account_admin.disable_user(store, username, by=admin.username)
    except accounts.AccountError as exc:
        return _user_page(request, store, username, errors={"": exc.message}, status=422)
    return RedirectResponse(f"/users/{username}?done=disabled", status_code=303)


@router.post("/users/{username}/enable")
def enable(username: str, admin: AdminUser, store: StoreDep) -> Response:
    """Let a disabled account sign in again."""
    account_admin.get_user(store, username)
    account_admin.enable_user(store, username, by=admin.username)
    return RedirectResponse(f"/users/{username}?done=enabled", status_code=303)


@router.post("/users/{username}/password")
def reset_password(request: Request, username: str, admin: AdminUser, store: StoreDep) -> Response:
    """Give an account a new generated password, shown once; its sessions end."""
    account_admin.get_user(store, username)
    password = account_admin.reset_password(store, username, by=admin.username)
    secret: dict[str, Message | str] = {
        "title": Message(N_("New password of %(name)s"), {"name": username}),
        "value": password,
    }
    return _user_page(request, store, username, secret=secret)


@router.post("/users/{username}/tokens")
def issue_token(
    request: Request, username: str, form: FormDep, admin: AdminUser, store: StoreDep
) -> Response:
    """Issue an API token for an account, shown once."""
    account_admin.get_user(store, username)
    name = str(form.get("name", ""))
    try:
        token = accounts.issue_token(store, username, name=name, by=admin.username)
    except accounts.AccountError as exc:
        errors = {exc.field or "": exc.message}
        return _user_page(request, store, username, errors=errors, status=422)
    secret: dict[str, Message | str] = {
        "title": Message(
            N_("API token %(token)r for %(name)s"), {"token": name.strip(), "name": username}
        ),
        "value": token,
    }
    return _user_page(request, store, username, secret=secret)


@router.post("/users/{username}/tokens/{token_id}/revoke")
def revoke_token(
    request: Request, username: str, token_id: RowId, admin: AdminUser, store: StoreDep
) -> Response:
    """Revoke one of an account's API tokens."""
    account_admin.get_user(store, username)
    try:
        account_admin.revoke_token(store, username=username, token_id=token_id, by=admin.username)
    except accounts.AccountError as exc:
        return _user_page(request, store, username, errors={"": exc.message}, status=422)
    return RedirectResponse(f"/users/{username}?done=revoked", status_code=303)
