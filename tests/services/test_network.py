"""Retro-targeting and network risk over the stored entity index."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from tests.services.network_world import (
    ASTARA,
    DECOYS,
    INTEL,
    NETWORK,
    SAMUR,
    build_world,
)

from kordon.domain import ReasonSource
from kordon.domain.accounts import User
from kordon.risk.network.provider import NetworkConfig
from kordon.services import access
from kordon.services.network_risk import network_provider
from kordon.services.retro_targeting import declaration_network, seizure_network
from kordon.storage.store import SqlStore

CONFIG = NetworkConfig()


def _listed(store: SqlStore, seizure_id: int, user: User = INTEL) -> dict[str, dict[str, object]]:
    _, network = seizure_network(
        store,
        user=user,
        seizure_id=seizure_id,
        config=CONFIG,
        window_days=90,
    )
    return {d.id: d.to_dict() for d in network.declarations}


def test_a_seizure_lists_its_network_and_leaves_the_decoys(store: SqlStore, tmp_path: Path) -> None:
    world = build_world(store, tmp_path)
    listed = _listed(store, world.seizure_id)
    assert set(listed) == NETWORK
    assert not DECOYS & set(listed)
    paths = {d: cast(list[dict[str, str]], listed[d]["path"]) for d in listed}
    kinds = {d: [step["kind"] for step in paths[d]] for d in listed}
    assert kinds["NET-PASSPORT"] == ["passport"]
    assert kinds["NET-PLATE"] == ["plate"]
    assert kinds["NET-TAX"] == ["tax_id"]
    assert kinds["NET-NAME"] == ["name"]
    assert listed["NET-TWO"]["hops"] == 2
    assert "same passport C01928374" in str(listed["NET-PASSPORT"]["words"])


def test_the_window_keeps_old_declarations_out(store: SqlStore, tmp_path: Path) -> None:
    world = build_world(store, tmp_path)
    _, network = seizure_network(
        store, user=INTEL, seizure_id=world.seizure_id, config=CONFIG, window_days=200
    )
    assert "NET-OLD" in {d.id for d in network.declarations}


def test_officers_see_only_their_checkpoint(store: SqlStore, tmp_path: Path) -> None:
    world = build_world(store, tmp_path)
    astara = _listed(store, world.seizure_id, ASTARA)
    assert astara and all(d["checkpoint"] == "AZ-AST" for d in astara.values())
    # Samur's officer may not even know of Astara's seizure.
    with pytest.raises(access.NotVisible):
        _listed(store, world.seizure_id, SAMUR)
    with pytest.raises(access.NotVisible):
        declaration_network(store, user=SAMUR, declaration_id="NET-NAME", config=CONFIG)


def test_network_reasons_name_the_path_and_spare_the_decoys(
    store: SqlStore, tmp_path: Path
) -> None:
    world = build_world(store, tmp_path)
    with store.transaction() as uow:
        provider = network_provider(uow, CONFIG)
        stored = {s.declaration.id: s.declaration for s in uow.declarations.get_many(
            sorted(NETWORK | DECOYS))}  # fmt: skip
    assert provider is not None
    reasons = provider.reasons(stored["NET-PASSPORT"])
    assert len(reasons) == 1
    reason = reasons[0]
    assert reason.source is ReasonSource.NETWORK
    assert reason.description.startswith("Driver Эльчин Гасанов: same passport C01928374 as the")
    assert f"seizure {world.seizure_id}, heroin, Astara" in reason.description
    assert reason.details["seizure_ids"] == [world.seizure_id]
    assert reason.details["path"][0]["kind"] == "passport"
    assert reason.details["entity_ids"]
    two = provider.reasons(stored["NET-TWO"])[0]
    assert two.details["hops"] == 2 and two.weight < reason.weight
    for decoy in DECOYS:
        assert provider.reasons(stored[decoy]) == [], decoy


def test_weights_fall_with_hops_and_age() -> None:
    config = NetworkConfig(weight=40, hop_decay=0.5, half_life_days=100)
    assert config.weight_for(1, 0) == 40
    assert config.weight_for(2, 0) == 20
    assert config.weight_for(1, 100) == 20
    assert config.weight_for(1, 10) > config.weight_for(1, 50)


def test_a_declaration_lists_what_it_leads_to(store: SqlStore, tmp_path: Path) -> None:
    world = build_world(store, tmp_path)
    network = declaration_network(store, user=INTEL, declaration_id="NET-TWO", config=CONFIG)
    assert [f["seizure_ids"] for f in network.flags] == [[world.seizure_id]]
    assert {"NET-PAST"} <= {d.id for d in network.declarations}
    assert network.flags[0]["description"].startswith("Driver Камран Алиев: same passport")
    assert network.flags[0]["hops"] == 2
