"""Many clients lodging into one checkpoint-day at once, through the lodging use case that
the API calls: capacity holds, every declaration is stored with its channel and assessment,
the entity index takes each party once, and the audit chain stays whole."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from tests.builders import make_document
from tests.services.astara import open_astara

from kordon.bootstrap import engine_cache, selection_policy
from kordon.domain import Channel
from kordon.domain.accounts import Role, User
from kordon.services import audit
from kordon.services.lodging import lodge
from kordon.settings import Settings
from kordon.storage.store import SqlStore

CAPACITY = 5
CLIENTS = 6
EACH = 5
LODGER = User("lodger", Role.ADMINISTRATOR, id=1)


def _documents(n: int) -> list[list[dict[str, Any]]]:
    # Single lodgements and a small batch from each client, all on one checkpoint-day.
    singles = [[make_document(id=f"L{n}-{k}", lodged_at=f"2026-03-01T{8 + k:02d}:{n:02d}:00")]
               for k in range(EACH - 2)]  # fmt: skip
    batch = [make_document(id=f"L{n}-B{k}", lodged_at=f"2026-03-01T15:{n:02d}:{k:02d}")
             for k in range(2)]  # fmt: skip
    return [*singles, batch]


def test_concurrent_lodgements_hold_capacity_and_keep_everything(store: SqlStore) -> None:
    settings = Settings(random_control_share=0.0)
    open_astara(store, CAPACITY)
    engines, policy = engine_cache(settings), selection_policy(settings)
    start = threading.Barrier(CLIENTS)

    def client(n: int) -> int:
        start.wait()
        lodged = 0
        for documents in _documents(n):
            result = lodge(store, user=LODGER, documents=documents, engines=engines,
                           policy=policy)  # fmt: skip
            assert not result.summary.errors
            assert [a.declaration_id for a in result.assessments] == [d["id"] for d in documents]
            lodged += len(result.assessments)
        return lodged

    with ThreadPoolExecutor(CLIENTS) as pool:
        assert sum(pool.map(client, range(CLIENTS))) == CLIENTS * EACH
    with store.transaction() as uow:
        channels: dict[str, str | None] = {
            row[0]: row[1]
            for row in uow.connection.exec_driver_sql("SELECT id, channel FROM declarations")
        }
        assessed = uow.connection.exec_driver_sql(
            "SELECT declaration_id, channel FROM assessments"
        ).all()
        mentions = uow.connection.exec_driver_sql(
            "SELECT record_id, role FROM entity_mentions"
        ).all()
        entity_ids = uow.connection.exec_driver_sql("SELECT id FROM entities").scalars().all()
    assert len(channels) == CLIENTS * EACH
    assert list(channels.values()).count(Channel.RED.value) == CAPACITY
    assert None not in channels.values()
    assert dict(assessed) == channels  # each stored with the channel of its one assessment
    assert len(assessed) == CLIENTS * EACH
    assert {record for record, _ in mentions} == set(channels)
    assert len(entity_ids) == len(set(entity_ids))  # no id was taken twice
    with store.transaction() as uow:
        assert uow.unindexed.ids() == []  # each lodgement indexed its own after committing
    result = audit.verify(store)
    assert result.ok and result.checked == CLIENTS * EACH


def test_a_repeated_lodgement_is_unchanged_and_not_assessed_again(store: SqlStore) -> None:
    settings = Settings(random_control_share=0.0)
    engines, policy = engine_cache(settings), selection_policy(settings)
    document = make_document(id="AGAIN-1")
    first = lodge(store, user=LODGER, documents=[document], engines=engines, policy=policy)
    again = lodge(store, user=LODGER, documents=[document, document], engines=engines,
                  policy=policy)  # fmt: skip
    assert (first.summary.imported, len(first.assessments)) == (1, 1)
    assert (again.summary.imported, again.summary.unchanged, again.assessments) == (0, 2, [])
    with store.transaction() as uow:
        count = uow.connection.exec_driver_sql("SELECT count(*) FROM assessments").scalar()
    assert count == 1
