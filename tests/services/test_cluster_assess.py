"""Assessing on a Dask cluster, partitioned by checkpoint-day, gives the same channels."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from tests.builders import RED_RAISINS_PROFILE

from kordon.bench.assess import synthetic_declarations
from kordon.bootstrap import engine_for, selection_policy
from kordon.domain import Checkpoint, CheckpointKind
from kordon.domain.document import to_document
from kordon.intake.reader import read_documents
from kordon.risk.profiles import parse_profiles
from kordon.services.assessing import assess_pending
from kordon.services.cluster import assess_on_cluster, connect, partition
from kordon.services.importing import import_rows
from kordon.settings import Settings
from kordon.storage.store import SqlStore, open_store

TRANSIT_RED = """
- id: TRANSIT
  description: Transit consignments
  owner: analyst
  channel: red
  when: {field: direction, eq: transit}
"""


def _filled(url: str) -> SqlStore:
    store = open_store(url)
    with store.transaction() as uow:
        uow.checkpoints.upsert_many(
            [
                Checkpoint(code, code, "AZ", CheckpointKind.LAND_BORDER, "IR", 3)
                for code in ("AZ-AST", "AZ-BIL", "AZ-CUL", "AZ-SAM", "AZ-QK", "AZ-BAL")
            ]
        )
        for profile in parse_profiles(TRANSIT_RED + RED_RAISINS_PROFILE):
            uow.profiles.save(profile)
    documents = [to_document(d) for d in synthetic_declarations(600, seed=5)]
    import_rows(store, read_documents(documents), source="test")
    return store


def _outcome(store: SqlStore) -> dict[str, tuple[str, bool]]:
    with store.transaction() as uow:
        rows = uow.connection.exec_driver_sql(
            "SELECT d.id, d.channel, a.random_control FROM declarations d "
            "JOIN assessments a ON a.declaration_id = d.id"
        ).all()
    return {row[0]: (row[1], bool(row[2])) for row in rows}


def test_cluster_assessment_gives_the_single_process_channels(tmp_path: Path) -> None:
    settings = Settings(random_control_share=0.05, selection_seed="same seed")
    policy = selection_policy(settings)
    single = _filled(f"sqlite:///{tmp_path / 'single.db'}")
    with single.transaction() as uow:
        engine = engine_for(uow, settings)
    expected = assess_pending(single, engine, policy)

    url = f"sqlite:///{tmp_path / 'cluster.db'}"
    clustered = _filled(url)
    with connect("local") as client:
        summary = assess_on_cluster(
            client,
            clustered,
            open_store=partial(open_store, url),
            build_engine=partial(engine_for, settings=settings),
            policy=policy,
        )
    assert summary.assessed == expected.assessed == 600
    assert summary.channels == expected.channels
    assert _outcome(clustered) == _outcome(single)
    assert expected.channels.get("yellow"), "capacity never bound: the test would prove little"


def test_partitions_keep_checkpoint_days_whole_and_balanced() -> None:
    days = [
        ((f"C{n % 3}", date(2026, 3, 1 + n)), [f"{n}-{k}" for k in range(n + 1)]) for n in range(12)
    ]
    parts = partition(days, 4)
    assert sorted(item for part in parts for item in part) == sorted(days)
    sizes = [sum(len(ids) for _, ids in part) for part in parts]
    assert max(sizes) - min(sizes) <= 12
