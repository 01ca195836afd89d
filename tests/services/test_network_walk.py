"""The network walk's shortcuts: wording only the paths kept, and skipping declarations that
no flag is near, change no result."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.services.network_world import DECLARATIONS, NETWORK, build_world

from kordon.domain.declaration import Party, PartyKind
from kordon.domain.watchlist import WatchlistKind
from kordon.risk.network.graph import Placed, Reach, Record
from kordon.risk.network.mentions import Mention, RecordKind
from kordon.risk.network.provider import NetworkConfig, flag_of
from kordon.services.entity_index import index_mentions
from kordon.services.network_risk import LOOKUP_AHEAD, around_declarations, flag_records
from kordon.storage.store import SqlStore


def test_a_kept_walk_is_the_full_walk_filtered(store: SqlStore, tmp_path: Path) -> None:
    build_world(store, tmp_path)
    with store.transaction() as uow:
        declarations = [s.declaration for s in uow.declarations.get_many(list(DECLARATIONS))]
        graph, starts = around_declarations(uow, declarations, NetworkConfig().max_hops)

    def may_flag(record: Record, hops: int) -> bool:
        return flag_of(graph, Reach(record, hops, ())) is not None

    near = graph.near(flag_records(graph), 2)
    flagged = 0
    for declaration in declarations:
        own = (RecordKind.DECLARATION, declaration.id)
        start = starts.get(declaration.id, [])
        full = graph.walk(start, own, 2)
        kept = graph.walk(start, own, 2, keep=may_flag)
        assert kept == [r for r in full if may_flag(r.record, r.hops)]
        assert [r.record for r in graph.walk(start, own, 2, keep=lambda *_: True)] == [
            r.record for r in full
        ]
        if kept:
            flagged += 1
            assert own in near
    assert flagged >= len(NETWORK)
    assert any((RecordKind.DECLARATION, key) not in near for key in DECLARATIONS)


# Drivers the index knows by name alone (no passport on any record naming them).
UNPAPERED = ["Rəşad Quliyev", "Orxan Məmmədli", "Vüsal Əhmədzadə"]


def test_a_large_unstored_batch_resolves_its_parties_as_small_ones_do(
    store: SqlStore, tmp_path: Path
) -> None:
    # More declarations than are looked up ahead: they read their identifiers' entities
    # first and name candidates only where no identifier decides. Resolved in groups small
    # enough to look every key up at once, each party lands on the same entity.
    build_world(store, tmp_path)
    with store.transaction() as uow:
        stored = [s.declaration for s in uow.declarations.get_many(list(DECLARATIONS))]
        index_mentions(uow, [
            Mention(RecordKind.DECLARATION, f"OLD-{n}", "driver", WatchlistKind.PERSON, name, "AZ")
            for n, name in enumerate(UNPAPERED)
        ])  # fmt: skip
    copies = [
        replace(
            d,
            id=f"NEW-{n}-{d.id}",
            drivers=(*d.drivers, Party(PartyKind.PERSON, UNPAPERED[n % 3], "AZ")),
        )
        for n in range(LOOKUP_AHEAD // len(stored) + 2)
        for d in stored
    ]
    assert len(copies) > LOOKUP_AHEAD

    def placed(starts: dict[str, list[Placed]]) -> dict[str, list[tuple[str, str, int]]]:
        return {
            key: [(p.mention.role, p.mention.name, p.entity_id) for p in found]
            for key, found in starts.items()
        }

    with store.transaction() as uow:
        _, whole = around_declarations(uow, copies, NetworkConfig().max_hops)
        in_groups: dict[str, list[Placed]] = {}
        for start in range(0, len(copies), LOOKUP_AHEAD):
            group = copies[start : start + LOOKUP_AHEAD]
            in_groups.update(around_declarations(uow, group, NetworkConfig().max_hops)[1])
    assert placed(whole) == placed(in_groups)
    by_name = [p for found in whole.values() for p in found if p.mention.name in UNPAPERED]
    assert len(by_name) == len(copies)
