"""Network risk: a declaration whose parties or vehicles lead to a seizure, a critical finding
or a watchlist entry, within two hops, gets a reason that says how, in words.

The walk is pure: it runs over the small graph around a batch of declarations that
kordon.services.network_risk reads from the stored index."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kordon.domain import Declaration, Reason, ReasonSource
from kordon.risk.network.graph import NetworkGraph, Placed, Reach, Record, Step, role_words
from kordon.risk.network.mentions import RecordKind

NAME = "network"
# 2: read from the stored index a batch at a time; paths carry their links' words.
VERSION = "2"


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
    # What a page needs to word `words` in the reader's language (see words.flag_place).
    place: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


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
        place = {"kind": "seizure", "seizure_id": fact.id, "commodity": fact.commodity,
                 "place": fact.place, "on": fact.on.isoformat() if fact.on else None}  # fmt: skip
        return Flag(f"seizure-{fact.id}", fact.words(), fact.on, (fact.id,), place)
    if kind == RecordKind.DECLARATION and rid in graph.critical and rid not in graph.seized_on:
        words, on = graph.critical[rid]
        place = {"kind": "finding", "declaration_id": rid, "on": on.isoformat() if on else None}
        return Flag(f"finding-{rid}", words, on, (), place)
    # A direct watchlist hit is screening's to report, with its requested action.
    if kind == RecordKind.WATCHLIST and reach.hops > 1:
        place = {"kind": "watchlist", "entry_id": rid}
        return Flag(f"watchlist-{rid}", f"watchlist entry {rid}", None, (), place)
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


def network_reasons(
    graph: NetworkGraph,
    declaration: Declaration,
    start: Sequence[Placed],
    config: NetworkConfig,
) -> list[Reason]:
    """Reasons for what the declaration's parties and vehicles lead to within the graph,
    citing only what was known when it was lodged; one reason per flag, by its shortest path."""
    own = (RecordKind.DECLARATION, declaration.id)
    day = declaration.lodged_at.date()
    best: dict[str, tuple[int, tuple[Step, ...], Flag]] = {}

    def may_flag(record: Record, hops: int) -> bool:
        return flag_of(graph, Reach(record, hops, ())) is not None

    for reach in graph.walk(start, own, config.max_hops, keep=may_flag):
        flag = flag_of(graph, reach)
        # An assessment may cite only what was known when the declaration was lodged.
        if flag is None or (flag.on is not None and flag.on > day):
            continue
        known = best.get(flag.code)
        if known is None or reach.hops < known[0]:
            best[flag.code] = (reach.hops, reach.steps, flag)
    return [network_reason(hops, steps, flag, day, config) for hops, steps, flag in best.values()]


def network_reason(
    hops: int, steps: tuple[Step, ...], flag: Flag, day: date, config: NetworkConfig
) -> Reason:
    """The reason for one flag reached by one path."""
    age = abs((day - flag.on).days) if flag.on else 0
    return Reason(
        source=ReasonSource.NETWORK,
        code=flag.code,
        description=describe(steps, flag),
        weight=config.weight_for(hops, age),
        details={
            "seizure_ids": list(flag.seizure_ids),
            "entity_ids": sorted({s.entity_id for s in steps if s.entity_id}),
            "hops": hops,
            "path": [s.to_dict() for s in steps],
            "flag": flag.place,
        },
    )
