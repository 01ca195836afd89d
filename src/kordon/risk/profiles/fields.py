"""The fields a risk profile may test: their names, kinds and meaning.

A declaration field is read once per declaration; an item field (`item.*`) once per goods item.
Fields that may hold several values (`route.transit`, `driver.nationality` ...) are
"many" fields: see `kordon.risk.profiles.compile` for how each operator treats them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from kordon.domain.declaration import (
    Declaration,
    Direction,
    GoodsItem,
    Party,
    PartyKind,
    TransportMode,
)

ATTRIBUTE_PREFIX = "attributes."
PARTY_ROLES = ("declarant", "consignor", "consignee", "carrier")


class Kind(StrEnum):
    """What values a field holds, which decides the operators and values it accepts."""

    TEXT = "text"
    COUNTRY = "country"
    HS = "hs"
    NUMBER = "number"
    BOOL = "bool"
    CHOICE = "choice"
    # Free attributes are strings from the source layout; numeric operators parse them.
    ANY = "any"


@dataclass(frozen=True, slots=True)
class Field:
    """A named value a profile can test, with how to read it from a declaration or item."""

    name: str
    kind: Kind
    description: str
    # Reads the value from a Declaration, or from a GoodsItem when `item` is True. A "many"
    # field returns a tuple of values without None; a single field returns a value or None.
    # Choice fields return the StrEnum member itself, which compares equal to its text.
    get: Callable[[Any], Any]
    item: bool = False
    many: bool = False
    choices: tuple[str, ...] = ()


def _party(role: str) -> Callable[[Declaration], Party | None]:
    def get(d: Declaration) -> Party | None:
        party: Party | None = getattr(d, role)
        return party

    return get


def _party_fields(role: str) -> list[Field]:
    party = _party(role)
    return [
        Field(f"{role}.name", Kind.TEXT, f"The {role}'s name as written.",
              lambda d: p.name if (p := party(d)) else None),
        Field(f"{role}.country", Kind.COUNTRY, f"The {role}'s country (address or nationality).",
              lambda d: p.country if (p := party(d)) else None),
        Field(f"{role}.kind", Kind.CHOICE, f"Whether the {role} is a person or a company.",
              lambda d: p.kind if (p := party(d)) else None,
              choices=tuple(k.value for k in PartyKind)),
        Field(f"{role}.identifier", Kind.TEXT, f"Any identifier of the {role} (tax id, EORI ...).",
              lambda d: tuple(p.identifiers.values()) if (p := party(d)) else (), many=True),
    ]  # fmt: skip


def _mixed_registration(d: Declaration) -> bool | None:
    c = d.conveyance
    if c is None or not c.registration_country or not c.trailer_registration_country:
        return None
    return c.registration_country != c.trailer_registration_country


def _total_value_per_kg(d: Declaration) -> float | None:
    value, mass = d.total_value, d.total_net_mass_kg
    if value is None or not mass:
        return None
    return value / mass


def _build() -> dict[str, Field]:
    fields = [
        Field("checkpoint", Kind.TEXT, "Code of the checkpoint where the declaration is lodged.",
              lambda d: d.checkpoint),
        Field("direction", Kind.CHOICE, "import, export or transit.",
              lambda d: d.direction, choices=tuple(x.value for x in Direction)),
        Field("procedure", Kind.TEXT, "Customs procedure code as declared (e.g. 40, T1).",
              lambda d: d.procedure or None),
        Field("lodged_hour", Kind.NUMBER, "Hour of the day (0-23) the declaration was lodged.",
              lambda d: d.lodged_at.hour),
        Field("lodged_weekday", Kind.NUMBER, "Day of the week it was lodged (1 Monday .. 7).",
              lambda d: d.lodged_at.isoweekday()),
        Field("item_count", Kind.NUMBER, "Number of goods items.", lambda d: len(d.items)),
        Field("total_value", Kind.NUMBER, "Sum of the items' values (when all have one).",
              lambda d: d.total_value),
        Field("total_net_mass_kg", Kind.NUMBER, "Sum of the items' net masses in kg.",
              lambda d: d.total_net_mass_kg),
        Field("total_value_per_kg", Kind.NUMBER, "Total value divided by total net mass.",
              _total_value_per_kg),
        Field("route.origin", Kind.COUNTRY, "Country of origin of the consignment.",
              lambda d: d.route.origin),
        Field("route.departure", Kind.COUNTRY, "Country of departure.",
              lambda d: d.route.departure),
        Field("route.transit", Kind.COUNTRY, "Countries of transit.",
              lambda d: d.route.transit, many=True),
        Field("route.destination", Kind.COUNTRY, "Country of destination.",
              lambda d: d.route.destination),
        Field("route.any", Kind.COUNTRY, "Any country on the route (origin to destination).",
              lambda d: d.route.countries(), many=True),
        Field("driver.name", Kind.TEXT, "Any driver's name as written.",
              lambda d: tuple(p.name for p in d.drivers), many=True),
        Field("driver.nationality", Kind.COUNTRY, "Any driver's nationality.",
              lambda d: tuple(p.country for p in d.drivers if p.country), many=True),
        Field("driver.identifier", Kind.TEXT, "Any identifier (passport, licence) of a driver.",
              lambda d: tuple(v for p in d.drivers for v in p.identifiers.values()), many=True),
        Field("party.name", Kind.TEXT, "The name of any party in any role.",
              lambda d: tuple(p.name for _, p in d.parties()), many=True),
        Field("party.country", Kind.COUNTRY, "The country of any party in any role.",
              lambda d: tuple(p.country for _, p in d.parties() if p.country), many=True),
        Field("conveyance.mode", Kind.CHOICE, "Mode of transport (road, rail, sea ...).",
              lambda d: d.conveyance.mode if d.conveyance else None,
              choices=tuple(m.value for m in TransportMode)),
        Field("conveyance.tractor_plate", Kind.TEXT, "Plate of the tractor unit as written.",
              lambda d: d.conveyance.tractor_plate if d.conveyance else None),
        Field("conveyance.trailer_plate", Kind.TEXT, "Plate of the trailer as written.",
              lambda d: d.conveyance.trailer_plate if d.conveyance else None),
        Field("conveyance.registration_country", Kind.COUNTRY,
              "Country where the tractor (or single vehicle) is registered.",
              lambda d: d.conveyance.registration_country if d.conveyance else None),
        Field("conveyance.trailer_registration_country", Kind.COUNTRY,
              "Country where the trailer is registered.",
              lambda d: d.conveyance.trailer_registration_country if d.conveyance else None),
        Field("vehicle.plate", Kind.TEXT, "Either plate (tractor or trailer) as written.",
              lambda d: d.plates(), many=True),
        Field("vehicle.mixed_registration", Kind.BOOL,
              "True when tractor and trailer are registered in different countries.",
              _mixed_registration),
        Field("item.hs_code", Kind.HS, "HS6 code of a goods item.",
              lambda i: i.hs_code, item=True),
        Field("item.description", Kind.TEXT, "Description of a goods item as written.",
              lambda i: i.description or None, item=True),
        Field("item.packages", Kind.NUMBER, "Number of packages of an item.",
              lambda i: i.packages, item=True),
        Field("item.gross_mass_kg", Kind.NUMBER, "Gross mass of an item in kg.",
              lambda i: i.gross_mass_kg, item=True),
        Field("item.net_mass_kg", Kind.NUMBER, "Net mass of an item in kg.",
              lambda i: i.net_mass_kg, item=True),
        Field("item.value", Kind.NUMBER, "Declared value of an item.",
              lambda i: i.value, item=True),
        Field("item.value_per_kg", Kind.NUMBER, "Declared value of an item per kg net mass.",
              _item_value_per_kg, item=True),
        Field("item.currency", Kind.TEXT, "Currency of an item's value (ISO 4217).",
              lambda i: i.currency, item=True),
        Field("item.origin_country", Kind.COUNTRY, "Country of origin of an item.",
              lambda i: i.origin_country, item=True),
    ]  # fmt: skip
    for role in PARTY_ROLES:
        fields.extend(_party_fields(role))
    derived = {
        "total_value",
        "total_net_mass_kg",
        "total_value_per_kg",
        "vehicle.mixed_registration",
    }
    return {
        f.name: replace(f, get=_remember_last(f.get))
        if (f.many and f.name != "route.transit") or f.name in derived
        else f
        for f in fields
    }


def _remember_last(get: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`get`, computed once per declaration however many profiles ask for it.

    The last (declaration, value) pair is kept in one tuple, replaced in one assignment, so
    threads assessing different declarations at once never see a mixed pair; holding the
    declaration keeps its id from being reused.
    """
    last: tuple[Any, Any] = (None, None)

    def cached(d: Any) -> Any:
        nonlocal last
        seen, value = last
        if seen is d:
            return value
        value = get(d)
        last = (d, value)
        return value

    return cached


def _item_value_per_kg(item: GoodsItem) -> float | None:
    return item.value_per_kg


_REGISTRY: dict[str, Field] | None = None
_ATTRIBUTES: dict[str, Field] = {}


def registry() -> dict[str, Field]:
    """Every named field, built on first use."""
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = _build()
    return _REGISTRY


def lookup(name: str) -> Field | None:
    """The field called `name`, including free `attributes.<name>` fields; None if unknown."""
    if name.startswith(ATTRIBUTE_PREFIX) and len(name) > len(ATTRIBUTE_PREFIX):
        if name not in _ATTRIBUTES:
            key = name[len(ATTRIBUTE_PREFIX) :]
            _ATTRIBUTES[name] = Field(name, Kind.ANY, f"Free attribute {key!r} of the declaration.",
                                      lambda d: d.attributes.get(key) or None)  # fmt: skip
        return _ATTRIBUTES[name]
    return registry().get(name)
