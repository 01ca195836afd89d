"""Everyday traffic: legitimate consignments, with the usual share of duty fraud hidden in it."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

from kordon.domain import Conveyance, GoodsItem, Party, PartyKind, Route, TransportMode
from kordon.scenario.goods import COMMODITIES, RAIL_FACTOR, Commodity
from kordon.scenario.lanes import LANES, Lane
from kordon.scenario.networks import Attempt
from kordon.scenario.plates import container_number, wagon_number
from kordon.scenario.population import Company, Population

EUR_PER_USD = 0.92
AIRLINES = (
    ("Silk Way West Airlines", "AZ", "501"),
    ("Turkish Cargo", "TR", "235"),
    ("Emirates SkyCargo", "AE", "176"),
    ("China Southern Cargo", "CN", "784"),
    ("Lufthansa Cargo", "DE", "020"),
)
CONTAINER_OWNERS = ("MSKU", "TGHU", "CMAU", "SEGU", "TCNU", "BMOU", "CAIU", "FCIU")
RAILWAY = Party(PartyKind.COMPANY, "Azərbaycan Dəmir Yolları QSC", "AZ", {"tax_id": "9900007981"})
# Sunday and Friday traffic is thinner at every office.
WEEKDAY_FACTOR = (1.0, 1.05, 1.05, 1.0, 0.9, 0.85, 0.7)
VIOLATION_KINDS = (("undervaluation", 0.5), ("quantity", 0.2), ("misclassification", 0.15),
                   ("undeclared_goods", 0.15))  # fmt: skip


@dataclass
class Draft:
    """A declaration before it gets its id, with the hidden facts that drive its fate."""

    lodged_at: datetime
    checkpoint: str
    fields: dict[str, Any]
    new_consignor: bool = False
    dodgy: bool = False
    sloppy_broker: bool = False
    mixed: bool = False
    violation: str | None = None
    violation_detail: str = ""
    network: str | None = None
    attempt: Attempt | None = None


def daily_count(rng: random.Random, mean: float) -> int:
    """A Poisson-like count of consignments for one lane and day."""
    if mean < 30:
        # Knuth's method is exact and cheap for small means.
        limit, k, p = math.exp(-mean), 0, rng.random()
        while p > limit:
            k += 1
            p *= rng.random()
        return k
    return max(0, round(rng.gauss(mean, math.sqrt(mean))))


def lodged_time(rng: random.Random, day: date, lane: Lane) -> datetime:
    """When a consignment reaches the office: land borders peak in daytime, around the clock."""
    if lane.mode is TransportMode.SEA:
        hour = rng.choice((5, 6, 7, 17, 18, 19)) + rng.random()
    else:
        hour = min(23.99, max(0.0, rng.gauss(12.5, 4.5)))
    minutes = int(hour * 60)
    return datetime.combine(day, time(minutes // 60, minutes % 60, rng.randrange(60)))


def pick(rng: random.Random, companies: list[Company], weights: list[float], day: int) -> Company:
    """A company of the pool that already trades on that day, big traders more often."""
    for _ in range(8):
        company = rng.choices(companies, weights)[0]
        if company.first_day <= day:
            return company
    return companies[0] if companies[0].first_day <= day else company


def goods_items(
    rng: random.Random, lane: Lane, commodities: list[Commodity], scale: float = 1.0
) -> list[GoodsItem]:
    """The goods of one consignment, sharing one load between one or two commodities."""
    items: list[GoodsItem] = []
    shares = [1.0] if len(commodities) == 1 else [0.6, 0.4]
    for commodity, share in zip(commodities, shares, strict=True):
        net = rng.uniform(*commodity.net_kg) * share * scale
        price = rng.uniform(*commodity.usd_per_kg)
        roll = rng.random()
        # Legitimately odd prices: clearance lots, damaged goods, premium grades.
        if roll < 0.012:
            price *= rng.uniform(0.4, 0.7)
        elif roll < 0.024:
            price *= rng.uniform(1.6, 2.5)
        value = net * price * (EUR_PER_USD if lane.currency == "EUR" else 1.0)
        packages = (
            None if commodity.package_kg is None else max(1, round(net / commodity.package_kg))
        )
        gross_factor = 1.005 if packages is None else rng.uniform(1.04, 1.1)
        items.append(
            GoodsItem(
                hs_code=commodity.hs_code,
                description=commodity.description,
                packages=packages,
                gross_mass_kg=round(net * gross_factor, 1),
                net_mass_kg=round(net, 1),
                value=round(value, 2),
                currency=lane.currency,
                origin_country=lane.origin,
            )
        )
    return items


def conveyance_for(
    rng: random.Random, population: Population, lane: Lane
) -> tuple[Conveyance, Party, tuple[Party, ...], bool, dict[str, str]]:
    """Vehicle, carrier, crew and transport documents of one consignment."""
    digits = f"{rng.randrange(10**7):07d}"
    if lane.mode is TransportMode.RAIL:
        conveyance = Conveyance(TransportMode.RAIL, None, wagon_number(rng), None)
        return conveyance, RAILWAY, (), False, {"smgs": f"SMGS {digits}"}
    if lane.mode is TransportMode.AIR:
        airline, country, prefix = rng.choice([a for a in AIRLINES if a[1] in (lane.origin, "AZ")])
        carrier = Party(PartyKind.COMPANY, airline, country)
        return Conveyance(TransportMode.AIR), carrier, (), False, {"awb": f"{prefix}-{digits}0"}
    if not lane.carriers:
        owner = rng.choice(CONTAINER_OWNERS)
        conveyance = Conveyance(TransportMode.SEA, None, container_number(rng, owner), None)
        carrier = Party(PartyKind.COMPANY, "Caspian Container Line", "AZ")
        return conveyance, carrier, (), False, {"bill_of_lading": f"ALT{digits}"}
    countries = [c for c, _ in lane.carriers]
    country = rng.choices(countries, [w for _, w in lane.carriers])[0]
    truck = rng.choice(population.fleets[country])
    conveyance = Conveyance(lane.mode, truck.tractor, truck.trailer, truck.country)
    documents = {"cmr": f"CMR {digits}"}
    if lane.direction.value == "transit":
        documents["tir_carnet"] = f"XA{rng.randrange(10**8):08d}"
    return conveyance, truck.carrier, truck.drivers, truck.mixed, documents


def background_draft(
    rng: random.Random, population: Population, lane_index: int, day_index: int, day: date
) -> Draft:
    """One ordinary consignment on a lane, possibly carrying a small hidden fraud."""
    lane = LANES[lane_index]
    weights = population.weights[lane_index]
    consignor = pick(rng, population.consignors[lane_index], weights, day_index)
    consignee = pick(rng, population.consignees[lane_index], weights, day_index)
    codes = [code for code, _ in lane.goods]
    code_weights = [w for _, w in lane.goods]
    chosen = [COMMODITIES[rng.choices(codes, code_weights)[0]]]
    if rng.random() < 0.15:
        second = COMMODITIES[rng.choices(codes, code_weights)[0]]
        if second is not chosen[0] and second.package_kg and chosen[0].package_kg:
            chosen.append(second)
    scale = RAIL_FACTOR if lane.mode is TransportMode.RAIL else 1.0
    items = goods_items(rng, lane, chosen, scale)
    conveyance, carrier, drivers, mixed, documents = conveyance_for(rng, population, lane)
    brokers = population.brokers[lane.checkpoint]
    declarant = rng.choices(brokers, [1.0 / (r + 1) for r in range(len(brokers))])[0]
    draft = Draft(
        lodged_at=lodged_time(rng, day, lane),
        checkpoint=lane.checkpoint,
        fields={
            "direction": lane.direction,
            "procedure": lane.procedure,
            "items": items,
            "declarant": declarant,
            "consignor": consignor.party,
            "consignee": consignee.party,
            "carrier": carrier,
            "drivers": drivers,
            "conveyance": conveyance,
            "route": Route(
                lane.origin, lane.departure or lane.origin, lane.transit, lane.destination
            ),
            "attributes": documents,
        },
        new_consignor=0 <= day_index - consignor.first_day < 21 and consignor.first_day >= 0,
        dodgy=consignor.dodgy or consignee.dodgy,
        sloppy_broker=declarant.name in population.sloppy_brokers,
        mixed=mixed,
    )
    hide_violation(rng, draft, chosen)
    return draft


def hide_violation(rng: random.Random, draft: Draft, commodities: list[Commodity]) -> None:
    """Decide whether the consignment cheats, and let the cheat leave its trace in the data."""
    logit = -4.8
    logit += 2.6 if draft.dodgy else 0.0
    logit += 1.1 if draft.new_consignor else 0.0
    logit += 0.8 if any(c.sensitive for c in commodities) else 0.0
    logit += 0.6 if draft.sloppy_broker else 0.0
    logit += 0.4 if draft.mixed else 0.0
    if rng.random() >= 1.0 / (1.0 + math.exp(-logit)):
        return
    kinds = [k for k, _ in VIOLATION_KINDS]
    kind = rng.choices(kinds, [w for _, w in VIOLATION_KINDS])[0]
    items: list[GoodsItem] = draft.fields["items"]
    first = items[0]
    if kind == "undervaluation" and first.value is not None:
        factor = rng.uniform(0.3, 0.6)
        items[0] = replace(first, value=round(first.value * factor, 2))
        draft.violation_detail = f"invoice value understated {1 / factor:.1f} times"
    elif kind == "quantity" and first.net_mass_kg is not None:
        factor = rng.uniform(0.72, 0.9)
        # The weighbridge gross mass stays true; only the declared net mass shrinks.
        items[0] = replace(first, net_mass_kg=round(first.net_mass_kg * factor, 1))
        draft.violation_detail = f"net mass understated by {100 * (1 - factor):.0f}%"
    elif kind == "misclassification":
        draft.violation_detail = "goods classified under a subheading with a lower duty rate"
    else:
        kind = "undeclared_goods"
        draft.violation_detail = rng.choice(
            ("cigarettes in the cab", "alcohol behind the cargo", "phones in the sleeper berth")
        )
    draft.violation = kind
