"""Checkpoints (customs offices) and their daily inspection capacity."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kordon.domain import Checkpoint
from kordon.services.ports import Store


@dataclass(frozen=True, slots=True)
class Loaded:
    """How many checkpoints a load added, and how many it replaced (same code)."""

    added: int
    replaced: int


def save_checkpoints(store: Store, checkpoints: Sequence[Checkpoint]) -> Loaded:
    """Add checkpoints, or replace those with the same code, in one transaction."""
    with store.transaction() as uow:
        known = {c.code for c in uow.checkpoints.list()}
        uow.checkpoints.upsert_many(checkpoints)
    replaced = sum(c.code in known for c in checkpoints)
    return Loaded(len(checkpoints) - replaced, replaced)


def list_checkpoints(store: Store) -> list[Checkpoint]:
    """Every checkpoint, by code."""
    with store.transaction() as uow:
        return uow.checkpoints.list()
