"""The customs declaration and what it names: parties, conveyance, route and goods."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Direction(StrEnum):
    """Which way the goods cross the border."""

    IMPORT = "import"
    EXPORT = "export"
    TRANSIT = "transit"


class PartyKind(StrEnum):
    """A natural person or a legal entity."""

    PERSON = "person"
    COMPANY = "company"


class TransportMode(StrEnum):
    """How the consignment travels (WCO mode-of-transport groups)."""

    ROAD = "road"
    RAIL = "rail"
    SEA = "sea"
    AIR = "air"
    POST = "post"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Party:
    """A person or company named on a declaration, with the name as written."""

    kind: PartyKind
    name: str
    country: str | None = None
    identifiers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Conveyance:
    """The means of transport, with tractor and trailer plates as written."""

    mode: TransportMode = TransportMode.ROAD
    tractor_plate: str | None = None
    trailer_plate: str | None = None
    # Country of registration of the tractor (or the single vehicle) and of the trailer.
    registration_country: str | None = None
    trailer_registration_country: str | None = None


@dataclass(frozen=True, slots=True)
class Route:
    """Where the goods come from, pass through and go to (alpha-2 codes)."""

    origin: str | None = None
    departure: str | None = None
    transit: tuple[str, ...] = ()
    destination: str | None = None

    def countries(self) -> tuple[str, ...]:
        """Every country on the route in order, without repeats or gaps."""
        seen: list[str] = []
        for code in (self.origin, self.departure, *self.transit, self.destination):
            if code and code not in seen:
                seen.append(code)
        return tuple(seen)


@dataclass(frozen=True, slots=True)
class GoodsItem:
    """One line of a declaration: an HS6 subheading with its quantities and value."""

    hs_code: str
    description: str = ""
    packages: int | None = None
    gross_mass_kg: float | None = None
    net_mass_kg: float | None = None
    value: float | None = None
    currency: str | None = None
    origin_country: str | None = None

    @property
    def value_per_kg(self) -> float | None:
        """Declared value per kilogram of net mass, when both are known."""
        if self.value is None or not self.net_mass_kg:
            return None
        return self.value / self.net_mass_kg


@dataclass(frozen=True, slots=True)
class Declaration:
    """A goods declaration as lodged at a checkpoint."""

    id: str
    lodged_at: datetime
    checkpoint: str
    direction: Direction
    procedure: str
    items: tuple[GoodsItem, ...]
    declarant: Party | None = None
    consignor: Party | None = None
    consignee: Party | None = None
    carrier: Party | None = None
    drivers: tuple[Party, ...] = ()
    conveyance: Conveyance | None = None
    route: Route = field(default_factory=Route)
    # Fields of a source layout that Kordon keeps without interpreting (KCS office codes,
    # payment type, tax type ...): profiles and the model may still use them.
    attributes: dict[str, str] = field(default_factory=dict)

    def parties(self) -> tuple[tuple[str, Party], ...]:
        """Every named party with its role, in a stable order."""
        named: list[tuple[str, Party]] = []
        for role in ("declarant", "consignor", "consignee", "carrier"):
            party = getattr(self, role)
            if party is not None:
                named.append((role, party))
        named.extend(("driver", driver) for driver in self.drivers)
        return tuple(named)

    def plates(self) -> tuple[str, ...]:
        """The vehicle plates on the declaration."""
        if self.conveyance is None:
            return ()
        found = (self.conveyance.tractor_plate, self.conveyance.trailer_plate)
        return tuple(p for p in found if p)

    @property
    def total_value(self) -> float | None:
        """Sum of the items' values, when every item has one."""
        values = [item.value for item in self.items]
        if any(v is None for v in values):
            return None
        return sum(v for v in values if v is not None)

    @property
    def total_net_mass_kg(self) -> float | None:
        """Sum of the items' net masses, when every item has one."""
        masses = [item.net_mass_kg for item in self.items]
        if any(m is None for m in masses):
            return None
        return sum(m for m in masses if m is not None)
