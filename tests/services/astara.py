"""One checkpoint, Astara, with a daily capacity and the red raisins profile, for the tests
that lodge into one checkpoint-day."""

from __future__ import annotations

from tests.builders import RED_RAISINS_PROFILE

from kordon.domain import Checkpoint, CheckpointKind
from kordon.risk.profiles import parse_profiles
from kordon.storage.store import SqlStore


def open_astara(store: SqlStore, capacity: int | None) -> None:
    """Store Astara with `capacity` red slots a day (None: no limit) and the raisins profile."""
    with store.transaction() as uow:
        uow.checkpoints.upsert_many(
            [Checkpoint("AZ-AST", "Astara", "AZ", CheckpointKind.LAND_BORDER, "IR", capacity)]
        )
        for profile in parse_profiles(RED_RAISINS_PROFILE):
            uow.profiles.save(profile)
