"""Risk engine throughput benchmark: synthetic Azerbaijani land-border traffic against N profiles.

Everything is generated from a seed, so two runs assess the same declarations with the same
profiles. The demo profile set (data/profiles/azerbaijan.yaml) is used first and topped up
with generated profiles of the same shapes until the requested count is reached.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kordon.domain.assessment import Channel
from kordon.domain.declaration import (
    Conveyance,
    Declaration,
    Direction,
    GoodsItem,
    Party,
    PartyKind,
    Route,
)
from kordon.domain.profile import AllOf, Condition, Criteria, Not, RiskProfile
from kordon.risk.engine import Engine
from kordon.risk.profiles.profileset import ProfileSet
from kordon.risk.selection import Candidate, select_channels

CHECKPOINTS = {"AZ-AST": "IR", "AZ-BIL": "IR", "AZ-CUL": "IR", "AZ-SAM": "RU", "AZ-QK": "GE",
               "AZ-BAL": "GE", "AZ-SAD": "TR"}  # fmt: skip
# HS6 code -> typical declared value per kg in USD.
GOODS = {"080620": 2.2, "080251": 9.5, "080410": 3.0, "081310": 4.0, "080810": 0.8,
         "080510": 0.7, "070200": 0.9, "240220": 30.0, "220830": 9.0, "220421": 3.0,
         "851713": 350.0, "610910": 12.0, "620342": 14.0, "870899": 6.0, "271019": 0.9,
         "291524": 1.1, "300490": 40.0, "390120": 1.4, "721420": 0.7, "940360": 3.5}  # fmt: skip
NEIGHBOURS = ("IR", "RU", "GE", "TR", "AZ")
FAR = ("AF", "PK", "IN", "CN", "AE", "MD", "UA", "BY", "KZ", "UZ", "TM", "DE", "PL", "BG")
NAMES = ("Tabriz Dried Fruit Co", "Caspian Logistics LLC", "Anatolia Trade AS", "Samur Agro",
         "Kabul Nuts Export", "Silk Way Cargo", "Ganja Textile", "Baku Motors")  # fmt: skip


def synthetic_declarations(count: int, seed: int = 1) -> list[Declaration]:
    """`count` plausible land-border declarations over one week, reproducible from `seed`."""
    rng = random.Random(seed)
    start = datetime(2026, 3, 2)
    codes = list(GOODS)
    found: list[Declaration] = []
    for n in range(count):
        checkpoint = rng.choice(list(CHECKPOINTS))
        direction = rng.choices(list(Direction), weights=(5, 2, 3))[0]
        neighbour = CHECKPOINTS[checkpoint]
        origin = rng.choice((neighbour, *FAR[:6])) if rng.random() < 0.6 else neighbour
        destination = rng.choice(FAR[5:]) if direction is not Direction.IMPORT else "AZ"
        items = []
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 5))):
            code = rng.choice(codes)
            mass = round(rng.uniform(200, 20000), 1)
            price = GOODS[code] * rng.lognormvariate(0, 0.6)
            items.append(GoodsItem(code, "", None, mass * 1.05, mass, round(mass * price, 2),
                                   "USD", origin))  # fmt: skip
        tractor = rng.choice(("IR", "AZ", "TR", "GE", "RU"))
        trailer = tractor if rng.random() < 0.8 else rng.choice(("AZ", "TR", "GE", "BG"))
        found.append(
            Declaration(
                id=f"B{seed}-{n:07d}",
                lodged_at=start + timedelta(minutes=rng.randrange(7 * 24 * 60)),
                checkpoint=checkpoint,
                direction=direction,
                procedure={"import": "40", "export": "10", "transit": "T1"}[direction.value],
                items=tuple(items),
                consignor=Party(PartyKind.COMPANY, rng.choice(NAMES), origin),
                drivers=(Party(PartyKind.PERSON, f"Driver {rng.randrange(5000)}", tractor),),
                conveyance=Conveyance(
                    tractor_plate=f"{rng.randrange(10, 99)}-AB-{n % 1000:03d}",
                    trailer_plate=f"{rng.randrange(10, 99)}-TR-{n % 997:03d}",
                    registration_country=tractor,
                    trailer_registration_country=trailer,
                ),
                route=Route(origin, neighbour, (), destination),
                attributes={"consignor_declarations_365d": str(rng.randrange(0, 40))},
            )
        )
    return found


def _random_condition(rng: random.Random) -> Criteria:
    goods, everywhere = list(GOODS), (*NEIGHBOURS, *FAR)
    makers: list[Callable[[], Criteria]] = [
        lambda: Condition("item.hs_code", "prefix", tuple(c[:4] for c in rng.sample(goods, 3))),
        lambda: Condition("route.any", "in", tuple(rng.sample(FAR, 3))),
        lambda: Condition("route.origin", "in", tuple(rng.sample(everywhere, 4))),
        lambda: Condition("direction", "eq", rng.choice(list(Direction)).value),
        lambda: Condition("item.value_per_kg", "lt", round(rng.uniform(0.3, 5.0), 2)),
        lambda: Condition("total_net_mass_kg", "between", (1000.0, rng.uniform(3000, 9000))),
        lambda: Condition("vehicle.mixed_registration", "eq", True),
        lambda: Condition("consignor.name", "matches", rng.choice(("(?i)nuts", "LLC$", "Agro"))),
        lambda: Condition("attributes.consignor_declarations_365d", "lt", rng.uniform(1, 5)),
        lambda: Not(Condition("route.destination", "in", ("AZ",))),
        lambda: Condition("driver.nationality", "not_in", tuple(rng.sample(NEIGHBOURS, 2))),
    ]
    return rng.choice(makers)()


def synthetic_profiles(
    count: int, base: Sequence[RiskProfile] = (), seed: int = 1
) -> list[RiskProfile]:
    """`base` topped up with generated profiles of 3-4 conditions until there are `count`."""
    rng = random.Random(seed)
    profiles = list(base[:count])
    while len(profiles) < count:
        n = len(profiles)
        parts = tuple(_random_condition(rng) for _ in range(rng.randint(3, 4)))
        scope = tuple(rng.sample(list(CHECKPOINTS), 2)) if rng.random() < 0.3 else ()
        profiles.append(
            RiskProfile(
                id=f"BENCH-{n:04d}",
                description=f"Generated benchmark profile {n}",
                owner="bench",
                criteria=AllOf(parts),
                valid_from=date(2026, 1, 1),
                checkpoints=scope,
                weight=float(rng.randrange(2, 16)),
            )
        )
    return profiles


@dataclass(frozen=True, slots=True)
class BenchResult:
    """Figures of one benchmark run."""

    profiles: int
    declarations: int
    assess_seconds: float
    select_seconds: float
    baseline_seconds: float
    reasons_per_declaration: float
    channels: dict[str, int]

    @property
    def assess_rate(self) -> float:
        """Declarations assessed per second (engine only)."""
        return self.declarations / self.assess_seconds

    @property
    def total_rate(self) -> float:
        """Declarations per second through engine and selection together."""
        return self.declarations / (self.assess_seconds + self.select_seconds)

    @property
    def baseline_rate(self) -> float:
        """Declarations per second of an engine without profiles (fixed overhead)."""
        return self.declarations / self.baseline_seconds


def run_assess_bench(
    declarations: Sequence[Declaration],
    profiles: Sequence[RiskProfile],
    *,
    capacity: int = 40,
    random_share: float = 0.02,
    chunk: int = 1000,
    progress: Callable[[int], None] | None = None,
) -> BenchResult:
    """Assess `declarations` in chunks, then select channels per checkpoint and day."""
    at = datetime(2026, 3, 9)
    engine = Engine([ProfileSet(profiles)])
    assessments = []
    started = time.perf_counter()
    for i in range(0, len(declarations), chunk):
        assessments.extend(engine.assess_many(declarations[i : i + chunk], at))
        if progress is not None:
            progress(len(declarations[i : i + chunk]))
    assess_seconds = time.perf_counter() - started
    started = time.perf_counter()
    by_day: dict[date, list[Candidate]] = {}
    for declaration, assessment in zip(declarations, assessments, strict=True):
        candidate = Candidate(assessment, declaration.checkpoint)
        by_day.setdefault(declaration.lodged_at.date(), []).append(candidate)
    final = []
    capacities: dict[str, int | None] = dict.fromkeys(CHECKPOINTS, capacity)
    for day, candidates in by_day.items():
        final.extend(select_channels(candidates, capacities, random_share, "bench", day))
    select_seconds = time.perf_counter() - started
    started = time.perf_counter()
    Engine([ProfileSet(())]).assess_many(declarations, at)
    baseline_seconds = time.perf_counter() - started
    counts = Counter(a.channel.value for a in final)
    return BenchResult(
        profiles=len(profiles),
        declarations=len(declarations),
        assess_seconds=assess_seconds,
        select_seconds=select_seconds,
        baseline_seconds=baseline_seconds,
        reasons_per_declaration=sum(len(a.reasons) for a in assessments) / len(assessments),
        channels={c.value: counts.get(c.value, 0) for c in Channel},
    )
