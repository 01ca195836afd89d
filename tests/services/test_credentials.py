"""Credentials: NIST SP 800-63B password rules, resets, re-enabling, session lifetimes and
lockouts that slow a guesser without locking the account's owner out."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kordon.domain.accounts import Role, User
from kordon.services import account_admin, accounts
from kordon.storage.store import SqlStore

GOOD = "correct horse battery"


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "hasher", lambda: cheap)


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("aaaaaaaaaaaa", "repeats"),
        ("abababababab", "repeats"),
        ("123456789012", "sequence"),
        ("abcdefghijklmn", "sequence"),
        ("qwertyuiopasdf", "sequence"),
        ("1qaz2wsx3edc", "common"),
        ("Password1234", "common"),
        ("sonyericsson", "common"),
        ("iloveyou2024!", "common"),
    ],
)
def test_weak_passwords_are_refused(password: str, why: str) -> None:
    with pytest.raises(accounts.AccountError, match=why):
        accounts.check_password(password)


@pytest.mark.parametrize("password", [GOOD, "tbilisi-astara-samur", "kx7-pw2m-r9qd-v4hh"])
def test_good_passwords_pass(password: str) -> None:
    accounts.check_password(password)


def test_the_password_may_not_contain_the_user_name() -> None:
    with pytest.raises(accounts.AccountError, match="user name"):
        accounts.check_password("officer.astara-2024", username="officer.astara")


def test_generated_passwords_pass_the_rules() -> None:
    for _ in range(200):
        accounts.check_password(accounts.generate_password())


def _user(store: SqlStore, name: str = "ana", role: Role = Role.RISK_ANALYST) -> User:
    return accounts.create_user(store, username=name, role=role, password=GOOD)


def test_a_reset_revokes_sessions_and_tokens(store: SqlStore) -> None:
    user = _user(store)
    token = accounts.issue_token(store, "ana")
    session, _ = accounts.start_session(store, user, address="a", lifetime=timedelta(hours=1))
    account_admin.reset_password(store, "ana", by="admin")
    assert accounts.token_user(store, token, demo=False) is None
    assert accounts.session_user(store, session, demo=False, lifetime=timedelta(hours=1)) is None


def test_re_enabling_brings_no_old_token_or_session_back(store: SqlStore) -> None:
    user = _user(store)
    token = accounts.issue_token(store, "ana")
    session, _ = accounts.start_session(store, user, address="a", lifetime=timedelta(hours=1))
    account_admin.disable_user(store, "ana", by="admin")
    account_admin.enable_user(store, "ana", by="admin")
    assert accounts.token_user(store, token, demo=False) is None
    assert accounts.session_user(store, session, demo=False, lifetime=timedelta(hours=1)) is None
    assert accounts.token_user(store, accounts.issue_token(store, "ana"), demo=False) is not None


def test_sessions_end_after_their_absolute_lifetime_however_busy(store: SqlStore) -> None:
    user = _user(store)
    session, _ = accounts.start_session(store, user, address="a", lifetime=timedelta(hours=1))
    idle, absolute = timedelta(hours=1), timedelta(hours=12)
    start = datetime.now()
    for hour in range(0, 12):  # active every half hour: the idle timeout never strikes
        for half in (0, 30):
            at = start + timedelta(hours=hour, minutes=half)
            info = accounts.session_user(
                store, session, demo=False, lifetime=idle, absolute=absolute, at=at
            )
            assert info is not None, at
    late = start + timedelta(hours=12, minutes=5)
    assert (
        accounts.session_user(store, session, demo=False, lifetime=idle, absolute=absolute, at=late)
        is None
    )


def _fail(store: SqlStore, username: str, address: str, at: datetime) -> Exception:
    with pytest.raises(accounts.SignInRefused) as caught:
        accounts.authenticate(
            store, username=username, password="not the password", address=address, demo=False,
            at=at,
        )  # fmt: skip
    return caught.value


def test_a_guesser_cannot_lock_out_a_named_supervisor(store: SqlStore) -> None:
    _user(store, "boss", Role.SUPERVISOR)
    now = datetime.now()
    for n in range(30):
        _fail(store, "boss", "203.0.113.9", now + timedelta(seconds=n))
    # The guesser's own address is slowed down ...
    refused = _fail(store, "boss", "203.0.113.9", now + timedelta(seconds=31))
    assert isinstance(refused, accounts.SignInLocked) and "seconds" in str(refused)
    # ... the supervisor at their own desk signs in at once.
    user = accounts.authenticate(
        store, username="boss", password=GOOD, address="10.1.2.3", demo=False,
        at=now + timedelta(seconds=32),
    )  # fmt: skip
    assert user.username == "boss"


def test_the_delay_grows_with_each_failure_and_passes(store: SqlStore) -> None:
    _user(store, "ana")
    now = datetime.now()
    for n in range(4):
        _fail(store, "ana", "198.51.100.7", now + timedelta(seconds=n))
    early = _fail(store, "ana", "198.51.100.7", now + timedelta(seconds=4))
    assert isinstance(early, accounts.SignInLocked)
    later = now + timedelta(minutes=20)
    user = accounts.authenticate(
        store, username="ana", password=GOOD, address="198.51.100.7", demo=False, at=later
    )
    assert user.username == "ana"
