"""`rebuild` builds the index aside: a rebuild killed half-way leaves the live one intact."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.services.network_world import INTEL, NETWORK, build_world

from kordon.risk.network.provider import NetworkConfig
from kordon.services import entity_index
from kordon.services.retro_targeting import seizure_network
from kordon.storage.entities import SqlEntities
from kordon.storage.store import SqlStore


class Killed(Exception):
    """Stands for the process dying."""


def _listed(store: SqlStore, seizure_id: int) -> set[str]:
    _, network = seizure_network(
        store, user=INTEL, seizure_id=seizure_id, config=NetworkConfig(), window_days=90
    )
    return {d.id for d in network.declarations}


def test_a_killed_rebuild_leaves_the_live_index(
    store: SqlStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = build_world(store, tmp_path)
    with store.transaction() as uow:
        live = uow.entities.live_generation()
        before = uow.entities.fingerprint()
    writes = {"n": 0}
    original = SqlEntities.write

    def dying(self: SqlEntities, generation: int, **kwargs: Any) -> None:
        writes["n"] += 1
        if writes["n"] == 3:
            raise Killed
        original(self, generation, **kwargs)

    monkeypatch.setattr(SqlEntities, "write", dying)
    with pytest.raises(Killed):
        entity_index.rebuild(store)
    monkeypatch.setattr(SqlEntities, "write", original)
    with store.transaction() as uow:
        assert uow.entities.live_generation() == live
        assert uow.entities.fingerprint() == before
    assert _listed(store, world.seizure_id) == NETWORK
    # The next rebuild clears what the killed one left aside and finishes.
    entities, mentions = entity_index.rebuild(store)
    assert entities and mentions
    with store.transaction() as uow:
        assert uow.entities.live_generation() == live + 1
    assert _listed(store, world.seizure_id) == NETWORK


def test_a_rebuild_in_small_pages_reads_every_declaration_and_seizure(
    store: SqlStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = build_world(store, tmp_path)
    _, whole = entity_index.rebuild(store)
    # Pages of three: the declarations and the seizures each take several.
    monkeypatch.setattr(entity_index, "PAGE", 3)
    pages: list[int] = []
    _, paged = entity_index.rebuild(store, progress=pages.append)
    assert paged == whole and len(pages) > 5
    assert _listed(store, world.seizure_id) == NETWORK
