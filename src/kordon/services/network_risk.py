"""The network reason provider over the stored index: a batch of declarations is looked up in a
few queries (its parties' and vehicles' entities, their records, those records' entities, and
the seizures and critical findings among them), then walked in memory, two hops at most.

Nothing is loaded ahead: a declaration lodged a minute ago, or a seizure recorded since the
engine was built, is seen at once. A very common entity (a ferry line, a big carrier) costs
at most `HUB_LIMIT` + 1 rows and carries no link, so no lookup grows with the index.
"""

from __future__ import annotations

from collections.abc import Sequence

from kordon.domain import Declaration, Reason
from kordon.risk.network.graph import NO_LINK_ROLES, NetworkGraph, Placed, Record
from kordon.risk.network.index import EntityIndex, mention_keys
from kordon.risk.network.mentions import RecordKind, declaration_mentions
from kordon.risk.network.provider import NAME, VERSION, NetworkConfig, network_reasons
from kordon.risk.network.resolve import NAME as RESOLVER_NAME
from kordon.risk.network.resolve import VERSION as RESOLVER_VERSION
from kordon.services.network_graph import HUB_LIMIT, add_found_facts
from kordon.services.ports import Store, UnitOfWork


def network_provider(uow: UnitOfWork, config: NetworkConfig) -> StoredNetworkProvider:
    """The network reason provider over the live index of this transaction's store."""
    return StoredNetworkProvider(uow.store(), config, uow.entities.live_generation())


class StoredNetworkProvider:
    """The reason provider named "network", reading the live index a batch at a time."""

    name = NAME

    def __init__(self, store: Store, config: NetworkConfig, generation: int) -> None:
        self.store = store
        self.config = config
        self.version = f"{NAME}/{VERSION}+{RESOLVER_NAME}/{RESOLVER_VERSION}@{generation}"

    def reasons(self, declaration: Declaration) -> list[Reason]:
        """Reasons for what the declaration's parties and vehicles lead to."""
        return self.reasons_many([declaration])[0]

    def reasons_many(self, declarations: Sequence[Declaration]) -> list[list[Reason]]:
        """Reasons for each declaration of a batch, read in one short transaction."""
        if not declarations:
            return []
        with self.store.transaction() as uow:
            graph, starts = around_declarations(uow, declarations, self.config.max_hops)
        return [
            network_reasons(graph, d, starts.get(d.id, ()), self.config) for d in declarations
        ]


def around_declarations(
    uow: UnitOfWork, declarations: Sequence[Declaration], hops: int
) -> tuple[NetworkGraph, dict[str, list[Placed]]]:
    """The part of the index within `hops` of the declarations, and each one's own mentions."""
    generation = uow.entities.live_generation()
    graph = NetworkGraph(HUB_LIMIT)
    own = uow.entities.for_records(generation, [_record(d) for d in declarations])
    starts: dict[str, list[Placed]] = {}
    for placed in own:
        starts.setdefault(placed.mention.record_id, []).append(placed)
    unindexed = [d for d in declarations if d.id not in starts]
    for declaration, resolved in zip(unindexed, _resolve(uow, generation, unindexed), strict=True):
        starts[declaration.id] = resolved
    have = {p for found in starts.values() for p in found}
    graph.add(have)
    expanded: set[int] = set()
    frontier = {p.entity_id for p in have if graph.carries_links(p)}
    for hop in range(hops):
        around, hubs = uow.entities.around(generation, frontier - expanded, HUB_LIMIT)
        expanded |= frontier
        graph.hubs |= hubs
        fresh = [p for p in around if p not in have]
        have.update(fresh)
        graph.add(fresh)
        if hop == hops - 1:
            break
        # The records reached name more entities: the next hop starts from them.
        records = {p.mention.record for p in fresh}
        more = [p for p in uow.entities.for_records(generation, records) if p not in have]
        have.update(more)
        graph.add(more)
        frontier = {p.entity_id for p in more if p.mention.role not in NO_LINK_ROLES} - graph.hubs
    add_found_facts(uow, graph, set(graph.by_record))
    return graph, starts


def _record(declaration: Declaration) -> Record:
    return (RecordKind.DECLARATION, declaration.id)


def _resolve(
    uow: UnitOfWork, generation: int, declarations: Sequence[Declaration]
) -> list[list[Placed]]:
    """Declarations the index has not seen (assessed before being stored), resolved against
    it without being added."""
    if not declarations:
        return []
    mentions = [declaration_mentions(d) for d in declarations]
    keys = {key for found in mentions for m in found for key in mention_keys(m)}
    index = EntityIndex()
    index.seed(uow.entities.lookup(generation, keys))
    out: list[list[Placed]] = []
    for found in mentions:
        placed = []
        for mention in found:
            match = index.resolve(mention)
            if match is not None:
                placed.append(Placed(mention, match[0].id, match[1]))
        out.append(placed)
    return out
