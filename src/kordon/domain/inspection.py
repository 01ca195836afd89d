"""Inspections and what they found, including seizures from any source."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Outcome(StrEnum):
    """What an inspection found."""

    NOTHING_FOUND = "nothing_found"
    SEIZURE = "seizure"
    IRREGULARITY = "irregularity"


class DetectionMethod(StrEnum):
    """Why the consignment was examined (UNODC / WCO CEN categories)."""

    INTELLIGENCE = "intelligence"
    RISK_PROFILE = "risk_profile"
    RANDOM_CONTROL = "random_control"
    DOG = "dog"
    XRAY = "xray"
    OFFICER_INITIATIVE = "officer_initiative"
    # Outcomes imported from other systems often do not say why the goods were examined.
    UNKNOWN = "unknown"


class QuantityUnit(StrEnum):
    """The three base units seizure quantities are normalised to."""

    KG = "kg"
    PIECES = "pieces"
    LITRES = "litres"


class SeizureSource(StrEnum):
    """Where a seizure record came from."""

    INSPECTION = "inspection"
    OPEN_SOURCE = "open_source"


@dataclass(frozen=True, slots=True)
class SeizureItem:
    """One commodity seized, with its normalised quantity and how it was hidden."""

    commodity: str
    quantity: float | None
    unit: QuantityUnit
    quantity_as_written: str | None = None
    concealment_location: str | None = None
    concealment_method: str | None = None
    packaging: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    """A person detained or named in a seizure."""

    name: str
    role: str
    nationality: str | None = None
    identifier: str | None = None


@dataclass(frozen=True, slots=True)
class Inspection:
    """An examination of a declared consignment and its result."""

    declaration_id: str
    inspected_at: datetime
    officer: str
    outcome: Outcome
    detection_method: DetectionMethod
    # True when the finding is critical: drugs, weapons, threats to public safety.
    critical: bool = False
    notes: str = ""
    items: tuple[SeizureItem, ...] = ()
    persons: tuple[Person, ...] = ()
    id: int | None = None

    @property
    def found_violation(self) -> bool:
        """True when the inspection found anything wrong: the model's training label."""
        return self.outcome is not Outcome.NOTHING_FOUND


@dataclass(frozen=True, slots=True)
class SeizureReport:
    """One more public report of a stored seizure: the same event, told by another source."""

    url: str
    reported_on: date | None = None
    language: str | None = None
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class Seizure:
    """A seizure event, from Kordon's own inspections or from a public report."""

    source: SeizureSource
    items: tuple[SeizureItem, ...]
    occurred_on: date | None = None
    # When a public report about it was published (its DATE line): a public seizure's only
    # date when the text gives none.
    reported_on: date | None = None
    country: str | None = None
    place: str | None = None
    checkpoint: str | None = None
    declaration_id: str | None = None
    inspection_id: int | None = None
    detection_method: DetectionMethod | None = None
    conveyance: str | None = None
    origin_country: str | None = None
    transit_countries: tuple[str, ...] = ()
    destination_country: str | None = None
    persons: tuple[Person, ...] = ()
    reporting_agency: str | None = None
    provenance_url: str | None = None
    evidence: str | None = None
    recorded_at: datetime | None = None
    # The stored seizure this one most likely restates (the same event from another source).
    duplicate_of: int | None = None
    # Other public reports of this same event, merged into it rather than stored again.
    reports: tuple[SeizureReport, ...] = ()
    # How far the report reader trusts a record read from a public report (0..1, calibrated);
    # None for Kordon's own inspections.
    confidence: float | None = None
    id: int | None = None
