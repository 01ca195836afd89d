"""The network reason provider over the stored index: a batch of declarations is looked up in a
few queries (its parties' and vehicles' entities, the records naming them, those records'
entities and theirs, the seizures and critical findings among them, and the names on the paths
to those), then walked in memory, two hops at most.

Nothing is loaded ahead: a declaration lodged a minute ago, or a seizure recorded since the
engine was built, is seen at once. A very common entity (a ferry line, a big carrier) costs
at most `HUB_LIMIT` + 1 rows and carries no link, so no lookup grows with the index.
"""

from __future__ import annotations

from collections.abc import Sequence

from kordon.domain import Declaration, Reason
from kordon.risk.network.graph import NO_LINK_ROLES, NetworkGraph, Placed, Record
from kordon.risk.network.index import EntityIndex, identifier_keys, mention_keys
from kordon.risk.network.mentions import Mention, RecordKind, declaration_mentions
from kordon.risk.network.provider import NAME, VERSION, NetworkConfig, network_reasons
from kordon.risk.network.resolve import NAME as RESOLVER_NAME
from kordon.risk.network.resolve import VERSION as RESOLVER_VERSION
from kordon.risk.network.resolve import Entity, Link, PartySaid, party_said
from kordon.services.entity_index import with_name_candidates
from kordon.services.network_graph import HUB_LIMIT, add_found_facts
from kordon.services.ports import Store, UnitOfWork

# Batches of at most this many declarations look their parties up ahead (see below).
LOOKUP_AHEAD = 64


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
        """Reasons for each declaration of a batch, read in a few round trips outside any
        transaction."""
        if not declarations:
            return []
        with self.store.reading() as uow:
            graph, starts = around_declarations(uow, declarations, self.config.max_hops)
        # Most declarations are nowhere near a flag: they need no walk of their own.
        near = graph.near(flag_records(graph), self.config.max_hops)
        return [
            network_reasons(graph, d, starts.get(d.id, ()), self.config)
            if _record(d) in near
            else []
            for d in declarations
        ]


def around_declarations(
    uow: UnitOfWork, declarations: Sequence[Declaration], hops: int
) -> tuple[NetworkGraph, dict[str, list[Placed]]]:
    """The paths within `hops` of the declarations that end at a seizure, a critical finding
    or a watchlist entry, and each declaration's own mentions.

    The hops are taken over record and entity ids only; names and identifiers are read for the
    few records on a path to a flag, which is where the links' reasons are worded.
    """
    graph = NetworkGraph(HUB_LIMIT)
    starts: dict[str, list[Placed]] = {}
    # A small batch (a group of lodgements, scored before they are stored) is mostly
    # unindexed: its parties' keys are looked up with the read of its own mentions, in the
    # same round trip. A large one (stored, then assessed) looks up only what is missing.
    small = len(declarations) <= LOOKUP_AHEAD
    mentions = [declaration_mentions(d) for d in declarations] if small else []
    ahead = {key for found in mentions for m in found for key in mention_keys(m)}
    generation, own, filed = uow.entities.starts([_record(d) for d in declarations], ahead)
    for placed in own:
        starts.setdefault(placed.mention.record_id, []).append(placed)
    unindexed = [(n, d) for n, d in enumerate(declarations) if d.id not in starts]
    if unindexed and not mentions:
        mentions = [declaration_mentions(d) for d in declarations]
        missing = [m for n, _ in unindexed for m in mentions[n]]
        filed = uow.entities.lookup(generation, {k for m in missing for k in identifier_keys(m)})
        filed = with_name_candidates(uow, generation, missing, filed)
    resolved = _resolve(filed, [mentions[n] for n, _ in unindexed])
    for (_, declaration), own_placed in zip(unindexed, resolved, strict=True):
        starts[declaration.id] = own_placed
    for found in starts.values():
        graph.add(found)
    # Both sides of what was read: the records naming each entity, the entities of each
    # record (linking roles only, hubs left out).
    records_of: dict[int, set[Record]] = {}
    entities_in: dict[Record, set[int]] = {}
    for found in starts.values():
        for p in found:
            if graph.carries_links(p):
                entities_in.setdefault(p.mention.record, set()).add(p.entity_id)
    seen: set[Record] = set(entities_in)
    frontier = {e for ids in entities_in.values() for e in ids}
    expanded: set[int] = set()
    for hop in range(1, hops + 1):
        # The last hop only needs the records that may raise a flag; the others read the
        # entities of the records they reach in the same statement.
        if hop == hops:
            reached, hubs = uow.entities.reach_flags(generation, frontier - expanded, HUB_LIMIT)
            linked: list[tuple[Record, int, str]] = []
        else:
            reached, hubs, linked = uow.entities.reach_linked(
                generation, frontier - expanded, HUB_LIMIT, seen
            )
        graph.hubs |= hubs
        expanded |= frontier
        fresh: set[Record] = set()
        for entity_id, records in reached.items():
            records_of[entity_id] = set(records)
            fresh.update(r for r in records if r not in seen)
        seen |= fresh
        if hop == hops:
            break
        for record, entity_id, role in linked:
            if role not in NO_LINK_ROLES and entity_id not in graph.hubs:
                entities_in.setdefault(record, set()).add(entity_id)
        frontier = {e for r in fresh for e in entities_in.get(r, ())} - expanded
    add_found_facts(uow, graph, seen)
    flags = [r for r in seen if _raises(graph, r)]
    needed = _ways_back(flags, records_of, entities_in, hops)
    graph.add(uow.entities.for_records(generation, needed - set(graph.by_record)))
    return graph, starts


