"""Turning a network's planned attempt into a declaration that looks like any other."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from kordon.domain import Conveyance, Party, PartyKind, Route, TransportMode
from kordon.scenario.goods import COMMODITIES
from kordon.scenario.model import Member
from kordon.scenario.networks import Attempt
from kordon.scenario.plates import container_number
from kordon.scenario.population import Population
from kordon.scenario.traffic import Draft, goods_items, lodged_time


def member_party(member: Member) -> Party:
    """A network member as a declaration names them."""
    return Party(PartyKind.PERSON, member.name, member.nationality, {"passport": member.passport})


def planted_draft(
    rng: random.Random, population: Population, attempt: Attempt, day_index: int, day: date
) -> Draft:
    """The declaration a network lodges for one attempt, built like the background traffic."""
    lane = attempt.lane
    commodities = [COMMODITIES[code] for code in attempt.goods]
    items = goods_items(rng, lane, commodities)
    if attempt.price_factor != 1.0:
        items = [
            replace(item, value=round((item.value or 0.0) * attempt.price_factor, 2))
            for item in items
        ]
    digits = f"{rng.randrange(10**7):07d}"
    vehicle = attempt.vehicle
    documents: dict[str, str]
    if lane.mode is TransportMode.SEA and vehicle.tractor is None:
        trailer = container_number(rng, rng.choice(("TGHU", "SEGU", "FCIU")))
        conveyance = Conveyance(TransportMode.SEA, None, trailer, None)
        documents = {"bill_of_lading": f"ALT{digits}"}
    else:
        conveyance = Conveyance(lane.mode, vehicle.tractor, vehicle.trailer, vehicle.country)
        documents = {"cmr": f"CMR {digits}"}
        if lane.direction.value == "transit":
            documents["tir_carnet"] = f"XA{rng.randrange(10**8):08d}"
    brokers = population.brokers[lane.checkpoint]
    # Networks A and D use the same small broker at Astara: a link an analyst can find.
    declarant = brokers[-1] if attempt.network in ("NET-A", "NET-D") else rng.choice(brokers)
    return Draft(
        lodged_at=lodged_time(rng, day, lane),
        checkpoint=lane.checkpoint,
        fields={
            "direction": lane.direction,
            "procedure": lane.procedure,
            "items": items,
            "declarant": declarant,
            "consignor": attempt.consignor,
            "consignee": attempt.consignee,
            "carrier": vehicle.carrier,
            "drivers": tuple(member_party(m) for m in attempt.drivers),
            "conveyance": conveyance,
            "route": Route(
                lane.origin, lane.departure or lane.origin, lane.transit, lane.destination
            ),
            "attributes": documents,
        },
        mixed=vehicle.mixed,
        network=attempt.network,
        attempt=attempt,
    )
