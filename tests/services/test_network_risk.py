"""The network reason provider reads the stored index per batch: two hops through declarations
lodged since the engine was built, a bounded fan-out, only seizures known at lodgement."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.builders import make_document
from tests.services.network_world import NISTRU, World, build_world, company, person, truck

from kordon.domain import Declaration, ReasonSource
from kordon.domain.document import from_document
from kordon.intake.reader import read_documents
from kordon.risk.network.index import EntityIndex
from kordon.risk.network.mentions import Mention
from kordon.risk.network.provider import NetworkConfig
from kordon.services.importing import import_rows
from kordon.services.network_graph import HUB_LIMIT
from kordon.services.network_risk import StoredNetworkProvider, network_provider
from kordon.storage.store import SqlStore

CONFIG = NetworkConfig()


def _lodge(store: SqlStore, world: World, declaration_id: str, **parties: Any) -> Declaration:
    """Store a declaration lodged today (after the seizure) at Samur, and return it."""
    n = abs(hash(declaration_id)) % 10_000_000
    base: dict[str, Any] = {
        "drivers": [person(f"Plain Driver {declaration_id}", f"Q{n:08d}")],
        "consignor": company(f"Plain Consignor {declaration_id}", f"91{n:08d}", "IR"),
        "consignee": company(f"Plain Consignee {declaration_id}", f"81{n:08d}", "MD"),
        "conveyance": truck(f"9{n % 10}-QQ-{n % 1000:03d}"),
    }
    base.update(parties)
    at = world.today + timedelta(hours=2)
    document = make_document(id=declaration_id, checkpoint="AZ-SAM",
                             lodged_at=at.isoformat(timespec="seconds"), **base)  # fmt: skip
    summary = import_rows(store, read_documents([document]), source="test")
    assert summary.rejected == 0, summary.errors
    with store.transaction() as uow:
        stored = uow.declarations.get(declaration_id)
    assert stored is not None
    return stored.declaration


def _provider(store: SqlStore) -> StoredNetworkProvider:
    with store.transaction() as uow:
        return network_provider(uow, CONFIG)


def _seizure_reasons(provider: StoredNetworkProvider, declaration: Declaration) -> list[Any]:
    return [r for r in provider.reasons(declaration) if r.code.startswith("seizure-")]


def test_a_new_entity_lodged_after_the_seizure_links_without_a_rebuild(
    store: SqlStore, tmp_path: Path
) -> None:
    world = build_world(store, tmp_path)
    # The provider (as an engine holds it) exists before either declaration is lodged.
    provider = _provider(store)
    courier = person("Vüsal Quliyev", "C04440001")
    first = _lodge(store, world, "NEW-1", consignee=NISTRU, drivers=[courier])
    second = _lodge(store, world, "NEW-2", drivers=[person("Вюсал Гулиев", "C04440001")])
    [one] = _seizure_reasons(provider, first)
    assert one.details["hops"] == 1 and one.details["seizure_ids"] == [world.seizure_id]
    # The second is two hops away, through the first: a new person and a declaration that
    # did not exist when the provider was made.
    [two] = _seizure_reasons(provider, second)
    assert two.details["hops"] == 2
    assert [step["to"]["id"] for step in two.details["path"]] == ["NEW-1", "AZ-AST-S"]
    assert [step["kind"] for step in two.details["path"]] == ["passport", "tax_id"]
    assert two.description.startswith("Driver Вюсал Гулиев: same passport C04440001 as the")
    assert two.weight == CONFIG.weight_for(2, 0) < one.weight


def test_a_batch_is_read_at_once_and_answers_each_declaration(
    store: SqlStore, tmp_path: Path
) -> None:
    world = build_world(store, tmp_path)
    with store.transaction() as uow:
        stored = {s.declaration.id: s.declaration for s in uow.declarations.get_many(
            ["NET-PASSPORT", "NET-TWO", "NET-TAX", "DECOY-SURNAME", "DECOY-PLATE"])}  # fmt: skip
    # NET-TAX reaches the seized truck's consignee in one hop, the very entity NET-TWO
    # reaches in two: the batch must still find NET-TWO's way.
    order = ("NET-PASSPORT", "DECOY-SURNAME", "NET-TAX", "NET-TWO", "DECOY-PLATE")
    found = _provider(store).reasons_many([stored[i] for i in order])
    codes = [[r.code for r in reasons] for reasons in found]
    seized = f"seizure-{world.seizure_id}"
    assert codes == [[seized], [], [seized], [seized], []]
    assert found[3][0].details["hops"] == 2
    one_by_one = [_provider(store).reasons(stored[i]) for i in order]
    assert [[r.description for r in rs] for rs in one_by_one] == [
        [r.description for r in rs] for rs in found
    ]


def test_only_seizures_known_when_the_declaration_was_lodged_are_cited(
    store: SqlStore, tmp_path: Path
) -> None:
    world = build_world(store, tmp_path)
    with store.transaction() as uow:
        past = uow.declarations.get("NET-PAST")
    assert past is not None
    # NET-PAST shares the seized truck's consignee, but was lodged 40 days before the heroin
    # was found: its assessment then could not have known.
    assert _seizure_reasons(_provider(store), past.declaration) == []
    # The same parties lodged today are flagged.
    again = _lodge(store, world, "NET-PAST-AGAIN", consignee=NISTRU)
    assert len(_seizure_reasons(_provider(store), again)) == 1


def test_a_very_common_entity_carries_no_link_and_bounds_the_lookup(
    store: SqlStore, tmp_path: Path
) -> None:
    world = build_world(store, tmp_path)
    # A ferry line named as carrier on more declarations than the hub limit, one of which
    # shares the seized truck's consignee: sharing the ferry alone says nothing.
    ferry = company("Caspian Ferry Line CJSC", "1300000099", "AZ")
    _lodge(store, world, "FERRY-NISTRU", carrier=ferry, consignee=NISTRU)
    for n in range(HUB_LIMIT + 5):
        _lodge(store, world, f"FERRY-{n:03d}", carrier=ferry)
    lone = _lodge(store, world, "FERRY-LONE", carrier=ferry)
    assert _provider(store).reasons(lone) == []
    with store.transaction() as uow:
        generation = uow.entities.live_generation()
        placed = uow.entities.for_records(generation, [("declaration", "FERRY-LONE")])
        ferry_id = next(p.entity_id for p in placed if p.mention.role == "carrier")
        reached, hubs = uow.entities.reach(generation, [ferry_id], HUB_LIMIT)
    assert hubs == {ferry_id} and reached == {}
    # Linked by something telling as well, the same declaration is flagged, the hub ignored.
    linked = _lodge(store, world, "FERRY-LINKED", carrier=ferry, consignee=NISTRU)
    [reason] = [r for r in _provider(store).reasons(linked) if r.source is ReasonSource.NETWORK]
    assert [step["kind"] for step in reason.details["path"]] == ["tax_id"]


def test_a_declaration_not_yet_stored_is_resolved_against_the_index(
    store: SqlStore, tmp_path: Path
) -> None:
    world = build_world(store, tmp_path)
    at = (world.today + timedelta(hours=3)).isoformat(timespec="seconds")
    document = make_document(
        id="UNSTORED", checkpoint="AZ-SAM", lodged_at=at,
        drivers=[person("Эльчин Гасанов", "C01928374")],
        consignor=company("Another Consignor", "9100000001", "IR"),
        consignee=company("Another Consignee", "8100000001", "MD"),
        conveyance=truck("55-XY-555"),
    )  # fmt: skip
    declaration = from_document(document)
    [reason] = _seizure_reasons(_provider(store), declaration)
    assert reason.details["path"][0]["kind"] == "passport"


def test_a_party_named_across_a_batch_is_resolved_once_and_alike(
    store: SqlStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = build_world(store, tmp_path)
    at = world.today + timedelta(hours=3)
    # The seized truck's consignee by its name alone, and the seized driver by passport, each
    # named on several declarations of one batch, in different roles and on different days;
    # with a party of their own on each declaration as well.
    by_name = company("NISTRU FRUCT TRADE S.R.L.", None, "MD")
    driver = person("Эльчин Гасанов", "C01928374")
    documents = [
        make_document(
            id=f"REPEAT-{n}",
            checkpoint="AZ-SAM",
            lodged_at=(at + timedelta(days=n % 2)).isoformat(timespec="seconds"),
            consignor=by_name if n % 3 == 0 else company(f"Own Consignor {n}", None, "IR"),
            consignee=by_name if n % 3 == 1 else company(f"Own Consignee {n}", None, "MD"),
            drivers=[driver if n % 2 else person(f"Own Driver {n}", f"R{n:07d}")],
            conveyance=truck(f"7{n}-RP-{n:03d}"),
        )
        for n in range(6)
    ]
    batch = [from_document(document) for document in documents]
    one_by_one = [_provider(store).reasons(declaration) for declaration in batch]
    resolved: list[str] = []
    resolve = EntityIndex.resolve

    def counted(index: EntityIndex, mention: Mention) -> object:
        resolved.append(mention.name)
        return resolve(index, mention)

    monkeypatch.setattr(EntityIndex, "resolve", counted)
    together = _provider(store).reasons_many(batch)
    assert [[r.description for r in rs] for rs in together] == [
        [r.description for r in rs] for rs in one_by_one
    ]
    assert [[r.details for r in rs] for rs in together] == [
        [r.details for r in rs] for rs in one_by_one
    ]
    seized = f"seizure-{world.seizure_id}"
    assert [[r.code for r in rs] for rs in together] == [[seized]] * 2 + [[]] + [[seized]] * 3
    # 24 mentions of 19 parties (the company named four times, the driver three): each party
    # is resolved once.
    assert len(resolved) == len(set(resolved)) == 19
