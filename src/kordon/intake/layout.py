"""Checking declaration documents from files and API payloads (the layout: kordon.domain.document).

Every problem is recorded with its field; a document that passes becomes an IntakeRecord.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from kordon.domain import (
    Conveyance,
    Declaration,
    DetectionMethod,
    Direction,
    GoodsItem,
    Outcome,
    Party,
    PartyKind,
    Route,
    TransportMode,
)
from kordon.domain.document import (
    CONVEYANCE_KEYS,
    DOCUMENT_KEYS,
    ITEM_KEYS,
    OUTCOME_KEYS,
    PARTY_KEYS,
    PARTY_ROLES,
    ROUTE_KEYS,
    from_document,
    to_document,
)
from kordon.intake import checks
from kordon.intake.errors import FieldErrors

MAX_ITEMS = 999
MAX_DRIVERS = 4
# The longest declaration id, and checkpoint or procedure code, that storage keeps.
ID_LENGTH = 64
CODE_LENGTH = 32


@dataclass(frozen=True, slots=True)
class PastOutcome:
    """What an earlier inspection of an imported declaration found (a training label)."""

    outcome: Outcome
    critical: bool = False
    detection_method: DetectionMethod = DetectionMethod.UNKNOWN


class IntakeRecord:
    """A declaration that passed every check, with its past outcome when the input had one.

    A record holds the declaration, its document in Kordon's layout, or both: each is built
    from the other on first use. Bulk layouts map their rows straight onto the document, so an
    import that only stores it never builds the domain objects at all.
    """

    __slots__ = ("_declaration", "_document", "line", "outcome")

    def __init__(
        self,
        declaration: Declaration | None,
        outcome: PastOutcome | None,
        line: int | None,
        *,
        document: dict[str, Any] | None = None,
    ) -> None:
        if declaration is None and document is None:
            raise ValueError("an intake record needs a declaration or its document")
        self._declaration = declaration
        self._document = document
        self.outcome = outcome
        self.line = line

    @property
    def declaration(self) -> Declaration:
        """The checked declaration."""
        if self._declaration is None:
            assert self._document is not None
            self._declaration = from_document(self._document)
        return self._declaration

    @property
    def document(self) -> dict[str, Any]:
        """The declaration in Kordon's layout: what is stored and hashed."""
        if self._document is None:
            assert self._declaration is not None
            self._document = to_document(self._declaration)
        return self._document


# --- reading untrusted documents (files, API payloads) ----------------------------------------


def _object(errors: FieldErrors, field: str, raw: object) -> dict[str, Any] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        errors.add(field, f"must be an object, not {type(raw).__name__}")
        return None
    return raw


def _check_keys(
    errors: FieldErrors, prefix: str, doc: dict[str, Any], allowed: frozenset[str]
) -> None:
    if doc.keys() <= allowed:  # the usual case, tested at once
        return
    for key in doc:
        if key not in allowed:
            errors.add(f"{prefix}{key}", "is not a field of Kordon's declaration layout")


# The names a party's and an item's fields are reported under, written out once for each
# place (a role, a driver's or an item's position): a declaration has some fifty.
@lru_cache(maxsize=512)
def _party_fields(field: str) -> tuple[str, str, str, str, str]:
    return f"{field}.", f"{field}.kind", f"{field}.name", f"{field}.country", f"{field}.identifiers"


class _ItemFields(NamedTuple):
    prefix: str
    hs_code: str
    gross_mass_kg: str
    net_mass_kg: str
    currency: str
    description: str
    packages: str
    value: str
    origin_country: str


@lru_cache(maxsize=512)
def _item_fields(field: str) -> _ItemFields:
    return _ItemFields(f"{field}.", *(f"{field}.{name}" for name in _ItemFields._fields[1:]))


