"""Batches lodged at once into one checkpoint-day, each mixing declarations whose channels
no red slot can change with declarations that take a slot or are decided by those left:
capacity holds, every declaration has its channel, its one assessment (ids in the batch's
order) and its audit entry, and a batch that fails part way leaves nothing behind. They hold
for any order of a batch's writes around the day's lock (docs/deploy.md tells of one tried)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from tests.builders import BASE_DOCUMENT, make_document
from tests.services.astara import open_astara

from kordon.bootstrap import engine_cache, selection_policy
from kordon.domain import Channel
from kordon.domain.accounts import Role, User
from kordon.risk.selection import random_draw
from kordon.services import audit
from kordon.services.lodging import lodge
from kordon.settings import Settings
from kordon.storage import bulk
from kordon.storage.audit import SqlAuditLog
from kordon.storage.checkpoints import SqlCheckpoints
from kordon.storage.store import SqlStore

CAPACITY = 4
CLIENTS = 4
BATCHES = 2
SIZE = 8
SHARE = 0.3
SETTINGS = Settings(random_control_share=SHARE, selection_seed="lock test seed")
LODGER = User("lodger", Role.ADMINISTRATOR, id=1)
TABLES = ("declarations", "declaration_items", "assessments", "assessment_profiles",
          "unindexed_declarations", "audit_log")  # fmt: skip
RAISINS, COFFEE = "080620", "090111"  # a red candidate (the raisins profile), a green one


def _batch(name: str, codes: tuple[str, ...] = (COFFEE, RAISINS)) -> list[dict[str, Any]]:
    # The goods codes in turn: by default coffee and raisins.
    found = []
    for k in range(SIZE):
        item = {**BASE_DOCUMENT["items"][0], "hs_code": codes[k % len(codes)]}
        found.append(make_document(id=f"{name}-{k}", lodged_at=f"2026-03-01T10:{k:02d}:00",
                                   items=[item]))  # fmt: skip
    return found


def _rows(store: SqlStore, sql: str) -> list[Any]:
    with store.transaction() as uow:
        return list(uow.connection.exec_driver_sql(sql).all())


def _counts(store: SqlStore) -> dict[str, int]:
    return {name: _rows(store, f"SELECT count(*) FROM {name}")[0][0] for name in TABLES}


@pytest.fixture(params=["analysed as they grow", "analysed at every write"])
def analysing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The writers' ANALYZE of growing tables as configured, or after every write: two
    lodgements writing the same tables then analyse them while the other may hold a lock."""
    if request.param == "analysed at every write":

        def after_every_write(connection: Any, table: Any, count: int) -> None:
            if count and connection.dialect.name == "postgresql":
                connection.exec_driver_sql(bulk._analyse(table))

        monkeypatch.setattr(bulk, "_note_written", after_every_write)


@pytest.mark.usefixtures("analysing")
def test_concurrent_batches_hold_capacity_and_store_each_declaration_whole(
    store: SqlStore,
) -> None:
    open_astara(store, CAPACITY)
    engines, policy = engine_cache(SETTINGS), selection_policy(SETTINGS)
    start = threading.Barrier(CLIENTS)
    batches = {n: [_batch(f"C{n}B{b}") for b in range(BATCHES)] for n in range(CLIENTS)}

    def client(n: int) -> None:
        start.wait()
        for documents in batches[n]:
            lodged = lodge(store, user=LODGER, documents=documents, engines=engines,
                           policy=policy)  # fmt: skip
            assert [a.declaration_id for a in lodged.assessments] == [d["id"] for d in documents]

    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(client, range(CLIENTS)))
    channels = dict(_rows(store, "SELECT id, channel FROM declarations"))
    assessed = _rows(store, "SELECT id, declaration_id, channel, random_control FROM assessments")
    total = CLIENTS * BATCHES * SIZE
    assert len(channels) == len(assessed) == total
    assert list(channels.values()).count(Channel.RED.value) == CAPACITY
    assert {row[1]: row[2] for row in assessed} == channels
    seed = SETTINGS.control_seed()
    for documents in (d for client_batches in batches.values() for d in client_batches):
        ids = {row[1]: row[0] for row in assessed}
        in_order = [ids[d["id"]] for d in documents]
        assert in_order == sorted(in_order)  # each batch's ids in its order, early part or not
        for document in documents:
            drawn = random_draw(seed, document["id"]) < SHARE
            if document["items"][0]["hs_code"] == COFFEE and not drawn:
                assert channels[document["id"]] == Channel.GREEN.value
    assert all(random_draw(seed, row[1]) < SHARE for row in assessed if row[3])
    assert _rows(store, "SELECT count(*) FROM unindexed_declarations")[0][0] == 0
    result = audit.verify(store)
    assert result.ok and result.checked == total
    entries = _rows(store, "SELECT subject_id FROM audit_log ORDER BY seq")
    assert sorted(row[0] for row in entries) == sorted(channels)