def _ways_back(
    flags: list[Record],
    records_of: dict[int, set[Record]],
    entities_in: dict[Record, set[int]],
    hops: int,
) -> set[Record]:
    """The flag records and every record within `hops - 1` links of one: the only records a
    path from a declaration of the batch to a flag can pass through. In a batch, one
    declaration's second hop may be another's first, so every way read is followed."""
    if not flags:
        # Most batches reach no flag: nothing to follow back, and the links below cost the
        # square of each entity's records to gather.
        return set()
    linked: dict[Record, set[Record]] = {}
    for records in records_of.values():
        for record in records:
            linked.setdefault(record, set()).update(records)
    for record, ids in entities_in.items():
        for entity_id in ids:
            others = records_of.get(entity_id, set())
            linked.setdefault(record, set()).update(others)
            for other in others:
                linked.setdefault(other, set()).add(record)
    needed = set(flags)
    ring = set(flags)
    for _ in range(hops - 1):
        ring = {o for r in ring for o in linked.get(r, ())} - needed
        needed |= ring
    return needed


def _raises(graph: NetworkGraph, record: Record) -> bool:
    """Whether a record may raise a network flag (what flag_of then decides on its path)."""
    kind, rid = record
    if kind == RecordKind.SEIZURE:
        return rid.isdigit() and int(rid) in graph.seizures
    if kind == RecordKind.DECLARATION:
        return rid in graph.seized_on or rid in graph.critical
    return kind == RecordKind.WATCHLIST


def flag_records(graph: NetworkGraph) -> list[Record]:
    """Every record of the graph that may raise a flag."""
    records = set(graph.by_record)
    records.update((RecordKind.SEIZURE, str(key)) for key in graph.seizures)
    records.update((RecordKind.DECLARATION, key) for key in graph.critical)
    return [record for record in records if _raises(graph, record)]


def _record(declaration: Declaration) -> Record:
    return (RecordKind.DECLARATION, declaration.id)


def _resolve(filed: Sequence[Entity], mentions: Sequence[list[Mention]]) -> list[list[Placed]]:
    """Declarations the index has not seen (assessed before being stored), resolved against
    the entities filed under their keys, without being added."""
    if not mentions:
        return []
    index = EntityIndex()
    index.seed(filed)
    # Nothing is added to this index, so a party resolves alike wherever the batch names it:
    # each is resolved once (a regular consignor named on a hundred declarations of a batch
    # is compared with its namesakes once, not a hundred times).
    resolved: dict[PartySaid, tuple[int, Link] | None] = {}
    out: list[list[Placed]] = []
    for found in mentions:
        placed = []
        for mention in found:
            said = party_said(mention)
            if said in resolved:
                match = resolved[said]
            else:
                hit = index.resolve(mention)
                match = resolved[said] = (hit[0].id, hit[1]) if hit is not None else None
            if match is not None:
                placed.append(Placed(mention, *match))
        out.append(placed)
    return out
