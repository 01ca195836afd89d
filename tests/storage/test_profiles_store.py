"""Profiles in the database: versions, history, and statistics counted from what happened."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from tests.builders import make_document, write_jsonl

from kordon.domain import (
    Assessment,
    Channel,
    DetectionMethod,
    Inspection,
    Outcome,
    Reason,
    ReasonSource,
)
from kordon.resources import data_file
from kordon.risk.profiles import import_profiles, load_profiles
from kordon.services.assessing import store_assessment, store_assessments
from kordon.services.importing import import_file
from kordon.storage.bulk import COPY_FROM
from kordon.storage.store import SqlStore
from kordon.storage.tables import assessment_profiles, assessments


def test_profiles_round_trip_with_history(store: SqlStore) -> None:
    profiles = load_profiles(data_file("profiles/azerbaijan.yaml"))
    with store.transaction() as uow:
        import_profiles(uow.profiles, profiles)
    with store.transaction() as uow:
        assert uow.profiles.list() == sorted(profiles, key=lambda p: p.id)
        first = profiles[0]
        changed = [type(first)(**{**{f: getattr(first, f) for f in first.__dataclass_fields__},
                                  "weight": 99.0})]  # fmt: skip
        results = import_profiles(uow.profiles, changed)
    assert results[0].action == "updated" and results[0].version == 2
    with store.transaction() as uow:
        current = uow.profiles.get(first.id)
        old = uow.profiles.version(first.id, 1)
    assert current is not None and current.weight == 99.0 and current.version == 2
    assert old == first


def _assessment(declaration_id: str, fired: list[str]) -> Assessment:
    reasons = tuple(
        Reason(ReasonSource.PROFILE, code, "fired", 10.0, details={"version": 1}) for code in fired
    )
    return Assessment(declaration_id, Channel.RED, 20.0, reasons, datetime(2026, 3, 1), "test")


def test_statistics_follow_assessments_and_inspections(store: SqlStore, tmp_path: Path) -> None:
    documents = [make_document(id=name) for name in ("A", "B", "C")]
    import_file(store, write_jsonl(tmp_path / "d.jsonl", documents))
    with store.transaction() as uow:
        store_assessment(uow, _assessment("A", ["P1", "P2"]))
        store_assessment(uow, _assessment("B", ["P1"]))
        store_assessment(uow, _assessment("C", ["P2"]))
        uow.inspections.add_many(
            [
                Inspection("A", datetime(2026, 3, 1, 12), "officer", Outcome.SEIZURE,
                           DetectionMethod.RISK_PROFILE),
                Inspection("B", datetime(2026, 3, 1, 12), "officer", Outcome.NOTHING_FOUND,
                           DetectionMethod.RISK_PROFILE),
            ]
        )  # fmt: skip
    with store.transaction() as uow:
        stats = uow.profiles.stats()
        channel = uow.declarations.get("A")
    assert (stats["P1"].fired, stats["P1"].inspected, stats["P1"].findings) == (2, 2, 1)
    assert (stats["P2"].fired, stats["P2"].inspected, stats["P2"].findings) == (2, 1, 1)
    assert stats["P1"].hit_rate == 0.5
    assert channel is not None and channel.channel is Channel.RED


def test_many_assessments_note_their_profiles_as_one_does(store: SqlStore, tmp_path: Path) -> None:
    # A batch's fired profiles go in by COPY on PostgreSQL, a group's by INSERT: both note
    # every assessment's profiles with their versions.
    names = [f"M{n}" for n in range(COPY_FROM + 2)]
    import_file(store, write_jsonl(tmp_path / "d.jsonl", [make_document(id=n) for n in names]))
    with store.transaction() as uow:
        store_assessments(uow, [_assessment(n, ["P1", "P2"]) for n in names[:-1]])
        store_assessments(uow, [_assessment(names[-1], ["P2"])])
    with store.transaction() as uow:
        noted = uow.connection.execute(
            select(assessment_profiles.c.declaration_id, assessment_profiles.c.profile_id,
                   assessment_profiles.c.profile_version, assessments.c.declaration_id)
            .join(assessments, assessments.c.id == assessment_profiles.c.assessment_id)
        ).all()  # fmt: skip
        stats = uow.profiles.stats()
    expected = {(n, p, 1, n) for n in names[:-1] for p in ("P1", "P2")}
    expected.add((names[-1], "P2", 1, names[-1]))
    assert {tuple(row) for row in noted} == expected and len(noted) == len(expected)
    assert (stats["P1"].fired, stats["P2"].fired) == (COPY_FROM + 1, COPY_FROM + 2)
