"""Past inspections: what officers chose to examine before today, and what they found."""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from datetime import timedelta

from kordon.domain import (
    DetectionMethod,
    Inspection,
    Outcome,
    Person,
    QuantityUnit,
    SeizureItem,
)
from kordon.scenario.goods import COMMODITIES
from kordon.scenario.model import Fate
from kordon.scenario.networks import network
from kordon.scenario.traffic import Draft

RANDOM_CONTROL_RATE = 0.005
# How likely an inspection finds each kind of hidden irregularity when it happens.
DETECTION = {"undervaluation": 0.85, "quantity": 0.8, "misclassification": 0.6,
             "undeclared_goods": 0.7}  # fmt: skip
TARGETED_METHODS = (
    (DetectionMethod.RISK_PROFILE, 0.6),
    (DetectionMethod.XRAY, 0.2),
    (DetectionMethod.OFFICER_INITIATIVE, 0.15),
    (DetectionMethod.DOG, 0.05),
)
PACKAGING = {
    "heroin": "polyethylene packages of about 1 kg",
    "hashish": "vacuum-packed slabs",
    "methamphetamine": "vacuum-sealed packages of about 500 g",
    "cigarettes": "master cases of 10,000 sticks",
}
UNDECLARED = {
    "cigarettes in the cab": ("cigarettes", 2000.0, QuantityUnit.PIECES, "driver's cab"),
    "alcohol behind the cargo": ("vodka", 36.0, QuantityUnit.LITRES, "behind the cargo"),
    "phones in the sleeper berth": ("mobile phones", 40.0, QuantityUnit.PIECES, "sleeper berth"),
}


def officer_logit(draft: Draft, flagged: set[str]) -> float:
    """How strongly the officers' habits point at a consignment, from what they could see."""
    logit = -3.6
    items = draft.fields["items"]
    first = items[0]
    commodity = COMMODITIES.get(first.hs_code)
    per_kg = first.value_per_kg
    if commodity is not None and per_kg is not None:
        usd = per_kg / (0.92 if first.currency == "EUR" else 1.0)
        if usd < 0.75 * commodity.usd_per_kg[0]:
            logit += 1.6
        if commodity.sensitive:
            logit += 0.6
    if first.gross_mass_kg and first.net_mass_kg and first.gross_mass_kg > 1.15 * first.net_mass_kg:
        logit += 1.0
    if draft.new_consignor:
        logit += 0.9
    route = draft.fields["route"]
    if route.origin == "IR" and draft.fields["direction"].value == "transit":
        logit += 0.5
    if draft.mixed:
        logit += 0.4
    if draft.fields["consignor"].name in flagged:
        logit += 1.8
    return logit


def simulate_history(
    rng: random.Random,
    days: list[list[Draft]],
    ids: Mapping[int, str],
    capacity: Mapping[str, int | None],
) -> tuple[list[Inspection], dict[str, Fate]]:
    """Inspect the past days as the officers did; return the inspections and each plant's fate."""
    inspections: list[Inspection] = []
    fates: dict[str, Fate] = {}
    flagged: set[str] = set()
    for drafts in days:
        chosen: dict[str, list[tuple[Draft, DetectionMethod]]] = {}
        for draft in drafts:
            if draft.attempt is not None:
                fate = draft.attempt.fate
                if fate in (Fate.CAUGHT, Fate.MISSED):
                    method = draft.attempt.detection or DetectionMethod.RISK_PROFILE
                    chosen.setdefault(draft.checkpoint, []).insert(0, (draft, method))
                continue
            if rng.random() < RANDOM_CONTROL_RATE:
                method = DetectionMethod.RANDOM_CONTROL
            elif rng.random() < 1.0 / (1.0 + math.exp(-officer_logit(draft, flagged))):
                methods = [m for m, _ in TARGETED_METHODS]
                method = rng.choices(methods, [w for _, w in TARGETED_METHODS])[0]
            else:
                continue
            chosen.setdefault(draft.checkpoint, []).append((draft, method))
        for checkpoint, picks in chosen.items():
            limit = capacity.get(checkpoint)
            for draft, method in picks if limit is None else picks[:limit]:
                inspection = inspect(rng, draft, ids[id(draft)], method)
                inspections.append(inspection)
                if inspection.found_violation:
                    flagged.add(draft.fields["consignor"].name)
    for drafts in days:
        for draft in drafts:
            if draft.attempt is not None:
                fates[ids[id(draft)]] = draft.attempt.fate
    inspections.sort(key=lambda i: (i.inspected_at, i.declaration_id))
    return inspections, fates


def inspect(
    rng: random.Random, draft: Draft, declaration_id: str, method: DetectionMethod
) -> Inspection:
    """The record of one physical inspection of a past consignment."""
    office = draft.checkpoint.split("-")[1]
    at = draft.lodged_at + timedelta(minutes=rng.randint(35, 320))
    officer = f"{office}-{rng.randint(1, 24):02d}"
    drivers = tuple(
        Person(d.name, "driver", d.country, d.identifiers.get("passport"))
        for d in draft.fields["drivers"]
    )
    attempt = draft.attempt
    if attempt is not None:
        if attempt.fate is not Fate.CAUGHT:
            notes = "Cargo unloaded in part and checked against the declaration; nothing found."
            return Inspection(
                declaration_id, at, officer, Outcome.NOTHING_FOUND, method, notes=notes
            )
        plant = network(attempt.network)
        item = SeizureItem(
            commodity=plant.substance,
            quantity=attempt.quantity,
            unit=plant.unit,
            quantity_as_written=written_quantity(attempt.quantity, plant.unit),
            concealment_location=plant.concealment_location,
            concealment_method=plant.concealment_method,
            packaging=PACKAGING[plant.substance],
        )
        notes = f"{plant.substance.capitalize()} found: {plant.concealment_method}."
        critical = plant.substance != "cigarettes"
        return Inspection(
            declaration_id, at, officer, Outcome.SEIZURE, method, critical, notes, (item,), drivers
        )
    kind = draft.violation
    if kind is None or rng.random() >= DETECTION[kind]:
        notes = rng.choice(
            (
                "Cargo matched the declaration.",
                "Seals intact; goods, marks and count as declared.",
                "Partial unload; nothing irregular.",
            )
        )
        return Inspection(declaration_id, at, officer, Outcome.NOTHING_FOUND, method, notes=notes)
    if kind == "undeclared_goods":
        commodity, quantity, unit, place = UNDECLARED[draft.violation_detail]
        item = SeizureItem(commodity, quantity, unit, f"{quantity:g} {unit.value}", place)
        notes = f"Undeclared {commodity} found ({draft.violation_detail})."
        return Inspection(
            declaration_id, at, officer, Outcome.SEIZURE, method, False, notes, (item,), drivers
        )
    notes = f"Irregularity: {draft.violation_detail}; duties reassessed."
    return Inspection(declaration_id, at, officer, Outcome.IRREGULARITY, method, notes=notes)


def written_quantity(quantity: float, unit: QuantityUnit) -> str:
    """A quantity as an officer's report would spell it."""
    if unit is QuantityUnit.KG:
        kilos, grams = int(quantity), round((quantity - int(quantity)) * 1000)
        return f"{kilos} kg {grams} g" if grams else f"{kilos} kg"
    return f"{quantity:,.0f} sticks ({quantity / 10000:,.0f} master cases)"
