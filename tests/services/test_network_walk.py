"""The network walk's shortcuts: wording only the paths kept, and skipping declarations that
no flag is near, change no result."""

from __future__ import annotations

from pathlib import Path

from tests.services.network_world import DECLARATIONS, NETWORK, build_world

from kordon.risk.network.graph import Reach, Record
from kordon.risk.network.mentions import RecordKind
from kordon.risk.network.provider import NetworkConfig, flag_of
from kordon.services.network_risk import around_declarations, flag_records
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
