"""Accounts: creating them, signing in with rate limits, sessions and API tokens."""

from __future__ import annotations

import dataclasses
import hashlib
import math
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kordon.domain import clock
from kordon.domain.accounts import Role, User
from kordon.domain.errors import Invalid, NotFound, Unauthenticated
from kordon.domain.text import N_, Message
from kordon.services import audit, passwords
from kordon.services.ports import Store, UnitOfWork

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD = passwords.MIN_LENGTH
MAX_DISPLAY_NAME = 200
MAX_TOKEN_NAME = 100
TOKEN_PREFIX = "kdn_"
# Failed sign-ins are remembered this long; after the free tries each one doubles the wait
# before the next try, up to the cap. Counted per account and address, per address, and per
# account from everywhere: a guesser slows down their own address, and a named supervisor
# can at worst be made to wait a minute, never locked out.
LOCK_WINDOW = timedelta(hours=1)
_THROTTLES = (  # (by account, by address, free tries, longest wait)
    (True, True, 3, timedelta(minutes=15)),
    (False, True, 20, timedelta(minutes=15)),
    (True, False, 100, timedelta(minutes=1)),
)
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


def check_password(password: str, *, field: str = "password", username: str = "") -> None:
    """Refuse a password that breaks the rules every account's password follows."""
    try:
        passwords.check(password, username=username)
    except passwords.PasswordRefused as exc:
        raise AccountError(exc.message, field=field) from exc


def wait_before_sign_in(
    uow: UnitOfWork, *, username: str, address: str, now: datetime
) -> timedelta | None:
    """How long this account at this address must wait before its next try, if at all."""
    longest = timedelta(0)
    for by_account, by_address, free, cap in _THROTTLES:
        count, last = uow.sign_in_attempts.failures_since(
            now - LOCK_WINDOW,
            username=username if by_account else None,
            address=address if by_address else None,
        )
        if count >= free and last is not None:
            delay = min(timedelta(seconds=2 ** min(count - free, 20)), cap)
            longest = max(longest, last + delay - now)
    return longest if longest > timedelta(0) else None


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
    check_password(password, username=username)
    now = at or clock.now()
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


def authenticate(
    store: Store,
    *,
    username: str,
    password: str,
    address: str,
    demo: bool,
    at: datetime | None = None,
) -> User:
    """The account when the password is right; SignInRefused or SignInLocked otherwise.
    Failures and lockouts go on the audit trail with the address they came from."""
    now = at or clock.now()
    username = username.strip().lower()[:64]
    with store.transaction() as uow:
        wait = wait_before_sign_in(uow, username=username, address=address, now=now)
        if wait is not None:
            _audit_sign_in(uow, "user.locked_out", username, address, now)
        stored = uow.users.by_name(username)
    if wait is not None:
        raise SignInLocked(
            Message(
                N_(
                    "Too many failed sign-ins from here: wait %(n)s seconds before trying "
                    "again, or ask an administrator to reset the password."
                ),
                {"n": _seconds(wait)},
            )
        )
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
        rehash = ok and stored is not None and hasher().check_needs_rehash(stored.password_hash)
        if rehash and user is not None and user.id is not None:
            uow.users.set_password_hash(user.id, hasher().hash(password))
        _audit_sign_in(uow, "user.sign_in" if ok else "user.sign_in_failed", username, address, now)
    if not ok or user is None:
        raise SignInRefused(N_("The user name or password is wrong, or the account is disabled."))
    return user


def _seconds(wait: timedelta) -> int:
    return max(1, math.ceil(wait.total_seconds()))


def _audit_sign_in(uow: UnitOfWork, action: str, username: str, address: str, at: datetime) -> None:
    audit.record(uow, actor=username or "anonymous", action=action, subject_type="user",
                 subject_id=username, details={"address": address}, at=at)  # fmt: skip


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
    now = clock.now()
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
    store: Store,
    token: str,
    *,
    demo: bool,
    lifetime: timedelta,
    absolute: timedelta | None = None,
    at: datetime | None = None,
) -> SessionInfo | None:
    """The user of a live session, extending it; None when it is unknown, idle for longer
    than `lifetime`, older than `absolute`, or revoked."""
    now = at or clock.now()
    with store.transaction() as uow:
        found = uow.sessions.find(digest(token))
        if found is None or found.revoked or found.expires_at <= now:
            return None
        too_old = absolute is not None and found.created_at is not None
        if too_old and found.created_at + absolute <= now:  # type: ignore[operator]
            return None
        user = uow.users.by_id(found.user_id)
        if user is None or not _usable(user, demo=demo):
            return None
        # Extend at most once a minute, so that page loads do not all write.
        if found.expires_at - lifetime < now - timedelta(minutes=1):
            uow.sessions.touch(digest(token), at=now, expires_at=now + lifetime)
    return SessionInfo(user, found.csrf_token)


def end_session(store: Store, token: str, *, username: str, address: str = "unknown") -> None:
    """Sign out: revoke the session, on the audit trail."""
    now = clock.now()
    with store.transaction() as uow:
        uow.sessions.revoke(digest(token), at=now)
        audit.record(uow, actor=username, action="user.sign_out", subject_type="user",
                     subject_id=username, details={"address": address}, at=now)  # fmt: skip


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
    now = clock.now()
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
    # Every API request asks: a read without a transaction (one round trip, where a
    # transaction's BEGIN and COMMIT are two more); the rare "last used" write has its own.
    with store.reading() as uow:
        pair = uow.api_tokens.find_with_user(digest(token))
    if pair is None:
        return None
    found, user = pair
    if found.revoked or not _usable(user, demo=demo):
        return None
    now = clock.now()
    if found.last_used_at is None or found.last_used_at <= now - TOKEN_TOUCH_EVERY:
        with store.transaction() as uow:
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
    check_password(new, field="new", username=username)
    if new == current:
        raise AccountError(
            N_("The new password is the same as the current one: choose another."), field="new"
        )
    now = clock.now()
    with store.transaction() as uow:
        stored = uow.users.by_name(username)
        if stored is None or stored.user.id is None:
            raise AccountError(Message(N_("There is no user %(name)r."), {"name": username}))
        wait = wait_before_sign_in(uow, username=username, address=address, now=now)
        if wait is not None:
            raise AccountError(
                Message(
                    N_(
                        "Too many wrong passwords: try again in %(n)s seconds, or ask an "
                        "administrator to reset your password."
                    ),
                    {"n": _seconds(wait)},
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
