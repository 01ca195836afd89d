"""Accounts: password rules, demo-only accounts, tokens, and the secret-key rule."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pydantic import ValidationError

from kordon.domain import Checkpoint, CheckpointKind
from kordon.domain.accounts import Role
from kordon.services import account_admin, accounts
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
    account_admin.disable_user(store, "bot")
    assert accounts.token_user(store, token, demo=False) is None


@pytest.mark.parametrize("secret", ["short", "changeme", "x" * 31])
def test_weak_secret_refused_outside_the_demo(secret: str) -> None:
    with pytest.raises(ValidationError, match="at least 32"):
        Settings(secret_key=secret)
    assert Settings(secret_key=secret, environment="demo").demo


def test_pages_need_a_secret_outside_the_demo(sqlite_url: str) -> None:
    from kordon.app import create_app

    with pytest.raises(ValueError, match="KORDON_SECRET_KEY is not set"):
        create_app(Settings(database_url=sqlite_url))
    create_app(Settings(database_url=sqlite_url, environment="demo"))


def test_the_demo_enforces_sign_in(sqlite_url: str) -> None:
    from fastapi.testclient import TestClient

    from kordon.app import create_app

    with TestClient(create_app(Settings(database_url=sqlite_url, environment="demo"))) as client:
        assert client.get("/queue", follow_redirects=False).status_code == 303
        assert client.get("/api/declarations").status_code == 401


def _actions(store: SqlStore) -> list[tuple[str, str, str]]:
    with store.transaction() as uow:
        return [(e.actor, e.action, e.subject_id) for e in reversed(uow.audit.latest(limit=100))]


def _session(store: SqlStore, user: accounts.User) -> str:
    token, _ = accounts.start_session(store, user, address="a", lifetime=timedelta(hours=1))
    return token


def _live(store: SqlStore, token: str) -> bool:
    info = accounts.session_user(store, token, demo=False, lifetime=timedelta(hours=1))
    return info is not None


def test_changing_a_password_keeps_this_session_and_ends_the_others(store: SqlStore) -> None:
    user = accounts.create_user(store, username="ana", role=Role.RISK_ANALYST, password="o" * 12)
    here, elsewhere = _session(store, user), _session(store, user)
    accounts.change_password(
        store, username="ana", current="o" * 12, new="n" * 12, repeated="n" * 12, keep_session=here
    )
    assert _live(store, here) and not _live(store, elsewhere)
    with pytest.raises(accounts.SignInRefused):
        accounts.authenticate(store, username="ana", password="o" * 12, address="a", demo=False)
    accounts.authenticate(store, username="ana", password="n" * 12, address="a", demo=False)
    assert ("ana", "user.password_change", "ana") in _actions(store)


@pytest.mark.parametrize(
    ("current", "new", "repeated", "field", "message"),
    [
        ("wrong password", "n" * 12, "n" * 12, "current", "current password is wrong"),
        ("o" * 12, "n" * 12, "m" * 12, "repeated", "differ"),
        ("o" * 12, "short", "short", "new", "too short"),
        ("o" * 12, "o" * 12, "o" * 12, "new", "same as the current"),
    ],
)
def test_a_refused_password_change_changes_nothing(
    store: SqlStore, current: str, new: str, repeated: str, field: str, message: str
) -> None:
    user = accounts.create_user(store, username="ana", role=Role.RISK_ANALYST, password="o" * 12)
    other = _session(store, user)
    with pytest.raises(accounts.AccountError, match=message) as refused:
        accounts.change_password(store, username="ana", current=current, new=new, repeated=repeated)
    assert refused.value.field == field
    assert _live(store, other)
    accounts.authenticate(store, username="ana", password="o" * 12, address="a", demo=False)
    assert [a for _, a, _ in _actions(store)] == ["user.create", "user.sign_in"]


def test_guessing_the_current_password_locks_like_signing_in(store: SqlStore) -> None:
    accounts.create_user(store, username="ana", role=Role.RISK_ANALYST, password="o" * 12)
    for _ in range(accounts.MAX_FAILURES_PER_ACCOUNT):
        with pytest.raises(accounts.AccountError, match="wrong"):
            accounts.change_password(
                store, username="ana", current="guess", new="n" * 12, repeated="n" * 12
            )
    with pytest.raises(accounts.AccountError, match="Too many"):
        accounts.change_password(
            store, username="ana", current="o" * 12, new="n" * 12, repeated="n" * 12
        )
    with pytest.raises(accounts.SignInLocked):
        accounts.authenticate(store, username="ana", password="o" * 12, address="a", demo=False)


def test_administrators_manage_accounts_with_an_audit_trail(store: SqlStore) -> None:
    _checkpoints(store)
    accounts.create_user(store, username="boss", role=Role.ADMINISTRATOR, password="b" * 12)
    officer = accounts.create_user(
        store,
        username="ali",
        role=Role.OFFICER,
        password=accounts.generate_password(),
        checkpoint="AZ-AST",
        by="boss",
    )
    with pytest.raises(accounts.AccountError, match="your own account"):
        account_admin.disable_user(store, "boss", by="boss")

    session = _session(store, officer)
    account_admin.disable_user(store, "ali", by="boss")
    assert not _live(store, session) and account_admin.get_user(store, "ali").disabled
    account_admin.enable_user(store, "ali", by="boss")
    account_admin.enable_user(store, "ali", by="boss")  # already enabled: not recorded again
    assert not account_admin.get_user(store, "ali").disabled

    # A locked-out officer signs in at once with the password an administrator reset.
    for _ in range(accounts.MAX_FAILURES_PER_ACCOUNT):
        with pytest.raises(accounts.SignInRefused):
            accounts.authenticate(store, username="ali", password="x", address="a", demo=False)
    session = _session(store, officer)
    password = account_admin.reset_password(store, "ali", by="boss")
    assert len(password) >= accounts.MIN_PASSWORD and not _live(store, session)
    accounts.authenticate(store, username="ali", password=password, address="a", demo=False)

    token = accounts.issue_token(store, "ali", name="bridge", by="boss")
    theirs = accounts.issue_token(store, "boss", name="own", by="boss")
    listed = account_admin.tokens_of(store, "ali")
    assert [(t.name, t.revoked) for t in listed] == [("bridge", False)]
    assert token.startswith(listed[0].prefix)
    boss_token_id = account_admin.tokens_of(store, "boss")[0].id
    with pytest.raises(accounts.AccountError, match="no such token"):
        account_admin.revoke_token(store, username="ali", token_id=boss_token_id, by="boss")
    account_admin.revoke_token(store, username="ali", token_id=listed[0].id, by="boss")
    account_admin.revoke_token(store, username="ali", token_id=listed[0].id, by="boss")
    assert accounts.token_user(store, token, demo=False) is None
    assert accounts.token_user(store, theirs, demo=False) is not None
    assert account_admin.tokens_of(store, "ali")[0].revoked

    by_boss = [(action, subject) for actor, action, subject in _actions(store) if actor == "boss"]
    assert by_boss == [
        ("user.create", "ali"),
        ("user.disable", "ali"),
        ("user.enable", "ali"),
        ("user.password_reset", "ali"),
        ("token.issue", "ali"),
        ("token.issue", "boss"),
        ("token.revoke", "ali"),
    ]


def test_refusals_name_the_field_at_fault(store: SqlStore) -> None:
    _checkpoints(store)
    cases = [
        ({"username": "Bad Name", "role": Role.SUPERVISOR}, "username"),
        ({"username": "o1", "role": Role.OFFICER}, "checkpoint"),
        ({"username": "o1", "role": Role.OFFICER, "checkpoint": "XX"}, "checkpoint"),
        ({"username": "s1", "role": Role.SUPERVISOR, "display_name": "x" * 201}, "display_name"),
    ]
    for changes, field in cases:
        with pytest.raises(accounts.AccountError) as refused:
            accounts.create_user(store, password="p" * 12, **changes)
        assert refused.value.field == field, changes
    with pytest.raises(accounts.AccountError) as refused:
        accounts.issue_token(store, "nobody", name=" ")
    assert refused.value.field == "name"
    with pytest.raises(accounts.NoSuchUser):
        account_admin.get_user(store, "nobody")
    assert account_admin.list_users(store) == []


def test_the_last_administrator_cannot_be_disabled(store: SqlStore) -> None:
    for name in ("boss", "deputy"):
        accounts.create_user(store, username=name, role=Role.ADMINISTRATOR, password="b" * 12)
    account_admin.disable_user(store, "deputy", by="cli")
    with pytest.raises(accounts.AccountError, match="last administrator"):
        account_admin.disable_user(store, "boss", by="cli")
    assert not account_admin.get_user(store, "boss").disabled
    account_admin.enable_user(store, "deputy", by="boss")
    account_admin.disable_user(store, "boss", by="deputy")
    assert account_admin.get_user(store, "boss").disabled
