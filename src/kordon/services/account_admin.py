"""Administering accounts: listing, disabling and enabling, resetting passwords, tokens.

Each change is one transaction with its audit entry, acted by the administrator named in `by`.
"""

from __future__ import annotations

import dataclasses

from kordon.domain import Checkpoint
from kordon.domain.accounts import Role, User
from kordon.domain.text import N_, Message
from kordon.services import audit
from kordon.services.accounts import AccountError, NoSuchUser, generate_password, hasher
from kordon.services.ports import Store, TokenRecord


def list_users(store: Store) -> list[User]:
    """Every account, by name."""
    with store.transaction() as uow:
        return uow.users.list()


def get_user(store: Store, username: str) -> User:
    """One account; NoSuchUser when there is none."""
    with store.transaction() as uow:
        stored = uow.users.by_name(username)
    if stored is None:
        raise NoSuchUser(f"There is no user {username!r}.")
    return stored.user


def known_checkpoints(store: Store) -> list[Checkpoint]:
    """The checkpoints an officer may be bound to, by code."""
    with store.transaction() as uow:
        return uow.checkpoints.list()


def enable_user(store: Store, username: str, *, by: str = "system") -> None:
    """Let a disabled account sign in again (its old sessions stay ended)."""
    with store.transaction() as uow:
        stored = uow.users.by_name(username)
        if stored is None:
            raise AccountError(Message(N_("There is no user %(name)r."), {"name": username}))
        if not stored.user.disabled:
            return  # already enabled: nothing changes, so nothing to record
        uow.users.set_disabled(username, False)
        audit.record(uow, actor=by, action="user.enable", subject_type="user", subject_id=username)


def reset_password(store: Store, username: str, *, by: str = "system") -> str:
    """Give an account a new random password, returned once; its sessions end and its
    failed sign-ins are forgotten, so that a locked-out user can sign in at once."""
    password = generate_password()
    password_hash = hasher().hash(password)
    now = audit.utcnow()
    with store.transaction() as uow:
        stored = uow.users.by_name(username)
        if stored is None or stored.user.id is None:
            raise AccountError(Message(N_("There is no user %(name)r."), {"name": username}))
        uow.users.set_password_hash(stored.user.id, password_hash)
        uow.sessions.revoke_user(stored.user.id, at=now)
        uow.sign_in_attempts.forget_failures(username)
        audit.record(
            uow,
            actor=by,
            action="user.password_reset",
            subject_type="user",
            subject_id=username,
            at=now,
        )
    return password


def disable_user(store: Store, username: str, *, by: str = "system") -> None:
    """Disable an account and end its sessions at once.

    Nobody may disable their own account, nor the last administrator's that is enabled.
    """
    if by == username:
        raise AccountError(
            N_("You cannot disable your own account: ask another administrator to do it.")
        )
    now = audit.utcnow()
    with store.transaction() as uow:
        stored = uow.users.by_name(username)
        if stored is None or stored.user.id is None:
            raise AccountError(Message(N_("There is no user %(name)r."), {"name": username}))
        if stored.user.role is Role.ADMINISTRATOR and not stored.user.disabled:
            others = [
                user
                for user in uow.users.list()
                if user.role is Role.ADMINISTRATOR
                and not user.disabled
                and user.id != stored.user.id
            ]
            if not others:
                raise AccountError(
                    Message(
                        N_(
                            "%(name)s is the last administrator: nobody could manage accounts "
                            "without one. Create another administrator first."
                        ),
                        {"name": username},
                    )
                )
        uow.users.set_disabled(username, True)
        uow.sessions.revoke_user(stored.user.id, at=now)
        audit.record(
            uow, actor=by, action="user.disable", subject_type="user", subject_id=username, at=now
        )


def tokens_of(store: Store, username: str) -> list[TokenRecord]:
    """Every API token of an account, revoked ones included, oldest first."""
    with store.transaction() as uow:
        stored = uow.users.by_name(username)
        if stored is None or stored.user.id is None:
            raise NoSuchUser(f"There is no user {username!r}.")
        return uow.api_tokens.for_user(stored.user.id)


def revoke_token(store: Store, *, username: str, token_id: int, by: str = "system") -> TokenRecord:
    """Revoke one of an account's API tokens; revoking a revoked token changes nothing."""
    now = audit.utcnow()
    with store.transaction() as uow:
        stored = uow.users.by_name(username)
        found = uow.api_tokens.get(token_id)
        if stored is None or found is None or found.user_id != stored.user.id:
            raise AccountError(
                Message(N_("The user %(name)r has no such token."), {"name": username})
            )
        if not found.revoked:
            uow.api_tokens.revoke(token_id, at=now)
            audit.record(
                uow,
                actor=by,
                action="token.revoke",
                subject_type="user",
                subject_id=username,
                details={"name": found.name, "prefix": found.prefix},
                at=now,
            )
    return dataclasses.replace(found, revoked=True)
