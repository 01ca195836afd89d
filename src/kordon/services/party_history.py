"""A declaration's parties and vehicles, each with what Kordon saw of them before."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kordon.domain import Channel, Outcome
from kordon.domain.accounts import User
from kordon.risk.network.graph import Placed
from kordon.risk.network.mentions import RecordKind
from kordon.services import access
from kordon.services.ports import SeizureFilter, Store, UnitOfWork

# Entities named on more records than this are brokers and big carriers: their history would
# be the whole traffic of a checkpoint.
MAX_RECORDS = 200
MAX_EVENTS = 10


@dataclass(frozen=True, slots=True)
class Event:
    """One earlier declaration, inspection or seizure of a party or vehicle."""

    on: date | None
    kind: str
    ref: str
    checkpoint: str | None
    link: str  # why the record names this party; empty where it was first seen
    # Codes, so that pages word them in the reader's language.
    role: str = ""
    channel: Channel | None = None
    outcome: Outcome | None = None
    commodities: tuple[str, ...] = ()
    public: bool = False
    # The link as a path step holds it (kind, English reason, values), for the page's words.
    said: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(slots=True)
class PartyHistory:
    """A party or vehicle of the declaration and its earlier records, newest first."""

    role: str
    name: str
    entity_id: int | None
    events: list[Event] = field(default_factory=list)
    more: int = 0
    common: bool = False


def _events(
    uow: UnitOfWork, user: User, mine: Placed, theirs: list[Placed], before: date
) -> list[Event]:
    others = [p.mention for p in theirs if p.mention.record != mine.mention.record]
    ids = sorted({m.record_id for m in others if m.record_kind == RecordKind.DECLARATION})
    stored = {s.declaration.id: s for s in uow.declarations.get_many(ids)}
    events: list[Event] = []
    for placed in theirs:
        m = placed.mention
        link = placed.link.reason if placed.link else ""
        said = _said(placed)
        if m.record_kind == RecordKind.DECLARATION and m.record_id in stored:
            s = stored.pop(m.record_id)
            d = s.declaration
            if d.lodged_at.date() > before or not access.sees_checkpoint(user, d.checkpoint):
                continue
            events.append(Event(d.lodged_at.date(), "declaration", d.id, d.checkpoint, link,
                                said=said, role=m.role, channel=s.channel))  # fmt: skip
            for i in uow.inspections.for_declaration(d.id):
                events.append(Event(i.inspected_at.date(), "inspection", d.id, d.checkpoint,
                                    link, said=said, outcome=i.outcome))  # fmt: skip
            found, _ = uow.seizures.search(SeizureFilter(declaration_id=d.id), limit=5, offset=0)
            for seizure in found:
                goods = tuple(item.commodity for item in seizure.items)
                events.append(Event(seizure.occurred_on, "seizure", str(seizure.id),
                                    seizure.checkpoint, link, said=said,
                                    commodities=goods))  # fmt: skip
        elif m.record_kind == RecordKind.SEIZURE and m.record_id.isdigit():
            public = uow.seizures.get(int(m.record_id))
            if public is not None and (public.occurred_on or before) <= before:
                goods = tuple(item.commodity for item in public.items)
                events.append(Event(public.occurred_on or public.reported_on, "seizure",
                                    m.record_id, public.checkpoint, link, said=said,
                                    commodities=goods, public=True))  # fmt: skip
    return sorted(events, key=lambda e: (e.on or date.min, e.kind), reverse=True)


def _said(placed: Placed) -> dict[str, Any]:
    if placed.link is None:
        return {}
    values = {"values": dict(placed.link.values)}
    return {"kind": placed.link.kind, "reason": placed.link.reason, "link": values}


def party_history(store: Store, *, user: User, declaration_id: str) -> list[PartyHistory]:
    """Each party's and vehicle's earlier declarations, inspections and seizures the user may
    see, newest first; the declarant (a broker) is left out."""
    start = (RecordKind.DECLARATION, declaration_id)
    with store.transaction() as uow:
        stored = access.visible_declaration(uow, user, declaration_id)
        before = stored.declaration.lodged_at.date()
        generation = uow.entities.live_generation()
        mine = [
            p
            for p in uow.entities.for_records(generation, [start])
            if p.mention.role != "declarant" and not p.mention.role.startswith("detained")
        ]
        ids = {p.entity_id for p in mine}
        around = uow.entities.for_entities(generation, ids, MAX_RECORDS)
        by_entity: dict[int, list[Placed]] = {}
        for placed in around:
            by_entity.setdefault(placed.entity_id, []).append(placed)
        out = []
        for placed in mine:
            row = PartyHistory(placed.mention.role, placed.mention.name, placed.entity_id)
            theirs = by_entity.get(placed.entity_id)
            if theirs is None:
                row.common = True
            else:
                events = _events(uow, user, placed, theirs, before)
                row.events, row.more = events[:MAX_EVENTS], max(0, len(events) - MAX_EVENTS)
            out.append(row)
        return out
