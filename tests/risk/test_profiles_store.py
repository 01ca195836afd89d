"""Profile statistics, stores and importing with versions."""

from __future__ import annotations

import pytest
from tests.risk.builders import AT, make_assessment, one_profile

from kordon.domain import Reason, ReasonSource
from kordon.domain.profile import ProfileStats
from kordon.risk.profiles import (
    InMemoryProfileRepository,
    fired_profiles,
    import_profiles,
    update_stats,
)

TRANSIT = "    {field: direction, eq: transit}\n"


def test_stats_count_firings_inspections_and_findings() -> None:
    stats = update_stats({}, ["A", "B"], inspected=False, found=False)
    stats = update_stats(stats, ["A"], inspected=True, found=True)
    stats = update_stats(stats, ["A", "A"], inspected=True, found=False)
    assert stats["A"] == ProfileStats(fired=3, inspected=2, findings=1)
    assert stats["A"].hit_rate == 0.5
    assert stats["B"] == ProfileStats(fired=1) and stats["B"].hit_rate is None


def test_a_finding_needs_an_inspection() -> None:
    with pytest.raises(ValueError, match="requires inspected=True"):
        update_stats({}, ["A"], inspected=False, found=True)


def test_fired_profiles_reads_profile_reasons_only() -> None:
    reasons = (
        Reason(ReasonSource.PROFILE, "A", "a", weight=10),
        Reason(ReasonSource.RANDOM, "random-control", "r"),
    )
    assert fired_profiles(make_assessment("D1", 10, reasons=reasons, assessed_at=AT)) == ("A",)


def test_import_adds_then_versions_changes_and_keeps_unchanged() -> None:
    store = InMemoryProfileRepository()
    first = one_profile(TRANSIT, profile_id="A")
    assert [(r.action, r.version) for r in import_profiles(store, [first])] == [("added", 1)]
    assert [r.action for r in import_profiles(store, [first])] == ["unchanged"]
    heavier = one_profile(TRANSIT, profile_id="A", extra="weight: 20")
    assert [(r.action, r.version) for r in import_profiles(store, [heavier], dry_run=True)] == [
        ("updated", 2)
    ]
    assert store.get("A") == first
    import_profiles(store, [heavier])
    stored = store.get("A")
    assert stored is not None and (stored.version, stored.weight) == (2, 20)
