"""`kordon users`: add, list, disable and issue tokens."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kordon.cli import build_app
from kordon.services import accounts
from kordon.storage.store import open_store


@pytest.fixture
def run(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    from argon2 import PasswordHasher

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "hasher", lambda: cheap)
    monkeypatch.setenv("KORDON_DATABASE_URL", sqlite_url)
    return CliRunner()


def test_users_add_list_disable_token(run: CliRunner, sqlite_url: str) -> None:
    app = build_app()
    added = run.invoke(
        app,
        ["users", "add", "rauf", "--role", "supervisor", "--password-stdin"],
        input="a long enough password\n",
    )
    assert added.exit_code == 0, added.output
    assert "Created rauf (supervisor)" in added.stdout
    prompted = run.invoke(
        app, ["users", "add", "leyla", "--role", "risk_analyst"], input="pw-pw-pw-pw-pw\nother\n"
    )
    assert prompted.exit_code == 1 and "differ" in prompted.output
    officer = run.invoke(
        app,
        ["users", "add", "elvin", "--role", "officer", "--password-stdin"],
        input="xenon quartz lamp",
    )
    assert officer.exit_code == 1 and "checkpoint" in officer.output
    token = run.invoke(app, ["users", "token", "rauf"])
    assert token.exit_code == 0 and token.stdout.startswith("kdn_")
    listed = run.invoke(app, ["users", "list"])
    assert "rauf" in listed.stdout and "active" in listed.stdout
    assert run.invoke(app, ["users", "disable", "rauf"]).exit_code == 0
    assert "disabled" in run.invoke(app, ["users", "list"]).stdout
    store = open_store(sqlite_url)
    try:
        assert accounts.token_user(store, token.stdout.strip(), demo=False) is None
    finally:
        store.close()
    missing = run.invoke(app, ["users", "disable", "nobody"])
    assert missing.exit_code == 1 and "no user 'nobody'" in missing.output