@pytest.mark.usefixtures("analysing")
@pytest.mark.parametrize("analysing", ["analysed at every write"], indirect=True)
def test_a_batch_writing_before_the_lock_that_another_holds_waits_without_deadlock(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first batch holds the day's lock and has still to write its declarations (and
    # analyse the tables it grows); the second, if it writes anything before its claim (what
    # no slot can change), analyses the same tables, then waits for that lock. Neither may
    # end up waiting for the other's ANALYZE.
    if store.engine.dialect.name != "postgresql":
        pytest.skip("SQLite writers take one lock for the whole database")
    open_astara(store, CAPACITY)
    engines, policy = engine_cache(SETTINGS), selection_policy(SETTINGS)
    claimed, go = threading.Event(), threading.Event()
    real = SqlCheckpoints.claim_bound_days

    def pausing(self: SqlCheckpoints, days: Any) -> Any:
        found = real(self, days)
        if threading.current_thread().name == "holder":
            claimed.set()
            go.wait(timeout=30)
        return found

    monkeypatch.setattr(SqlCheckpoints, "claim_bound_days", pausing)
    outcomes: dict[str, Any] = {}

    def lodging(name: str) -> None:
        # The holder's batch is all slot-bound: nothing of it is written before its claim.
        codes = (RAISINS,) if name == "holder" else (COFFEE, RAISINS)
        try:
            outcomes[name] = lodge(store, user=LODGER, documents=_batch(name, codes),
                                   engines=engines, policy=policy).summary.imported  # fmt: skip
        except Exception as exc:  # reported below
            outcomes[name] = exc

    holder = threading.Thread(target=lodging, args=("holder",), name="holder")
    holder.start()
    assert claimed.wait(timeout=30)
    waiter = threading.Thread(target=lodging, args=("waiter",), name="waiter")
    waiter.start()
    for _ in range(300):  # until the second waits for the day's lock
        if _rows(store, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        "AND query LIKE '%%checkpoint_days%%'")[0][0]:  # fmt: skip
            break
        time.sleep(0.01)
    go.set()
    holder.join(timeout=60)
    waiter.join(timeout=60)
    assert outcomes == {"holder": SIZE, "waiter": SIZE}
    assert audit.verify(store).ok


def _fail_at_the_claim(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the connection dropped at the claim")

    monkeypatch.setattr("kordon.services.lodging.decide_arrivals", failing)


def _fail_at_the_trail(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(self: SqlAuditLog, entry: Any) -> None:
        raise RuntimeError("the connection dropped at the audit append")

    monkeypatch.setattr(SqlAuditLog, "append", failing)


@pytest.mark.parametrize("fail", [_fail_at_the_claim, _fail_at_the_trail])
def test_a_batch_that_fails_after_its_first_part_is_written_leaves_nothing(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch, fail: Any
) -> None:
    open_astara(store, CAPACITY)
    engines, policy = engine_cache(SETTINGS), selection_policy(SETTINGS)
    lodge(store, user=LODGER, documents=_batch("before"), engines=engines, policy=policy)
    before = _counts(store)
    claims = _rows(store, "SELECT checkpoint, day, claims FROM checkpoint_days")
    with monkeypatch.context() as patched:
        fail(patched)
        with pytest.raises(RuntimeError, match="connection dropped"):
            lodge(store, user=LODGER, documents=_batch("failed"), engines=engines,
                  policy=policy)  # fmt: skip
    assert _counts(store) == before
    assert _rows(store, "SELECT checkpoint, day, claims FROM checkpoint_days") == claims
    assert audit.verify(store).ok
    # Nothing of it stands in the way of lodging it again, whole.
    again = lodge(store, user=LODGER, documents=_batch("failed"), engines=engines, policy=policy)
    assert again.summary.imported == SIZE and not again.summary.errors
    after = _counts(store)
    assert after["declarations"] == before["declarations"] + SIZE
    assert after["audit_log"] == before["audit_log"] + SIZE
    assert audit.verify(store).ok
