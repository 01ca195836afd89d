"""The declaration document: Kordon's one JSON layout of a declaration.

The same document is what JSON Lines files and `POST /api/declarations` carry (the API schema
`DeclarationIn` is checked against the keys here), what the database stores, and what the
content hash is computed over, so re-importing identical content is a no-op. Intake checks
untrusted documents against these keys; `from_document` rebuilds only documents Kordon stored.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

import orjson

from kordon.domain.declaration import (
    Conveyance,
    Declaration,
    Direction,
    GoodsItem,
    Party,
    PartyKind,
    Route,
    TransportMode,
)

PARTY_ROLES = ("declarant", "consignor", "consignee", "carrier")

# The keys each part of a document may carry; anything else is refused on intake.
PARTY_KEYS = frozenset({"kind", "name", "country", "identifiers"})
CONVEYANCE_KEYS = frozenset(
    {"mode", "tractor_plate", "trailer_plate", "registration_country",
     "trailer_registration_country"}
)  # fmt: skip
ROUTE_KEYS = frozenset({"origin", "departure", "transit", "destination"})
ITEM_KEYS = frozenset(
    {"hs_code", "description", "packages", "gross_mass_kg", "net_mass_kg", "value", "currency",
     "origin_country"}
)  # fmt: skip
# A past inspection's outcome: not part of the declaration, but a training label beside it.
OUTCOME_KEYS = frozenset({"result", "critical", "detection_method"})
DOCUMENT_KEYS = frozenset(
    {"id", "lodged_at", "checkpoint", "direction", "procedure", *PARTY_ROLES, "drivers",
     "conveyance", "route", "items", "attributes", "outcome"}
)  # fmt: skip


# --- writing ------------------------------------------------------------------------------------


def _party_doc(party: Party) -> dict[str, Any]:
    doc: dict[str, Any] = {"kind": party.kind.value, "name": party.name}
    if party.country:
        doc["country"] = party.country
    if party.identifiers:
        doc["identifiers"] = dict(sorted(party.identifiers.items()))
    return doc


def _drop_none(doc: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in doc.items() if value is not None}


def to_document(declaration: Declaration) -> dict[str, Any]:
    """The declaration as a JSON-ready document in Kordon's layout."""
    doc: dict[str, Any] = {
        "id": declaration.id,
        "lodged_at": declaration.lodged_at.isoformat(),
        "checkpoint": declaration.checkpoint,
        "direction": declaration.direction.value,
        "procedure": declaration.procedure,
    }
    for role in PARTY_ROLES:
        party = getattr(declaration, role)
        if party is not None:
            doc[role] = _party_doc(party)
    if declaration.drivers:
        doc["drivers"] = [_party_doc(driver) for driver in declaration.drivers]
    if declaration.conveyance is not None:
        conveyance = declaration.conveyance
        doc["conveyance"] = _drop_none(
            {
                "mode": conveyance.mode.value,
                "tractor_plate": conveyance.tractor_plate,
                "trailer_plate": conveyance.trailer_plate,
                "registration_country": conveyance.registration_country,
                "trailer_registration_country": conveyance.trailer_registration_country,
            }
        )
    route = declaration.route
    doc["route"] = _drop_none(
        {
            "origin": route.origin,
            "departure": route.departure,
            "transit": list(route.transit) or None,
            "destination": route.destination,
        }
    )
    doc["items"] = [
        _drop_none(
            {
                "hs_code": item.hs_code,
                "description": item.description or None,
                "packages": item.packages,
                "gross_mass_kg": item.gross_mass_kg,
                "net_mass_kg": item.net_mass_kg,
                "value": item.value,
                "currency": item.currency,
                "origin_country": item.origin_country,
            }
        )
        for item in declaration.items
    ]
    if declaration.attributes:
        doc["attributes"] = dict(sorted(declaration.attributes.items()))
    return doc


def canonical_json(document: dict[str, Any]) -> str:
    """The document as compact JSON with sorted keys: stable across runs and machines."""
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def content_hash(canonical: str) -> str:
    """SHA-256 of a canonical document: equal content, equal hash."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- reading trusted documents (from the database) -------------------------------------------


def _party(doc: dict[str, Any]) -> Party:
    return Party(
        kind=PartyKind(doc["kind"]),
        name=doc["name"],
        country=doc.get("country"),
        identifiers=dict(doc.get("identifiers", {})),
    )


def from_document(doc: dict[str, Any]) -> Declaration:
    """Rebuild a declaration from a document Kordon itself stored (already validated)."""
    conveyance_doc = doc.get("conveyance")
    route = doc.get("route", {})
    return Declaration(
        id=doc["id"],
        lodged_at=datetime.fromisoformat(doc["lodged_at"]),
        checkpoint=doc["checkpoint"],
        direction=Direction(doc["direction"]),
        procedure=doc["procedure"],
        items=tuple(
            GoodsItem(
                hs_code=item["hs_code"],
                description=item.get("description", ""),
                packages=item.get("packages"),
                gross_mass_kg=item.get("gross_mass_kg"),
                net_mass_kg=item.get("net_mass_kg"),
                value=item.get("value"),
                currency=item.get("currency"),
                origin_country=item.get("origin_country"),
            )
            for item in doc["items"]
        ),
        declarant=_party(doc["declarant"]) if "declarant" in doc else None,
        consignor=_party(doc["consignor"]) if "consignor" in doc else None,
        consignee=_party(doc["consignee"]) if "consignee" in doc else None,
        carrier=_party(doc["carrier"]) if "carrier" in doc else None,
        drivers=tuple(_party(driver) for driver in doc.get("drivers", ())),
        conveyance=Conveyance(
            mode=TransportMode(conveyance_doc.get("mode", "road")),
            tractor_plate=conveyance_doc.get("tractor_plate"),
            trailer_plate=conveyance_doc.get("trailer_plate"),
            registration_country=conveyance_doc.get("registration_country"),
            trailer_registration_country=conveyance_doc.get("trailer_registration_country"),
        )
        if conveyance_doc
        else None,
        route=Route(
            origin=route.get("origin"),
            departure=route.get("departure"),
            transit=tuple(route.get("transit", ())),
            destination=route.get("destination"),
        ),
        attributes=dict(doc.get("attributes", {})),
    )
