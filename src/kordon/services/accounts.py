"""Accounts: creating them, signing in with rate limits, sessions and API tokens."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kordon.domain.accounts import Role, User
from kordon.domain.errors import Invalid, NotFound, Unauthenticated
from kordon.domain.text import N_, Message
from kordon.services import audit
from kordon.services.ports import Store, TokenRecord

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD = 12
MAX_DISPLAY_NAME = 200
MAX_TOKEN_NAME = 100
LOCK_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20
TOKEN_PREFIX = "kdn_"
# A token's "last used" time is kept to this precision: a busy client's requests are reads,
# and would otherwise each write (and on SQLite wait for the single writer).
TOKEN_TOUCH_EVERY = timedelta(minutes=1)


class AccountError(Invalid):
    """An account cannot be created or changed as asked; `field` names the form field at fault."""


class NoSuchUser(NotFound):
    """There is no account with that user name (HTTP 404)."""


class SignInRefused(Unauthenticated):
    """Signing in failed; the message is safe to show."""


class SignInLocked(SignInRefused):
    """Too many failed attempts in the window."""


@lru_cache(maxsize=1)
def hasher() -> PasswordHasher:
    """The Argon2id hasher (argon2-cffi's recommended parameters)."""
    return PasswordHasher()


def digest(token: str) -> str:
    """SHA-256 of a random token: what is stored instead of the token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def generate_password() -> str:
    """A random password to hand over once: four groups of four, about 80 bits."""
    # No 0/o, 1/l/i: easy to read off a screen and type on a tablet.
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(4))


def check_password(password: str, *, field: str = "password") -> None:
    """Refuse a password that breaks the rules every account's password follows."""
    if len(password) < MIN_PASSWORD:
        raise AccountError(
            Message(
                N_("The password is too short: use at least %(n)s characters."),
                {"n": MIN_PASSWORD},
            ),
            field=field,
        )


def create_user(
    store: Store,
    *,
    username: str,
    role: Role,
    password: str,
    checkpoint: str | None = None,
    display_name: str = "",
    demo_only: bool = False,
    by: str = "system",
    at: datetime | None = None,
) -> User:
    """Create an account with an Argon2 password hash; officers need a checkpoint."""
    if not USERNAME.match(username):
        raise AccountError(
            Message(
                N_(
                    "The user name %(name)r is not valid: use 2 to 64 lower-case letters, "
                    "digits, dots, dashes or underscores, starting with a letter or digit."
                ),
                {"name": username},
            ),
            field="username",
        )
    if len(display_name) > MAX_DISPLAY_NAME:
        raise AccountError(
            Message(
                N_("The display name is too long: use at most %(n)s characters."),
                {"n": MAX_DISPLAY_NAME},
            ),
            field="display_name",
        )
    if role is Role.OFFICER and not checkpoint:
        raise AccountError(
            N_("An officer works at one checkpoint: give its code."), field="checkpoint"
        )
    check_password(password)
    now = at or audit.utcnow()
    user = User(
        username=username,
        role=role,
        checkpoint=checkpoint or None,
        display_name=display_name,
        demo_only=demo_only,
        created_at=now,
    )
    with store.transaction() as uow:
        if uow.users.by_name(username) is not None:
            raise AccountError(
                Message(N_("The user %(name)r exists already."), {"name": username}),
                field="username",
            )
        if checkpoint and uow.checkpoints.get(checkpoint) is None:
            raise AccountError(
                Message(N_("No checkpoint has the code %(code)r."), {"code": checkpoint}),
                field="checkpoint",
            )
        user_id = uow.users.add(user, hasher().hash(password))
        audit.record(
            uow,
            actor=by,
            action="user.create",
            subject_type="user",
            subject_id=username,
            details={"role": role.value, "checkpoint": checkpoint, "demo_only": demo_only},
            at=now,
        )
    return dataclasses.replace(user, id=user_id)


def _usable(user: User, *, demo: bool) -> bool:
    return not user.disabled and (demo or not user.demo_only)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def authenticate(store: Store, *, username: str, password: str, address: str, demo: bool) -> User:
    """The account when the password is right; SignInRefused or SignInLocked otherwise."""
    now = audit.utcnow()
    username = username.strip().lower()
    with store.transaction() as uow:
        since = now - LOCK_WINDOW
        if (
            uow.sign_in_attempts.failures_since(since, username=username)
            >= MAX_FAILURES_PER_ACCOUNT
            or uow.sign_in_attempts.failures_since(since, address=address)
            >= MAX_FAILURES_PER_ADDRESS
        ):
            raise SignInLocked(
                N_(
                    "Too many failed sign-ins: this account or device is locked for 15 minutes. "
                    "Ask an administrator if you need access sooner."
                )
            )
        stored = uow.users.by_name(username)
    user = stored.user if stored else None
    ok = False
    if stored is not None:
        ok = _verify(stored.password_hash, password)
    else:
        # Spend the same time on unknown names, so that timing does not reveal which exist.
        hasher().hash(password)
    ok = ok and user is not None and _usable(user, demo=demo)
    with store.transaction() as uow:
        uow.sign_in_attempts.add(at=now, username=username, address=address, succeeded=ok)
        if ok and stored is not None and user is not None and user.id is not None:
            if hasher().check_needs_rehash(stored.password_hash):
                uow.users.set_password_hash(user.id, hasher().hash(password))
            audit.record(
                uow,
                actor=username,
                action="user.sign_in",
                subject_type="user",
                subject_id=username,
                details={"address": address},
                at=now,
            )
    if not ok or user is None:
        raise SignInRefused(N_("The user name or password is wrong, or the account is disabled."))
    return user


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """A signed-in user and the session's CSRF token."""

    user: User
    csrf_token: str


def start_session(
    store: Store, user: User, *, address: str, lifetime: timedelta
) -> tuple[str, str]:
    """A new session for a user: (token for the cookie, CSRF token)."""
    assert user.id is not None
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = audit.utcnow()
    with store.transaction() as uow:
        uow.sessions.add(
            token_hash=digest(token),
            user_id=user.id,
            csrf_token=csrf,
            at=now,
            expires_at=now + lifetime,
            address=address,
        )
    return token, csrf


def session_user(
    store: Store, token: str, *, demo: bool, lifetime: timedelta
) -> SessionInfo | None:
    """The user of a live session, extending it; None when it is unknown, expired or revoked."""
    now = audit.utcnow()
    with store.transaction() as uow:
        found = uow.sessions.find(digest(token))
        if found is None or found.revoked or found.expires_at <= now:
            return None
        user = uow.users.by_id(found.user_id)
        if user is None or not _usable(user, demo=demo):
            return None
        # Extend at most once a minute, so that page loads do not all write.
        if found.expires_at - lifetime < now - timedelta(minutes=1):
            uow.sessions.touch(digest(token), at=now, expires_at=now + lifetime)
    return SessionInfo(user, found.csrf_token)


def end_session(store: Store, token: str) -> None:
    """Sign out: revoke the session."""
    with store.transaction() as uow:
        uow.sessions.revoke(digest(token), at=audit.utcnow())


def issue_token(store: Store, username: str, *, name: str = "api", by: str = "system") -> str:
    """A new API token for a user, returned once; only its hash is kept."""
    name = name.strip()
    if not name or len(name) > MAX_TOKEN_NAME:
        raise AccountError(
            Message(
                N_("Say what the token is for, in 1 to %(n)s characters."), {"n": MAX_TOKEN_NAME}
            ),
            field="name",
        )
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    now = audit.utcnow()
    with store.transaction() as uow:
        stored = uow.users.by_name(username)
        if stored is None or stored.user.id is None:
            raise AccountError(Message(N_("There is no user %(name)r."), {"name": username}))
        uow.api_tokens.add(
            token_hash=digest(token),
            prefix=token[: len(TOKEN_PREFIX) + 6],
            user_id=stored.user.id,
            name=name,
            at=now,
        )
        audit.record(
            uow,
            actor=by,
            action="token.issue",
            subject_type="user",
            subject_id=username,
            details={"name": name, "prefix": token[: len(TOKEN_PREFIX) + 6]},
            at=now,
        )
    return token


def token_user(store: Store, token: str, *, demo: bool) -> User | None:
    """The user an API token belongs to, or None when it is unknown, revoked or disabled."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    with store.transaction() as uow:
        found: TokenRecord | None = uow.api_tokens.find(digest(token))
        if found is None or found.revoked:
            return None
        user = uow.users.by_id(found.user_id)
        if user is None or not _usable(user, demo=demo):
            return None
        now = audit.utcnow()
        if found.last_used_at is None or found.last_used_at <= now - TOKEN_TOUCH_EVERY:
            uow.api_tokens.touch(found.id, at=now)
    return user


def change_password(
    store: Store,
    *,
    username: str,
    current: str,
    new: str,
    repeated: str,
    address: str = "unknown",
    keep_session: str | None = None,
) -> None:
    """Change one's own password; every other session of the account ends.

    A wrong current password counts as a failed sign-in, so that a borrowed session cannot
    be used to guess the password."""
    if new != repeated:
        raise AccountError(
            N_("The two new passwords differ: type the same one twice."), field="repeated"
        )
    check_password(new, field="new")
    if new == current:
        raise AccountError(
            N_("The new password is the same as the current one: choose another."), field="new"
        )
    now = audit.utcnow()
    with store.transaction() as uow:
        stored = uow.users.by_name(username)
        if stored is None or stored.user.id is None:
            raise AccountError(Message(N_("There is no user %(name)r."), {"name": username}))
        since = now - LOCK_WINDOW
        if (
            uow.sign_in_attempts.failures_since(since, username=username)
            >= MAX_FAILURES_PER_ACCOUNT
        ):
            raise AccountError(
                N_(
                    "Too many wrong passwords: try again in 15 minutes, or ask an administrator "
                    "to reset your password."
                ),
                field="current",
            )
    ok = _verify(stored.password_hash, current)
    new_hash = hasher().hash(new) if ok else ""
    with store.transaction() as uow:
        if not ok:
            uow.sign_in_attempts.add(at=now, username=username, address=address, succeeded=False)
        else:
            user_id = stored.user.id
            uow.users.set_password_hash(user_id, new_hash)
            keep = digest(keep_session) if keep_session else None
            uow.sessions.revoke_user(user_id, at=now, keep=keep)
            audit.record(
                uow,
                actor=username,
                action="user.password_change",
                subject_type="user",
                subject_id=username,
                details={"address": address},
                at=now,
            )
    if not ok:
        raise AccountError(N_("The current password is wrong."), field="current")