def parse_party(errors: FieldErrors, field: str, raw: object) -> Party | None:
    """A party object: kind, name, country and identifiers."""
    doc = _object(errors, field, raw)
    if doc is None:
        return None
    at, at_kind, at_name, at_country, at_identifiers = _party_fields(field)
    _check_keys(errors, at, doc, PARTY_KEYS)
    kind = checks.choice(errors, at_kind, doc.get("kind", "company"), PartyKind)
    name = checks.text(errors, at_name, doc.get("name"), required=True)
    country = checks.country(errors, at_country, doc.get("country"))
    identifiers: dict[str, str] = {}
    raw_ids = _object(errors, at_identifiers, doc.get("identifiers"))
    for key, value in (raw_ids or {}).items():
        checked = checks.text(errors, f"{at_identifiers}.{key}", value, required=True)
        if checked is not None:
            identifiers[str(key)] = checked
    if kind is None or name is None:
        return None
    # In the stored document's order (sorted), so that the checked party is the stored one.
    return Party(
        kind=kind, name=name, country=country, identifiers=dict(sorted(identifiers.items()))
    )


def _parse_item(errors: FieldErrors, field: str, raw: object) -> GoodsItem | None:
    doc = _object(errors, field, raw)
    if doc is None:
        errors.add(field, "must be an object")
        return None
    at = _item_fields(field)
    _check_keys(errors, at.prefix, doc, ITEM_KEYS)
    hs = checks.hs_code(errors, at.hs_code, doc.get("hs_code"))
    gross = checks.number(errors, at.gross_mass_kg, doc.get("gross_mass_kg"))
    net = checks.number(errors, at.net_mass_kg, doc.get("net_mass_kg"))
    if gross is not None and net is not None and net > gross * 1.0001:
        errors.add(at.net_mass_kg, f"net mass {net} kg exceeds gross mass {gross} kg")
    currency = checks.text(errors, at.currency, doc.get("currency"))
    if currency is not None and not (len(currency) == 3 and currency.isalpha()):
        errors.add(at.currency, f"{currency!r} is not an ISO 4217 currency code")
    item = GoodsItem(
        hs_code=hs or "",
        description=checks.text(errors, at.description, doc.get("description")) or "",
        packages=checks.count(errors, at.packages, doc.get("packages")),
        gross_mass_kg=gross,
        net_mass_kg=net,
        value=checks.number(errors, at.value, doc.get("value")),
        currency=currency.upper() if currency else None,
        origin_country=checks.country(errors, at.origin_country, doc.get("origin_country")),
    )
    return item if hs else None


def _parse_route(errors: FieldErrors, raw: object) -> Route:
    doc = _object(errors, "route", raw) or {}
    _check_keys(errors, "route.", doc, ROUTE_KEYS)
    transit_raw = doc.get("transit") or []
    transit: list[str] = []
    if not isinstance(transit_raw, list):
        errors.add("route.transit", "must be a list of country codes in order")
    else:
        for index, code in enumerate(transit_raw):
            checked = checks.country(errors, f"route.transit[{index}]", code, required=True)
            if checked:
                transit.append(checked)
    return Route(
        origin=checks.country(errors, "route.origin", doc.get("origin")),
        departure=checks.country(errors, "route.departure", doc.get("departure")),
        transit=tuple(transit),
        destination=checks.country(errors, "route.destination", doc.get("destination")),
    )


def _parse_conveyance(errors: FieldErrors, raw: object) -> Conveyance | None:
    doc = _object(errors, "conveyance", raw)
    if doc is None:
        return None
    _check_keys(errors, "conveyance.", doc, CONVEYANCE_KEYS)
    mode = checks.choice(errors, "conveyance.mode", doc.get("mode", "road"), TransportMode)
    return Conveyance(
        mode=mode or TransportMode.ROAD,
        tractor_plate=checks.text(errors, "conveyance.tractor_plate", doc.get("tractor_plate")),
        trailer_plate=checks.text(errors, "conveyance.trailer_plate", doc.get("trailer_plate")),
        registration_country=checks.country(
            errors, "conveyance.registration_country", doc.get("registration_country")
        ),
        trailer_registration_country=checks.country(
            errors,
            "conveyance.trailer_registration_country",
            doc.get("trailer_registration_country"),
        ),
    )


