"""Controlled vocabularies for seizure records (after the WCO CEN and UNODC IDS code lists)."""

from __future__ import annotations

from kordon.domain.errors import Invalid

# Each vocabulary maps a stable code to the label officers see. Codes are what is stored.
COMMODITIES: dict[str, str] = {
    "heroin": "Heroin",
    "opium": "Opium",
    "morphine": "Morphine",
    "cocaine": "Cocaine",
    "cannabis_resin": "Cannabis resin (hashish)",
    "cannabis_herb": "Cannabis herb (marijuana)",
    "methamphetamine": "Methamphetamine",
    "amphetamine": "Amphetamine",
    "captagon": "Captagon (fenethylline) tablets",
    "mdma": "MDMA (ecstasy)",
    "tramadol": "Tramadol",
    "precursor_chemicals": "Precursor chemicals",
    "cigarettes": "Cigarettes",
    "tobacco": "Tobacco",
    "alcohol": "Alcoholic beverages",
    "fuel": "Fuel",
    "currency": "Currency",
    "weapons": "Weapons",
    "ammunition": "Ammunition",
    "counterfeit_goods": "Counterfeit goods",
    "wildlife": "Wildlife (CITES)",
    "cultural_goods": "Cultural goods",
    "other": "Other",
}

DRUGS: frozenset[str] = frozenset(
    {
        "heroin",
        "opium",
        "morphine",
        "cocaine",
        "cannabis_resin",
        "cannabis_herb",
        "methamphetamine",
        "amphetamine",
        "captagon",
        "mdma",
        "tramadol",
    }
)

CONCEALMENT_LOCATIONS: dict[str, str] = {
    "fuel_tank": "Fuel tank",
    "cargo": "In the cargo",
    "trailer_floor": "Trailer floor",
    "trailer_wall": "Trailer wall",
    "roof": "Roof",
    "cab": "Driver's cab",
    "spare_wheel": "Spare wheel or tyres",
    "chassis": "Chassis or frame",
    "engine": "Engine compartment",
    "battery": "Battery",
    "luggage": "Luggage",
    "body": "On the body",
    "body_internal": "Inside the body",
    "postal_item": "Postal item",
    "container": "Container structure",
    "other": "Other",
}

CONCEALMENT_METHODS: dict[str, str] = {
    "false_compartment": "False compartment (divided tank, plate welded in)",
    "false_wall": "False wall or floor",
    "natural_void": "Natural voids",
    "mixed_with_cargo": "Mixed in with the cargo",
    "inside_goods": "Inside the goods (hollowed, stuffed)",
    "misdeclared": "Misdeclared as other goods",
    "undeclared": "Undeclared, not hidden",
    "on_body": "Strapped or carried on the body",
    "swallowed": "Swallowed or inserted",
    "other": "Other",
}

PACKAGING: dict[str, str] = {
    "packets": "Packets or bricks",
    "bags": "Bags",
    "sealed_bags": "Vacuum-sealed bags",
    "boxes": "Boxes or cartons",
    "bottles": "Bottles or canisters",
    "capsules": "Capsules (body packs)",
    "bulk": "Loose, in bulk",
    "none": "No packaging",
    "other": "Other",
}

PERSON_ROLES: dict[str, str] = {
    "driver": "Driver",
    "co_driver": "Co-driver",
    "passenger": "Passenger",
    "owner": "Owner of the goods",
    "courier": "Courier",
    "consignor": "Consignor",
    "consignee": "Consignee",
    "organiser": "Organiser",
    "other": "Other",
}


def label(vocabulary: dict[str, str], code: str | None) -> str:
    """The label of a code, or the code itself when it is not in the vocabulary."""
    if code is None:
        return ""
    return vocabulary.get(code, code)


class VocabularyError(Invalid, ValueError):
    """A value is not in its controlled vocabulary."""


def check(vocabulary: dict[str, str], code: str, field_name: str) -> str:
    """The code when the vocabulary has it; a VocabularyError naming the field otherwise."""
    if code not in vocabulary:
        raise VocabularyError(f"{field_name}: {code!r} is not one of the accepted values.")
    return code
