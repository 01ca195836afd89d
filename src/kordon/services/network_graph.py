"""Loading the network from storage: a record's neighbourhood for retro-targeting and the network
pages, and the facts (seizures, critical findings) that raise network flags."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kordon.domain import Inspection, Seizure
from kordon.domain import vocabulary as vocab
from kordon.risk.network.graph import NetworkGraph, Placed, Record, SeizureFact
from kordon.risk.network.mentions import RecordKind
from kordon.risk.network.provider import NetworkConfig
from kordon.services.ports import SeizureFilter, UnitOfWork

if TYPE_CHECKING:
    from kordon.settings import Settings

MAX_SEIZURES = 100_000
# Entities named on more records than this are commerce, not a network (brokers, ferry lines).
HUB_LIMIT = 40


def network_config(settings: Settings) -> NetworkConfig:
    """The network weights and reach the settings describe."""
    return NetworkConfig(
        weight=settings.network_weight,
        hop_decay=settings.network_hop_decay,
        half_life_days=settings.network_half_life_days,
        max_hops=settings.network_max_hops,
    )


def seizure_fact(seizure: Seizure) -> SeizureFact:
    """What a network flag says about a seizure."""
    assert seizure.id is not None
    commodities = [item.commodity for item in seizure.items] or ["unknown goods"]
    return SeizureFact(
        id=seizure.id,
        commodity=", ".join(dict.fromkeys(commodities)),
        place=seizure.place or seizure.checkpoint,
        on=seizure.occurred_on or seizure.reported_on,
        declaration_id=seizure.declaration_id,
        checkpoint=seizure.checkpoint,
        critical=any(c in vocab.DRUGS for c in commodities),
    )


def _add_critical(graph: NetworkGraph, inspection: Inspection) -> None:
    day = inspection.inspected_at.date()
    words = f"a critical finding on declaration {inspection.declaration_id}, {day.isoformat()}"
    graph.critical[inspection.declaration_id] = (words, day)


def add_facts(uow: UnitOfWork, graph: NetworkGraph) -> None:
    """Every seizure and every critical finding without a seizure."""
    seizures, _ = uow.seizures.search(SeizureFilter(), limit=MAX_SEIZURES, offset=0)
    for seizure in seizures:
        if seizure.id is not None and seizure.duplicate_of is None:
            graph.add_seizure(seizure_fact(seizure))
    for inspection in uow.inspections.all():
        if inspection.critical:
            _add_critical(graph, inspection)


def add_found_facts(uow: UnitOfWork, graph: NetworkGraph, records: Iterable[Record]) -> None:
    """The seizures and critical findings of these records only (own seizures by their
    declaration): one indexed query when none has any, a few more when some have, however
    many seizures there are."""
    seizure_ids, declaration_ids = [], []
    for kind, rid in records:
        if kind == RecordKind.SEIZURE and rid.isdigit():
            seizure_ids.append(int(rid))
        elif kind == RecordKind.DECLARATION:
            declaration_ids.append(rid)
    # Most records have neither: one query says which do, before their facts are read.
    seized, flagged = uow.entities.with_facts(seizure_ids, declaration_ids)
    if not seized and not flagged:
        return
    for seizure in uow.seizures.linked(sorted(seized), sorted(flagged)):
        graph.add_seizure(seizure_fact(seizure))
    for inspection in uow.inspections.critical_for(sorted(flagged)):
        _add_critical(graph, inspection)


def network_stamp(uow: UnitOfWork) -> str:
    """Changes when the index is rebuilt (the generation the network provider names). The
    provider reads the live index on every batch, so new declarations, seizures and findings
    reach it without rebuilding the engine."""
    return str(uow.entities.live_generation())


def neighbourhood(uow: UnitOfWork, start: Iterable[Record], hops: int) -> NetworkGraph:
    """The part of the network within `hops` of the start records, loaded a hop at a time."""
    generation = uow.entities.live_generation()
    graph = NetworkGraph(HUB_LIMIT)
    add_facts(uow, graph)
    have: set[Placed] = set()
    expanded: set[Record] = set()
    seen_entities: set[int] = set()
    frontier = set(start)
    for record in list(frontier):
        frontier.update(graph.event(record))
    for _ in range(hops + 1):
        found = uow.entities.for_records(generation, frontier - expanded)
        expanded |= frontier
        fresh = [p for p in found if p not in have]
        have.update(fresh)
        graph.add(fresh)
        entity_ids = {p.entity_id for p in fresh if graph.carries_links(p)} - seen_entities
        seen_entities |= entity_ids
        around = [p for p in uow.entities.for_entities(generation, entity_ids, HUB_LIMIT)
                  if p not in have]  # fmt: skip
        have.update(around)
        graph.add(around)
        frontier = {p.mention.record for p in around}
        for record in list(frontier):
            frontier.update(graph.event(record))
    return graph


def is_declaration(record: Record) -> bool:
    """Whether a record is a declaration."""
    return record[0] == RecordKind.DECLARATION
