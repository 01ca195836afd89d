"""Accounts: password rules, demo-only accounts, tokens, and the secret-key rule."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kordon.domain import Checkpoint, CheckpointKind
from kordon.domain.accounts import Role
from kordon.services import accounts
from kordon.services.demo_accounts import create_demo_accounts
from kordon.settings import Settings
from kordon.storage.store import SqlStore


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "hasher", lambda: cheap)


def _checkpoints(store: SqlStore) -> None:
    with store.transaction() as uow:
        uow.checkpoints.upsert_many(
            [
                Checkpoint("AZ-AST", "Astara", "AZ", CheckpointKind.LAND_BORDER, "IR"),
                Checkpoint("AZ-SAM", "Samur", "AZ", CheckpointKind.LAND_BORDER, "RU"),
            ]
        )


def test_account_rules(store: SqlStore) -> None:
    _checkpoints(store)
    with pytest.raises(accounts.AccountError, match="one checkpoint"):
        accounts.create_user(store, username="o2", role=Role.OFFICER, password="x" * 20)
    with pytest.raises(accounts.AccountError, match="too short"):
        accounts.create_user(store, username="a1", role=Role.ADMINISTRATOR, password="short")
    with pytest.raises(accounts.AccountError, match="No checkpoint"):
        accounts.create_user(
            store, username="o1", role=Role.OFFICER, password="x" * 20, checkpoint="XX"
        )
    user = accounts.create_user(store, username="a1", role=Role.ADMINISTRATOR, password="x" * 20)
    with store.transaction() as uow:
        stored = uow.users.by_name("a1")
    assert stored is not None and stored.password_hash.startswith("$argon2id$")
    assert user.id is not None
    with pytest.raises(accounts.AccountError, match="exists already"):
        accounts.create_user(store, username="a1", role=Role.ADMINISTRATOR, password="x" * 20)


def test_demo_accounts_work_only_in_the_demo(store: SqlStore) -> None:
    _checkpoints(store)
    created = create_demo_accounts(store)
    assert {role for _, role, _, _ in created} == {role.value for role in Role}
    username, _, checkpoint, password = created[0]
    assert checkpoint == "AZ-AST"
    user = accounts.authenticate(
        store, username=username, password=password, address="a", demo=True
    )
    assert user.demo_only
    with pytest.raises(accounts.SignInRefused):
        accounts.authenticate(store, username=username, password=password, address="b", demo=False)
    token = accounts.issue_token(store, username)
    assert accounts.token_user(store, token, demo=True) is not None
    assert accounts.token_user(store, token, demo=False) is None
    # Passwords are random per run.
    assert len({p for *_, p in created}) == len(created)


def test_tokens_are_stored_hashed(store: SqlStore) -> None:
    accounts.create_user(store, username="bot", role=Role.SUPERVISOR, password="y" * 20)
    token = accounts.issue_token(store, "bot")
    with store.engine.connect() as connection:
        from sqlalchemy import select

        from kordon.storage.tables import api_tokens

        stored = connection.execute(select(api_tokens.c.token_hash)).scalar_one()
    assert token not in stored and stored == accounts.digest(token)
    accounts.disable_user(store, "bot")
    assert accounts.token_user(store, token, demo=False) is None


@pytest.mark.parametrize("secret", ["short", "changeme", "x" * 31])
def test_weak_secret_refused_outside_the_demo(secret: str) -> None:
    with pytest.raises(ValidationError, match="at least 32"):
        Settings(secret_key=secret)
    assert Settings(secret_key=secret, environment="demo").demo


def test_pages_need_a_secret_outside_the_demo(sqlite_url: str) -> None:
    from kordon.api.app import create_app

    with pytest.raises(ValueError, match="KORDON_SECRET_KEY is not set"):
        create_app(Settings(database_url=sqlite_url))
    create_app(Settings(database_url=sqlite_url, environment="demo"))


def test_the_demo_enforces_sign_in(sqlite_url: str) -> None:
    from fastapi.testclient import TestClient

    from kordon.api.app import create_app

    with TestClient(create_app(Settings(database_url=sqlite_url, environment="demo"))) as client:
        assert client.get("/queue", follow_redirects=False).status_code == 303
        assert client.get("/api/declarations").status_code == 401
