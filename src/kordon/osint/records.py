"""The seizure record read from a report, its JSON shape, and its mapping to domain Seizures."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from kordon.domain.inspection import Person, Seizure, SeizureItem, SeizureSource
from kordon.domain.quantity import QuantityUnit
from kordon.osint.lexicon import UNSPECIFIED

RECORD_KEYS = (
    "context", "date", "reporting_agency", "country", "place", "substance", "quantity_kg",
    "quantity_count", "count_unit", "quantity_litres", "quantity_qualifier", "concealment",
    "conveyance", "cover_cargo", "origin_country", "transit_countries", "destination_country",
    "offender_nationality", "evidence", "confidence", "field_confidence", "field_evidence",
)  # fmt: skip
# What a reader adds about its own reading: not fields a label gives.
READING_KEYS = frozenset({"evidence", "confidence", "field_confidence", "field_evidence"})
CONTEXTS = ("primary", "background")


@dataclass(slots=True)
class SeizureRecord:
    """One seizure event and substance as a public report describes it."""

    context: str
    substance: str
    date: str | None = None
    reporting_agency: str | None = None
    country: str | None = None
    place: str | None = None
    quantity_kg: float | None = None
    quantity_count: float | None = None
    count_unit: str | None = None
    quantity_litres: float | None = None
    quantity_qualifier: str | None = None
    concealment: str | None = None
    conveyance: str | None = None
    cover_cargo: str | None = None
    origin_country: str | None = None
    transit_countries: list[str] = field(default_factory=list)
    destination_country: str | None = None
    offender_nationality: list[str] = field(default_factory=list)
    evidence: str = ""
    # How far to trust the record and each field (0..1, calibrated on the labelled set), and
    # the words each field was read from.
    confidence: float | None = None
    field_confidence: dict[str, float] = field(default_factory=dict)
    field_evidence: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The record as the JSON object `kordon osint extract` prints, keys in a fixed order."""
        data = asdict(self)
        for key in ("quantity_kg", "quantity_litres"):
            if data[key] is not None:
                data[key] = round(data[key], 6)
        if data["quantity_count"] is not None:
            data["quantity_count"] = int(data["quantity_count"])
        return {key: data[key] for key in RECORD_KEYS}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SeizureRecord:
        """A record from its JSON object; missing optional keys are taken as null."""
        known = {key: data[key] for key in RECORD_KEYS if key in data}
        known.setdefault("evidence", "")
        known["field_confidence"] = dict(known.get("field_confidence") or {})
        known["field_evidence"] = dict(known.get("field_evidence") or {})
        if known.get("context") not in CONTEXTS:
            raise ValueError(f"context must be one of {CONTEXTS}, got {known.get('context')!r}")
        if not known.get("substance"):
            raise ValueError("substance is required")
        known["transit_countries"] = list(known.get("transit_countries") or [])
        known["offender_nationality"] = list(known.get("offender_nationality") or [])
        return cls(**known)


def _occurred_on(value: str | None) -> date | None:
    """A calendar date from "YYYY-MM-DD"; a month alone ("YYYY-MM") is not a day."""
    if value is None or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


_QUALIFIER_WORDS = {
    "exact": "", "approx": "about ", "more_than": "more than ", "less_than": "less than ",
    "up_to": "up to ", "gross": "gross ",
}  # fmt: skip


def _item(record: SeizureRecord) -> SeizureItem:
    if record.quantity_kg is not None:
        quantity, unit, label = record.quantity_kg, QuantityUnit.KG, "kg"
    elif record.quantity_count is not None:
        quantity, unit = record.quantity_count, QuantityUnit.PIECES
        label = record.count_unit or "pieces"
    elif record.quantity_litres is not None:
        quantity, unit, label = record.quantity_litres, QuantityUnit.LITRES, "litres"
    else:
        quantity, unit, label = None, QuantityUnit.KG, ""
    written = None
    if quantity is not None:
        # Keeps how exact the report was: "more than 622 kg" is not 622 kg.
        words = _QUALIFIER_WORDS.get(record.quantity_qualifier or "exact", "")
        written = f"{words}{quantity:g} {label}"
    return SeizureItem(
        commodity=record.substance,
        quantity=quantity,
        unit=unit,
        quantity_as_written=written,
        concealment_location=record.concealment,
        packaging=record.count_unit,
    )


def to_seizure(
    record: SeizureRecord,
    *,
    provenance_url: str | None = None,
    reported_on: date | None = None,
) -> Seizure:
    """The domain Seizure for one record read from a public report, with its provenance."""
    return Seizure(
        source=SeizureSource.OPEN_SOURCE,
        items=(_item(record),),
        occurred_on=_occurred_on(record.date),
        reported_on=reported_on,
        country=record.country,
        place=record.place,
        conveyance=record.conveyance,
        origin_country=record.origin_country,
        transit_countries=tuple(record.transit_countries),
        destination_country=record.destination_country,
        persons=tuple(
            Person(name="", role="offender", nationality=code)
            for code in record.offender_nationality
        ),
        reporting_agency=record.reporting_agency,
        provenance_url=provenance_url,
        evidence=record.evidence or None,
        confidence=record.confidence,
    )


def to_seizures(
    records: list[SeizureRecord],
    *,
    provenance_url: str | None = None,
    reported_on: date | None = None,
) -> list[Seizure]:
    """Domain Seizures for the records of one report, all with the report's provenance."""
    return [to_seizure(r, provenance_url=provenance_url, reported_on=reported_on) for r in records]


def _same_substance(a: str, b: str) -> bool:
    return a.strip().lower() == b.strip().lower()


def likely_duplicate(a: Seizure, b: Seizure) -> bool:
    """Same substance, quantity within 1%, same country and compatible dates: one event twice."""
    if a.country is None or a.country != b.country:
        return False
    # Reports give the day of the find or of the announcement: a few days apart is one event.
    dated = a.occurred_on is not None and b.occurred_on is not None
    if dated and abs((a.occurred_on - b.occurred_on).days) > 7:  # type: ignore[operator]
        return False
    for item_a in a.items:
        for item_b in b.items:
            if item_a.commodity == UNSPECIFIED or item_b.commodity == UNSPECIFIED:
                continue
            if not _same_substance(item_a.commodity, item_b.commodity):
                continue
            if item_a.unit is not item_b.unit:
                continue
            qa, qb = item_a.quantity, item_b.quantity
            if qa is None or qb is None:
                continue
            if abs(qa - qb) <= 0.01 * max(qa, qb):
                return True
    return False


def quantity_of(record: SeizureRecord) -> tuple[str, float] | None:
    """The record's figure: which quantity field holds it, and its value (None without one)."""
    for key in ("quantity_kg", "quantity_count", "quantity_litres"):
        value = getattr(record, key)
        if value is not None:
            return key, float(value)
    return None
