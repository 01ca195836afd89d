"""The index follows watchlist changes and open-source seizures; paths that end at a watchlist
entry raise a network reason that only intelligence officers read in full."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.services.network_world import ASTARA, INTEL, build_world

from kordon.domain import Person, ReasonSource, Seizure, SeizureItem, SeizureSource
from kordon.domain.quantity import QuantityUnit
from kordon.domain.watchlist import RequestedAction, WatchlistEntry, WatchlistKind
from kordon.risk.network.mentions import RecordKind
from kordon.risk.network.provider import NetworkConfig
from kordon.services import access, watchlists
from kordon.services.network_risk import network_provider
from kordon.services.osint_ingest import IngestSummary, store_open_source
from kordon.storage.store import SqlStore

KAMRAN = WatchlistEntry(
    "WL-K", WatchlistKind.PERSON, ("KAMRAN ALIYEV",), "AZ", {"passport": "C05550001"},
    source="liaison", action=RequestedAction.INSPECT,
)  # fmt: skip


def _mentions(store: SqlStore, record: tuple[str, str]) -> list[str]:
    with store.transaction() as uow:
        placed = uow.entities.for_records(uow.entities.live_generation(), [record])
    return [p.mention.name for p in placed]


def test_watchlist_changes_reach_the_index(store: SqlStore, tmp_path: Path) -> None:
    build_world(store, tmp_path)
    watchlists.save_watchlist(store, [KAMRAN], actor="intel")
    assert _mentions(store, (RecordKind.WATCHLIST, "WL-K")) == ["KAMRAN ALIYEV"]
    watchlists.delete_entry(store, user=INTEL, entry_id="WL-K", engines=None)
    assert _mentions(store, (RecordKind.WATCHLIST, "WL-K")) == []


def test_two_hops_to_a_watchlist_entry(store: SqlStore, tmp_path: Path) -> None:
    build_world(store, tmp_path)
    watchlists.save_watchlist(store, [KAMRAN], actor="intel")
    with store.transaction() as uow:
        provider = network_provider(uow, NetworkConfig())
        tax = uow.declarations.get("NET-TAX")
    assert provider is not None and tax is not None
    reasons = [r for r in provider.reasons(tax.declaration) if r.code == "watchlist-WL-K"]
    assert len(reasons) == 1 and reasons[0].details["hops"] == 2
    assert "watchlist entry WL-K" in reasons[0].description
    # An officer reads that there is such a link, not whom intelligence is watching.
    shown = access.redact_reason(reasons[0], ASTARA)
    assert shown.source is ReasonSource.NETWORK and "WL-K" not in shown.description
    assert access.redact_reason(reasons[0], INTEL) == reasons[0]


def test_open_source_seizures_join_the_network(store: SqlStore, tmp_path: Path) -> None:
    build_world(store, tmp_path)
    public = Seizure(
        source=SeizureSource.OPEN_SOURCE,
        items=(SeizureItem("heroin", 120.0, QuantityUnit.KG),),
        occurred_on=date.today(),
        country="GE",
        place="Sarpi",
        conveyance="10 AB 321",
        persons=(Person("Камран Алиев", "driver", "AZ", "C05550001"),),
        provenance_url="https://example.org/report",
    )
    summary = IngestSummary()
    store_open_source(store, [public], summary)
    [stored_id] = summary.stored_ids
    assert sorted(_mentions(store, (RecordKind.SEIZURE, str(stored_id)))) == [
        "10 AB 321", "Камран Алиев"
    ]  # fmt: skip
    with store.transaction() as uow:
        provider = network_provider(uow, NetworkConfig())
        two = uow.declarations.get("NET-TWO")
    assert provider is not None and two is not None
    flagged = {
        r.code for r in provider.reasons(two.declaration) if r.source is ReasonSource.NETWORK
    }
    assert f"seizure-{stored_id}" in flagged
