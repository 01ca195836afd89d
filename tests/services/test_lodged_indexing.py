"""A lodgement's parties go into the entity index in a transaction of their own, after the
lodgement commits: findable when the lodging returns, and taken up later (by a lodgement, at
start-up, or by `kordon entities catch-up`) when a crash came between the two."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any

import pytest
from tests.builders import make_document
from tests.services.astara import open_astara

from kordon.bootstrap import engine_cache, selection_policy
from kordon.domain import Channel, clock
from kordon.domain.accounts import Role, User
from kordon.risk.network.mentions import RecordKind
from kordon.services import audit, entity_index, lodging
from kordon.services.lodging import lodge
from kordon.settings import Settings
from kordon.storage.entities import SqlEntities
from kordon.storage.store import SqlStore

LODGER = User("lodger", Role.ADMINISTRATOR, id=1)
SETTINGS = Settings(random_control_share=0.0)


def _lodge(store: SqlStore, *documents: dict[str, Any]) -> list[str]:
    engines, policy = engine_cache(SETTINGS), selection_policy(SETTINGS)
    result = lodge(store, user=LODGER, documents=list(documents), engines=engines, policy=policy)
    assert not result.summary.errors
    return [a.declaration_id for a in result.assessments]


def _mentions(store: SqlStore) -> dict[str, int]:
    """Mentions in the live index per declaration."""
    with store.transaction() as uow:
        rows = uow.connection.exec_driver_sql(
            "SELECT record_id FROM entity_mentions WHERE record_kind = 'declaration'"
        ).scalars()
        counts: dict[str, int] = {}
        for record in rows:
            counts[record] = counts.get(record, 0) + 1
    return counts


def _waiting(store: SqlStore) -> list[str]:
    with store.transaction() as uow:
        return uow.unindexed.ids()


def _lodged_then_stopped(store: SqlStore, monkeypatch: pytest.MonkeyPatch, key: str) -> list[str]:
    """Lodge a declaration whose process stops after the lodgement commits and before the
    indexing transaction."""

    def died(*_: Any, **__: Any) -> int:
        raise RuntimeError("process stopped")

    with monkeypatch.context() as patched:
        patched.setattr(entity_index, "index_lodged", died)
        return _lodge(store, make_document(id=key))


def test_parties_are_in_the_index_when_the_lodging_returns(store: SqlStore) -> None:
    open_astara(store, 5)
    [lodged] = _lodge(store, make_document(id="IX-1"))
    with store.reading() as uow:
        generation = uow.entities.live_generation()
        placed = uow.entities.for_records(generation, [(RecordKind.DECLARATION, "IX-1")])
    assert lodged == "IX-1"
    # consignor, consignee, the driver and the two plates
    assert {p.mention.role for p in placed} >= {"consignor", "consignee", "driver"}
    assert len(placed) == 5
    assert _waiting(store) == []


def test_a_crash_between_lodging_and_indexing_is_caught_up(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_astara(store, 5)
    assert _lodged_then_stopped(store, monkeypatch, "IX-2") == ["IX-2"]
    # Stored, assessed and chained, but not in the index: listed as waiting.
    with store.transaction() as uow:
        stored = uow.declarations.get("IX-2")
    assert stored is not None and stored.channel is not None
    assert audit.verify(store).ok
    assert _mentions(store) == {}
    assert _waiting(store) == ["IX-2"]
    assert entity_index.catch_up(store) == 1
    assert _mentions(store) == {"IX-2": 5}
    assert _waiting(store) == []
    assert entity_index.catch_up(store) == 0  # indexed once only
    assert _mentions(store) == {"IX-2": 5}


def test_a_later_lodgement_takes_up_what_waited_too_long(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_astara(store, 5)
    moving = clock.FixedClock(datetime(2026, 3, 1, 10, 0))
    with clock.use(moving):
        _lodged_then_stopped(store, monkeypatch, "IX-3")
        moving.advance(entity_index.STALE_AFTER / 2)
        _lodge(store, make_document(id="IX-4"))
        # Not waiting long enough yet to be taken from a lodgement that may still index it.
        assert _mentions(store) == {"IX-4": 5}
        moving.advance(entity_index.STALE_AFTER)
        _lodge(store, make_document(id="IX-5"))
    assert _mentions(store) == {"IX-3": 5, "IX-4": 5, "IX-5": 5}
    assert _waiting(store) == []


def test_a_failed_indexing_leaves_the_lodgement_answered(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_astara(store, 5)

    def broken(*_: Any, **__: Any) -> None:
        raise RuntimeError("index unavailable")

    monkeypatch.setattr(SqlEntities, "write", broken)
    engines, policy = engine_cache(SETTINGS), selection_policy(SETTINGS)
    [outcome] = lodging.lodge_each(
        store,
        [lodging.Submission(LODGER, [make_document(id="IX-6")])],
        engines=engines,
        policy=policy,
    )
    assert not isinstance(outcome, Exception)
    assert (outcome.summary.imported, outcome.summary.unchanged) == (1, 0)  # not retried
    assert _waiting(store) == ["IX-6"]  # the failed indexing rolled its claim back


def test_a_rebuild_takes_the_waiting_declarations_with_it(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_astara(store, 5)
    _lodged_then_stopped(store, monkeypatch, "IX-7")
    entity_index.rebuild(store)
    assert _waiting(store) == []
    assert entity_index.catch_up(store) == 0
    assert _mentions(store) == {"IX-7": 5}


CAPACITY = 4
CLIENTS = 6
EACH = 4


def test_concurrent_lodgements_and_catch_up_index_each_once_within_capacity(
    store: SqlStore,
) -> None:
    open_astara(store, CAPACITY)
    start = threading.Barrier(CLIENTS + 1)
    done = threading.Event()

    def client(n: int) -> None:
        start.wait()
        for k in range(EACH):
            _lodge(
                store,
                make_document(id=f"CC{n}-{k}", lodged_at=f"2026-03-01T{8 + k:02d}:{n:02d}:00"),
            )

    def catching_up() -> int:
        start.wait()
        found = 0
        while not done.is_set():
            found += entity_index.catch_up(store)
        return found

    with ThreadPoolExecutor(CLIENTS + 1) as pool:
        catcher = pool.submit(catching_up)
        list(pool.map(client, range(CLIENTS)))
        done.set()
        catcher.result()
    counts = _mentions(store)
    assert len(counts) == CLIENTS * EACH
    assert set(counts.values()) == {5}  # every declaration indexed, each once
    assert _waiting(store) == []
    with store.transaction() as uow:
        channels = uow.connection.exec_driver_sql("SELECT channel FROM declarations").scalars()
        red = [c for c in channels if c == Channel.RED.value]
    assert len(red) == CAPACITY
    assert audit.verify(store).ok


def test_a_batch_is_indexed_after_it_commits(store: SqlStore) -> None:
    open_astara(store, 5)
    # More mentions than one look-up takes: the batch's identifiers are read first.
    documents = [make_document(id=f"BX-{n}", lodged_at=f"2026-03-01T10:{n:02d}:00")
                 for n in range(entity_index.ONE_LOOKUP // 5 + 2)]  # fmt: skip
    assert len(_lodge(store, *documents)) == len(documents)
    assert _mentions(store) == {d["id"]: 5 for d in documents}
    assert _waiting(store) == []
    with store.transaction() as uow:
        drivers = uow.connection.exec_driver_sql(
            "SELECT count(DISTINCT entity_id) FROM entity_mentions WHERE role = 'driver'"
        ).scalar()
    assert drivers == 1  # one passport, one person
