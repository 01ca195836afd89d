"""Network risk: a declaration whose parties or vehicles lead to a seizure, a critical finding
or a watchlist entry, within two hops, gets a reason that says how, in words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kordon.domain import Declaration, Reason, ReasonSource
from kordon.risk.network.graph import (
    NO_LINK_ROLES,
    NetworkGraph,
    Placed,
    Reach,
    Record,
    Step,
    role_words,
    step_between,
)
from kordon.risk.network.index import EntityIndex
from kordon.risk.network.mentions import RecordKind, declaration_mentions
from kordon.risk.network.resolve import NAME as RESOLVER_NAME
from kordon.risk.network.resolve import VERSION as RESOLVER_VERSION

NAME = "network"
VERSION = "1"


@dataclass(frozen=True, slots=True)
class NetworkConfig:
    """How much a network link weighs, and how far and how long it reaches."""

    weight: float = 40.0
    # Each hop beyond the first multiplies the weight by this.
    hop_decay: float = 0.5
    # The weight halves every this many days between the seizure and the declaration.
    half_life_days: float = 180.0
    max_hops: int = 2

    def weight_for(self, hops: int, age_days: int) -> float:
        """The weight of a link `hops` away from something `age_days` old."""
        decayed = self.weight * self.hop_decay ** max(0, hops - 1)
        factor: float = 0.5 ** (max(0, age_days) / self.half_life_days)
        return round(decayed * factor, 2)


@dataclass(frozen=True, slots=True)
class Flag:
    """What a reach leads to: a seizure, a critical finding or a watchlist entry."""

    code: str
    words: str
    on: date | None
    seizure_ids: tuple[int, ...] = ()


def flag_of(graph: NetworkGraph, reach: Reach) -> Flag | None:
    """The flag a reached record raises, if it raises one.

    One hop from any seizure flags; further hops only lead to critical findings (drugs,
    weapons) and watchlist entries: ordinary trade joins most traders within two hops.
    """
    kind, rid = reach.record
    if kind == RecordKind.SEIZURE and rid.isdigit() and int(rid) in graph.seizures:
        fact = graph.seizures[int(rid)]
        if reach.hops > 1 and not fact.critical:
            return None
        return Flag(f"seizure-{fact.id}", fact.words(), fact.on, (fact.id,))
    if kind == RecordKind.DECLARATION and rid in graph.critical and rid not in graph.seized_on:
        return Flag(f"finding-{rid}", graph.critical[rid], None)
    # A direct watchlist hit is screening's to report, with its requested action.
    if kind == RecordKind.WATCHLIST and reach.hops > 1:
        return Flag(f"watchlist-{rid}", f"watchlist entry {rid}", None)
    return None


def describe(steps: tuple[Step, ...], flag: Flag) -> str:
    """ "Driver Эльчин Гасанов: same passport C01928374 as the driver in seizure 17, ..."."""
    parts = []
    for n, step in enumerate(steps):
        last = n == len(steps) - 1
        where = flag.words if last else f"declaration {step.target[1]}"
        role = role_words(step.source_role)
        lead = role.capitalize() if n == 0 else f"its {role}"
        parts.append(f"{lead} {step.source_name}: {step.reason} as the "
                     f"{role_words(step.target_role)} in {where}")  # fmt: skip
    return "; ".join(parts)


def _reverse(step: Step) -> Step:
    return Step(step.kind, step.entity_id, step.target, step.source, step.target_role,
                step.source_role, step.name, step.source_name, step.reason)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Near:
    """A flag record, a record reached from it, and a mention of that record."""

    flag_record: Record
    reach: Reach
    mention: Placed


def flag_records(graph: NetworkGraph) -> list[Record]:
    """Every record that can raise a flag: seizures, critical findings, watchlist entries."""
    records: list[Record] = [(RecordKind.SEIZURE, str(i)) for i in sorted(graph.seizures)]
    records += [(RecordKind.DECLARATION, d) for d in sorted(graph.critical)]
    records += sorted(r for r in graph.by_record if r[0] == RecordKind.WATCHLIST)
    return records


class NetworkProvider:
    """The reason provider named "network": one reason per seizure, finding or entry reached.

    Flags are few and declarations many, so the paths are walked once, outwards from every
    flag, when the provider is built; a declaration then only looks its entities up.
    """

    name = NAME

    def __init__(
        self,
        graph: NetworkGraph,
        index: EntityIndex,
        snapshot: str,
        config: NetworkConfig | None = None,
    ) -> None:
        self.graph = graph
        self.index = index
        self.config = config or NetworkConfig()
        self.version = f"{NAME}/{VERSION}+{RESOLVER_NAME}/{RESOLVER_VERSION}@{snapshot}"
        self._near: dict[int, list[_Near]] = {}
        for record in flag_records(graph):
            home = [Reach(record, 0, ())] + [Reach(r, 0, ()) for r in graph.event(record)]
            reaches = graph.walk(graph.by_record.get(record, []), record, self.config.max_hops - 1)
            for reach in home + reaches:
                for placed in graph.by_record.get(reach.record, ()):
                    if graph.carries_links(placed):
                        self._near.setdefault(placed.entity_id, []).append(
                            _Near(record, reach, placed)
                        )

    def reasons(self, declaration: Declaration) -> list[Reason]:
        """Reasons for what the declaration's parties and vehicles lead to."""
        own = (RecordKind.DECLARATION, declaration.id)
        day = declaration.lodged_at.date()
        best: dict[str, tuple[int, tuple[Step, ...], Flag]] = {}
        for mention in declaration_mentions(declaration):
            if mention.role in NO_LINK_ROLES:
                continue
            found = self.index.resolve(mention)
            if found is None:
                continue
            start = Placed(mention, found[0].id, found[1])
            for near in self._near.get(start.entity_id, ()):
                reach = near.reach
                records = {reach.record, near.flag_record, *(s.source for s in reach.steps)}
                if own in records or own in self.graph.event(near.flag_record):
                    continue
                steps = (step_between(start, near.mention),
                         *(_reverse(s) for s in reversed(reach.steps)))  # fmt: skip
                flag = flag_of(self.graph, Reach(near.flag_record, len(steps), steps))
                # An assessment may cite only what was known when the declaration was lodged.
                if flag is None or (flag.on is not None and flag.on > day):
                    continue
                known = best.get(flag.code)
                if known is None or len(steps) < known[0]:
                    best[flag.code] = (len(steps), steps, flag)
        return [self._reason(hops, steps, flag, day) for hops, steps, flag in best.values()]

    def _reason(self, hops: int, steps: tuple[Step, ...], flag: Flag, day: date) -> Reason:
        age = abs((day - flag.on).days) if flag.on else 0
        return Reason(
            source=ReasonSource.NETWORK,
            code=flag.code,
            description=describe(steps, flag),
            weight=self.config.weight_for(hops, age),
            details={
                "seizure_ids": list(flag.seizure_ids),
                "entity_ids": sorted({s.entity_id for s in steps if s.entity_id}),
                "hops": hops,
                "path": [s.to_dict() for s in steps],
            },
        )
