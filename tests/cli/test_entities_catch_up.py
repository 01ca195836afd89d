"""`kordon entities catch-up` and the server's start index what a stopped process left
unindexed between a lodgement and its indexing."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.builders import make_document
from tests.services.astara import open_astara
from typer.testing import CliRunner

from kordon.bootstrap import engine_cache, selection_policy
from kordon.cli import build_app
from kordon.domain.accounts import Role, User
from kordon.services import entity_index
from kordon.services.lodging import lodge
from kordon.settings import Settings
from kordon.storage.store import SqlStore, open_store

LODGER = User("lodger", Role.ADMINISTRATOR, id=1)


def _lodged_unindexed(url: str, monkeypatch: pytest.MonkeyPatch, *ids: str) -> None:
    """Lodge declarations whose process stops before it indexes them."""

    def stopped(*_: Any, **__: Any) -> int:
        raise RuntimeError("process stopped")

    settings = Settings(random_control_share=0.0)
    engines, policy = engine_cache(settings), selection_policy(settings)
    store = open_store(url)
    try:
        open_astara(store, 5)
        with monkeypatch.context() as patched:
            patched.setattr(entity_index, "index_lodged", stopped)
            for key in ids:
                documents = [make_document(id=key)]
                lodge(store, user=LODGER, documents=documents, engines=engines, policy=policy)
    finally:
        store.close()


def _indexed(url: str) -> tuple[set[str], list[str]]:
    """The declarations with mentions in the index, and those still waiting."""
    store: SqlStore = open_store(url)
    try:
        with store.transaction() as uow:
            records = uow.connection.exec_driver_sql(
                "SELECT DISTINCT record_id FROM entity_mentions"
            ).scalars()
            return set(records), uow.unindexed.ids()
    finally:
        store.close()


def test_catch_up_indexes_what_waits(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KORDON_DATABASE_URL", sqlite_url)
    _lodged_unindexed(sqlite_url, monkeypatch, "CU-1", "CU-2")
    assert _indexed(sqlite_url) == (set(), ["CU-1", "CU-2"])
    done = CliRunner().invoke(build_app(), ["entities", "catch-up"])
    assert done.exit_code == 0, done.output
    assert "2 waiting declarations indexed." in done.stdout
    assert _indexed(sqlite_url) == ({"CU-1", "CU-2"}, [])
    again = CliRunner().invoke(build_app(), ["entities", "catch-up"])
    assert again.exit_code == 0 and "No declaration was waiting." in again.stdout


def test_the_server_indexes_what_waits_when_it_starts(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kordon.app import create_app

    _lodged_unindexed(sqlite_url, monkeypatch, "CU-3")
    with TestClient(create_app(Settings(database_url=sqlite_url, environment="demo"))) as client:
        assert client.get("/healthz").status_code == 200
    assert _indexed(sqlite_url) == ({"CU-3"}, [])
