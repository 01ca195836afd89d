"""The network: records (declarations, seizures, watchlist entries) joined by shared entities.

A hop is one entity shared by two records: a declaration whose driver drove the truck of a
seizure is one hop from it; a declaration sharing its consignee with that first declaration is
two. An own seizure and the declaration it was found on are one event, no hop apart.
Customs brokers lodge for everyone, so a declarant never carries a link, and nor does any entity
named on more records than `hub_limit` (a big carrier, a ferry line).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kordon.risk.network.mentions import Mention, RecordKind
from kordon.risk.network.resolve import Link, same_entity
from kordon.risk.network.words import link_said

Record = tuple[str, str]
NO_LINK_ROLES = frozenset({"declarant"})
DEFAULT_HUB_LIMIT = 40
ROLE_WORDS = {"tractor": "tractor", "trailer": "trailer", "entry": "watchlist entry"}


@dataclass(frozen=True, slots=True)
class Placed:
    """A mention with the entity it was resolved to, and why."""

    mention: Mention
    entity_id: int
    link: Link | None = None


@dataclass(frozen=True, slots=True)
class SeizureFact:
    """What a flag says about a seizure: what, where, when."""

    id: int
    commodity: str
    place: str | None
    on: date | None
    declaration_id: str | None = None
    checkpoint: str | None = None
    # Drugs, weapons, threats to public safety: the findings worth following two hops.
    critical: bool = False

    def words(self) -> str:
        """ "seizure 17, heroin, Astara, 2026-10-02"."""
        bits = [
            f"seizure {self.id}",
            self.commodity,
            self.place,
            self.on.isoformat() if self.on else None,
        ]
        return ", ".join(b for b in bits if b)


@dataclass(frozen=True, slots=True)
class Step:
    """One link of a path: a shared entity between two records, with its kind and reason."""

    kind: str
    entity_id: int | None
    source: Record
    target: Record
    source_role: str
    target_role: str
    source_name: str
    name: str
    reason: str
    values: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The step as JSON-ready data."""
        return {
            "kind": self.kind,
            "entity_id": self.entity_id,
            "from": {
                "type": self.source[0],
                "id": self.source[1],
                "role": self.source_role,
                "name": self.source_name,
            },
            "to": {
                "type": self.target[0],
                "id": self.target[1],
                "role": self.target_role,
                "name": self.name,
            },
            "reason": self.reason,
            "link": link_said(self.kind, self.reason, self.values),
        }


@dataclass(frozen=True, slots=True)
class Reach:
    """A record reached from the start, with the shortest path to it."""

    record: Record
    hops: int
    steps: tuple[Step, ...]


def role_words(role: str) -> str:
    """A role as an officer reads it."""
    return ROLE_WORDS.get(role, role.replace("_", " "))


