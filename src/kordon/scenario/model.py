"""What a generated scenario holds: the traffic the system sees and the truth it does not."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from kordon.domain import (
    Declaration,
    Inspection,
    Outcome,
    QuantityUnit,
    Seizure,
    SeizureSource,
)


class Fate(StrEnum):
    """What happened to a planted consignment."""

    PASSED = "passed"  # released without inspection
    MISSED = "missed"  # inspected, but the concealment was not found
    CAUGHT = "caught"  # inspected and seized
    QUEUED = "queued"  # lodged today, not yet assessed


@dataclass(frozen=True, slots=True)
class Member:
    """A person in a network, as declarations write them and as other sources spell them."""

    name: str
    nationality: str
    role: str
    passport: str
    date_of_birth: date
    other_spellings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Network:
    """A planted smuggling network and its way of working."""

    code: str
    name: str
    substance: str
    unit: QuantityUnit
    concealment_location: str
    concealment_method: str
    modus_operandi: str
    members: tuple[Member, ...]
    companies: tuple[str, ...]
    vehicles: tuple[str, ...]
    known_to_intelligence: bool


@dataclass(frozen=True, slots=True)
class PlantedCase:
    """The truth about one planted consignment: kept apart from what the system sees."""

    declaration_id: str
    network: str
    substance: str
    quantity: float
    unit: QuantityUnit
    concealment_location: str
    concealment_method: str
    fate: Fate


@dataclass(frozen=True, slots=True)
class HiddenViolation:
    """A background irregularity (undervaluation, undeclared goods ...) the data does not show."""

    declaration_id: str
    kind: str
    detail: str


@dataclass(frozen=True)
class Scenario:
    """A generated period of border traffic, its past inspections and its hidden truth."""

    seed: int
    start: date
    today: date
    declarations: list[Declaration]
    history: list[Inspection]
    ground_truth: dict[str, PlantedCase]
    networks: list[Network]
    hidden_violations: dict[str, HiddenViolation]
    watchlist: list[dict[str, Any]] = field(default_factory=list)
    # Declaration id -> kind of decoy: innocent look-alikes of a network's consignments.
    decoys: dict[str, str] = field(default_factory=dict)

    def queue(self, checkpoint: str | None = None) -> list[Declaration]:
        """Today's declarations, not yet assessed, optionally at one checkpoint."""
        return [
            d
            for d in self.declarations
            if d.lodged_at.date() == self.today and checkpoint in (None, d.checkpoint)
        ]

    def past_declarations(self) -> list[Declaration]:
        """Declarations of the days before today: the history the model learns from."""
        return [d for d in self.declarations if d.lodged_at.date() < self.today]

    def seizures(self) -> list[Seizure]:
        """The seizures of the history as seizure records, ready for the seizure database."""
        by_id = {d.id: d for d in self.declarations}
        records: list[Seizure] = []
        for inspection in self.history:
            if inspection.outcome is not Outcome.SEIZURE:
                continue
            declaration = by_id[inspection.declaration_id]
            route = declaration.route
            records.append(
                Seizure(
                    source=SeizureSource.INSPECTION,
                    items=inspection.items,
                    occurred_on=inspection.inspected_at.date(),
                    country="AZ",
                    checkpoint=declaration.checkpoint,
                    declaration_id=declaration.id,
                    detection_method=inspection.detection_method,
                    conveyance=" / ".join(declaration.plates()) or None,
                    origin_country=route.origin,
                    transit_countries=route.transit,
                    destination_country=route.destination,
                    persons=inspection.persons,
                    reporting_agency="State Customs Committee of the Republic of Azerbaijan",
                    recorded_at=inspection.inspected_at,
                )
            )
        return records

    def watchlist_entries(self) -> list[dict[str, Any]]:
        """The demo watchlist as plain dicts in the watchlist JSONL schema."""
        return [dict(entry) for entry in self.watchlist]

    def watchlist_jsonl(self) -> str:
        """The demo watchlist as JSON Lines text, one entry per line."""
        return "".join(json.dumps(entry, ensure_ascii=False) + "\n" for entry in self.watchlist)
