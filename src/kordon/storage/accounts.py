"""Accounts, sessions, API tokens and sign-in attempts in SQL."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from kordon.domain.accounts import Role, User
from kordon.services.ports import SessionRecord, StoredUser, TokenRecord
from kordon.storage.tables import api_tokens, sessions, sign_in_attempts, users


def _user(row: Any) -> User:
    return User(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        checkpoint=row.checkpoint,
        disabled=row.disabled,
        demo_only=row.demo_only,
        created_at=row.created_at,
        language=row.language,
    )


class SqlUsers:
    """UserRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def add(self, user: User, password_hash: str) -> int:
        """Store a new account and return its id."""
        result = self.connection.execute(
            insert(users).values(
                username=user.username,
                display_name=user.display_name,
                role=user.role.value,
                checkpoint=user.checkpoint,
                password_hash=password_hash,
                disabled=user.disabled,
                demo_only=user.demo_only,
                created_at=user.created_at,
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def by_name(self, username: str) -> StoredUser | None:
        """An account with its password hash, or None."""
        row = self.connection.execute(
            select(users).where(users.c.username == username)
        ).one_or_none()
        return StoredUser(_user(row), row.password_hash) if row is not None else None

    def by_id(self, user_id: int) -> User | None:
        """An account, or None."""
        row = self.connection.execute(select(users).where(users.c.id == user_id)).one_or_none()
        return _user(row) if row is not None else None

    def list(self) -> list[User]:
        """Every account, by name."""
        return [_user(r) for r in self.connection.execute(select(users).order_by(users.c.username))]

    def set_disabled(self, username: str, disabled: bool) -> bool:
        """Disable or enable an account; False when there is no such account."""
        result = self.connection.execute(
            update(users).where(users.c.username == username).values(disabled=disabled)
        )
        return bool(result.rowcount)

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        """Replace a password hash."""
        self.connection.execute(
            update(users).where(users.c.id == user_id).values(password_hash=password_hash)
        )

    def set_language(self, user_id: int, language: str | None) -> None:
        """Save the language an account chose for the pages."""
        self.connection.execute(
            update(users).where(users.c.id == user_id).values(language=language)
        )


class SqlSessions:
    """SessionRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def add(
        self,
        *,
        token_hash: str,
        user_id: int,
        csrf_token: str,
        at: datetime,
        expires_at: datetime,
        address: str,
    ) -> None:
        """Store a new session."""
        self.connection.execute(
            insert(sessions).values(
                token_hash=token_hash,
                user_id=user_id,
                csrf_token=csrf_token,
                created_at=at,
                last_seen_at=at,
                expires_at=expires_at,
                address=address[:64],
            )
        )

    def find(self, token_hash: str) -> SessionRecord | None:
        """A session, or None."""
        row = self.connection.execute(
            select(sessions).where(sessions.c.token_hash == token_hash)
        ).one_or_none()
        if row is None:
            return None
        return SessionRecord(
            user_id=row.user_id,
            csrf_token=row.csrf_token,
            expires_at=row.expires_at,
            revoked=row.revoked_at is not None,
            created_at=row.created_at,
        )

    def touch(self, token_hash: str, *, at: datetime, expires_at: datetime) -> None:
        """Record activity and extend the session."""
        self.connection.execute(
            update(sessions)
            .where(sessions.c.token_hash == token_hash)
            .values(last_seen_at=at, expires_at=expires_at)
        )

    def revoke(self, token_hash: str, *, at: datetime) -> None:
        """End one session."""
        self.connection.execute(
            update(sessions).where(sessions.c.token_hash == token_hash).values(revoked_at=at)
        )

    def revoke_user(self, user_id: int, *, at: datetime, keep: str | None = None) -> None:
        """End every session of a user, except the one whose token hash is `keep`."""
        conditions = [sessions.c.user_id == user_id, sessions.c.revoked_at.is_(None)]
        if keep is not None:
            conditions.append(sessions.c.token_hash != keep)
        self.connection.execute(update(sessions).where(*conditions).values(revoked_at=at))


def _token(row: Any, label: str = "") -> TokenRecord:
    """A token from a row, its columns named with `label` in front (when read beside the
    account's, whose names they share)."""
    column = row._mapping
    return TokenRecord(
        id=column[f"{label}id"],
        user_id=column[f"{label}user_id"],
        name=column[f"{label}name"],
        prefix=column[f"{label}prefix"],
        created_at=column[f"{label}created_at"],
        last_used_at=column[f"{label}last_used_at"],
        revoked=column[f"{label}revoked_at"] is not None,
    )


# Built once: every API request runs it, and a statement built anew is keyed for the
# compiled cache anew.
_TOKEN_WITH_USER = (
    select(*[c.label(f"token_{c.name}") for c in api_tokens.c], users)
    .join(users, users.c.id == api_tokens.c.user_id)
    .where(api_tokens.c.token_hash == bindparam("token_hash"))
)


class SqlApiTokens:
    """ApiTokenRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def add(self, *, token_hash: str, prefix: str, user_id: int, name: str, at: datetime) -> int:
        """Store a new token and return its id."""
        result = self.connection.execute(
            insert(api_tokens).values(
                token_hash=token_hash, prefix=prefix, user_id=user_id, name=name, created_at=at
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def find_with_user(self, token_hash: str) -> tuple[TokenRecord, User] | None:
        """A token and its account in one query (every API request asks), or None."""
        row = self.connection.execute(_TOKEN_WITH_USER, {"token_hash": token_hash}).one_or_none()
        return (_token(row, "token_"), _user(row)) if row is not None else None

    def get(self, token_id: int) -> TokenRecord | None:
        """A token by its id, or None."""
        row = self.connection.execute(
            select(api_tokens).where(api_tokens.c.id == token_id)
        ).one_or_none()
        return _token(row) if row is not None else None

    def revoke(self, token_id: int, *, at: datetime) -> None:
        """Revoke a token (a revoked token stays listed, never usable again)."""
        self.connection.execute(
            update(api_tokens)
            .where(api_tokens.c.id == token_id, api_tokens.c.revoked_at.is_(None))
            .values(revoked_at=at)
        )

    def touch(self, token_id: int, *, at: datetime) -> None:
        """Record that a token was used."""
        self.connection.execute(
            update(api_tokens).where(api_tokens.c.id == token_id).values(last_used_at=at)
        )

    def revoke_user(self, user_id: int, *, at: datetime) -> None:
        """Revoke every token of a user."""
        self.connection.execute(
            update(api_tokens)
            .where(api_tokens.c.user_id == user_id, api_tokens.c.revoked_at.is_(None))
            .values(revoked_at=at)
        )

    def for_user(self, user_id: int) -> list[TokenRecord]:
        """Every token of a user."""
        query = select(api_tokens).where(api_tokens.c.user_id == user_id).order_by(api_tokens.c.id)
        return [_token(row) for row in self.connection.execute(query)]


class SqlSignInAttempts:
    """SignInAttemptRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def add(self, *, at: datetime, username: str, address: str, succeeded: bool) -> None:
        """Record one attempt."""
        self.connection.execute(
            insert(sign_in_attempts).values(
                at=at, username=username[:64], address=address[:64], succeeded=succeeded
            )
        )

    def forget_failures(self, username: str) -> None:
        """Forget an account's failed attempts (after an administrator reset its password)."""
        self.connection.execute(
            delete(sign_in_attempts).where(
                sign_in_attempts.c.username == username[:64],
                sign_in_attempts.c.succeeded.is_(False),
            )
        )

    def failures_since(
        self, since: datetime, *, username: str | None = None, address: str | None = None
    ) -> tuple[int, datetime | None]:
        """Failed attempts since a moment, for an account, a client address or both: how
        many, and when the last one was."""
        conditions = [sign_in_attempts.c.at >= since, sign_in_attempts.c.succeeded.is_(False)]
        if username is not None:
            conditions.append(sign_in_attempts.c.username == username[:64])
        if address is not None:
            conditions.append(sign_in_attempts.c.address == address[:64])
        query = select(func.count(), func.max(sign_in_attempts.c.at)).where(*conditions)
        count, last = self.connection.execute(query).one()
        return int(count), last
