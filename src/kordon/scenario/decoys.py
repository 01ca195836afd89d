"""Innocent consignments that look like a network's: the same surname, the same route and
cover cargo, company names with the same trade words. Network risk must leave them clear."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from kordon.domain import Party, PartyKind
from kordon.scenario.model import Fate, Member
from kordon.scenario.networks import (
    PIST_DATES,
    RAISINS,
    REEXPORT_MOLDOVA,
    TO_MOLDOVA,
    Attempt,
    Vehicle,
)
from kordon.scenario.planting import planted_draft
from kordon.scenario.population import Population
from kordon.scenario.traffic import Draft


def _company(name: str, country: str, tax_id: str | None) -> Party:
    return Party(PartyKind.COMPANY, name, country, {"tax_id": tax_id} if tax_id else {})


def _driver(name: str, country: str, passport: str, born: date) -> Member:
    return Member(name, country, "driver", passport, born)


# kind -> what a decoy of that kind lodges today.
DECOYS: dict[str, Attempt] = {
    # Əlizadə, like Network A's driver, with a passport of his own.
    "same_surname": Attempt(
        "decoy", 0, TO_MOLDOVA, RAISINS,
        _company("Urmia Kishmish Export Co.", "IR", "14019930211"),
        _company("Chisinau Bacanie SRL", "MD", "1015600031188"),
        (_driver("Rauf Əlizadə", "IR", "K55102847", date(1984, 2, 9)),),
        Vehicle("41 ع 228 - 17", "41 ع 229 - 17", "IR", _company("Tabriz Yol Co.", "IR", None)),
        0.0, Fate.QUEUED,
    ),
    # Network A's route and cover cargo, re-exported through Samur, by unrelated traders.
    "same_route": Attempt(
        "decoy", 0, REEXPORT_MOLDOVA, PIST_DATES,
        _company("Gəncə Quru Meyvə MMC", "AZ", "1404477120"),
        _company("Balti Nuci SRL", "MD", "1013600027734"),
        (_driver("Ramin Qasımov", "AZ", "C06631902", date(1980, 10, 14)),),
        Vehicle("50-RH-318", "50-RH-319", "AZ", _company("Quba Daşıma MMC", "AZ", "1700458831")),
        0.0, Fate.QUEUED,
    ),
    # Company names sharing Network A's place and trade words, without its tax numbers.
    "similar_company_words": Attempt(
        "decoy", 0, TO_MOLDOVA, RAISINS,
        _company("Araz Logistics Co.", "IR", None),
        _company("Nistru Trans Logistic SRL", "MD", None),
        (_driver("Hamid Rostami", "IR", "F40318852", date(1977, 5, 28)),),
        Vehicle("63 ع 515 - 25", "63 ع 516 - 25", "IR", _company("Araz Trans Co.", "IR", None)),
        0.0, Fate.QUEUED,
    ),
}  # fmt: skip


def decoy_drafts(
    rng: random.Random, population: Population, day_index: int, day: date
) -> list[tuple[str, Draft]]:
    """Today's decoys as drafts (kind, draft), with no planted attempt behind them."""
    out = []
    for kind, attempt in DECOYS.items():
        draft = planted_draft(rng, population, attempt, day_index, day)
        out.append((kind, replace(draft, attempt=None, network=None)))
    return out
