"""Retro-targeting: from one seizure to every declaration connected to it, and from one
declaration to what its parties and vehicles lead to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from kordon.domain import Seizure, clock
from kordon.domain.accounts import User
from kordon.risk.network.graph import NetworkGraph, Reach
from kordon.risk.network.mentions import RecordKind
from kordon.risk.network.provider import NetworkConfig, describe, flag_of
from kordon.risk.network.resolve import Entity
from kordon.services import access
from kordon.services.network_graph import neighbourhood
from kordon.services.ports import Store, StoredDeclaration, UnitOfWork
from kordon.services.seizures import get_seizure


@dataclass(frozen=True, slots=True)
class ConnectedDeclaration:
    """A declaration on a network, with how it is reached."""

    id: str
    checkpoint: str
    lodged_at: datetime
    channel: str | None
    hops: int
    path: list[dict[str, Any]]
    words: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, as GET /api/seizures/{id}/network lists it."""
        return {
            "id": self.id,
            "checkpoint": self.checkpoint,
            "lodged_at": self.lodged_at.isoformat(),
            "channel": self.channel,
            "hops": self.hops,
            "path": self.path,
            "words": self.words,
        }


@dataclass(slots=True)
class Network:
    """A seizure's or a declaration's network, as one user may see it."""

    declarations: list[ConnectedDeclaration] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)
    graph: NetworkGraph | None = None
    reaches: list[Reach] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "declarations": [d.to_dict() for d in self.declarations],
            "entities": self.entities,
            "flags": self.flags,
        }


def _path_words(reach: Reach) -> str:
    parts = [f"{s.source_name} ({s.source_role}): {s.reason} as the {s.target_role} "
             f"{s.name} of {s.target[0]} {s.target[1]}" for s in reach.steps]  # fmt: skip
    return "; then ".join(parts)


def _entities(uow: UnitOfWork, graph: NetworkGraph, reaches: list[Reach]) -> list[dict[str, Any]]:
    ids = sorted({s.entity_id for r in reaches for s in r.steps if s.entity_id})
    generation = uow.entities.live_generation()
    found: dict[int, Entity] = {e.id: e for e in uow.entities.get_many(generation, ids)}
    out = []
    for entity_id in ids:
        entity = found.get(entity_id)
        if entity is None:
            continue
        names = sorted({p.mention.name for p in graph.by_entity.get(entity_id, ())})
        out.append(
            {
                "id": entity_id,
                "kind": entity.kind.value,
                "label": entity.label,
                "names": names[:10],
                "identifiers": [{"type": f, "value": v} for f, v in entity.identifiers],
                "records": len({p.mention.record for p in graph.by_entity.get(entity_id, ())}),
            }
        )
    return out


def connected_declarations(
    uow: UnitOfWork, user: User, reaches: list[Reach], keep: Any
) -> tuple[list[ConnectedDeclaration], list[Reach]]:
    """The reached declarations the user may see and `keep` accepts, nearest first."""
    wanted = {r.record[1]: r for r in reaches if r.record[0] == RecordKind.DECLARATION}
    stored: dict[str, StoredDeclaration] = {
        s.declaration.id: s for s in uow.declarations.get_many(sorted(wanted))
    }
    out: list[ConnectedDeclaration] = []
    kept: list[Reach] = []
    for declaration_id, reach in wanted.items():
        found = stored.get(declaration_id)
        if found is None or not access.sees_checkpoint(user, found.declaration.checkpoint):
            continue
        if not keep(found):
            continue
        d = found.declaration
        out.append(
            ConnectedDeclaration(
                d.id, d.checkpoint, d.lodged_at, found.channel.value if found.channel else None,
                reach.hops, [s.to_dict() for s in reach.steps], _path_words(reach),
            )
        )  # fmt: skip
        kept.append(reach)
    out.sort(key=lambda c: (c.hops, -c.lodged_at.timestamp(), c.id))
    return out, kept


def seizure_network(
    store: Store, *, user: User, seizure_id: int, config: NetworkConfig, window_days: int
) -> tuple[Seizure, Network]:
    """Every declaration connected to a seizure within `config.max_hops`: past ones within
    `window_days` before it, later ones and unassessed ones; an officer sees their
    checkpoint's only."""
    seizure, _ = get_seizure(store, user=user, seizure_id=seizure_id)
    day = seizure.occurred_on or seizure.reported_on or (seizure.recorded_at or clock.now()).date()
    since = datetime.combine(day - timedelta(days=window_days), datetime.min.time())
    start = (RecordKind.SEIZURE, str(seizure_id))
    with store.transaction() as uow:
        graph = neighbourhood(uow, [start], config.max_hops)
        reaches = graph.walk(graph.by_record.get(start, []), start, config.max_hops)

        def keep(found: StoredDeclaration) -> bool:
            return found.channel is None or found.declaration.lodged_at >= since

        declarations, kept = connected_declarations(uow, user, reaches, keep)
        return seizure, Network(declarations, _entities(uow, graph, kept), [], graph, kept)


def declaration_network(
    store: Store, *, user: User, declaration_id: str, config: NetworkConfig
) -> Network:
    """What a declaration's parties and vehicles lead to: connected declarations the user may
    see, and the seizures, findings and watchlist entries that would raise a network reason."""
    start = (RecordKind.DECLARATION, declaration_id)
    with store.transaction() as uow:
        access.visible_declaration(uow, user, declaration_id)
        graph = neighbourhood(uow, [start], config.max_hops)
        reaches = graph.walk(graph.by_record.get(start, []), start, config.max_hops)
        declarations, kept = connected_declarations(uow, user, reaches, lambda _: True)
        flags = []
        for reach in reaches:
            flag = flag_of(graph, reach)
            if flag is not None:
                flags.append({"code": flag.code, "hops": reach.hops,
                              "description": describe(reach.steps, flag),
                              "seizure_ids": list(flag.seizure_ids)})  # fmt: skip
        return Network(declarations, _entities(uow, graph, kept), flags, graph, kept)