def parse_outcome(errors: FieldErrors, raw: object) -> PastOutcome | None:
    """An optional past inspection outcome: result, critical and detection method."""
    doc = _object(errors, "outcome", raw)
    if doc is None:
        return None
    _check_keys(errors, "outcome.", doc, OUTCOME_KEYS)
    result = checks.choice(errors, "outcome.result", doc.get("result"), Outcome)
    critical = doc.get("critical", False)
    if not isinstance(critical, bool):
        errors.add("outcome.critical", "must be true or false")
        critical = False
    method = checks.choice(
        errors, "outcome.detection_method", doc.get("detection_method", "unknown"), DetectionMethod
    )
    if result is None or method is None:
        return None
    return PastOutcome(result, critical, method)


def parse_document(errors: FieldErrors, doc: object) -> IntakeRecord | None:
    """Check a declaration document; None (with errors recorded) when anything is wrong."""
    if not isinstance(doc, dict):
        errors.add(None, f"a declaration must be a JSON object, not {type(doc).__name__}")
        return None
    declaration_id = checks.text(errors, "id", doc.get("id"), required=True, limit=ID_LENGTH)
    errors.declaration_id = declaration_id
    _check_keys(errors, "", doc, DOCUMENT_KEYS)
    lodged_at = checks.timestamp(errors, "lodged_at", doc.get("lodged_at"))
    checkpoint = checks.text(
        errors, "checkpoint", doc.get("checkpoint"), required=True, limit=CODE_LENGTH
    )
    direction = checks.choice(errors, "direction", doc.get("direction"), Direction)
    procedure = checks.text(
        errors, "procedure", doc.get("procedure"), required=True, limit=CODE_LENGTH
    )
    parties = {role: parse_party(errors, role, doc.get(role)) for role in PARTY_ROLES}
    drivers_raw = doc.get("drivers") or []
    drivers: list[Party] = []
    if not isinstance(drivers_raw, list) or len(drivers_raw) > MAX_DRIVERS:
        errors.add("drivers", f"must be a list of at most {MAX_DRIVERS} persons")
    else:
        for index, raw in enumerate(drivers_raw):
            driver = parse_party(errors, f"drivers[{index}]", raw)
            if driver is not None:
                drivers.append(driver)
    items_raw = doc.get("items")
    items: list[GoodsItem] = []
    if not isinstance(items_raw, list) or not items_raw:
        errors.add("items", "must be a non-empty list of goods items")
    elif len(items_raw) > MAX_ITEMS:
        errors.add("items", f"has {len(items_raw)} goods items; at most {MAX_ITEMS} are allowed")
    else:
        for index, raw in enumerate(items_raw):
            item = _parse_item(errors, f"items[{index}]", raw)
            if item is not None:
                items.append(item)
    attributes: dict[str, str] = {}
    for key, value in (_object(errors, "attributes", doc.get("attributes")) or {}).items():
        if checks.text(errors, "attributes", str(key)) is None:
            continue
        checked = checks.text(errors, f"attributes.{key}", value)
        if checked is not None:
            attributes[str(key)] = checked
    route = _parse_route(errors, doc.get("route"))
    conveyance = _parse_conveyance(errors, doc.get("conveyance"))
    outcome = parse_outcome(errors, doc.get("outcome"))
    if errors:
        return None
    assert declaration_id and lodged_at and checkpoint and direction and procedure
    declaration = Declaration(
        id=declaration_id,
        lodged_at=lodged_at,
        checkpoint=checkpoint,
        direction=direction,
        procedure=procedure,
        items=tuple(items),
        drivers=tuple(drivers),
        conveyance=conveyance,
        route=route,
        attributes=dict(sorted(attributes.items())),
        **parties,
    )
    return IntakeRecord(declaration, outcome, errors.line)
