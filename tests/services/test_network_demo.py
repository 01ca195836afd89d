"""In the demo, recording the Astara seizure flags the rest of Network A and leaves the decoys."""

from __future__ import annotations

from pathlib import Path

from tests.services.network_demo import build_small_demo, planted_today
from tests.services.network_world import INTEL, SUPERVISOR

from kordon.domain import ReasonSource
from kordon.services.inspections import InspectionInput, ItemInput, PersonInput, record_inspection
from kordon.services.network_graph import network_config
from kordon.services.retro_targeting import seizure_network
from kordon.settings import Settings
from kordon.storage.store import open_store


def test_the_astara_seizure_reaches_the_samur_truck_and_not_the_decoys(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    settings = Settings(database_url=url, secret_key="s" * 40, data_dir=tmp_path)
    store = open_store(url)
    scenario = build_small_demo(store, settings)
    astara = planted_today(scenario, "NET-A", "AZ-AST")
    samur = planted_today(scenario, "NET-A", "AZ-SAM")
    assert set(scenario.decoys.values()) == {"same_surname", "same_route", "similar_company_words"}
    form = InspectionInput(
        "seizure", "intelligence",
        items=(ItemInput("heroin", "296 kg", "fuel_tank", "false_compartment"),),
        persons=(PersonInput("Məhəmməd Əlizadə", "driver", "IR", "K41772093"),),
    )  # fmt: skip
    done = record_inspection(store, user=SUPERVISOR, declaration_id=astara, form=form,
                             data_dir=tmp_path)  # fmt: skip
    assert done.seizure_id is not None
    _, network = seizure_network(store, user=INTEL, seizure_id=done.seizure_id,
                                 config=network_config(settings), window_days=90)  # fmt: skip
    listed = {d.id: d for d in network.declarations}
    assert samur in listed
    assert "same tax number 1019600044127" in listed[samur].words
    members = {i for i, case in scenario.ground_truth.items() if case.network == "NET-A"}
    assert members - {astara} <= set(listed)
    assert not set(scenario.decoys) & set(listed)
    # The Samur truck was assessed with the network's earlier heroin seizures as reasons.
    with store.transaction() as uow:
        reasons = uow.assessments.latest_for(samur).reasons  # type: ignore[union-attr]
        for decoy in scenario.decoys:
            found = uow.assessments.latest_for(decoy)
            assert found is not None
            assert not [r for r in found.reasons if r.source is ReasonSource.NETWORK], decoy
    network_reasons = [r for r in reasons if r.source is ReasonSource.NETWORK]
    assert network_reasons and "Consignee Nistru Fruct Trade SRL: same tax number" in (
        network_reasons[0].description
    )
    store.close()
