"""An entity's network: the records naming a person, company or vehicle, and what those
records share with others, as one user may see it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kordon.domain.accounts import User
from kordon.domain.errors import Invalid
from kordon.risk.network.graph import NetworkGraph, Reach, Record
from kordon.risk.network.mentions import RecordKind
from kordon.risk.network.provider import NetworkConfig
from kordon.risk.network.resolve import Entity
from kordon.services import access
from kordon.services.network_graph import neighbourhood
from kordon.services.ports import Store, UnitOfWork
from kordon.services.retro_targeting import ConnectedDeclaration, connected_declarations
from kordon.services.seizures import sees_seizure

ENTITY = "entity"
# An entity's own records are drawn up to this many; its onward links stop at the hub limit.
MAX_NAMED = 200


@dataclass(slots=True)
class EntityNetwork:
    """An entity, the records around it a user may see, and the declarations among them."""

    entity: Entity
    graph: NetworkGraph
    reaches: list[Reach]
    records: set[Record] = field(default_factory=set)
    declarations: list[ConnectedDeclaration] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, as GET /api/entities/{id}/network returns it."""
        hops = {r.record: r.hops for r in self.reaches}
        records = [{"type": k, "id": i, "hops": hops.get((k, i), 0)}
                   for k, i in sorted(self.records)]  # fmt: skip
        return {
            "entity": {
                "id": self.entity.id,
                "kind": self.entity.kind.value,
                "label": self.entity.label,
                "identifiers": [{"type": f, "value": v} for f, v in self.entity.identifiers],
            },
            "records": records,
            "declarations": [d.to_dict() for d in self.declarations],
        }


def _sees(uow: UnitOfWork, user: User, record: Record) -> bool:
    kind, rid = record
    if kind == RecordKind.WATCHLIST:
        return access.sees_watchlist_details(user)
    if kind == RecordKind.SEIZURE:
        seizure = uow.seizures.get(int(rid)) if rid.isdigit() else None
        return seizure is not None and sees_seizure(user, seizure)
    return False  # Declarations are checked with their connections, all at once.


def entity_network(
    store: Store, *, user: User, entity_id: int, config: NetworkConfig
) -> EntityNetwork:
    """The records within `config.max_hops` of an entity (one hop: the records naming it) that
    the user may see; NotVisible when the entity is unknown or named on none of them."""
    start: Record = (ENTITY, str(entity_id))
    with store.transaction() as uow:
        generation = uow.entities.live_generation()
        found = uow.entities.get_many(generation, [entity_id])
        if not found:
            raise access.NotVisible(f"No entity has the number {entity_id}.")
        named = uow.entities.for_entities(generation, [entity_id], MAX_NAMED)
        if not named:
            raise Invalid(
                f"Entity {entity_id} is named on more than {MAX_NAMED} records, like a broker "
                "or a line that serves everyone: too common to draw."
            )
        graph = neighbourhood(uow, {p.mention.record for p in named}, config.max_hops - 1)
        reaches = graph.walk(named, start, config.max_hops)
        # A broker's records carry no link onwards, but they still name the entity.
        reached = {r.record for r in reaches}
        for record in dict.fromkeys(p.mention.record for p in named):
            if record not in reached:
                reaches.append(Reach(record, 1, ()))
        declarations, kept = connected_declarations(uow, user, reaches, lambda _: True)
        records = {r.record for r in kept}
        records |= {r.record for r in reaches if _sees(uow, user, r.record)}
        if not any(p.mention.record in records for p in named):
            raise access.NotVisible(f"No entity has the number {entity_id}.")
        return EntityNetwork(found[0], graph, reaches, records, declarations)