@dataclass(slots=True)
class NetworkGraph:
    """Records and entities, each side listing the other, with seizure facts."""

    hub_limit: int = DEFAULT_HUB_LIMIT
    by_record: dict[Record, list[Placed]] = field(default_factory=dict)
    by_entity: dict[int, list[Placed]] = field(default_factory=dict)
    seizures: dict[int, SeizureFact] = field(default_factory=dict)
    # Own seizures by the declaration they were found on; critical findings without one.
    seized_on: dict[str, list[int]] = field(default_factory=dict)
    critical: dict[str, tuple[str, date | None]] = field(default_factory=dict)
    # Entities known to be hubs although only some of their mentions were loaded.
    hubs: set[int] = field(default_factory=set)

    def add(self, placed: Iterable[Placed]) -> None:
        """Add resolved mentions."""
        for p in placed:
            self.by_record.setdefault(p.mention.record, []).append(p)
            self.by_entity.setdefault(p.entity_id, []).append(p)

    def add_seizure(self, fact: SeizureFact) -> None:
        """Add a seizure; an own one joins its declaration."""
        self.seizures[fact.id] = fact
        if fact.declaration_id is not None:
            self.seized_on.setdefault(fact.declaration_id, []).append(fact.id)

    def event(self, record: Record) -> list[Record]:
        """The records that are one event with this one: a seizure and its declaration."""
        kind, rid = record
        if kind == RecordKind.DECLARATION:
            return [(RecordKind.SEIZURE, str(s)) for s in self.seized_on.get(rid, ())]
        if kind == RecordKind.SEIZURE and rid.isdigit():
            fact = self.seizures.get(int(rid))
            if fact is not None and fact.declaration_id is not None:
                return [(RecordKind.DECLARATION, fact.declaration_id)]
        return []

    def carries_links(self, placed: Placed) -> bool:
        """Whether a mention's entity may join records (not a broker, not a hub)."""
        return (
            placed.mention.role not in NO_LINK_ROLES
            and placed.entity_id not in self.hubs
            and len(self.by_entity.get(placed.entity_id, ())) <= self.hub_limit
        )

    def near(self, records: Iterable[Record], max_hops: int) -> set[Record]:
        """The records within `max_hops` of any of these, by the links `walk` follows (a
        link joins two records both ways; one event is no hop). A declaration outside it
        reaches none of them, so its walk can be skipped."""
        found: set[Record] = set()
        frontier: list[Record] = []

        def arrive(record: Record) -> None:
            # A record and the records one event with it are reached together.
            for one in (record, *self.event(record)):
                if one not in found:
                    found.add(one)
                    frontier.append(one)

        for record in records:
            arrive(record)
        for _ in range(max_hops):
            ring, frontier = frontier, []
            for record in ring:
                for _, theirs in self.links(self.by_record.get(record, ())):
                    arrive(theirs.mention.record)
        return found

    def links(self, mentions: Iterable[Placed]) -> Iterator[tuple[Placed, Placed]]:
        """Each mention of these that carries links, with every mention of its entity on
        another record it links to (a hub's mentions and linkless roles left out)."""
        for mine in mentions:
            if not self.carries_links(mine):
                continue
            for theirs in self.by_entity.get(mine.entity_id, ()):
                if theirs.mention.role not in NO_LINK_ROLES:
                    yield mine, theirs

    def walk(
        self,
        start: Iterable[Placed],
        start_record: Record,
        max_hops: int = 2,
        keep: Callable[[Record, int], bool] | None = None,
    ) -> list[Reach]:
        """Every record within `max_hops` of the start's mentions, by shortest path; with
        `keep`, only those for which keep(record, hops) holds, whose paths alone are then
        worded (wording a link compares the two mentions, most of a walk's cost)."""
        # How each record was reached: its hops, and the record it was reached from with the
        # two mentions that link them, or the record it is one event with (same path).
        came: dict[Record, tuple[int, Record | None, Placed | None, Placed | None]] = {
            start_record: (0, None, None, None)
        }
        for other in self.event(start_record):
            came[other] = (0, None, None, None)
        frontier: deque[tuple[Record, list[Placed]]] = deque([(start_record, list(start))])
        for other in self.event(start_record):
            frontier.append((other, self.by_record.get(other, [])))
        while frontier:
            record, mentions = frontier.popleft()
            hops = came[record][0]
            if hops >= max_hops:
                continue
            for mine, theirs in self.links(mentions):
                target = theirs.mention.record
                if target in came:
                    continue
                came[target] = (hops + 1, record, mine, theirs)
                frontier.append((target, self.by_record.get(target, [])))
                for other in self.event(target):
                    if other not in came:
                        came[other] = (hops + 1, target, None, None)
                        frontier.append((other, self.by_record.get(other, [])))
        worded: dict[Record, tuple[Step, ...]] = {}

        def steps(record: Record) -> tuple[Step, ...]:
            found = worded.get(record)
            if found is None:
                _, parent, mine, theirs = came[record]
                if parent is None:
                    found = ()
                elif mine is None or theirs is None:  # one event with its parent
                    found = steps(parent)
                else:
                    found = (*steps(parent), step_between(mine, theirs))
                worded[record] = found
            return found

        return [
            Reach(record, hops, steps(record))
            for record, (hops, *_) in came.items()
            if hops > 0 and (keep is None or keep(record, hops))
        ]


def step_between(mine: Placed, theirs: Placed) -> Step:
    """The link from one mention to another of the same entity, with its reason."""
    link = same_entity(mine.mention, theirs.mention)
    if link is None:
        # Linked through other records of the entity, not directly: say which entity.
        link = Link(
            "entity",
            f"both resolved to entity {mine.entity_id}",
            (("entity", str(mine.entity_id)),),
        )
    return Step(
        link.kind,
        mine.entity_id,
        mine.mention.record,
        theirs.mention.record,
        mine.mention.role,
        theirs.mention.role,
        mine.mention.name,
        theirs.mention.name,
        link.reason,
        link.values,
    )


def path_words(steps: tuple[Step, ...]) -> str:
    """A path in words: each link's reason, from the start to the end."""
    parts = []
    for step in steps:
        kind, rid = step.target
        where = f"{kind} {rid}" if kind != RecordKind.WATCHLIST else f"watchlist entry {rid}"
        parts.append(f"{role_words(step.source_role)} {step.reason} as the "
                     f"{role_words(step.target_role)} of {where}")  # fmt: skip
    return "; then ".join(parts)
