"""Reads sent together (one round trip on PostgreSQL) give what the separate reads give."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from tests.services.network_world import DECLARATIONS, SEIZED, build_world

from kordon.domain import Checkpoint, CheckpointKind
from kordon.risk.network.mentions import RecordKind
from kordon.storage.store import SqlStore
from kordon.storage.tables import entity_keys, entity_mentions


def _every_entity(store: SqlStore) -> list[int]:
    with store.transaction() as uow:
        rows = uow.connection.execute(entity_mentions.select()).all()
    return sorted({row.entity_id for row in rows})


def test_starts_reads_what_its_three_reads_give(store: SqlStore, tmp_path: Path) -> None:
    build_world(store, tmp_path)
    records = [(RecordKind.DECLARATION, key) for key in DECLARATIONS] + [
        (RecordKind.DECLARATION, "NOT-STORED")
    ]
    with store.transaction() as uow:
        generation = uow.entities.live_generation()
        keys = set(uow.connection.execute(select(entity_keys.c.key).limit(12)).scalars())
        alone = (generation, uow.entities.for_records(generation, records),
                 uow.entities.lookup(generation, keys))  # fmt: skip
    with store.reading() as uow:
        together = uow.entities.starts(records, keys)
        no_keys = uow.entities.starts(records, [])
    assert keys and alone[1] and alone[2]
    assert together == alone
    assert no_keys == (generation, alone[1], [])


def test_reach_linked_is_reach_then_entities_of(store: SqlStore, tmp_path: Path) -> None:
    build_world(store, tmp_path)
    ids = _every_entity(store)
    seen = {(RecordKind.DECLARATION, SEIZED)}
    with store.transaction() as uow:
        generation = uow.entities.live_generation()
        for limit in (1, 2, 50):  # small limits make hubs of the common entities
            reached, hubs = uow.entities.reach(generation, ids, limit)
            fresh = {r for records in reached.values() for r in records} - seen
            linked = uow.entities.entities_of(generation, fresh)
            got_reached, got_hubs, got_linked = uow.entities.reach_linked(
                generation, ids, limit, seen
            )
            assert got_hubs == hubs
            assert {e: sorted(r) for e, r in got_reached.items()} == {
                e: sorted(r) for e, r in reached.items()
            }
            assert sorted(got_linked) == sorted(linked)
            assert linked or limit == 1


def test_with_facts_names_the_seized_and_the_critical(store: SqlStore, tmp_path: Path) -> None:
    world = build_world(store, tmp_path)
    with store.transaction() as uow:
        found = uow.entities.with_facts([world.seizure_id, world.seizure_id + 99],
                                        [*DECLARATIONS, "NOT-STORED"])  # fmt: skip
        nothing = uow.entities.with_facts([], ["NET-TWO", "DECOY-PLATE"])
        linked = uow.seizures.linked([world.seizure_id], list(DECLARATIONS))
        critical = uow.inspections.critical_for(list(DECLARATIONS))
    assert found == (
        {world.seizure_id},
        {s.declaration_id for s in linked if s.declaration_id}
        | {i.declaration_id for i in critical},
    )
    assert SEIZED in found[1]
    assert nothing == (set(), set())


def test_claim_bound_days_locks_and_counts_only_bound_days(store: SqlStore) -> None:
    with store.transaction() as uow:
        uow.checkpoints.upsert_many([
            Checkpoint("AZ-AST", "Astara", "AZ", CheckpointKind.LAND_BORDER, "IR", 4),
            Checkpoint("AZ-BAK", "Baku port", "AZ", CheckpointKind.PORT, None, None),
        ])  # fmt: skip
    day = date(2026, 3, 2)
    days = [("AZ-AST", day), ("AZ-AST", day + timedelta(days=1)), ("AZ-BAK", day),
            ("XX-NONE", day)]  # fmt: skip
    with store.transaction() as uow:
        capacities, used = uow.checkpoints.claim_bound_days(days)
    assert capacities == {"AZ-AST": 4, "AZ-BAK": None}
    assert used == {("AZ-AST", day): 0, ("AZ-AST", day + timedelta(days=1)): 0}
    with store.transaction() as uow:
        alone = uow.checkpoints.claim_days([("AZ-AST", day)])
    assert alone == {("AZ-AST", day): 0}
