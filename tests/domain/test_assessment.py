"""An assessment under the id it was stored with is the same assessment in every other field."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from kordon.domain import Assessment, Channel, Reason, ReasonSource


def test_stored_as_changes_the_id_alone() -> None:
    reason = Reason(source=ReasonSource.PROFILE, code="P-1", description="Transit",
                    channel=Channel.RED, details={"version": 3})  # fmt: skip
    # Every field given a value other than its default, so that one left out shows.
    values = {
        "declaration_id": "D-1",
        "channel": Channel.YELLOW,
        "score": 0.625,
        "reasons": (reason,),
        "assessed_at": datetime(2026, 3, 4, 12, 30),
        "engine_version": "kordon-engine/1",
        "profile_versions": {"P-1": 3},
        "model_version": "model/7",
        "random_control": True,
        "provider_versions": {"model": "model/7"},
        "id": 5,
    }
    assert [f.name for f in dataclasses.fields(Assessment)] == list(values)
    assessment = Assessment(**values)  # type: ignore[arg-type]
    stored = assessment.stored_as(41)
    assert stored == dataclasses.replace(assessment, id=41)
    assert stored.id == 41 and assessment.id == 5
